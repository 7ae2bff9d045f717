"""File > Merge another file… in the window: the colleague's session appears in the sidebar,
the report says what came in, and another programme is only merged when confirmed."""

from __future__ import annotations

import shutil

from workshop.core import backups
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.ui import dialogs
from workshop.ui.app import build_window, make_application


def _sidebar_texts(win) -> list[str]:
    return [win.sidebar.list.item(i).text() for i in range(win.sidebar.list.count())]


def test_merge_from_the_file_menu(qtbot, demo_path, tmp_path, monkeypatch, said):
    laptop_b = tmp_path / "laptop-b.workshop"
    shutil.copy(demo_path, laptop_b)
    with Programme.open(laptop_b) as b:
        add_session(b, {"title": "Mosque hall evening", "starts_at": "2027-02-05T18:00"})
    make_application()
    win = build_window(demo_path)
    qtbot.addWidget(win)
    win.show()
    assert not any("Mosque hall evening" in t for t in _sidebar_texts(win))

    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(laptop_b))
    win.findChild(type(win.undo_action), "action_merge").trigger()

    report = win.last_merge_report_dialog
    assert report.isVisible()
    assert "9 item(s) added" in report.plain_text()
    assert "added 1 to sessions" in report.text.toPlainText()
    assert any("Mosque hall evening" in t for t in _sidebar_texts(win))
    assert backups.list_backups(demo_path)[0].reason == "merge"
    report.close()
    win.close()
    with Programme.open(demo_path, read_only=True) as a:
        assert a.rows("sessions", "title = ?", ["Mosque hall evening"])


def test_another_programme_needs_a_yes(qtbot, demo_path, tmp_path, monkeypatch, said):
    other = tmp_path / "libraries.workshop"
    with Programme.create(other, "Libraries consultation") as o:
        add_session(o, {"title": "Library users' forum"})
    make_application()
    win = build_window(demo_path)
    qtbot.addWidget(win)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(other))

    said["answer"].append(False)
    win.findChild(type(win.undo_action), "action_merge").trigger()
    assert "different programme" in said["asked"][-1]
    assert not win.ctx.programme.rows("sessions", "title = ?", ["Library users' forum"])

    said["answer"].append(True)
    win.findChild(type(win.undo_action), "action_merge").trigger()
    assert win.ctx.programme.rows("sessions", "title = ?", ["Library users' forum"])
    win.last_merge_report_dialog.close()
    win.close()


def test_a_read_only_window_cannot_merge(qtbot, demo_path, tmp_path, monkeypatch, said):
    make_application()
    first = build_window(demo_path)
    second = build_window(demo_path)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    asked = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: asked.append(1) or "")
    second.findChild(type(second.undo_action), "action_merge").trigger()
    assert "read-only" in said["error"][-1]
    assert asked == []
    second.close()
    first.close()
