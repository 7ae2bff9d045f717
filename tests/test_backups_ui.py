"""Backups as the facilitator meets them: made on open, on the 10-minute timer and on
close; a damaged file offers the newest good backup; File > Restore from backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from workshop.core import backups
from workshop.core.store import Programme
from workshop.ui.app import build_window, make_application


def _window(qtbot, path: Path | None):
    make_application()
    win = build_window(path)
    if win is not None:
        qtbot.addWidget(win)
        win.show()
    return win


def _reasons(path: Path) -> list[str]:
    return [b.reason for b in backups.list_backups(path)]


def test_backups_on_open_on_the_timer_and_on_close(qtbot, demo_path, said):
    win = _window(qtbot, demo_path)
    assert _reasons(demo_path) == ["open"]
    assert win.backup_timer.isActive()
    assert win.backup_timer.interval() == 10 * 60 * 1000

    win.backup_timer.timeout.emit()  # ten minutes with no change: no new backup
    assert _reasons(demo_path) == ["open"]
    win.ctx.programme.update_programme({"title": "Fair decisions (renamed)"})
    win.backup_timer.timeout.emit()
    assert _reasons(demo_path) == ["auto", "open"]
    assert "Backed up at" in win.statusBar().currentMessage()

    win.ctx.programme.update_programme({"topic": "Changed after the last backup"})
    win.close()
    assert _reasons(demo_path) == ["close", "auto", "open"]
    with Programme.open(backups.list_backups(demo_path)[0].path, read_only=True) as last:
        assert last.programme()["topic"] == "Changed after the last backup"


def test_back_up_now_from_the_file_menu(qtbot, demo_path, said):
    win = _window(qtbot, demo_path)
    win.findChild(type(win.undo_action), "action_back_up_now").trigger()
    assert _reasons(demo_path)[0] == "manual"
    win.close()


def test_a_half_copied_file_offers_the_newest_good_backup(qtbot, demo_path, said):
    win = _window(qtbot, demo_path)
    win.ctx.programme.update_programme({"title": "Worth keeping"})
    win.close()  # leaves a good backup from closing
    damaged = demo_path.read_bytes()[:10000]
    demo_path.write_bytes(damaged)

    win = _window(qtbot, demo_path)
    assert "looks damaged or only partly copied" in said["asked"][-1]
    assert "newest good backup" in said["asked"][-1]
    assert win is not None and win.ctx.programme.programme()["title"] == "Worth keeping"
    assert "kept as" in said["info"][-1]
    kept = [p for p in demo_path.parent.glob("*before restore*.workshop")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    win.close()


def test_declining_the_backup_leaves_the_damaged_file_alone(qtbot, demo_path, said):
    backups.backup_file(demo_path, "open")
    demo_path.write_bytes(b"\x00" * 4096)
    said["answer"].append(False)
    assert _window(qtbot, demo_path) is None
    assert demo_path.read_bytes() == b"\x00" * 4096
    assert list(demo_path.parent.glob("*before restore*")) == []


def test_a_damaged_file_without_backups_is_explained(qtbot, tmp_path, said):
    broken = tmp_path / "broken.workshop"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    assert _window(qtbot, broken) is None
    assert "Workshop programme file" in said["error"][-1]
    assert said["asked"] == []


def test_restore_from_backup_screen(qtbot, demo_path, said):
    win = _window(qtbot, demo_path)  # backup "open" holds the demo as it was
    sessions_before = win.ctx.programme.db["sessions"].count
    first_session = win.ctx.programme.rows("sessions")[0]["id"]
    win.ctx.programme.delete("sessions", first_session)  # oops
    win.findChild(type(win.undo_action), "action_back_up_now").trigger()

    win.findChild(type(win.undo_action), "action_restore_backup").trigger()
    dialog = win.restore_dialog
    assert dialog.list.count() == 2
    assert "made by you" in dialog.list.item(0).text()
    assert "when the file was opened" in dialog.list.item(1).text()
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # the older one, from when it was opened
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert win.ctx.programme.path == demo_path
    assert not win.ctx.programme.read_only
    assert win.ctx.programme.db["sessions"].count == sessions_before
    assert win.ctx.programme.get("sessions", first_session) is not None
    assert "Restored the backup" in said["info"][-1]
    kept = list(demo_path.parent.glob("*before restore*.workshop"))
    assert len(kept) == 1
    with Programme.open(kept[0], read_only=True) as old:
        assert old.get("sessions", first_session) is None
    recent = [a.text() for a in win.recent_menu.actions()]
    assert all(str(backups.folder_for(demo_path)) not in text for text in recent), recent
    win.close()


def test_a_file_half_copied_to_a_usb_stick_is_offered_the_laptops_backup(
    qtbot, demo_path, tmp_path, said
):
    win = _window(qtbot, demo_path)  # on the laptop: backups made as usual
    win.ctx.programme.update_programme({"title": "The laptop's copy"})
    win.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = usb / demo_path.name
    copy.write_bytes(demo_path.read_bytes()[:5000])  # the stick was pulled out too soon
    original = demo_path.read_bytes()

    win = _window(qtbot, copy)
    assert "no backups of its own" in said["asked"][-1]
    assert str(demo_path) in said["asked"][-1]
    assert win is not None and win.ctx.programme.path == copy
    assert win.ctx.programme.programme()["title"] == "The laptop's copy"
    win.close()
    assert demo_path.read_bytes() == original
    assert len(list(usb.glob("*before restore*.workshop"))) == 1


def test_a_damaged_backup_is_listed_but_cannot_be_chosen(qtbot, demo_path, said):
    win = _window(qtbot, demo_path)
    win.findChild(type(win.undo_action), "action_back_up_now").trigger()
    newest = backups.list_backups(demo_path)[0].path
    newest.write_bytes(newest.read_bytes()[:3000])  # e.g. a disk error
    win.findChild(type(win.undo_action), "action_restore_backup").trigger()
    dialog = win.restore_dialog
    assert "damaged, cannot be restored" in dialog.list.item(0).text()
    assert not (dialog.list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled)
    assert dialog.list.currentRow() == 1 and dialog.restore_button.isEnabled()
    dialog.reject()
    win.close()


def test_reopening_an_unchanged_file_makes_no_second_identical_snapshot(qtbot, demo_path, said):
    """The newest snapshot already holds the file: a copy at each start would only push
    the day's earlier versions out of the rotation."""
    win = _window(qtbot, demo_path)
    win.close()
    assert _reasons(demo_path) == ["open"]
    for _ in range(3):
        win = _window(qtbot, demo_path)
        win.close()
    assert _reasons(demo_path) == ["open"]

    win = _window(qtbot, demo_path)  # a change, then closed: the close snapshot holds it
    win.ctx.programme.update_programme({"title": "Changed once"})
    win.close()
    assert _reasons(demo_path) == ["close", "open"]
    win = _window(qtbot, demo_path)
    win.close()
    assert _reasons(demo_path) == ["close", "open"]


