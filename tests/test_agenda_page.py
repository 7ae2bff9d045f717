"""Planning and running a session's agenda: exercises, the countdown, boards, plans."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.core import agenda, session_plans
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.ui.agenda import plan_dialog
from workshop.ui.agenda.page import AgendaPage
from workshop.ui.agenda.timer import Countdown
from workshop.ui.context import AppContext, ProgrammeBridge


@pytest.fixture
def ctx(programme):
    context = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    yield context
    context.bridge.detach()


@pytest.fixture
def page(ctx, qtbot):
    session_id = add_session(ctx.programme, {"title": "Youth club"})
    widget = AgendaPage(ctx, session_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def add(qtbot, page, kind, title, minutes):
    page.kind_box.setCurrentIndex(page.kind_box.findData(kind))
    page.minutes_box.setValue(minutes)
    page.title_edit.clear()
    qtbot.keyClicks(page.title_edit, title)
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)


def test_build_and_reorder_an_agenda(qtbot, page, programme_path):
    add(qtbot, page, "other", "Welcome", 10)
    add(qtbot, page, "board", "Keep, change, stop", 30)
    add(qtbot, page, "questions", "Ask us anything", 15)
    assert page.table.rowCount() == 3
    assert page.total.text() == "Total: 0 h 55 min"
    page.table.selectRow(2)
    page.up_button.click()
    assert page.table.item(1, 1).text() == "Ask us anything"
    assert page.table.item(2, 0).text() == "+0:25"
    page.ctx.undo_stack.undo()
    assert page.table.item(1, 1).text() == "Keep, change, stop"
    page.table.item(0, 3).setText("12")
    session_id = page.session_id
    page.ctx.programme.close()
    with Programme.open(programme_path) as again:
        rows = agenda.exercises(again, session_id)
        assert [(e["title"], e["minutes"]) for e in rows] == [
            ("Welcome", 12),
            ("Keep, change, stop", 30),
            ("Ask us anything", 15),
        ]


def test_a_bad_timebox_is_refused_and_put_back(qtbot, page, monkeypatch):
    add(qtbot, page, "other", "Welcome", 10)
    said = []
    monkeypatch.setattr(
        "workshop.ui.dialogs.show_error", lambda parent, text, *a: said.append(text)
    )
    page.table.item(0, 3).setText("ten")
    assert said and "whole number" in said[0]
    assert page.table.item(0, 3).text() == "10"


def test_open_the_board_of_a_board_exercise(qtbot, page):
    add(qtbot, page, "board", "Hopes and fears", 30)
    page.table.selectRow(0)
    window = page.open_board()
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.column_box.currentText() == "Hopes"
    page.remove_button.click()
    assert page.table.rowCount() == 0


def test_cards_questions_and_other_open_nothing_from_the_agenda(qtbot, page):
    # They are run from their own tabs of the session; only a board opens a window here.
    for kind in ("cards", "questions", "other"):
        add(qtbot, page, kind, f"A {kind} exercise", 10)
    for row in range(3):
        page.table.selectRow(row)
        assert page.open_board() is None
    assert page.board_windows == {}


def test_countdown_start_pause_and_five_more_minutes(qtbot):
    timer = Countdown()
    qtbot.addWidget(timer)
    timer.set_minutes(10)
    assert timer.digits.text() == "10:00"
    timer.start_button.click()
    assert timer.running and timer.start_button.text() == "&Pause"
    timer.more_button.click()
    assert 899 <= timer.left() <= 900
    timer.start_button.click()
    assert not timer.running
    assert timer.digits.text() in ("15:00", "14:59")
    timer.set_minutes(0)  # nothing to count: not a red "Time is up"
    assert timer.state.text() == "Not started"
    timer.remaining = 0.3  # a count that runs out
    timer.start()
    qtbot.waitUntil(lambda: timer.state.text() == "Time is up", timeout=3000)
    assert timer.digits.text() == "00:00"


def test_new_session_from_plan(qtbot, ctx, monkeypatch):
    plan = session_plans.load_plan(session_plans.BUILT_IN_DIR / "drop-in-service-point.toml")
    monkeypatch.setattr(plan_dialog, "choose_plan", lambda parent, plans: plan)
    session_id = plan_dialog.new_session_from_plan(ctx, None)
    session = ctx.programme.get("sessions", session_id)
    assert (session["title"], session["format"]) == (plan.title, "drop_in")
    assert len(agenda.exercises(ctx.programme, session_id)) == len(plan.exercises)
    ctx.undo_stack.undo()
    assert ctx.programme.get("sessions", session_id) is None
    ctx.undo_stack.redo()
    assert len(agenda.exercises(ctx.programme, session_id)) == len(plan.exercises)
