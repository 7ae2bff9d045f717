"""The facilitator at the board: typing notes, dragging, grouping, dots and flags, undo,
the list view and presentation mode. Every check looks at the file after reopening."""

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.ui.board import questions
from workshop.ui.board.board_widget import BoardWidget
from workshop.ui.board.presentation import PresentationWindow
from workshop.ui.context import AppContext, ProgrammeBridge


@pytest.fixture
def ctx(programme):
    context = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    yield context
    context.bridge.detach()


@pytest.fixture
def board(ctx, qtbot):
    session_id = add_session(ctx.programme, {"title": "Library evening"})
    exercise_id = agenda.add_exercise(ctx.programme, session_id, "board", "Hopes and fears", 30)
    widget = BoardWidget(ctx, exercise_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_note(qtbot, board, text):
    qtbot.keyClicks(board.entry, text)
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)


def reopened_notes(path, exercise_id):
    with Programme.open(path) as again:
        return {n["text"]: n for n in boards.notes(again, exercise_id)}, again


def send_mouse(widget, kind, pos, buttons):
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        QPointF(pos),
        widget.mapToGlobal(QPointF(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def drag(board, start_scene, end_scene):
    view = board.view
    viewport = view.viewport()
    start = view.mapFromScene(start_scene)
    end = view.mapFromScene(end_scene)
    left = Qt.MouseButton.LeftButton
    send_mouse(viewport, QEvent.Type.MouseButtonPress, start, left)
    for i in range(1, 6):
        step = start + (end - start) * i / 5
        send_mouse(viewport, QEvent.Type.MouseMove, step, left)
    send_mouse(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_typing_notes_with_enter_and_tab(qtbot, board, programme_path):
    type_note(qtbot, board, "Quicker housing list")
    type_note(qtbot, board, "Same rules for everyone")
    qtbot.keyClick(board.entry, Qt.Key.Key_Tab)
    assert board.column_box.currentText() == "Fears"
    board.table_label.setText("Table 2")
    board.code.setText("P-017")
    type_note(qtbot, board, "No one to ring")
    qtbot.keyClick(board.entry, Qt.Key.Key_Backtab)
    assert board.column_box.currentText() == "Hopes"
    assert board.entry.text() == ""
    assert len(board.scene.notes) == 3
    exercise_id = board.exercise_id
    board.programme.close()
    notes, _ = reopened_notes(programme_path, exercise_id)
    hopes, fears = (c["id"] for c in boards.columns(Programme.open(programme_path), exercise_id))
    assert notes["Quicker housing list"]["column_id"] == hopes
    assert notes["No one to ring"]["column_id"] == fears
    assert notes["No one to ring"]["table_label"] == "Table 2"
    assert notes["No one to ring"]["participant_code"] == "P-017"
    assert notes["No one to ring"]["colour"] == "pink"


def test_dragging_two_notes_is_one_undo_step(qtbot, board):
    type_note(qtbot, board, "First")
    type_note(qtbot, board, "Second")
    stack = board.ctx.undo_stack
    steps = stack.count()
    items = list(board.scene.notes.values())
    for item in items:
        item.setSelected(True)
    before = {i.note_id: (i.row["x"], i.row["y"]) for i in items}
    start = items[0].sceneBoundingRect().center()
    drag(board, start, start + QPointF(0, 300))
    assert stack.count() == steps + 1
    after = {n["id"]: (n["x"], n["y"]) for n in boards.notes(board.programme, board.exercise_id)}
    for note_id, (x, y) in before.items():
        assert after[note_id] == (x, pytest.approx(y + 300, abs=2))
    stack.undo()
    after = {n["id"]: (n["x"], n["y"]) for n in boards.notes(board.programme, board.exercise_id)}
    assert after == before
    assert board.scene.notes[items[0].note_id].pos().y() == before[items[0].note_id][1]


def test_drag_into_another_column_and_into_a_theme(qtbot, board, monkeypatch):
    type_note(qtbot, board, "Hope")
    qtbot.keyClick(board.entry, Qt.Key.Key_Tab)
    type_note(qtbot, board, "Fear")
    notes = {i.row["text"]: i for i in board.scene.notes.values()}
    board.scene.select([notes["Fear"].note_id])
    monkeypatch.setattr(questions, "ask_text", lambda *a, **k: "Nobody to talk to")
    board.group_selected()
    theme = boards.clusters(board.programme, board.exercise_id)[0]
    board.scene.select([notes["Hope"].note_id])
    drag(
        board,
        notes["Hope"].sceneBoundingRect().center(),
        notes["Fear"].sceneBoundingRect().center() + QPointF(10, 10),
    )
    hope = board.programme.get("board_notes", notes["Hope"].note_id)
    assert hope["cluster_id"] == theme["id"]
    assert hope["column_id"] == notes["Fear"].row["column_id"]


def test_group_rename_ungroup_with_undo(qtbot, board, monkeypatch, programme_path):
    for text in ("Quicker", "Fairer", "Less paperwork"):
        type_note(qtbot, board, text)
    ids = list(board.scene.notes)
    board.scene.select(ids[:2])
    monkeypatch.setattr(questions, "ask_text", lambda *a, **k: "Waiting list")
    board.actions_by_name["group"].trigger()
    themes = boards.clusters(board.programme, board.exercise_id)
    assert [t["title"] for t in themes] == ["Waiting list"]
    assert len(board.scene.clusters) == 1
    theme_item = next(iter(board.scene.clusters.values()))
    assert theme_item.sceneBoundingRect().contains(board.scene.notes[ids[0]].sceneBoundingRect())
    board.scene.select(cluster_ids=[themes[0]["id"]])
    monkeypatch.setattr(questions, "ask_text", lambda *a, **k: "A fair waiting list")
    board.actions_by_name["rename_theme"].trigger()
    assert board.programme.get("board_clusters", themes[0]["id"])["title"] == "A fair waiting list"
    board.scene.select(cluster_ids=[themes[0]["id"]])
    board.actions_by_name["ungroup"].trigger()
    assert board.scene.clusters == {}
    assert len(board.scene.notes) == 3
    board.ctx.undo_stack.undo()  # ungroup undone: theme back with its two notes
    assert [n["cluster_id"] for n in boards.notes(board.programme, board.exercise_id)][:2] == [
        themes[0]["id"]
    ] * 2
    board.ctx.undo_stack.undo()  # rename undone
    board.ctx.undo_stack.undo()  # group undone
    assert boards.clusters(board.programme, board.exercise_id) == []
    board.ctx.undo_stack.redo()
    assert boards.clusters(board.programme, board.exercise_id)[0]["id"] == themes[0]["id"]


def test_votes_and_significant_flag(qtbot, board, monkeypatch, programme_path):
    type_note(qtbot, board, "Flagged twice because of my surname")
    note_id = next(iter(board.scene.notes))
    board.scene.select([note_id])
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Plus)
    qtbot.keyClick(board.view, Qt.Key.Key_Plus)
    qtbot.keyClick(board.view, Qt.Key.Key_Minus)
    assert board.programme.get("board_notes", note_id)["votes"] == 1
    monkeypatch.setattr(questions, "ask_text", lambda *a, **k: "Unfair to one group")
    board.actions_by_name["flag"].trigger()
    assert "Dots used: 1" in board.dots_label.text()
    exercise_id = board.exercise_id
    board.programme.close()
    notes, _ = reopened_notes(programme_path, exercise_id)
    note = notes["Flagged twice because of my surname"]
    assert (note["votes"], note["significant"], note["significant_reason"]) == (
        1,
        1,
        "Unfair to one group",
    )


def test_dot_budget_refusal_is_explained(qtbot, board, monkeypatch):
    board.budget.setValue(1)
    board.voters.setValue(1)
    board.budget.editingFinished.emit()
    type_note(qtbot, board, "One dot only")
    note_id = next(iter(board.scene.notes))
    board.scene.select([note_id])
    said = []
    monkeypatch.setattr(
        "workshop.ui.dialogs.show_error", lambda parent, text, *a: said.append(text)
    )
    board.vote(+1)
    board.vote(+1)
    assert board.programme.get("board_notes", note_id)["votes"] == 1
    assert "All 1 dots" in said[0]


def test_edit_in_place_and_delete_with_undo(qtbot, board):
    type_note(qtbot, board, "Typo in thsi note")
    note_id = next(iter(board.scene.notes))
    board.scene.select([note_id])
    board.view.setFocus()
    board.edit_selected()
    editor = board._editor
    editor.setPlainText("Typo fixed in this note")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert board.programme.get("board_notes", note_id)["text"] == "Typo fixed in this note"
    board.scene.select([note_id])
    board.actions_by_name["delete"].trigger()
    assert board.scene.notes == {}
    board.ctx.undo_stack.undo()
    assert board.scene.notes[note_id].row["text"] == "Typo fixed in this note"


def test_colour_by_name(qtbot, board):
    type_note(qtbot, board, "A blue idea")
    note_id = next(iter(board.scene.notes))
    board.scene.select([note_id])
    board.colour_box.setCurrentIndex(board.colour_box.findText("Blue"))
    board.colour_box.activated.emit(board.colour_box.currentIndex())
    assert board.programme.get("board_notes", note_id)["colour"] == "blue"
    board.toggle_list()
    assert board.model.data(board.model.index(0, 3)) == "Blue"


def test_colour_box_shows_the_colour_being_typed_and_the_chosen_notes(qtbot, board):
    """The Colour box never says "Yellow" while the notes are green and pink: with no note
    chosen it shows the colour the next typed note gets (its column's), with a chosen note
    that note's colour, and a swatch beside each name."""
    box, label = board.colour_box, board.colour_label
    assert all(not box.itemIcon(i).isNull() for i in range(box.count()))
    hopes, fears = (board.column_box.itemData(i) for i in range(2))
    shown = {}
    for column_id in (hopes, fears):
        board.column_box.setCurrentIndex(board.column_box.findData(column_id))
        colour = board.programme.get("board_columns", column_id)["colour"]
        shown[colour] = (label.text(), box.currentData(), box.currentText())
    assert shown == {  # Hopes is green and Fears pink on a new board
        "green": ("Next note's colour:", "green", "Green"),
        "pink": ("Next note's colour:", "pink", "Pink"),
    }
    type_note(qtbot, board, "No one to ring")  # typed into Fears: pink
    pink_note = next(iter(board.scene.notes))
    board.column_box.setCurrentIndex(board.column_box.findData(hopes))
    assert box.currentText() == "Green"
    board.scene.select([pink_note])
    assert (label.text(), box.currentText()) == ("Colour of the chosen notes:", "Pink")
    board.scene.clearSelection()
    assert (label.text(), box.currentText()) == ("Next note's colour:", "Green")
    # Choosing a colour with no note chosen colours the notes typed next.
    box.setCurrentIndex(box.findData("blue"))
    box.activated.emit(box.currentIndex())
    type_note(qtbot, board, "Quicker housing list")
    typed = [n for n in board.scene.notes if n != pink_note][0]
    assert board.programme.get("board_notes", typed)["colour"] == "blue"
    assert box.currentText() == "Blue"
    board.scene.select([pink_note, typed])  # two colours: neither is claimed
    assert box.currentIndex() == -1 and box.placeholderText() == "Mixed colours"


def test_list_view_does_every_board_action(qtbot, board, monkeypatch, qtmodeltester):
    for text in ("Quicker", "Fairer"):
        type_note(qtbot, board, text)
    qtmodeltester.check(board.model)
    board.toggle_list()
    assert board.showing_list()
    board.table.selectAll()
    monkeypatch.setattr(questions, "ask_text", lambda *a, **k: "Waiting list")
    board.actions_by_name["group"].trigger()
    board.actions_by_name["vote_up"].trigger()
    board.actions_by_name["flag"].trigger()
    assert board.model.data(board.model.index(0, 2)) == "Waiting list"
    assert board.model.data(board.model.index(0, 4)) == "1"
    assert board.model.data(board.model.index(1, 5)) == "★ Waiting list"
    board.model.setData(board.model.index(0, 6), "Table 4")
    assert board.programme.get("board_notes", board.model.note_id(0))["table_label"] == "Table 4"
    board.table.selectRow(1)
    board.actions_by_name["delete"].trigger()
    assert board.model.rowCount() == 1
    qtmodeltester.check(board.model)
    board.ctx.undo_stack.undo()
    assert board.model.rowCount() == 2


def test_columns_can_be_added_renamed_and_moved(qtbot, board, monkeypatch):
    monkeypatch.setattr(questions, "ask_text", lambda *a, **k: "Questions")
    board.actions_by_name["add_column"].trigger()
    assert [c["title"] for c in boards.columns(board.programme, board.exercise_id)] == [
        "Hopes",
        "Fears",
        "Questions",
    ]
    assert board.column_box.currentText() == "Questions"
    board.actions_by_name["column_left"].trigger()
    assert [c["title"] for c in boards.columns(board.programme, board.exercise_id)] == [
        "Hopes",
        "Questions",
        "Fears",
    ]
    board.ctx.undo_stack.undo()
    board.ctx.undo_stack.undo()
    assert len(board.scene.columns) == 2


def test_a_column_is_renamed_and_deleted_with_its_one_note_after_asking(qtbot, board, monkeypatch):
    from workshop.ui import dialogs

    monkeypatch.setattr(questions, "ask_text", lambda *a, **k: "Worries")
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, *a, **k: asked.append(text) or True
    )
    board.choose_column(boards.columns(board.programme, board.exercise_id)[1]["id"])
    board.actions_by_name["rename_column"].trigger()
    assert [c["title"] for c in boards.columns(board.programme, board.exercise_id)] == [
        "Hopes",
        "Worries",
    ]
    board.entry.setText("Nobody to talk to")
    board.add_typed_note()
    board.actions_by_name["delete_column"].trigger()
    assert asked == ["This column has 1 note. Delete the column and its note? Undo brings it back."]
    assert [c["title"] for c in boards.columns(board.programme, board.exercise_id)] == ["Hopes"]
    board.ctx.undo_stack.undo()
    assert len(boards.notes(board.programme, board.exercise_id)) == 1


def test_presentation_pages_the_notes_shows_the_board_and_leaves_with_escape(qtbot, ctx, demo_path):
    with Programme.open(demo_path) as demo:
        context = AppContext(demo, ProgrammeBridge(demo), QUndoStack())
        exercise = demo.rows("exercises", "title LIKE 'Hopes and fears about%'")[0]
        window = PresentationWindow(context, exercise["id"])
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        assert not window.scene.editable
        # It opens on the first page of notes; N and P move; F shows the whole board.
        assert window.page_index == 0 and len(window.pages) > 1
        assert window.stack.currentWidget() is window.notes_page
        qtbot.keyClick(window, Qt.Key.Key_N)
        assert window.page_index == 1
        assert window.title.text() == window.pages[1].heading()
        qtbot.keyClick(window, Qt.Key.Key_P)
        assert window.page_index == 0
        qtbot.keyClick(window, Qt.Key.Key_F)
        assert window.page_index == -1 and window.stack.currentWidget() is window.view
        fit = window.view.transform().m11()
        qtbot.keyClick(window, Qt.Key.Key_Plus)
        assert window.view.transform().m11() > fit
        qtbot.keyClick(window, Qt.Key.Key_N)
        assert window.page_index == 0
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert not window.isVisible()
        context.bridge.detach()
