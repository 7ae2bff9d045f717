"""Keyboard only, across the window: F6 between the panes, Ctrl+Page Down between a
session's pages, the board's note entry and list let the keyboard go, every board action
has a menu, a context menu and a key, and no key means two things. After every key the
focus must sit on a control the user can see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from test_keyboard_flows import assert_focus_visible, focused, press, type_text
from ui_support import shown_window

from workshop.ui import dialogs
from workshop.ui.app import make_application
from workshop.ui.session_editor import TITLES

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    make_application()
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "show_info", lambda *a, **k: None)
    win = shown_window(qtbot, demo_path)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    win.close()


def _first_session(window, qtbot):
    press(qtbot, Qt.Key.Key_Home)
    while window.sidebar.current_session_id() is None:
        press(qtbot, Qt.Key.Key_Down)
    return window.current_screen()


def test_the_window_opens_with_the_keyboard_in_the_sidebar(window, qtbot):
    """Spaces typed before clicking anywhere press no hidden button: no empty sessions."""
    assert focused() is window.sidebar.list
    before = len(window.ctx.programme.rows("sessions"))
    type_text(qtbot, "    what happens to my data    ")
    assert_focus_visible()
    assert len(window.ctx.programme.rows("sessions")) == before


def test_the_window_fits_the_screen(window):
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry())


def test_f6_cycles_sidebar_page_and_glossary(window, qtbot):
    editor = _first_session(window, qtbot)
    assert window.sidebar.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_F6)
    assert editor.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_F6)  # no glossary showing: round to the sidebar
    assert window.sidebar.isAncestorOf(focused())
    window.glossary_dock.show()
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_F6)
    assert window.glossary_dock.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert editor.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert window.sidebar.isAncestorOf(focused())


def test_f6_comes_back_to_where_the_focus_was_on_the_page(window, qtbot):
    editor = _first_session(window, qtbot)
    title_box = editor.page("Details").title
    title_box.setFocus()
    qtbot.waitUntil(lambda: focused() is title_box)
    press(qtbot, Qt.Key.Key_F6)
    assert window.sidebar.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is title_box


def test_session_pages_by_ctrl_page_down_and_from_the_menu(window, qtbot):
    editor = _first_session(window, qtbot)
    assert editor.current_title() == TITLES[0]
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert editor.current_title() == TITLES[1]
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    press(qtbot, Qt.Key.Key_PageUp, CTRL)  # round to the last
    assert editor.current_title() == TITLES[-1]
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert editor.current_title() == TITLES[2]
    menu = window.findChild(QMenu, "menu_session_pages")
    assert [a.text().split(" ", 1)[1] for a in menu.actions()] == TITLES
    assert all(a.isEnabled() for a in menu.actions())
    # The next session opens on the same page, built only now.
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_screen() is not editor
    assert window.current_screen().current_title() == TITLES[2]
    assert list(window.current_screen().pages) == [TITLES[2]]


def test_page_keys_are_off_away_from_a_session(window, qtbot):
    window.sidebar.choose_view(0)
    assert not window.findChild(QMenu, "menu_session_pages").isEnabled()
    assert not window.findChild(QAction, "action_next_page").isEnabled()
    _first_session(window, qtbot)
    assert window.findChild(QAction, "action_next_page").isEnabled()


@pytest.fixture
def board(window, qtbot):
    editor = _first_session(window, qtbot)
    agenda = editor.show_page("Agenda and boards")
    board_id = next(
        e["id"]
        for e in window.ctx.programme.rows("exercises", "session_id = ?", [editor.session_id])
        if e["kind"] == "board"
    )
    agenda.select(board_id)
    board = agenda.open_board()
    qtbot.waitExposed(board)
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is board.entry)
    return board


def test_esc_and_ctrl_tab_leave_the_note_entry(board, qtbot):
    first = board.column_box.currentIndex()
    press(qtbot, Qt.Key.Key_Tab)  # Tab still changes the column while typing notes
    assert board.column_box.currentIndex() != first and focused() is board.entry
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is board.view
    board.entry.setFocus()
    qtbot.waitUntil(lambda: focused() is board.entry)
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert focused() is not board.entry


def test_tab_leaves_the_notes_list(board, qtbot):
    board.actions_by_name["list"].trigger()
    qtbot.waitUntil(lambda: focused() is board.table)
    board.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not board.table
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is board.table


@pytest.mark.parametrize(
    "key,modifier", [(Qt.Key.Key_F10, SHIFT), (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier)]
)
def test_the_context_menu_opens_from_the_keyboard(board, qtbot, key, modifier):
    press(qtbot, Qt.Key.Key_Escape)  # to the board
    first = next(iter(board.scene.notes))
    board.select_notes([first])
    press(qtbot, key, modifier)
    qtbot.waitUntil(lambda: board.context_menu.isVisible())
    texts = [a.text() for a in board.context_menu.actions()]
    assert board.actions_by_name["raise_point"].text() in texts
    board.context_menu.close()


def test_every_board_action_is_in_a_menu_with_a_key(board):
    in_menus = {
        action.objectName() for top in board.menu_bar.actions() for action in top.menu().actions()
    }
    for name, action in board.actions_by_name.items():
        assert name in in_menus, f"{name} is in no menu"
        assert not action.shortcut().isEmpty(), f"{name} has no key"


def _keys_of(actions: list[QAction]) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = {}
    for action in actions:
        what = action.text().replace("&", "")
        for shortcut in action.shortcuts():
            keys.setdefault(shortcut.toString(QKeySequence.SequenceFormat.PortableText), set()).add(
                what
            )
    return keys


def test_no_key_means_two_things(window, board):
    """The main window's keys and the board's, taken together: one meaning each."""
    keys = _keys_of(window.findChildren(QAction) + board.findChildren(QAction))
    keys.pop("", None)
    shared = {k: v for k, v in keys.items() if len(v) > 1}
    assert not shared, f"keys with two meanings: {shared}"
