"""The 'Points and responses' screen, driven as a facilitator would drive it."""

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.core import points
from workshop.core.store import Programme
from workshop.ui import dialogs
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.points_page import PointsPage


@pytest.fixture
def page(qtbot, demo):
    bridge = ProgrammeBridge(demo)
    ctx = AppContext(demo, bridge, QUndoStack())
    widget = PointsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    yield widget
    bridge.detach()


def listed(page):
    return [page.point_list.item(r).text() for r in range(page.point_list.count())]


def select(page, statement_start):
    for r in range(page.point_list.count()):
        if page.point_list.item(r).text().split("] ")[-1].startswith(statement_start):
            page.point_list.setCurrentRow(r)
            return
    raise AssertionError(statement_start)


def test_significant_points_first_and_never_hidden_by_numbers(page, qtbot):
    items = listed(page)
    flags = [text.startswith("[Significant]") for text in items]
    assert flags == sorted(flags, reverse=True) and flags[0]
    page.min_sources.setValue(50)
    shown = listed(page)
    assert shown and all(text.startswith("[Significant]") for text in shown)
    assert len(shown) == sum(flags)
    assert "Significant points are never hidden" in page.list_summary.text()


def test_search_and_filters(page, qtbot):
    qtbot.keyClicks(page.search, "translations")
    assert [t.splitlines()[0] for t in listed(page)] == [
        "Computer translations get things wrong (3 sources)"
    ]
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("not_changing"))
    assert len(listed(page)) == 1 and "housing list" in listed(page)[0]
    page.status_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("fairness"))
    assert len(listed(page)) == 3


def test_sources_show_session_and_words(page):
    select(page, "There must always be a person")
    assert page.sources.rowCount() == points.list_points(page.programme)[0].source_count
    kinds = {page.sources.item(r, 0).text() for r in range(page.sources.rowCount())}
    assert {"Theme", "Board note"} <= kinds
    sessions = {page.sources.item(r, 1).text() for r in range(page.sources.rowCount())}
    assert "Evening conversation at Riverside Central Library" in sessions
    places = {page.sources.item(r, 2).text() for r in range(page.sources.rowCount())}
    assert "Hopes and fears about the housing list · Fears" in places
    assert "never ranked by it" in page.sources_summary.text()
    assert "Involve" in page.expectations.text()
    assert "The law on who qualifies" in page.expectations.text()


def test_not_changing_needs_reasoning_before_publishing(page, qtbot, monkeypatch, demo_path):
    said = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text, *a: said.append(text))
    select(page, "Computer translations")
    page.status.setFocus()
    page.status.setCurrentIndex(page.status.findData("not_changing"))
    page.status.activated.emit(page.status.currentIndex())
    page.decision.setFocus()
    qtbot.keyClicks(page.decision, "We will keep using people to translate letters.")
    page.owner.setFocus()  # leaving the box saves it
    assert "needs the reasoning" in page.publish_state.text()
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert said and "needs the reasoning" in said[-1]
    row = page.current_row()
    assert row["published_on"] == "" and row["response_status"] == "not_changing"

    page.reasoning.setFocus()
    qtbot.keyClicks(page.reasoning, "Computer translation got money words wrong.")
    page.owner.setFocus()
    assert "Ready to publish" in page.publish_state.text()
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert page.current_row()["published_on"] == date.today().isoformat()
    assert "Published" in page.point_list.currentItem().text()
    assert page.ctx.undo_stack.undoText() == "Publish response"
    page.ctx.undo_stack.undo()
    assert page.current_row()["published_on"] == ""
    page.ctx.undo_stack.redo()
    page.programme.close()
    with Programme.open(demo_path) as reopened:
        row = next(r for r in reopened.rows("points") if r["statement"].startswith("Computer tr"))
        assert row["reasoning"] == "Computer translation got money words wrong."
        assert row["published_on"] == date.today().isoformat()


def test_outside_scope_shows_passed_to(page):
    select(page, "Keep paying")
    assert page.passed_to.isVisibleTo(page)
    assert page.passed_to.text().startswith("Department for Work and Pensions")
    select(page, "Let me see where")
    assert not page.passed_to.isVisibleTo(page)


