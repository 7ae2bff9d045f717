"""Typing many notes does not make Qt re-index the whole board every few notes (issue 18,
counted, never timed): the scene's rectangle grows with room to spare, while the view
scrolls over the board's content and reaches every note; lanes are drawn down to the
notes, and zoom to fit fits what is drawn."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.ui.board.board_widget import BoardWidget
from workshop.ui.context import AppContext, ProgrammeBridge


@pytest.fixture
def board(programme, qtbot):
    """A board whose first column already holds 800 notes (400 rows)."""
    ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    session_id = add_session(programme, {"title": "Library evening"})
    exercise_id = agenda.add_exercise(programme, session_id, "board", "Hopes and fears", 30)
    column_id = boards.columns(programme, exercise_id)[0]["id"]
    with programme.transaction():
        for n in range(800):
            x, y = boards.grid_slot(n)
            boards.add_note(programme, column_id, f"Written before {n}", x=x, y=y)
    widget = BoardWidget(ctx, exercise_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    ctx.bridge.detach()


def test_typing_62_notes_on_a_big_board_re_indexes_the_scene_at_most_once(qtbot, board):
    rectangles = []
    board.scene.sceneRectChanged.connect(rectangles.append)
    lanes_grown = []
    for n in range(62):
        reach = {c: item.reach for c, item in board.scene.columns.items()}
        board.entry.setText(f"Nobody to ring {n}")
        qtbot.keyClick(board.entry, Qt.Key.Key_Return)
        lanes_grown.append(any(item.reach != reach[c] for c, item in board.scene.columns.items()))
    assert len(board.scene.notes) == 862
    assert len(rectangles) <= 1  # it was every twenty notes in a column (ten rows)
    assert sum(lanes_grown) <= 62 // 8 + 1  # a lane's indexed height: four rows at a time
    shown = board.view.sceneRect()
    lowest = max(board.scene.notes.values(), key=lambda item: item.row["y"])
    assert shown.contains(lowest.sceneBoundingRect())  # the view scrolls down to it
    assert board.scene.sceneRect().contains(shown)
    for column in board.scene.columns.values():  # drawn down to the notes, no further
        assert column.height == lowest.row["y"] + boards.NOTE_H + boards.GAP
        assert column.reach >= column.height

    drawn = board.scene.board_rect()
    assert drawn.bottom() <= lowest.sceneBoundingRect().bottom() + boards.GAP + 8
    reach = max(item.reach for item in board.scene.columns.values())
    assert reach > drawn.bottom()  # the lanes' indexed reach is not what is fitted
    board.view.fit_all()
    fitted = board.view.mapToScene(board.view.viewport().rect()).boundingRect()
    assert fitted.contains(lowest.sceneBoundingRect())
