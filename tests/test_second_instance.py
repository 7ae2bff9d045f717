"""The same file opened twice (two windows, two copies of the app, or the app while a
command writes): the second opener gets it read-only and is told why; nothing breaks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.core import instance_lock
from workshop.core.errors import ValidationError
from workshop.core.store import Programme
from workshop.ui.app import build_window, make_application


def _window(qtbot, path: Path):
    make_application()
    win = build_window(path)
    assert win is not None
    qtbot.addWidget(win)
    win.show()
    return win


def _hold_in_child(script: str, path: Path) -> subprocess.Popen:
    """Start another process that opens `path` and says 'ready' once it holds it."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    line = child.stdout.readline()
    assert line.strip() == "ready", child.stderr.read()
    return child


def test_a_second_window_opens_read_only_with_a_banner(qtbot, demo_path, errors):
    first = _window(qtbot, demo_path)
    assert not first.ctx.programme.read_only and not first.banner.isVisible()

    second = _window(qtbot, demo_path)
    assert second.ctx.programme.read_only
    assert second.banner.isVisible()
    text = second.banner.text()
    assert "already open in another Workshop window" in text and "read-only" in text
    with pytest.raises(ValidationError):
        second.ctx.programme.update_programme({"title": "Changed in the second window"})

    # The first window keeps working, and its edits are seen by a later opener.
    first.ctx.programme.update_programme({"title": "Changed in the first window"})
    second.close()
    first.close()
    third = _window(qtbot, demo_path)
    assert not third.ctx.programme.read_only and not third.banner.isVisible()
    assert third.ctx.programme.programme()["title"] == "Changed in the first window"
    third.close()


def test_a_second_copy_of_the_app_gets_it_read_only_until_the_first_is_gone(
    qtbot, demo_path, errors
):
    app_script = """
        import sys
        from pathlib import Path
        from workshop.ui.app import build_window, make_application
        app = make_application()
        window = build_window(Path(sys.argv[1]))
        print("ready" if window and not window.ctx.programme.read_only else "not-ready",
              flush=True)
        app.exec()
    """
    other_app = _hold_in_child(app_script, demo_path)
    try:
        win = _window(qtbot, demo_path)
        assert win.ctx.programme.read_only
        assert "another Workshop window" in win.banner.text()
        win.close()
    finally:
        other_app.send_signal(signal.SIGKILL)  # the other laptop user's app crashes
        other_app.wait()
    # A crashed holder leaves no stale lock behind.
    win = _window(qtbot, demo_path)
    assert not win.ctx.programme.read_only
    win.close()
    assert main(["check", str(demo_path)]) == 0


def test_the_app_opens_read_only_while_a_command_writes(qtbot, demo_path, errors):
    command_script = """
        import sys, time
        from pathlib import Path
        from workshop.core import instance_lock
        from workshop.core.store import Programme
        with instance_lock.writing(Path(sys.argv[1]), "import"):
            with Programme.open(sys.argv[1]) as p:
                print("ready", flush=True)
                time.sleep(60)
    """
    command = _hold_in_child(command_script, demo_path)
    try:
        win = _window(qtbot, demo_path)
        assert win.ctx.programme.read_only
        assert "the 'workshop import' command" in win.banner.text()
        win.close()
    finally:
        command.kill()
        command.wait()


def test_commands_refuse_to_write_while_a_window_has_the_file(
    qtbot, demo_path, tmp_path, errors, capsys
):
    other = tmp_path / "other.workshop"
    assert main(["demo", str(other)]) == 0
    before = demo_path.read_bytes()
    win = _window(qtbot, demo_path)
    capsys.readouterr()
    responses = tmp_path / "responses.csv"
    responses.write_text("card,answer\nABC-DEFG,hello\n")
    session = json.loads(
        subprocess.run(
            [sys.executable, "-m", "workshop", "sessions", str(other), "--json"],
            capture_output=True,
            text=True,
        ).stdout
    )[0]["id"]
    for argv in (
        ["merge", str(demo_path), str(other), "--yes"],
        ["purge", str(demo_path), "--yes"],
        ["import-feedback", str(demo_path), str(responses)],
        [
            "cards",
            str(demo_path),
            "--session",
            session,
            "--count",
            "2",
            "-o",
            str(tmp_path / "cards.pdf"),
        ],
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "already open in another Workshop window" in err
        assert "Close it there first" in err
    # Reading is fine while the window has it.
    assert main(["sessions", str(demo_path)]) == 0
    win.close()
    assert main(["merge", str(demo_path), str(other), "--yes"]) == 0
    assert demo_path.read_bytes() != before


def test_the_lock_is_freed_when_the_file_closes_however_it_closes(
    qtbot, demo_path, tmp_path, errors
):
    win = _window(qtbot, demo_path)
    assert instance_lock.holder_of(demo_path)["holder"] == "window"
    other = tmp_path / "other.workshop"
    Programme.create(other, "Another programme").close()
    assert win.open_path(other)  # switching files lets go of the first one
    assert instance_lock.holder_of(demo_path) is None
    assert instance_lock.holder_of(other) is not None
    win.close()
    assert instance_lock.holder_of(other) is None
    assert not instance_lock.lock_path(other).exists()


def test_reopening_your_own_file_keeps_it_writable(qtbot, demo_path, errors):
    win = _window(qtbot, demo_path)
    assert win.open_path(demo_path)  # File > Open recent > the same file
    assert not win.ctx.programme.read_only and not win.banner.isVisible()
    win.ctx.programme.update_programme({"title": "Still saving"})
    assert instance_lock.holder_of(demo_path) is not None
    other = _window(qtbot, demo_path)
    assert other.ctx.programme.read_only
    other.close()
    win.close()
    assert instance_lock.holder_of(demo_path) is None


def test_other_commands_can_be_guarded_with_one_line(demo_path, tmp_path):
    import argparse

    calls = []

    @instance_lock.guarded("import-feedback")
    def cmd_import_feedback(args) -> int:
        calls.append(instance_lock.holder_of(args.file))  # held while it runs
        return 0

    args = argparse.Namespace(file=demo_path)
    assert cmd_import_feedback(args) == 0
    assert calls[0]["holder"] == "import-feedback"
    assert instance_lock.holder_of(demo_path) is None  # and let go afterwards
    with instance_lock.acquire(demo_path, "window"), pytest.raises(instance_lock.FileInUseError):
        cmd_import_feedback(args)
    assert len(calls) == 1
