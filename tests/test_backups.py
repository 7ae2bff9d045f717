"""Backups: made in the data folder, checked, rotated, listed and restored without ever
overwriting the file they replace."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from workshop.cli import main
from workshop.core import backups, instance_lock, paths
from workshop.core.sessions import add_session
from workshop.core.store import Programme


def _titles(path: Path) -> set[str]:
    with Programme.open(path, read_only=True) as p:
        return {s["title"] for s in p.rows("sessions")}


def test_backup_command_makes_a_checked_snapshot_in_the_data_folder(demo_path, capsys):
    assert main(["backup", str(demo_path)]) == 0
    found = backups.list_backups(demo_path)
    assert len(found) == 1
    snapshot = found[0].path
    assert paths.backups_dir() in snapshot.parents  # never beside the document
    assert demo_path.parent not in snapshot.parents
    assert backups.check_backup(snapshot) is None
    assert _titles(snapshot) == _titles(demo_path)
    # A self-contained file: no write-ahead log needed beside it.
    assert not Path(str(snapshot) + "-wal").exists()
    assert str(snapshot) in capsys.readouterr().out

    assert main(["backup", str(demo_path), "--list"]) == 0
    listed = capsys.readouterr().out
    assert "made by you" in listed and "5 sessions" in listed


def test_a_snapshot_of_an_open_file_holds_every_committed_change(programme):
    add_session(programme, {"title": "Typed just now"})  # still in the write-ahead log
    snapshot = backups.backup_programme(programme, "auto").path
    assert "Typed just now" in _titles(snapshot)


def test_restore_puts_the_backup_back_and_keeps_the_damaged_file(demo_path, capsys):
    assert main(["backup", str(demo_path)]) == 0
    snapshot = backups.list_backups(demo_path)[0].path
    damaged = demo_path.read_bytes()[:6000]  # half-copied to a USB stick
    demo_path.write_bytes(damaged)
    assert main(["check", str(demo_path)]) == 2
    capsys.readouterr()

    assert main(["restore", str(demo_path), str(snapshot)]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out
    kept = [
        p
        for p in demo_path.parent.iterdir()
        if "before restore" in p.name and p.suffix == ".workshop"
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert main(["check", str(demo_path)]) == 0
    assert len(_titles(demo_path)) == 5


def test_restore_refuses_a_bad_backup_and_changes_nothing(demo_path, tmp_path, capsys):
    before = demo_path.read_bytes()
    junk = tmp_path / "junk.workshop"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    assert main(["restore", str(demo_path), str(junk)]) == 2
    assert "cannot be restored" in capsys.readouterr().err
    assert main(["restore", str(demo_path), str(tmp_path / "missing.workshop")]) == 2
    assert demo_path.read_bytes() == before
    assert [p.name for p in demo_path.parent.iterdir() if "before restore" in p.name] == []


def test_restore_refuses_while_a_window_has_the_file_open(demo_path, capsys):
    assert main(["backup", str(demo_path)]) == 0
    snapshot = backups.list_backups(demo_path)[0].path
    with instance_lock.acquire(demo_path, "window"):
        assert main(["restore", str(demo_path), str(snapshot)]) == 2
    assert "already open in another Workshop window" in capsys.readouterr().err
    assert main(["restore", str(demo_path), str(snapshot)]) == 0


def test_rotation_keeps_the_last_ten_and_one_a_day_for_a_week(programme):
    folder = backups.folder_for(programme.path)
    folder.mkdir(parents=True)
    now = datetime.now(UTC)
    made = []
    # Three snapshots a day for twelve days, oldest first.
    for day in range(12, 0, -1):
        for hour in (9, 13, 17):
            when = (now - timedelta(days=day)).replace(hour=hour, minute=0)
            name = f"{when.strftime('%Y%m%dT%H%M%S%fZ')}-auto.workshop"
            (folder / name).write_bytes(b"x")
            made.append(when)
    backups.rotate(programme.path, now=now)
    kept = backups.list_backups(programme.path)
    kept_times = [b.made_at for b in kept]
    newest_ten = sorted(made, reverse=True)[:10]
    assert set(newest_ten) <= set(kept_times)
    days_kept = {b.made_at.astimezone().date() for b in kept}
    for day in range(0, 7):
        wanted = (now - timedelta(days=day)).astimezone().date()
        if any(m.astimezone().date() == wanted for m in made):
            assert wanted in days_kept
    assert len(kept) < len(made)
    assert all((now - t).days <= 7 or t in newest_ten for t in kept_times)


def test_a_failed_snapshot_never_rotates_good_ones_out(programme, monkeypatch):
    for _ in range(backups.KEEP_LATEST):
        backups.backup_programme(programme, "auto")
    good = {b.path for b in backups.list_backups(programme.path)}
    with monkeypatch.context() as m:
        m.setattr(backups, "check_backup", lambda path: "damaged")
        try:
            backups.backup_programme(programme, "auto")
        except backups.BackupError as exc:
            assert "failed its check" in str(exc)
        else:
            raise AssertionError("a snapshot that fails its check must be refused")
    assert {b.path for b in backups.list_backups(programme.path)} == good


def test_auto_backup_only_when_something_changed(programme):
    auto = backups.AutoBackup(programme)
    assert auto.tick() is None  # nothing changed yet
    add_session(programme, {"title": "Library drop-in"})
    first = auto.tick()
    assert first is not None and first.reason == "auto"
    assert auto.tick() is None
    programme.update_programme({"title": "Renamed"})
    closing = auto.on_close()
    assert closing is not None and closing.reason == "close"
    assert len(backups.list_backups(programme.path)) == 2


def test_opening_a_file_that_needs_a_migration_backs_it_up_first(programme_path):
    with Programme.create(programme_path, "Old file") as p:
        add_session(p, {"title": "Before the upgrade"})
        # Pretend the file was made by an older version, without the newest migration.
        p.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_reliability'")
        p.db.execute("DROP TABLE purge_log")
    assert backups.list_backups(programme_path) == []
    with Programme.open(programme_path) as p:
        assert "purge_log" in p.table_names()
    found = backups.list_backups(programme_path)
    assert [b.reason for b in found] == ["migration"]
    with Programme.open(found[0].path, read_only=True) as old:
        assert "purge_log" not in old.table_names()
        assert {s["title"] for s in old.rows("sessions")} == {"Before the upgrade"}
