"""Running scenario cards in a session through the real page, then reading the file."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from workshop.core import card_responses, decks
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.ui.app import make_application
from workshop.ui.card_mode import CardModePage
from workshop.ui.context import AppContext, ProgrammeBridge


def open_page(qtbot, path, session_id):
    make_application()
    programme = Programme.open(path)
    ctx = AppContext(programme, ProgrammeBridge(programme), QUndoStack())
    page = CardModePage(ctx, session_id)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # keyboard shortcuts need an active window
    return page


def test_a_table_reacts_to_two_cards_by_keyboard_and_the_file_keeps_it(
    qtbot, programme_path, errors
):
    with Programme.create(programme_path, "T") as p:
        session = add_session(p, {"title": "Library"})
    page = open_page(qtbot, programme_path, session)
    builtin = decks.builtin_deck()
    assert "(built-in)" in page.deck_box.currentText()
    assert builtin.cards[0].title in page.card_view.toPlainText()
    assert "Algorithm" in page.terms_view.toPlainText()  # the card's key terms, with meaning
    assert "A set of steps" in page.terms_view.toPlainText()

    # Table 1: "not comfortable" with Alt+3, then what they said, Tab between boxes
    qtbot.keyClick(page.reaction_buttons["unsure"], Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    page.fields["hopes"].setFocus()
    qtbot.keyClicks(page.fields["hopes"], "Fewer people forgotten")
    qtbot.keyClick(page.fields["hopes"], Qt.Key.Key_Tab)
    qtbot.keyClicks(page.fields["fears"], "Nobody to talk to")
    # Ctrl+Enter saves and moves on to Table 2
    qtbot.keyClick(page.fields["fears"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.current_table() == "Table 2"
    assert page.fields["hopes"].toPlainText() == ""
    page.set_reaction("comfortable_with_changes")
    # next card with Page Down
    qtbot.keyClick(page.card_view, Qt.Key.Key_PageDown)
    assert page.index == 1
    assert builtin.cards[1].title in page.card_view.toPlainText()
    page.table_box.setCurrentText("Table 1")
    page.set_reaction("comfortable")
    assert not errors
    page.ctx.programme.close()

    with Programme.open(programme_path) as p:
        first = decks.stable_id("card", builtin.key, builtin.cards[0].key)
        second = decks.stable_id("card", builtin.key, builtin.cards[1].key)
        one = card_responses.find(p, session, first, "Table 1")
        assert one["reaction"] == "not_comfortable"
        assert one["hopes"] == "Fewer people forgotten"
        assert one["fears"] == "Nobody to talk to"
        assert card_responses.find(p, session, first, "Table 2")["reaction"] == (
            "comfortable_with_changes"
        )
        assert card_responses.find(p, session, second, "Table 1")["reaction"] == "comfortable"
        assert p.get("decks", decks.stable_id("deck", builtin.key)) is not None


def test_undo_takes_back_a_reaction(qtbot, programme_path, errors):
    with Programme.create(programme_path, "T") as p:
        session = add_session(p, {"title": "Library"})
    page = open_page(qtbot, programme_path, session)
    page.set_reaction("unsure")
    assert page.ctx.programme.db["card_responses"].count == 1
    page.ctx.undo_stack.undo()
    assert page.ctx.programme.db["card_responses"].count == 0
    assert not page.reaction_buttons["unsure"].isChecked()
    page.ctx.undo_stack.redo()
    assert page.reaction_buttons["unsure"].isChecked()
    page.ctx.programme.close()


def test_summary_shows_reactions_across_tables_and_sessions(qtbot, demo_path, errors):
    with Programme.open(demo_path) as p:
        session = p.rows("sessions", "status = 'done'", order_by="starts_at")[0]["id"]
    page = open_page(qtbot, demo_path, session)
    assert "Table 1" in page.responses_list.item(0).text()
    page.tabs.setCurrentIndex(1)
    table = page.summary.table
    assert table.rowCount() == len(decks.builtin_deck().cards)
    assert table.item(1, 0).text() == "A flag on a benefit claim"
    # demo: the fraud-flag card had 2 "with changes" and 1 "not comfortable" across sessions
    assert table.item(1, 2).text() == "2" and table.item(1, 3).text() == "1"
    table.selectRow(1)
    detail = page.summary.detail.toPlainText()
    assert "Front-line staff workshop — Table A" in detail
    assert "Keep paying" in detail
    page.ctx.programme.close()
