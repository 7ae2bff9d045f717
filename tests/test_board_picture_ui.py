"""Board > Save picture…: the picture is drawn off the UI thread from the file, and a
picture that cannot be written is explained once."""

import threading

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.core import agenda
from workshop.core.sessions import add_session
from workshop.export import board_image
from workshop.ui import dialogs
from workshop.ui.board.board_widget import BoardWidget
from workshop.ui.context import AppContext, ProgrammeBridge


@pytest.fixture
def board(programme, qtbot):
    ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    session_id = add_session(programme, {"title": "Library evening"})
    exercise_id = agenda.add_exercise(programme, session_id, "board", "Hopes and fears", 30)
    widget = BoardWidget(ctx, exercise_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    for text in ("Quicker decisions", "Nobody to ask"):
        qtbot.keyClicks(widget.entry, text)
        qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    yield widget
    ctx.bridge.detach()


def test_the_picture_is_drawn_off_the_ui_thread(board, qtbot, tmp_path, monkeypatch, errors):
    out = tmp_path / "board.png"
    monkeypatch.setattr(dialogs, "ask_save_path_ending", lambda *a, **k: str(out))
    threads = []
    real_png = board_image.board_png

    def png_noting_the_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_png(*args, **kwargs)

    monkeypatch.setattr(board_image, "board_png", png_noting_the_thread)
    with qtbot.waitSignal(board.picture_saved, timeout=30000) as saved:
        board.save_picture()
    assert saved.args == [""] and errors == []
    assert threads and threads[0] is not threading.main_thread()
    # The same picture as drawn from the window's own connection.
    with Image.open(out) as picture:
        expected = real_png(board.programme, board.exercise_id, dpi=300)
        assert out.read_bytes() == expected
        assert picture.width > 1000


def test_a_picture_that_cannot_be_written_is_explained(board, qtbot, tmp_path, monkeypatch, errors):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_save_path_ending", lambda *a, **k: str(blocked / "b.png"))
    with qtbot.waitSignal(board.picture_saved, timeout=30000) as saved:
        board.save_picture()
    assert saved.args[0] and errors == saved.args
    assert not (blocked / "b.png").exists()
    # The board carries on: another note goes in.
    qtbot.keyClicks(board.entry, "Still here")
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    assert board.model.rowCount() == 3
