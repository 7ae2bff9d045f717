"""A whole board zoomed far out (issue 18): notes are drawn by the scene as plain
rectangles of their colour, flagged notes red and selected ones in the selection colour,
instead of each note painting itself; back at a readable zoom they paint themselves again."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QApplication, QGraphicsItem

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.ui.board.board_widget import BoardWidget
from workshop.ui.board.items import FLAG_RED, PLAIN_BELOW
from workshop.ui.context import AppContext, ProgrammeBridge

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


@pytest.fixture
def board(programme, qtbot):
    ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    session_id = add_session(programme, {"title": "Library evening"})
    exercise_id = agenda.add_exercise(programme, session_id, "board", "Hopes and fears", 30)
    column = boards.columns(programme, exercise_id)[0]
    for text, significant in (("Nobody to ring", 0), ("Computer says no", 1)):
        reason = "Said by three tables" if significant else ""
        boards.add_note(
            programme, column["id"], text, significant=significant, significant_reason=reason
        )
    widget = BoardWidget(ctx, exercise_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    ctx.bridge.detach()


def colour_at_note(board, item) -> QColor:
    QApplication.processEvents()
    image = board.view.viewport().grab().toImage()
    centre = board.view.mapFromScene(item.sceneBoundingRect().center())
    return image.pixelColor(centre)


def zoom_to(board, scale: float) -> None:
    board.view.resetTransform()
    board.view.scale(scale, scale)
    board.view.centerOn(board.scene.itemsBoundingRect().center())


def test_far_out_notes_are_plain_rectangles_of_their_colour(board):
    plain, flagged = sorted(board.scene.notes.values(), key=lambda i: i.row["significant"])
    zoom_to(board, PLAIN_BELOW / 2)

    assert colour_at_note(board, plain) == QColor(boards.COLOUR_HEX[plain.row["colour"]])
    assert colour_at_note(board, flagged) == FLAG_RED
    assert all(item.flags() & NO_CONTENTS for item in board.scene.notes.values())

    plain.setSelected(True)
    assert colour_at_note(board, plain) == board.scene.look.select_pen.color()


def test_back_at_a_readable_zoom_notes_paint_themselves(board):
    note = next(iter(board.scene.notes.values()))
    zoom_to(board, PLAIN_BELOW / 2)
    colour_at_note(board, note)
    zoom_to(board, 1.0)
    colour_at_note(board, note)
    assert not any(item.flags() & NO_CONTENTS for item in board.scene.notes.values())
    assert not board.scene.overview


def test_a_note_added_while_far_out_is_drawn_plain_too(board, qtbot):
    zoom_to(board, PLAIN_BELOW / 2)
    colour_at_note(board, next(iter(board.scene.notes.values())))
    qtbot.keyClicks(board.entry, "Fair waiting list")
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    added = next(i for i in board.scene.notes.values() if i.row["text"] == "Fair waiting list")
    assert added.flags() & NO_CONTENTS
    assert colour_at_note(board, added) == QColor(boards.COLOUR_HEX[added.row["colour"]])
