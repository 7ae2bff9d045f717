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
from workshop.core import backups, boards, feedback, instance_lock, paths, purge, session_plans
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
    assert "backup(s) and kept copies" in out and kept[0].name in out
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
