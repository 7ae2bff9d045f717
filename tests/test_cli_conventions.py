"""What a command-line user expects of every `workshop` command: a usage line that names the
command, one wording for a missing file, the command (not a menu) in every hint, the output
folder checked before any work, and progress on a terminal only."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import build_parser, checks
from workshop.cli import main as cli
from workshop.core.store import Programme

ROOT = Path(__file__).resolve().parents[1]


def commands() -> dict:
    return build_parser()._subparsers._group_actions[0].choices


# ----- usage lines ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(commands()))
def test_each_command_usage_reads_workshop_command(name, capsys):
    with pytest.raises(SystemExit) as done:
        cli([name, "--help"])
    assert done.value.code == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"usage: workshop {name} [-h]"), first
    assert "COMMAND" not in first and "run 'workshop" not in first


def test_a_bad_option_names_the_command_in_one_line(demo_path, capsys):
    assert cli(["pack", str(demo_path), "--colour", "red", "-o", "x.pdf"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--colour" in err


# ----- a missing file -------------------------------------------------------------------------

MISSING = "workshop: There is no file {path}. Check the name and the folder."


@pytest.mark.parametrize(
    "argv",
    [
        ["sessions", "{missing}"],
        ["check", "{missing}"],
        ["pack", "{missing}", "-o", "out.pdf"],
        ["export", "{missing}", "-o", "out.json"],
        ["cards", "{missing}", "--session", "s", "--count", "2", "-o", "c.pdf"],
        ["import-feedback", "{missing}", "answers.csv"],
        ["import-feedback", "demo.workshop", "{missing}"],
        ["import", "new.workshop", "{missing}"],
        ["backup", "{missing}"],
        ["purge", "{missing}", "--due"],
        ["merge", "{missing}", "demo.workshop"],
        ["merge", "demo.workshop", "{missing}"],
        ["restore", "demo.workshop", "{missing}"],
        ["deck", "{missing}", "-o", "deck.pdf"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_a_missing_file_is_said_one_way_with_the_path_as_given(
    argv, demo_path, monkeypatch, capsys
):
    monkeypatch.chdir(demo_path.parent)
    (demo_path.parent / "answers.csv").write_text("Code,Answer\n", encoding="utf-8")
    missing = os.path.join("elsewhere", "nope.toml" if argv[0] == "deck" else "nope.workshop")
    before = sorted(p.name for p in demo_path.parent.iterdir())
    assert cli([a.replace("{missing}", missing) for a in argv]) == 2
    assert capsys.readouterr().err.strip() == MISSING.format(path=missing)
    assert sorted(p.name for p in demo_path.parent.iterdir()) == before  # nothing written


# ----- the command, not the app's menu --------------------------------------------------------


def test_a_file_that_is_not_a_programme_points_to_workshop_new(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list", encoding="utf-8")
    assert cli(["sessions", str(notes)]) == 2
    err = capsys.readouterr().err
    assert "notes.txt is not a Workshop programme file" in err
    assert "run 'workshop new FILE --title TITLE' to start one" in err
    assert ">" not in err


def test_every_menu_pointer_in_a_core_message_has_its_command():
    """A new 'use File > ...' in the core must come with its command-line words."""
    menu_pointer = re.compile(r"use [A-Z][a-z]+ > [^.\"]*")
    found = set()
    for folder in ("core", "export", "demo"):
        for source in (ROOT / "workshop" / folder).rglob("*.py"):
            found |= set(menu_pointer.findall(source.read_text(encoding="utf-8")))
    assert found, "the pattern should find the known File > New pointers"
    assert found <= set(checks.APP_TO_COMMAND), found - set(checks.APP_TO_COMMAND)


# ----- the output folder, before the work -----------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["pack", "{file}", "-o", "{out}.pdf"],
        ["pack", "{file}", "--public", "-o", "{out}.pdf"],
        ["export", "{file}", "-o", "{out}.zip"],
        ["deck", "-o", "{out}.pdf"],
        ["import", "{out}.workshop", "{record}"],
    ],
    ids=lambda argv: argv[0] + (" --public" if "--public" in argv else ""),
)
def test_a_missing_output_folder_is_refused_before_any_work(argv, demo_path, tmp_path):
    record = tmp_path / "record.json"
    assert cli(["export", str(demo_path), "-o", str(record)]) == 0
    out = tmp_path / "no such folder" / "result"
    filled = [
        a.replace("{file}", str(demo_path))
        .replace("{out}", str(out))
        .replace("{record}", str(record))
        for a in argv
    ]
    # On a terminal, work shows progress at once: none means none started.
    code, err = run_with_stderr_on_a_terminal(filled)
    assert code == 2
    assert err.strip() == (
        f"workshop: The folder {out.parent} does not exist. "
        "Choose a folder that exists, or create it first."
    )
    assert not out.parent.exists()


def test_an_output_that_is_a_folder_is_refused(demo_path, tmp_path, capsys):
    folder = tmp_path / "packs.pdf"
    folder.mkdir()
    assert cli(["pack", str(demo_path), "-o", str(folder)]) == 2
    assert f"{folder} is a folder. Give a file name in it" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_output_folder_is_refused_before_any_work(demo_path, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert cli(["pack", str(demo_path), "-o", str(locked / "x.pdf")]) == 2
        assert "cannot write to" in capsys.readouterr().err
    finally:
        locked.chmod(0o700)


def test_every_command_that_writes_a_named_output_declares_it():
    for name, parser in commands().items():
        options = {o for action in parser._actions for o in action.option_strings}
        if "--output" in options:
            assert "output" in parser.get_default("outputs"), name


# ----- progress only on a terminal ------------------------------------------------------------


def run_with_stderr_on_a_terminal(argv: list[str]) -> tuple[int, str]:
    """Run a command in this process with sys.stderr on a real pseudo-terminal."""
    leader, follower = pty.openpty()
    terminal = os.fdopen(follower, "w", encoding="utf-8", closefd=True)
    old = sys.stderr
    sys.stderr = terminal
    try:
        code = cli(argv)
    finally:
        sys.stderr = old
        terminal.close()
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal's other end is closed and everything was read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return code, b"".join(chunks).decode("utf-8")


def long_commands(demo_path: Path, tmp_path: Path) -> dict[str, list[str]]:
    with Programme.open(demo_path, read_only=True) as programme:
        session = programme.rows("sessions", "status = 'done'", order_by="starts_at")[0]
        code = programme.rows("feedback_cards", order_by="rowid")[0]["code"]
    record = tmp_path / "record.json"
    answers = tmp_path / "answers.csv"
    answers.write_text(f"Code,Answer\n{code},More evening sessions\n", encoding="utf-8")
    other = tmp_path / "other.workshop"
    assert cli(["demo", str(other)]) == 0
    return {
        "pack": ["pack", str(demo_path), "--internal", "-o", str(tmp_path / "p.pdf")],
        "export": ["export", str(demo_path), "-o", str(record)],
        "import": ["import", str(tmp_path / "copy.workshop"), str(record)],
        "cards": [
            *["cards", str(demo_path), "--session", session["id"], "--count", "4"],
            *["-o", str(tmp_path / "c.pdf")],
        ],
        "deck": ["deck", "-o", str(tmp_path / "d.pdf")],
        "import-feedback": ["import-feedback", str(demo_path), str(answers)],
        "merge": ["merge", str(demo_path), str(other), "--yes"],
    }


def test_long_commands_show_progress_on_a_terminal_and_nothing_otherwise(
    demo_path, tmp_path, capsys
):
    runs = long_commands(demo_path, tmp_path)
    on_terminal = {}
    for name, argv in runs.items():
        code, err = run_with_stderr_on_a_terminal(argv)
        assert code == 0, (name, err)
        on_terminal[name] = err
    # Bars for work that reports how far it has got; counted steps for the others.
    assert re.search(r"\[#+-*\] +\d+%", on_terminal["pack"]), on_terminal["pack"]
    assert re.search(r"\[#+-*\] +\d+%", on_terminal["export"])
    for name in ("import", "cards", "deck", "import-feedback", "merge"):
        assert re.search(r"\[1/\d\] \w", on_terminal[name]), (name, on_terminal[name])
    for name, err in on_terminal.items():
        # Drawn in place and wiped at the end: the last thing on the line is blank.
        assert err.startswith("\r") and err.rstrip(" ").endswith("\r"), name
        assert "\n" not in err, name
    capsys.readouterr()

    # The same commands with stderr captured (not a terminal): nothing on stderr.
    second = tmp_path / "second"
    second.mkdir()
    demo_copy = second / "demo.workshop"
    demo_copy.write_bytes(demo_path.read_bytes())
    for name, argv in long_commands(demo_copy, second).items():
        assert cli(argv) == 0, name
        captured = capsys.readouterr()
        assert captured.err == "", (name, captured.err)
        assert captured.out.strip(), name  # the result is still said on stdout


def test_a_real_process_draws_on_its_terminal_and_not_into_a_pipe(demo_path, tmp_path):
    out = tmp_path / "pack.pdf"
    argv = [sys.executable, "-m", "workshop", "pack", str(demo_path), "--internal", "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    leader, follower = pty.openpty()
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=follower, env=env) as process:
        os.close(follower)
        drawn = io.BytesIO()
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            drawn.write(chunk)
        stdout = process.stdout.read().decode()
    os.close(leader)
    assert process.returncode == 0
    assert re.search(rb"\[#+-*\] +\d+%", drawn.getvalue())
    assert f"Wrote {out}" in stdout

    piped = subprocess.run(argv, capture_output=True, text=True, env=env)
    assert piped.returncode == 0 and piped.stderr == ""
