"""Raising points from the screens where residents' words are kept, through the real
widgets and the real 'Raise as point' dialog (only its exec() is answered)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.core import points
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.raise_point import RaisePointDialog


@pytest.fixture
def ctx(demo):
    bridge = ProgrammeBridge(demo)
    yield AppContext(demo, bridge, QUndoStack())
    bridge.detach()


@pytest.fixture
def dialog_answers(monkeypatch, qtbot):
    """Build the real dialog, let the test fill it in, and return its choice."""
    seen = []

    def answer_with(fill):
        def ask(cls, parent, programme, sources):
            dialog = cls(programme, sources, parent)
            qtbot.addWidget(dialog)
            seen.append(dialog)
            fill(dialog)
            return dialog.choice()

        monkeypatch.setattr(RaisePointDialog, "ask", classmethod(ask))
        return seen

    return answer_with


def board_of(demo, note_words):
    note = next(r for r in demo.rows("board_notes") if r["text"].startswith(note_words))
    return note


def test_raise_a_flagged_theme_and_a_note_from_the_board(ctx, qtbot, dialog_answers):
    from workshop.ui.board.board_widget import BoardWidget

    demo = ctx.programme
    note = board_of(demo, "Computer says no")
    theme = demo.get("board_clusters", note["cluster_id"])
    board = BoardWidget(ctx, note["exercise_id"])
    qtbot.addWidget(board)
    board.scene.select([note["id"]], [theme["id"]])
    seen = dialog_answers(lambda d: None)  # accept the prefilled statement
    before = demo.db["points"].count
    board.actions_by_name["raise_point"].trigger()

    assert seen and seen[0].statement.text() == "Computer says no and there is no one to ring"
    assert demo.db["points"].count == before + 1
    point = demo.rows("points", order_by="created_at DESC")[0]
    assert point["statement"] == "Computer says no and there is no one to ring"
    assert point["significant"] == 1  # the theme's flag came with it
    assert point["significance_reason"] == theme["significant_reason"]
    kinds = sorted(s.kind for s in points.point_sources(demo, point["id"]))
    assert kinds == ["Board note", "Theme"]
    ctx.undo_stack.undo()
    assert demo.db["points"].count == before


def test_add_a_board_note_to_an_existing_point(ctx, qtbot, dialog_answers):
    from workshop.ui.board.board_widget import BoardWidget

    demo = ctx.programme
    note = board_of(demo, "Shame. People won't come forward")
    target = next(p for p in demo.rows("points") if p["statement"].startswith("A wrong fraud"))
    board = BoardWidget(ctx, note["exercise_id"])
    qtbot.addWidget(board)
    board.scene.select([note["id"]])

    def pick_existing(dialog):
        qtbot.keyClicks(dialog.search, "fraud flag")
        assert dialog.existing.count() == 1

    dialog_answers(pick_existing)
    before = len(points.point_sources(demo, target["id"]))
    board.actions_by_name["raise_point"].trigger()
    words = [s.words for s in points.point_sources(demo, target["id"])]
    assert len(words) == before + 1 and words[-1].startswith("Shame.")


def test_raise_a_card_response_from_the_scenario_cards_screen(ctx, qtbot, dialog_answers):
    card_mode = pytest.importorskip("workshop.ui.card_mode")
    demo = ctx.programme
    session = demo.rows("card_responses", order_by="rowid")[0]["session_id"]
    page = card_mode.CardModePage(ctx, session)
    qtbot.addWidget(page)
    for _ in range(len(page.cards)):
        if page.responses_list.count():
            break
        page.next_card()
    assert page.responses_list.count()
    page.responses_list.setCurrentRow(0)
    response_id = page.responses_list.item(0).data(Qt.ItemDataRole.UserRole)

    def new_statement(dialog):
        dialog.statement.clear()
        qtbot.keyClicks(dialog.statement, "Tables want a person to check")

    dialog_answers(new_statement)
    qtbot.mouseClick(page.raise_button, Qt.MouseButton.LeftButton)
    [point] = [
        p
        for p in points.points_for_source(demo, "card_responses", response_id)
        if p["statement"] == "Tables want a person to check"
    ]
    assert point["statement"] == "Tables want a person to check"
    [source] = points.point_sources(demo, point["id"])
    assert source.kind == "Scenario card response"
    assert source.session_id == session
    assert source.place  # the card's title


def test_raise_a_question_from_the_question_wall(ctx, qtbot, dialog_answers):
    question_wall = pytest.importorskip("workshop.ui.question_wall")
    demo = ctx.programme
    question = next(
        q for q in demo.rows("questions") if q["text"].startswith("Does the computer know")
    )
    page = question_wall.QuestionWallPage(ctx, question["session_id"])
    qtbot.addWidget(page)
    page.select(question["id"])
    dialog_answers(lambda d: None)
    qtbot.mouseClick(page.raise_button, Qt.MouseButton.LeftButton)
    [point] = points.points_for_source(demo, "questions", question["id"])
    assert point["statement"] == "Does the computer know if you are Muslim?"
    [source] = points.point_sources(demo, point["id"])
    assert (source.kind, source.session_id) == ("Question", question["session_id"])


def test_raise_two_returned_feedback_cards_as_one_point(ctx, qtbot, dialog_answers):
    feedback_page = pytest.importorskip("workshop.ui.feedback_page")
    demo = ctx.programme
    rows = demo.rows("feedback_responses", order_by="rowid")
    session = rows[0]["session_id"]
    page = feedback_page.FeedbackPage(ctx, session)
    qtbot.addWidget(page)
    page.table.selectAll()
    chosen = page.selected_response_ids()
    assert len(chosen) >= 2 and page.raise_button.isEnabled()

    def new_statement(dialog):
        dialog.statement.clear()
        qtbot.keyClicks(dialog.statement, "Keep a person people can talk to")

    dialog_answers(new_statement)
    qtbot.mouseClick(page.raise_button, Qt.MouseButton.LeftButton)
    [point] = [
        p
        for p in points.points_for_source(demo, "feedback_responses", chosen[0])
        if p["statement"] == "Keep a person people can talk to"
    ]
    sources = points.point_sources(demo, point["id"])
    assert {s.source_id for s in sources} == set(chosen)
    assert all(s.kind == "Returned feedback" for s in sources)
