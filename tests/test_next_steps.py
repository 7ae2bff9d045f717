"""After raising a point the app says what happened and offers the next step: the notice
names the point, and "Open it" shows Points and responses with that point chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from ui_support import shown_window

from workshop.ui import dialogs
from workshop.ui.raise_point import RaiseChoice, RaisePointDialog


def test_raising_a_point_from_the_board_says_so_and_opens_it(qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    monkeypatch.setattr(
        RaisePointDialog,
        "ask",
        classmethod(lambda cls, *a: RaiseChoice(statement="Tell people a computer was used")),
    )
    window = shown_window(qtbot, demo_path)
    programme = window.ctx.programme
    board_id = next(e["id"] for e in programme.rows("exercises") if e["kind"] == "board")
    session_id = programme.get("exercises", board_id)["session_id"]
    window.sidebar.choose_session(session_id)
    agenda = window.current_screen().show_page("Agenda and boards")
    agenda.select(board_id)
    board = agenda.open_board()
    qtbot.waitExposed(board)
    note_id = next(iter(board.scene.notes))
    board.select_notes([note_id])
    board.actions_by_name["raise_point"].trigger()

    bar = board.notice_bar
    assert bar.isVisible()
    assert bar.text.text() == "Point raised: “Tell people a computer was used”."
    assert bar.next_button.isVisible() and bar.next_button.text() == "&Open it"
    point_id = next(
        p["id"]
        for p in programme.rows("points")
        if p["statement"] == "Tell people a computer was used"
    )
    bar.next_button.click()
    page = window.current_screen()
    assert type(page).__name__ == "PointsPage"
    chosen = page.point_list.currentItem()
    assert chosen is not None and chosen.data(0x0100) == point_id
    assert not bar.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.statement)
    board.close()
    window.close()


def test_the_notice_closes_and_offers_nothing_without_a_next_step(qtbot, demo_path):
    from workshop.ui.notices import tell

    window = shown_window(qtbot, demo_path)
    bar = tell(window.sidebar, "Saved a copy as demo copy.workshop.")
    assert bar is window.notice_bar and bar.isVisible()
    assert not bar.next_button.isVisible()
    bar.close_button.click()
    assert not bar.isVisible()
    window.close()
