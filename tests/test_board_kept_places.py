"""The places a board on screen keeps in memory for typed notes (issue 18: typing costs
the same on a 10,000-note board) agree with the file after every kind of change: notes
typed, dragged off the grid and into another column, deleted, undone and redone, and
brought in by a merge. Checked against the rule as written, reading the file."""

import re

import test_board_ui
from PySide6.QtCore import Qt

from workshop.core import boards, merge
from workshop.core.boards import NOTE_H, NOTE_W, grid_slot
from workshop.core.store import Programme
from workshop.ui.board.board_widget import BoardWidget

# The board on screen: the board tests' own fixtures.
ctx = test_board_ui.ctx
board = test_board_ui.board


def covers(note: dict, place: int) -> bool:
    """The rule as written: a note covers a grid place within 60% of a note's size."""
    x, y = grid_slot(place)
    return abs(note["x"] - x) < NOTE_W * 0.6 and abs(note["y"] - y) < NOTE_H * 0.6


def assert_kept_places_agree_with_the_file(board: BoardWidget) -> None:
    notes = boards.notes(board.programme, board.exercise_id)
    assert set(board.scene.notes) == {n["id"] for n in notes}
    for column_id in board.scene.columns:
        in_column = [n for n in notes if n["column_id"] == column_id]
        last = 2 * (max((n["y"] for n in in_column), default=0) // (NOTE_H + 16) + 3)
        covered = {p for p in range(int(last)) if any(covers(n, p) for n in in_column)}
        assert board.scene.places.covered(column_id) == covered
        first = next(p for p in range(int(last) + 1) if p not in covered)
        assert board.scene.places.first_free(column_id) == grid_slot(first)
        assert boards.free_slot(board.programme, column_id) == grid_slot(first)


def type_note(qtbot, board, text):
    board.entry.setText(text)
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    return next(i for i in board.scene.notes.values() if i.row["text"] == text).note_id


def test_kept_places_follow_typing_drags_deletes_undo_and_redo(qtbot, board):
    hopes, fears = list(board.scene.columns)
    ids = [type_note(qtbot, board, f"Hope {n}") for n in range(6)]
    qtbot.keyClick(board.entry, Qt.Key.Key_Tab)
    ids += [type_note(qtbot, board, f"Fear {n}") for n in range(3)]
    assert_kept_places_agree_with_the_file(board)
    placed = {n["text"]: (n["x"], n["y"]) for n in boards.notes(board.programme, board.exercise_id)}
    assert [placed[f"Hope {n}"] for n in range(6)] == [grid_slot(n) for n in range(6)]

    # Dragged off the grid (covering up to four places), and into the other column.
    stack = board.ctx.undo_stack
    left = board.scene.lefts
    board.on_dropped({ids[1]: (left[hopes] + 70.0, 300.0)}, [], {})
    board.on_dropped({ids[4]: (left[fears] + 16.0, 700.0)}, [], {})
    assert board.programme.get("board_notes", ids[4])["column_id"] == fears
    assert_kept_places_agree_with_the_file(board)

    # Deleted: their places are free again, and the next typed note takes the first.
    board.scene.select([ids[0], ids[2]])
    board.actions_by_name["delete"].trigger()
    assert_kept_places_agree_with_the_file(board)
    qtbot.keyClick(board.entry, Qt.Key.Key_Tab)  # back to Hopes
    assert board.current_column_id() == hopes
    refill = type_note(qtbot, board, "Typed into the hole")
    note = board.programme.get("board_notes", refill)
    assert (note["x"], note["y"]) == grid_slot(0)
    assert_kept_places_agree_with_the_file(board)

    # Every step undone, then redone, agreeing at each.
    steps = stack.index()
    while stack.canUndo():
        stack.undo()
        assert_kept_places_agree_with_the_file(board)
    assert board.scene.notes == {}
    while stack.index() < steps:
        stack.redo()
        assert_kept_places_agree_with_the_file(board)
    assert board.programme.get("board_notes", refill) is not None


def test_kept_places_follow_a_merge_and_a_reload(qtbot, board, tmp_path):
    hopes = next(iter(board.scene.columns))
    for n in range(3):
        type_note(qtbot, board, f"Ours {n}")
    theirs_path = tmp_path / "theirs.workshop"
    board.programme.save_copy(theirs_path)
    with Programme.open(theirs_path) as theirs:
        for n in range(4):  # typed on the other laptop, where ours 3.. are not
            boards.add_note(theirs, hopes, f"Theirs {n}")
        moved = boards.notes(theirs, board.exercise_id)[0]
        theirs.update("board_notes", moved["id"], {"x": 150.0, "y": 400.0})
    merge.merge(board.programme, theirs_path)
    assert len(board.scene.notes) == 7
    assert_kept_places_agree_with_the_file(board)
    type_note(qtbot, board, "After the merge")
    assert_kept_places_agree_with_the_file(board)

    board.close()  # closed: changes made meanwhile are caught up when shown again
    boards.add_note(board.programme, hopes, "While the board was closed")
    board.show()
    qtbot.waitExposed(board)
    assert_kept_places_agree_with_the_file(board)


def test_typing_a_note_reads_no_more_of_the_file_on_a_bigger_board(qtbot, board):
    """Counted, not timed: the statements one typed note runs are the same, by id, for a
    board of 4 notes or 40, and none reads a column or the board's dots."""
    programme = board.programme

    def statements_for_one_note(text):
        seen: list[str] = []
        programme.conn.set_trace_callback(seen.append)
        try:
            type_note(qtbot, board, text)
        finally:
            programme.conn.set_trace_callback(None)
        return seen

    for n in range(4):
        type_note(qtbot, board, f"Small board {n}")
    small = statements_for_one_note("On a small board")
    for n in range(40):
        type_note(qtbot, board, f"Bigger board {n}")
    big = statements_for_one_note("On a bigger board")
    assert len(big) == len(small)
    for statement in big:  # reads are of one row by its id
        assert "SUM(" not in statement, statement
        where = statement.partition(" WHERE ")[2]
        assert not where or re.fullmatch(r"id = '[0-9a-f]+'", where), statement
    # A change that can move the dots still shows them: a vote, then its undo.
    note_id = next(iter(board.scene.notes))
    board.scene.select([note_id])
    board.vote(+1)
    assert "Dots used: 1" in board.dots_label.text()
    board.ctx.undo_stack.undo()
    assert "Dots used: 0" in board.dots_label.text()
