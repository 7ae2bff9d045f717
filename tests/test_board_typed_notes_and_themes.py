"""A note typed into a column lands where nothing is: not on another note, and not on a
theme's notes or its title. Themes sit around their notes, off the grid, so the notes'
own grid places did not say so: on the demo's board, typed notes landed over "Catching
mistakes early" and hid its title (seen in a screenshot). The board on screen and the file
(`boards.free_slot`, used when no board is open) agree on the place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QUndoStack

from workshop.core import boards
from workshop.core.boards import NOTE_H, NOTE_W
from workshop.demo import write_demo
from workshop.ui.board.board_widget import BoardWidget
from workshop.ui.context import AppContext, ProgrammeBridge

WORDS = [
    "Who checks the computer's answer?",
    "Rhaid cael rhywun i siarad ag ef am y penderfyniad",
    "Nikt nie wyjaśnia decyzji",
    "Nimeni nu explică de ce am fost respins",
    "Qofna uma sharraxo go'aanka",
    "کوئی فون نہیں اٹھاتا",
    "لا أحد يشرح القرار",
    "Could it work in Welsh too?",
]


@pytest.fixture
def demo_board(programme, qtbot):
    write_demo(programme)
    themed = programme.db.execute(
        "SELECT exercise_id FROM board_clusters GROUP BY exercise_id ORDER BY count(*) DESC"
    ).fetchone()
    assert themed, "the demo has a board with themes"
    ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    widget = BoardWidget(ctx, themed[0])
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    ctx.bridge.detach()


def _note_rect(item) -> QRectF:
    return QRectF(item.scenePos().x(), item.scenePos().y(), NOTE_W, NOTE_H)


def _frame_rect(item) -> QRectF:
    return QRectF(item.pos().x(), item.pos().y(), item.size.width(), item.size.height())


def test_typed_notes_land_on_no_note_and_no_theme(qtbot, demo_board):
    board = demo_board
    scene = board.scene
    assert scene.clusters, "the board shows themes"
    typed: list[str] = []
    for column_id in list(scene.columns):
        board.column_box.setCurrentIndex(board.column_box.findData(column_id))
        for words in WORDS:
            before = set(scene.notes)
            # The board on screen and the file agree on where the note will go.
            assert scene.first_free_place(column_id) == boards.free_slot(board.programme, column_id)
            board.entry.setText(words)
            qtbot.keyClick(board.entry, Qt.Key.Key_Return)
            (new_id,) = set(scene.notes) - before
            typed.append(new_id)
    frames = [_frame_rect(item) for item in scene.clusters.values()]
    for note_id in typed:
        rect = _note_rect(scene.notes[note_id])
        for frame in frames:
            assert not rect.intersects(frame), (scene.notes[note_id].row["text"], frame)
        for other_id, other in scene.notes.items():
            if other_id != note_id:
                assert not rect.intersects(_note_rect(other)), scene.notes[note_id].row["text"]


def test_the_places_under_a_theme_are_those_a_note_would_overlap():
    left = boards.lane_left(1)
    x, y = boards.grid_slot(2)  # the first place of the second row
    frame = (left + x - 14, y - 48, NOTE_W + 28, NOTE_H + 62)  # a one-note theme there
    taken = boards.places_under(frame, left)
    assert 2 in taken and 0 in taken  # its title reaches up into the first row
    assert 1 not in taken and 3 not in taken  # the other column of the lane is clear
    assert boards.places_under(frame, boards.lane_left(0)) == set()  # another lane
