"""The question wall through the real page: asked, answered, parked, filtered."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack

from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.ui.app import make_application
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.dates import short_date
from workshop.ui.question_wall import QuestionWallPage


def test_ask_answer_park_and_filter_still_owed(qtbot, programme_path, errors):
    with Programme.create(programme_path, "T") as p:
        session = add_session(p, {"title": "Youth club"})
    make_application()
    programme = Programme.open(programme_path)
    ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    page = QuestionWallPage(ctx, session)
    qtbot.addWidget(page)
    page.show()

    for text in ("Can you refuse to be scanned?", "Who decides where cameras go?"):
        qtbot.keyClicks(page.new_text, text)
        qtbot.keyClick(page.new_text, Qt.Key.Key_Return)
    assert page.table.rowCount() == 2
    assert page.new_text.text() == ""

    page.table.selectRow(0)
    qtbot.keyClicks(page.answer_edit, "Not in a public street.")
    page.answered_button.click()
    page.table.selectRow(1)
    page.mark_answered()  # no answer typed: refused, and said why
    assert errors and "Write down the answer" in errors[-1]
    page.park()  # no owner yet: refused
    assert "needs an owner" in errors[-1]
    qtbot.keyClicks(page.owner_edit, "Community Safety team")
    page.due_edit.setDate(QDate(2027, 3, 31))
    page.park_button.click()
    assert "Community Safety team by 31 Mar 2027" in page.table.item(1, 2).text()

    page.owed_only.setChecked(True)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "Who decides where cameras go?"
    assert page.counts.text() == "2 questions, 1 still owed"
    programme.close()

    with Programme.open(programme_path) as p:
        rows = p.rows("questions", order_by="position")
        assert [(r["status"], r["answer"], r["owner"], r["due"]) for r in rows] == [
            ("answered", "Not in a public street.", "", ""),
            ("owed", "", "Community Safety team", "2027-03-31"),
        ]


def test_a_question_and_a_card_response_raised_as_points(qtbot, demo_path, monkeypatch):
    from workshop.ui.card_mode import CardModePage
    from workshop.ui.raise_point import RaiseChoice, RaisePointDialog

    monkeypatch.setattr(
        RaisePointDialog, "ask", classmethod(lambda cls, *a: RaiseChoice("People want answers"))
    )
    make_application()
    programme = Programme.open(demo_path)
    ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    session = programme.rows("sessions", order_by="starts_at")[0]["id"]
    wall = QuestionWallPage(ctx, session)
    qtbot.addWidget(wall)
    wall.table.selectRow(0)
    question_id = wall.selected_id()
    wall.raise_button.click()
    cards = CardModePage(ctx, session)
    qtbot.addWidget(cards)
    cards.responses_list.setCurrentRow(0)
    response_id = cards.responses_list.currentItem().data(Qt.ItemDataRole.UserRole)
    cards.raise_button.click()
    linked = {
        (r["source_table"], r["source_id"])
        for r in programme.rows("point_sources")
        if r["source_id"] in (question_id, response_id)
    }
    assert linked == {("questions", question_id), ("card_responses", response_id)}
    programme.close()


def test_tools_menu_lists_every_question_still_owed(qtbot, demo_path):
    from workshop.ui.main_window import MainWindow
    from workshop.ui.question_wall import StillOwedDialog

    make_application()
    win = MainWindow(Programme.open(demo_path))
    qtbot.addWidget(win)
    action = next(
        a for a in win.menu("menu_tools").actions() if a.objectName() == "action_questions_owed"
    )
    action.trigger()
    dialog = win.findChild(StillOwedDialog)
    owed = win.ctx.programme.db["questions"].count_where("status IN ('open', 'owed')")
    assert dialog.table.rowCount() == owed == 5
    # soonest due first, with the owner and the date in words
    soonest = min(win.ctx.programme.rows("questions", "status = 'owed'"), key=lambda q: q["due"])
    assert soonest["owner"] == "Children's Services"
    expected = f"Children's Services by {short_date(soonest['due'])}"
    assert expected in dialog.table.item(0, 2).text()
    win.close()
