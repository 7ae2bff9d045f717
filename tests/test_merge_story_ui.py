"""Three laptops, one programme, merged on screen with the keyboard: File > Merge another
file… (Alt+F, M) brings in laptop B, then laptop C; the report says in plain words what
came in and what clashed; "Undo this merge" puts the file back in one step, and merging
again gives the same file. The end result is the same as the command line's merge of the
same three files in another order."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import shown_window

from workshop.cli import main
from workshop.core import clock
from workshop.core.clock import long_date
from workshop.core.store import Programme
from workshop.ui import dialogs

ALT = Qt.KeyboardModifier.AltModifier


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the programme and of its change log."""
    with Programme.open(path, read_only=True) as p:
        out = {t: sorted(tuple(r.items()) for r in p.rows(t)) for t in p.table_names()}
        for log in ("_change_log", "_tombstones"):
            out[log] = sorted(p.db.execute(f"SELECT * FROM {log}").fetchall())
        return out


def _merge_with_the_keyboard(qtbot, win, monkeypatch, other: Path):
    """Alt+F, M (File > Merge another file…), the file chooser answered with `other`; waits
    for the merge and returns its report dialog."""
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(other))
    before = getattr(win, "last_merge_report_dialog", None)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)
    menu = win.findChild(type(win.menuBar().actions()[0].menu()), "menu_file")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    qtbot.keyClick(menu, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: getattr(win, "last_merge_report_dialog", None) is not before)
    report = win.last_merge_report_dialog
    qtbot.waitExposed(report)
    return report


def _sidebar(win) -> list[str]:
    return [win.sidebar.list.item(i).text() for i in range(win.sidebar.list.count())]


