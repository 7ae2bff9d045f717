"""Tools > Personal data due for removal…: the facilitator sees what is due, removes it,
and the log says what went and when; undo cannot bring it back."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from workshop.core import backups, purge
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.ui.app import build_window, make_application
from workshop.ui.undo_commands import SetFields, push_or_explain


def _with_people(path):
    with Programme.open(path) as p, p.transaction():
        past = add_session(
            p,
            {
                "title": "Carers' coffee morning",
                "starts_at": "2026-02-02T10:00",
                "purge_after": "2026-08-02",
            },
        )
        p.insert(
            "participants",
            {
                "session_id": past,
                "code": "P-031",
                "name": "Aisha Rahman",
                "consent_recorded_at": "2026-02-02",
            },
        )
        p.insert(
            "participants",
            {
                "session_id": past,
                "code": "P-032",
                "contact": "07700 900456",
                "consent_recorded_at": "2026-02-02",
            },
        )
    return past


def test_purge_screen_lists_removes_and_logs(qtbot, demo_path, said, monkeypatch):
    past = _with_people(demo_path)
    make_application()
    win = build_window(demo_path)
    qtbot.addWidget(win)
    win.show()
    # An edit on the undo stack that still remembers a name.
    person = win.ctx.programme.rows("participants", "code = 'P-031'")[0]["id"]
    push_or_explain(
        win.undo_stack,
        SetFields(win.ctx.programme, "participants", person, {"name": "Aisha R."}, "Rename"),
        win,
    )

    assert "due for removal" in win.statusBar().currentMessage()  # a quiet reminder
    win.findChild(type(win.undo_action), "action_purge").trigger()
    dialog = win.purge_dialog
    assert dialog.isVisible()
    assert dialog.due_list.count() == 1
    row = dialog.due_list.item(0).text()
    assert "Carers' coffee morning" in row and "due 2 Aug 2026" in row
    assert "1 name, 1 contact detail" in row
    assert "Aisha" not in row
    assert dialog.due_list.item(0).checkState() == Qt.CheckState.Checked
    assert dialog.log_list.item(0).text() == "Nothing removed yet."

    threads = []
    real_purge = purge.purge

    def purge_noting_the_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_purge(*args, **kwargs)

    monkeypatch.setattr(purge, "purge", purge_noting_the_thread)
    with qtbot.waitSignal(dialog.removal_done, timeout=30000) as done:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert done.args == [""]
    assert threads and threads[0] is not threading.main_thread()  # off the UI thread
    assert "cannot be undone" in said["asked"][-1]
    assert "Removed 2 personal details from 1 session, and from" in said["info"][-1]
    # The window's own connection sees the removal the worker made.
    assert win.ctx.programme.rows("participants", "code = 'P-031'")[0]["name"] == ""
    assert dialog.due_list.count() == 0 and dialog.nothing_due.isVisible()
    assert "Carers' coffee morning" in dialog.log_list.item(0).text()
    assert not dialog.remove_button.isEnabled()

    # Undo is cleared, so Ctrl+Z cannot put the name back.
    assert not win.undo_stack.canUndo()
    dialog.close()
    win.close()
    with Programme.open(demo_path, read_only=True) as p:
        people = p.rows("participants", "session_id = ?", [past])
        assert {(r["code"], r["name"], r["contact"]) for r in people} == {
            ("P-031", "", ""),
            ("P-032", "", ""),
        }
        assert len(p.rows("purge_log")) == 1
    # Not in any backup either: the one made on open was scrubbed, the one on close is new.
    for backup in backups.list_backups(demo_path):
        assert b"Aisha" not in backup.path.read_bytes()


def test_unticked_sessions_and_a_no_keep_everything(qtbot, demo_path, said):
    _with_people(demo_path)
    make_application()
    win = build_window(demo_path)
    qtbot.addWidget(win)
    win.findChild(type(win.undo_action), "action_purge").trigger()
    dialog = win.purge_dialog

    said["answer"].append(False)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.due_list.count() == 1

    dialog.due_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    said["answer"].append(True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "Tick the sessions" in said["info"][-1]
    assert win.ctx.programme.rows("participants", "name = 'Aisha Rahman'")
    dialog.close()
    win.close()
