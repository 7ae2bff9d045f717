"""The first-run welcome (three steps, opens the demo, shown once) and the help: F1 for the
screen you are on, and a keyboard shortcuts page made from the app's own actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from ui_support import shown_window

from workshop.core.paths import data_dir
from workshop.core.store import Programme
from workshop.ui import help as help_screens
from workshop.ui import welcome
from workshop.ui.app import build_window, make_application
from workshop.ui.session_editor import TITLES


@pytest.fixture
def fresh_settings(qapp):
    """The welcome not shown yet: every test starts with clean settings (conftest)."""
    assert not welcome.welcome_was_shown()


@pytest.fixture
def window(qtbot, programme_path, fresh_settings):
    make_application()
    Programme.create(programme_path, "Our own programme").close()
    win = shown_window(qtbot, programme_path)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    if win.ctx is not None:
        win.close()


def test_welcome_says_three_steps_and_opens_the_demo(window, qtbot, programme_path):
    dialog = welcome.maybe_show_welcome(window, offscreen_too=True)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    steps = [label.text() for label in dialog.findChildren(type(dialog.window_.banner))]
    assert sum(text.startswith(("<b>1.", "<b>2.", "<b>3.")) for text in steps) == 3
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.demo_button)
    qtbot.keyClick(dialog.demo_button, Qt.Key.Key_Space)
    assert window.ctx.programme.path == data_dir() / welcome.DEMO_FILE_NAME
    assert len(window.ctx.programme.rows("sessions")) == 5
    assert welcome.welcome_was_shown()
    # The facilitator's own file is untouched and still there.
    with Programme.open(programme_path) as own:
        assert own.programme()["title"] == "Our own programme"
        assert own.rows("sessions") == []


def test_on_first_run_open_the_demo_keeps_the_one_demo_file(qtbot, fresh_settings):
    """The first run makes the default file with the demo in it; "Open the demo" then
    stays on it rather than writing a second demo file beside it."""
    make_application()
    win = build_window(None)  # no file named: the default file, made with the demo
    qtbot.addWidget(win)
    win.show()
    try:
        first = win.ctx.programme.path
        assert first == data_dir() / "default.workshop"
        dialog = welcome.maybe_show_welcome(win, offscreen_too=True)
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert win.ctx.programme.path == first
        assert not (data_dir() / welcome.DEMO_FILE_NAME).exists()
        assert len(win.ctx.programme.rows("sessions")) == 5
    finally:
        win.close()


def test_welcome_is_shown_once(window, qtbot):
    first = welcome.maybe_show_welcome(window, offscreen_too=True)
    first.own_button.click()
    assert welcome.welcome_was_shown()
    assert welcome.maybe_show_welcome(window, offscreen_too=True) is None
    assert window.ctx.programme.programme()["title"] == "Our own programme"


def test_welcome_never_pops_up_in_automated_runs(window):
    assert welcome.maybe_show_welcome(window) is None  # offscreen platform
    assert not welcome.welcome_was_shown()


def test_help_menu_shows_the_welcome_again(window, qtbot):
    welcome.remember_welcome_shown()
    again = next(a for a in window.findChildren(QAction) if a.objectName() == "action_welcome")
    again.trigger()
    dialog = window.findChild(welcome.WelcomeDialog)
    assert dialog is not None and dialog.isVisible()


def _press_f1(window, qtbot):
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    dialog = window.findChild(help_screens.HelpDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_f1_explains_the_screen_with_the_focus(window, qtbot):
    window.sidebar.add_session()
    editor = window.current_screen()
    editor.page("Details").title.setFocus()
    dialog = _press_f1(window, qtbot)
    text = dialog.browser.toPlainText()
    assert "Session details" in dialog.windowTitle()
    assert "Good practice" in text and "Reaching people" in text
    dialog.close()

    access = editor.show_page("Access and facilities")
    access.provisions.view.setFocus()
    dialog = _press_f1(window, qtbot)
    assert "Access and facilities" in dialog.windowTitle()
    assert "diagnosis" in dialog.browser.toPlainText()


@pytest.mark.parametrize(
    "class_name, expected",
    [
        ("ExpectationsPage", "Setting expectations"),
        ("ReachPage", "seldom heard"),
        ("IncentivesPage", "paying people"),
        ("PointsPage", "Closing the loop"),
        ("AccessPage", "Accessibility"),
        ("SomethingNew", "close the loop"),
    ],
)
def test_help_carries_engagement_guidance(qapp, class_name, expected):
    from PySide6.QtWidgets import QWidget

    widget = type(class_name, (QWidget,), {})()
    _title, html = help_screens.topic_for(widget)
    assert expected in html


def test_shortcuts_page_lists_every_action_with_a_key(window, qtbot):
    # A screen added later gets its keys listed without anyone editing the help.
    extra = QAction("Shuffle the cards", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.menu("menu_session").addAction(extra)
    dialog = help_screens.show_shortcuts(window)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    for action in window.findChildren(QAction):
        if action.shortcuts() and action.text():
            name = help_screens._plain(action.text())
            assert name in rows, f"{name} missing from the shortcuts page"
    assert rows["Shuffle the cards"] == "Ctrl+Alt+K"
    assert rows["Help for this screen"] == "F1"
    assert rows["Add session"] == "Ctrl+Shift+N"
    assert "Tab" in rows.values()


def test_every_screen_has_its_own_help(window, qtbot):
    """A screen registered without a help topic would get only the general page."""
    from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES

    general = help_screens.general_topic()[0]
    window.sidebar.add_session()
    editor = window.current_screen()
    missing = [
        title
        for title, _ in SESSION_PAGES
        if help_screens.topic_for(editor.show_page(title))[0] == general
    ]
    for index, (title, _) in enumerate(PROGRAMME_VIEWS):
        window.sidebar.choose_view(index)
        if help_screens.topic_for(help_screens.current_screen_widget(window))[0] == general:
            missing.append(title)
    assert not missing, f"add a topic to workshop/ui/help.py for: {missing}"


def test_f1_and_the_shortcuts_page_know_the_board_window(qtbot, demo_path, fresh_settings):
    win = shown_window(qtbot, demo_path)
    session_id = win.ctx.programme.db.execute(
        "select session_id from exercises where kind = 'board' limit 1"
    ).fetchone()[0]
    win.sidebar.choose_session(session_id)
    editor = win.current_screen()
    agenda = editor.show_page(next(t for t in TITLES if "genda" in t))
    board_id = win.ctx.programme.db.execute(
        "select id from exercises where session_id = ? and kind = 'board'", [session_id]
    ).fetchone()[0]
    agenda.select(board_id)
    board = agenda.open_board()
    qtbot.waitExposed(board)
    board.activateWindow()
    board.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is board.entry)
    qtbot.keyClick(board.entry, Qt.Key.Key_F1)
    dialog = win.findChild(help_screens.HelpDialog)
    assert dialog is not None and "Board" in dialog.windowTitle()
    rows = help_screens.collect_shortcuts(win)
    assert any(what == "Group into theme" and keys == "Ctrl+T" for what, keys, _ in rows)
    board.close()
    win.close()