def test_flagging_asks_for_the_reason_first(page, qtbot):
    select(page, "Let me see where")
    assert not page.significant.isChecked()
    qtbot.mouseClick(page.significant, Qt.MouseButton.LeftButton)
    assert page.current_row()["significant"] == 0  # not saved without a reason
    page.significance_reason.setFocus()
    qtbot.keyClicks(page.significance_reason, "Homeless families cannot plan without it")
    qtbot.keyClick(page.significance_reason, Qt.Key.Key_Return)
    row = page.current_row()
    assert row["significant"] == 1
    assert row["significance_reason"] == "Homeless families cannot plan without it"
    assert listed(page)[5].startswith("[Significant] Let me see where")  # joined the top group


def test_new_and_delete_point_with_undo(page, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Bus fares to sessions")
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.current_row()["statement"] == "Bus fares to sessions"
    assert "No sources yet" in page.sources_summary.text()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not any("Bus fares" in t for t in listed(page))
    page.ctx.undo_stack.undo()
    assert any("Bus fares" in t for t in listed(page))


def test_remove_source_and_undo(page, qtbot):
    select(page, "Let me see where")
    assert page.sources.rowCount() == 2
    page.sources.setCurrentCell(1, 0)
    qtbot.mouseClick(page.remove_source_button, Qt.MouseButton.LeftButton)
    assert page.sources.rowCount() == 1
    page.ctx.undo_stack.undo()
    assert page.sources.rowCount() == 2


def test_progress_tab(page):
    page.tabs.setCurrentIndex(1)
    assert page.progress_summary.text().startswith("7 of 10 points have a published response.")
    assert page.waiting.count() == 3
    page.waiting.setCurrentRow(1)
    page.waiting.itemActivated.emit(page.waiting.item(1))
    assert page.tabs.currentIndex() == 0
    assert page.current_row()["statement"] == "Computer translations get things wrong"


def test_publish_you_said_we_did_from_the_page(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "out" / "ysd.pdf"
    target.parent.mkdir()
    infos = []
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text, *a: infos.append(text))
    with qtbot.waitSignal(page.public_pack_finished, timeout=20000) as finished:
        qtbot.mouseClick(page.publish_pack_button, Qt.MouseButton.LeftButton)
        assert not page.publish_pack_button.isEnabled()  # busy while it is built
    assert finished.args == [str(target), ""]
    assert page.publish_pack_button.isEnabled()
    reader = PdfReader(str(target))
    assert "You said, we did" in reader.pages[0].extract_text()
    assert infos and "no names" in infos[0]
    html = (target.parent / "ysd.html").read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in html and "What we did and why" in html
    assert sorted(p.name for p in target.parent.iterdir()) == ["ysd.html", "ysd.pdf"]


def test_publishing_to_a_missing_folder_explains_and_writes_nothing(
    page, qtbot, monkeypatch, tmp_path
):
    errors = []
    target = tmp_path / "no such folder" / "ysd.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text, *a: errors.append(text))
    with qtbot.waitSignal(page.public_pack_finished, timeout=20000):
        qtbot.mouseClick(page.publish_pack_button, Qt.MouseButton.LeftButton)
    assert errors and "does not exist" in errors[0]
    assert not target.parent.exists()


def test_the_main_window_lists_the_screen(qtbot, demo_path):
    from workshop.ui.main_window import MainWindow
    from workshop.ui.screens import PROGRAMME_VIEWS

    window = MainWindow(Programme.open(demo_path))
    qtbot.addWidget(window)
    index = [title for title, _ in PROGRAMME_VIEWS].index("Points and responses")
    window.show_programme_view(index)
    assert isinstance(window.current_screen(), PointsPage)
    assert window.current_screen().point_list.count() == 10
    window.close()


def test_progress_shows_overdue_points_once_the_promised_date_has_passed(page):
    page.programme.update_programme({"responses_due": "2026-01-31"})
    page.tabs.setCurrentIndex(1)
    assert "OVERDUE: 3 points still have no published response." in (page.progress_summary.text())
    overdue = [page.waiting.item(r).text() for r in range(page.waiting.count())]
    assert all(text.startswith("OVERDUE: ") for text in overdue) and len(overdue) == 3