def test_a_file_changed_elsewhere_is_snapshotted_as_it_opens(qtbot, demo_path, said):
    win = _window(qtbot, demo_path)
    win.close()
    with Programme.open(demo_path) as programme:  # a command, another copy of the app…
        programme.update_programme({"topic": "Changed while no window had it"})
    win = _window(qtbot, demo_path)
    win.close()
    assert _reasons(demo_path) == ["open", "open"]
    with Programme.open(backups.list_backups(demo_path)[0].path, read_only=True) as newest:
        assert newest.programme()["topic"] == "Changed while no window had it"


def test_one_changed_byte_or_a_write_ahead_log_means_a_new_snapshot(tmp_path, demo_path):
    first = backups.snapshot_on_open(demo_path)
    assert backups.snapshot_on_open(demo_path) == first  # the same file: none made
    assert backups.newest_holding(demo_path) == first

    wal = demo_path.with_name(demo_path.name + "-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # committed changes may be in it
    assert backups.newest_holding(demo_path) is None
    wal.unlink()

    original = demo_path.read_bytes()

    def changed(offset: int) -> None:
        data = bytearray(original)
        data[offset] ^= 0x01
        demo_path.write_bytes(bytes(data))

    changed(len(original) // 2)  # one bit of one page
    assert backups.newest_holding(demo_path) is None
    changed(60)  # the header's user version belongs to the database
    assert backups.newest_holding(demo_path) is None
    changed(27)  # the change counter is SQLite's bookkeeping: the same database
    assert backups.newest_holding(demo_path) == first
    demo_path.write_bytes(original + bytes(4096))  # a page longer
    assert backups.newest_holding(demo_path) is None
