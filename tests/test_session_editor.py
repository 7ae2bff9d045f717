"""Editing a session through the real widgets, then reading the file after reopening."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit

from workshop.core.sessions import session_rows
from workshop.core.store import Programme
from workshop.ui import dialogs
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_path, errors):
    make_application()
    win = MainWindow(Programme.open(demo_path))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def first_session_id(win):
    return win.sidebar.list.item(len(win.sidebar.views) + 1).data(Qt.ItemDataRole.UserRole + 1)


def open_first_session(win):
    win.sidebar.choose_session(first_session_id(win))
    return win.current_screen()


def reopened(path):
    return Programme.open(path)


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    widget.editingFinished.emit()


def test_edit_title_and_venue_is_in_the_file_after_reopening(qtbot, window, demo_path):
    editor = open_first_session(window)
    details = editor.page("Details")
    type_into(qtbot, details.title, "Library evening (moved)")
    type_into(qtbot, details.venue_name, "Riverside Central Library, room 2")
    details.access_notes.setPlainText("Lift is being repaired: use the ramp at the back.")
    details.access_notes.editingFinished.emit()
    sid = editor.session_id
    window.close()
    with reopened(demo_path) as p:
        row = p.get("sessions", sid)
        assert row["title"] == "Library evening (moved)"
        assert row["venue_name"] == "Riverside Central Library, room 2"
        assert row["venue_access_notes"].startswith("Lift is being repaired")


def test_undo_and_redo_of_a_field(qtbot, window):
    editor = open_first_session(window)
    details = editor.page("Details")
    original = details.title.text()
    type_into(qtbot, details.title, "Changed title")
    window.undo_action.trigger()
    assert details.title.text() == original
    assert window.ctx.programme.get("sessions", editor.session_id)["title"] == original
    window.redo_action.trigger()
    assert details.title.text() == "Changed title"
    assert window.ctx.programme.get("sessions", editor.session_id)["title"] == "Changed title"


def test_end_before_start_is_refused_with_a_message(qtbot, window, errors):
    editor = open_first_session(window)
    details = editor.page("Details")
    before = window.ctx.programme.get("sessions", editor.session_id)
    details.end.setTime(details.start.time().addSecs(-3600))
    details.end.editingFinished.emit()
    assert errors and "end after it starts" in errors[-1]
    assert window.ctx.programme.get("sessions", editor.session_id) == before
    assert details.end.time().toString("HH:mm") == before["ends_at"][-5:]  # shows saved value
    assert window.undo_stack.count() == 0


def test_choose_format_and_status(qtbot, window):
    editor = open_first_session(window)
    details = editor.page("Details")
    details.format.setCurrentIndex(details.format.findData("hybrid"))
    details.format.activated.emit(details.format.currentIndex())
    details.status.setCurrentIndex(details.status.findData("running"))
    details.status.activated.emit(details.status.currentIndex())
    row = window.ctx.programme.get("sessions", editor.session_id)
    assert (row["format"], row["status"]) == ("hybrid", "running")
    assert "online" in details.format_help.text()


def test_add_a_provision_and_edit_its_cells(qtbot, window):
    editor = open_first_session(window)
    access = editor.show_page("Access and facilities")
    table = access.provisions
    count = table.model.rowCount()
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert table.model.rowCount() == count + 1
    model = table.model
    row = count
    assert model.setData(model.index(row, 0), "language_interpreter")
    assert model.setData(model.index(row, 1), "Polish")
    assert model.setData(model.index(row, 4), 9500)
    saved = session_rows(window.ctx.programme, "access_provisions", editor.session_id)[-1]
    assert (saved["kind"], saved["language"], saved["cost_pence"]) == (
        "language_interpreter",
        "Polish",
        9500,
    )
    assert model.data(model.index(row, 0)) == "Language interpreter"
    assert "£95.00" in model.data(model.index(row, 4))
    window.undo_action.trigger()  # the cost
    assert (
        session_rows(window.ctx.programme, "access_provisions", editor.session_id)[-1]["cost_pence"]
        == 0
    )


def test_incentive_totals_follow_edits(qtbot, window):
    editor = open_first_session(window)
    page = editor.show_page("Incentives")
    model = page.table.model
    model.setData(model.index(0, 4), 20)  # given vouchers
    assert "Given £" in page.totals.text()
    totals = page.totals.text()
    assert "£490.00" in totals  # 20 x £20 + £90 refreshments


def test_reach_counts_saved_and_gaps_named(qtbot, window, demo_path):
    editor = open_first_session(window)
    page = editor.show_page("Attendance and reach")
    page.attended.setValue(30)
    page.attended.editingFinished.emit()
    model = page.table.model
    model.setData(model.index(0, 2), 0)
    assert "People who are digitally excluded" in page.gaps.text()
    sid = editor.session_id
    window.close()
    with reopened(demo_path) as p:
        assert p.get("sessions", sid)["attended"] == 30


def test_add_duplicate_and_delete_sessions(qtbot, window, monkeypatch):
    sessions = window.ctx.programme.db["sessions"]
    count = sessions.count
    window.sidebar.add_session()
    assert sessions.count == count + 1
    assert window.current_screen().page("Details").title.text() == "New session"
    window.sidebar.duplicate_session()
    assert sessions.count == count + 2
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: asked.append(a) or False)
    window.sidebar.delete_session()
    assert asked and sessions.count == count + 2  # said no: nothing deleted
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    window.sidebar.delete_session()
    assert sessions.count == count + 1
    window.undo_action.trigger()
    assert sessions.count == count + 2


def test_expectations_are_programme_wide(qtbot, window):
    editor = open_first_session(window)
    page = editor.show_page("Expectations")
    page.can_change.setPlainText("Which data the system may use.")
    page.can_change.editingFinished.emit()
    assert window.ctx.programme.programme()["can_change"] == "Which data the system may use."
    page.influence.setCurrentIndex(page.influence.findData("collaborate"))
    page.influence.activated.emit(page.influence.currentIndex())
    assert window.ctx.programme.programme()["influence_level"] == "collaborate"
    assert "each part of the decision" in page.influence_help.text()


def test_overview_marks_groups_below_target(qtbot, window):
    window.sidebar.choose_view(0)
    overview = window.current_screen()
    below = overview.findChildren(type(overview.findChild(object, "below_target")), "below_target")
    assert below, "groups below target should stand out"


def test_overview_counts_reach_only_from_sessions_held_as_the_pack_does(qtbot, window):
    """A session still planned has hoped-for numbers and nobody yet: counting it made the
    overview say "13 of 19" where the pack said "hoped for 11, reached 13"."""
    from workshop.core.overview import programme_overview, reach_by_group

    programme = window.ctx.programme
    held = [s for s in programme.rows("sessions") if s["status"] != "planned"]
    assert len(held) < len(programme.rows("sessions"))  # the demo has one still planned
    overview = programme_overview(programme)
    shown = {g.group: [g.planned, g.reached] for g in overview.reach}
    assert shown == reach_by_group(programme, held)
    window.sidebar.choose_view(0)
    screen = window.current_screen()
    said = screen.findChild(
        type(screen.findChild(object, "reach_counted_from")), "reach_counted_from"
    )
    assert f"Counted from the {len(held)} sessions held so far" in said.text()


def test_participants_need_consent_before_a_name(qtbot, window, errors, demo_path):
    editor = open_first_session(window)
    page = editor.show_page("Attendance and reach")
    table = page.participants
    table.add_row()
    table.add_row()
    model = table.model
    codes = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert codes[-2:] == ["P-001", "P-002"]
    assert not model.setData(model.index(0, 1), "Marcia Campbell")
    assert "consent" in errors[-1]
    assert model.setData(model.index(0, 3), "2027-02-04")
    assert model.setData(model.index(0, 1), "Marcia Campbell")
    assert not model.setData(model.index(1, 3), "last Tuesday")
    assert "not a date" in errors[-1]
    window.close()
    with reopened(demo_path) as p:
        rows = {r["code"]: r for r in p.rows("participants")}
        assert rows["P-001"]["name"] == "Marcia Campbell"
        assert rows["P-002"]["consent_recorded_at"] == ""


def test_switching_sessions_leaves_no_old_page_behind(qtbot, window):
    """Switching builds the new session's page shown and lets the old one go (issue 18:
    memory must not grow with switches). Counted, not timed."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from workshop.ui.session_editor import SessionEditor

    sessions = [row["id"] for row in window.ctx.programme.rows("sessions")]
    assert len(sessions) >= 2

    def switch_round():
        for session_id in sessions:
            window.sidebar.choose_session(session_id)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    switch_round()
    window.show_session_page("Scenario cards")
    switch_round()
    widgets_after_one_round = len(QApplication.allWidgets())
    for _ in range(3):
        switch_round()
    editors = [w for w in QApplication.allWidgets() if isinstance(w, SessionEditor)]
    assert [e.session_id for e in editors] == [sessions[-1]]
    assert list(editors[0].pages) == ["Scenario cards"]  # the page shown, no other
    assert len(QApplication.allWidgets()) == widgets_after_one_round


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_date_box_shows_the_whole_date(qtbot, window, language):
    """Qt sized the date box from its limits and cut the year of 'Thu 24 Sep 2026' short."""
    from workshop import i18n

    assert i18n.install_translator(code=language) == language
    try:
        editor = open_first_session(window)
        box = editor.page("Details").date
        assert isinstance(box, QDateEdit)
        box.setDate(QDate(2026, 9, 30))  # the longest month names in both languages are here
        for month in range(1, 13):
            box.setDate(QDate(2026, month, 23))
            shown = box.fontMetrics().horizontalAdvance(box.text())
            # The text, plus the frame and the pop-up arrow, fits the box as laid out.
            assert box.width() >= shown + box.fontMetrics().height() + 4, (box.text(), box.width())
    finally:
        i18n.install_translator(code="en")
