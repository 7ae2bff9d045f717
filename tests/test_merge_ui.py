"""File > Merge another file… in the window: the colleague's session appears in the sidebar,
the report says what came in, and another programme is only merged when confirmed."""

from __future__ import annotations

import shutil
import threading

from workshop.core import backups, merge
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.ui import dialogs
from workshop.ui.app import build_window, make_application
from workshop.ui.undo_commands import SetFields, push_or_explain


def _sidebar_texts(win) -> list[str]:
    return [win.sidebar.list.item(i).text() for i in range(win.sidebar.list.count())]


def _merge(qtbot, win) -> None:
    """File > Merge another file…, then wait for the merge (it runs off the UI thread)."""
    win.findChild(type(win.undo_action), "action_merge").trigger()
    with qtbot.waitSignal(win.merge_task.finished, timeout=30000):
        pass


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

    # An undo step from before the merge: the merge replaces rows it may refer to.
    programme = win.ctx.programme
    topic = SetFields(programme, "programme", programme.programme()["id"], {"topic": "Rent"}, "")
    assert push_or_explain(win.ctx.undo_stack, topic, win)
    assert win.ctx.undo_stack.count() == 1
    threads = []
    real_merge = merge.merge

    def merge_noting_the_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_merge(*args, **kwargs)

    monkeypatch.setattr(merge, "merge", merge_noting_the_thread)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(laptop_b))
    _merge(qtbot, win)
    assert threads and threads[0] is not threading.main_thread()
    assert win.ctx.undo_stack.count() == 0  # a merge is undone by restoring its backup

    report = win.last_merge_report_dialog
    assert report.isVisible()
    assert "9 items added" in report.plain_text()
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
    _merge(qtbot, win)
    assert "different programme" in said["asked"][-1]
    assert "--yes" not in said["asked"][-1]  # that is for the command line
    assert said["asked"][-1].endswith("merge it anyway?")
    assert not win.ctx.programme.rows("sessions", "title = ?", ["Library users' forum"])
    assert not hasattr(win, "last_merge_report_dialog")

    said["answer"].append(True)
    _merge(qtbot, win)  # the question, then the merge itself once more
    qtbot.waitUntil(lambda: hasattr(win, "last_merge_report_dialog"), timeout=30000)
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


def test_undo_this_merge_puts_the_file_back_as_it_was_in_one_step(
    qtbot, demo_path, tmp_path, monkeypatch, said
):
    laptop_b = tmp_path / "laptop-b.workshop"
    shutil.copy(demo_path, laptop_b)
    with Programme.open(demo_path, read_only=True) as a:
        doomed = a.rows("sessions", order_by="starts_at")[0]["id"]
    with Programme.open(laptop_b) as b:
        add_session(b, {"title": "Mosque hall evening", "starts_at": "2027-02-05T18:00"})
        b.delete("sessions", doomed)
        note = b.rows("board_notes", order_by="rowid")[0]["id"]  # one that is left
        old_text = b.get("board_notes", note)["text"]
        b.update("board_notes", note, {"text": "Changed on laptop B"})
    make_application()
    win = build_window(demo_path)
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: str(laptop_b))
    _merge(qtbot, win)
    report = win.last_merge_report_dialog
    text = report.plain_text()
    assert "deleted 1 from sessions" in text and "added 1 to sessions" in text
    assert any("Mosque hall evening" in t for t in _sidebar_texts(win))
    assert win.ctx.programme.get("board_notes", note)["text"] == "Changed on laptop B"
    assert report.undo_button.isVisible()

    report.undo_button.click()
    assert not report.isVisible()
    assert any("Restored the backup" in t for t in said["info"])
    programme = win.ctx.programme
    assert programme.get("sessions", doomed) is not None
    assert programme.get("board_notes", note)["text"] == old_text
    assert not any("Mosque hall evening" in t for t in _sidebar_texts(win))
