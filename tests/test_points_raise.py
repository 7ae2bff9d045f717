"""Raising points from what residents said, and adding more sources to a point."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.core import points
from workshop.core.store import Programme
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.raise_point import RaiseChoice, RaisePointDialog, raise_as_point


@pytest.fixture
def ctx(programme):
    bridge = ProgrammeBridge(programme)
    yield AppContext(programme, bridge, QUndoStack())
    bridge.detach()


@pytest.fixture
def question(programme):
    session = programme.insert("sessions", {"title": "Library evening"})
    return session, programme.insert(
        "questions", {"session_id": session, "text": "Will a person check what the computer says?"}
    )


def answer(monkeypatch, choice):
    monkeypatch.setattr(RaisePointDialog, "ask", classmethod(lambda cls, *a: choice))


def test_raise_new_point_from_a_question_is_one_undo_step(
    ctx, question, monkeypatch, programme_path
):
    session, question_id = question
    answer(monkeypatch, RaiseChoice(statement="A person must check every decision"))
    point_id = raise_as_point(ctx, None, [("questions", question_id)])
    assert ctx.undo_stack.count() == 1
    [source] = points.point_sources(ctx.programme, point_id)
    assert source.kind == "Question"
    assert source.session_title == "Library evening"
    assert source.words == "Will a person check what the computer says?"

    ctx.undo_stack.undo()
    assert ctx.programme.get("points", point_id) is None
    assert ctx.programme.rows("point_sources") == []
    ctx.undo_stack.redo()
    assert ctx.programme.get("points", point_id)["statement"] == (
        "A person must check every decision"
    )
    ctx.programme.close()
    with Programme.open(programme_path) as reopened:
        assert [s.words for s in points.point_sources(reopened, point_id)] == [
            "Will a person check what the computer says?"
        ]


def test_source_words_survive_the_source_being_deleted(programme, question):
    _, question_id = question
    point_id = points.raise_point(programme, [("questions", question_id)], "Human check")
    programme.delete("questions", question_id)
    [source] = points.point_sources(programme, point_id)
    assert not source.exists
    assert source.words == "Will a person check what the computer says?"
    assert source.session_title == "Library evening"


def test_attach_to_existing_point_and_undo(ctx, question, monkeypatch):
    session, question_id = question
    other = ctx.programme.insert("questions", {"session_id": session, "text": "Who do I ring?"})
    point_id = points.raise_point(ctx.programme, [("questions", question_id)], "Human check")
    answer(monkeypatch, RaiseChoice(point_id=point_id))
    assert raise_as_point(ctx, None, [("questions", other), ("questions", question_id)]) == point_id
    assert len(points.point_sources(ctx.programme, point_id)) == 2  # the duplicate is skipped
    ctx.undo_stack.undo()
    assert len(points.point_sources(ctx.programme, point_id)) == 1
    ctx.undo_stack.redo()
    assert len(points.point_sources(ctx.programme, point_id)) == 2


def test_cancel_changes_nothing(ctx, question, monkeypatch):
    answer(monkeypatch, None)
    assert raise_as_point(ctx, None, [("questions", question[1])]) is None
    assert ctx.programme.rows("points") == [] and ctx.undo_stack.count() == 0


def test_empty_statement_is_refused_and_explained(ctx, question, monkeypatch):
    answer(monkeypatch, RaiseChoice(statement="  "))
    said = []
    monkeypatch.setattr(
        "workshop.ui.dialogs.show_error", lambda parent, text, *a: said.append(text)
    )
    assert raise_as_point(ctx, None, [("questions", question[1])]) is None
    assert "cannot be empty" in said[0]
    assert ctx.programme.rows("points") == [] and ctx.undo_stack.count() == 0


def test_dialog_prefills_statement_and_lists_significant_first(qtbot, programme, question):
    _, question_id = question
    points.raise_point(programme, [], "Plain point")
    points.raise_point(
        programme,
        [],
        "Risky for carers",
        significant=True,
        significance_reason="Carers could lose support",
    )
    dialog = RaisePointDialog(programme, [("questions", question_id)])
    qtbot.addWidget(dialog)
    assert not dialog.already.isVisibleTo(dialog)
    assert dialog.statement.text() == "Will a person check what the computer says?"
    assert dialog.choice() == RaiseChoice(statement="Will a person check what the computer says?")
    assert dialog.existing.item(0).text().startswith("[Significant] Risky for carers")
    qtbot.keyClicks(dialog.search, "plain")
    assert dialog.existing.count() == 1
    assert dialog.existing_choice.isChecked()
    chosen = dialog.existing.item(0).data(Qt.ItemDataRole.UserRole)
    assert dialog.choice() == RaiseChoice(point_id=chosen)
    dialog.statement.clear()
    qtbot.keyClicks(dialog.statement, "Checks by a person")
    assert dialog.choice() == RaiseChoice(statement="Checks by a person")


def test_dialog_says_when_a_source_was_already_raised(qtbot, programme, question):
    _, question_id = question
    points.raise_point(programme, [("questions", question_id)], "Human check")
    dialog = RaisePointDialog(programme, [("questions", question_id)])
    qtbot.addWidget(dialog)
    assert dialog.already.isVisibleTo(dialog)
    assert dialog.already.text() == "Already raised as: 'Human check'"


def test_every_control_of_the_dialog_has_a_name(qtbot, programme, question):
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    points.raise_point(programme, [], "Existing point")
    dialog = RaisePointDialog(programme, [("questions", question[1])])
    qtbot.addWidget(dialog)
    dialog.show()
    interactive = {
        QAccessible.Role.Button,
        QAccessible.Role.RadioButton,
        QAccessible.Role.EditableText,
        QAccessible.Role.List,
        QAccessible.Role.ComboBox,
        QAccessible.Role.CheckBox,
    }
    unnamed = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface and iface.role() in interactive and not iface.text(QAccessible.Text.Name):
            unnamed.append(type(widget).__name__)
    assert unnamed == []