def test_three_laptops_merged_on_screen_match_the_command_line_in_another_order(
    qtbot, demo_path, tmp_path, monkeypatch, said, fake_clock
):
    laptop_a = tmp_path / "laptop-a.workshop"
    laptop_b = tmp_path / "laptop-b.workshop"
    laptop_c = tmp_path / "laptop-c.workshop"
    for laptop in (laptop_a, laptop_b, laptop_c):
        shutil.copy(demo_path, laptop)
    with Programme.open(laptop_a, read_only=True) as a:
        session = a.rows("sessions", order_by="starts_at")[0]
        kept_note, doomed_note = [n["id"] for n in a.rows("board_notes", order_by="rowid")[:2]]
    # Laptop A renames the venue, laptop B moves the start time of the same session: 15 days
    # earlier, at half past.
    was = datetime.fromisoformat(session["starts_at"])
    moved = f"{was - timedelta(days=15):%Y-%m-%dT%H}:30"
    moved_words = f"{long_date(moved[:10])}, {moved[-5:]}"
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_a) as a:
        a.update("sessions", session["id"], {"venue_name": "Moss Side Library"})
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_b) as b:
        b.update("sessions", session["id"], {"starts_at": moved})
    # Laptop C deletes two sticky notes; laptop A edits one of them afterwards.
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_c) as c:
        c.delete("board_notes", kept_note)
        c.delete("board_notes", doomed_note)
    fake_clock.advance(minutes=1)
    with Programme.open(laptop_a) as a:
        a.update("board_notes", kept_note, {"text": "Who can we ask when it goes wrong?"})
    fake_clock.advance(minutes=1)
    a_before = tmp_path / "a-before.workshop"
    shutil.copy(laptop_a, a_before)

    win = shown_window(qtbot, laptop_a)
    report = _merge_with_the_keyboard(qtbot, win, monkeypatch, laptop_b)
    text = report.plain_text()
    assert text.splitlines()[0] == "Merged laptop-b.workshop: 1 item updated with newer changes."
    assert "venue name: still 'Moss Side Library'" in text, text
    was_words = f"{long_date(session['starts_at'][:10])}, {was:%H:%M}"
    assert f"starts at: now {moved_words} (was {was_words})" in text, text
    programme = win.ctx.programme
    both = programme.get("sessions", session["id"])
    assert (both["venue_name"], both["starts_at"]) == ("Moss Side Library", moved)
    after_b = _dump(laptop_a)

    # Undo this merge, with the keyboard: Tab to the button, then Space.
    for _ in range(10):
        if QApplication.focusWidget() is report.undo_button:
            break
        qtbot.keyClick(QApplication.focusWidget() or report, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is report.undo_button
    qtbot.keyClick(report.undo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not report.isVisible())
    assert any("Restored the backup" in t for t in said["info"])
    undone = win.ctx.programme.get("sessions", session["id"])
    assert (undone["venue_name"], undone["starts_at"]) == (
        "Moss Side Library",
        session["starts_at"],
    )
    assert _dump(laptop_a) == _dump(a_before)

    # Redone: merging laptop B again gives exactly the file the first merge gave.
    report = _merge_with_the_keyboard(qtbot, win, monkeypatch, laptop_b)
    assert f"starts at: now {moved_words}" in report.plain_text()
    qtbot.keyClick(report, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not report.isVisible())
    assert _dump(laptop_a) == after_b

    report = _merge_with_the_keyboard(qtbot, win, monkeypatch, laptop_c)
    text = report.plain_text()
    assert "deleted 1 from sticky notes" in text, text
    assert "deleted on the other laptop but changed later in this file, so it was kept" in text, (
        text
    )
    programme = win.ctx.programme
    assert programme.get("board_notes", doomed_note) is None
    assert programme.get("board_notes", kept_note)["text"] == "Who can we ask when it goes wrong?"
    qtbot.keyClick(report, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not report.isVisible())
    assert said["error"] == []
    win.close()

    # The command line, from laptop C's file: C <- B, then <- A as it was before.
    cli = tmp_path / "cli.workshop"
    shutil.copy(laptop_c, cli)
    assert main(["merge", str(cli), str(laptop_b)]) == 0
    assert main(["merge", str(cli), str(a_before)]) == 0
    assert _dump(cli) == _dump(laptop_a)


def test_a_file_from_a_laptop_whose_clock_is_years_ahead_is_merged_only_when_confirmed(
    qtbot, demo_path, tmp_path, monkeypatch, said, fake_clock
):
    laptop_b = tmp_path / "laptop-b.workshop"
    shutil.copy(demo_path, laptop_b)
    with Programme.open(demo_path, read_only=True) as a:
        note = a.rows("board_notes", order_by="rowid")[0]["id"]
    real = fake_clock.now
    fake_clock.now = real.replace(year=real.year + 5)
    with Programme.open(laptop_b) as b:
        b.update("board_notes", note, {"text": "From the laptop in the future"})
    clock.new_laptop()
    fake_clock.now = real + timedelta(minutes=1)
    win = shown_window(qtbot, demo_path)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(laptop_b))

    said["answer"].append(False)  # Cancel
    win.findChild(type(win.undo_action), "action_merge").trigger()
    qtbot.waitUntil(lambda: len(said["asked"]) == 1)
    question = said["asked"][0]
    assert "laptop-b.workshop holds changes dated as late as" in question
    assert "about 5 years after this laptop's clock" in question
    assert "Check the date and time on both laptops" in question
    assert win.ctx.programme.get("board_notes", note)["text"] != "From the laptop in the future"
    assert not hasattr(win, "last_merge_report_dialog")

    said["answer"].append(True)  # Merge anyway
    win.findChild(type(win.undo_action), "action_merge").trigger()
    qtbot.waitUntil(lambda: hasattr(win, "last_merge_report_dialog"), timeout=30000)
    assert len(said["asked"]) == 2
    assert win.ctx.programme.get("board_notes", note)["text"] == "From the laptop in the future"
    assert "clock" in win.last_merge_report_dialog.plain_text()
    win.last_merge_report_dialog.close()
    win.close()
