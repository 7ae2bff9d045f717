"""Keyboard only: a facilitator who cannot use a mouse adds a session and names it, adds a
sticky note to a board, and records a table's response to a scenario card. Every key goes
to whatever has the focus, as a real keyboard would; the file is checked after reopening.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from ui_support import shown_window

from workshop.core.store import Programme
from workshop.ui import dialogs
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow
from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES
from workshop.ui.window_geometry import can_be_seen, seen_part

MAX_TABS = 60


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def assert_focus_visible() -> None:
    """The control with the keyboard focus is one the user can see: shown, not clipped
    away by a scroll area, inside its window, and its window on the screen."""
    widget = QApplication.focusWidget()
    if widget is None:
        return
    name = f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()!r})"
    assert widget.isVisible(), f"the focus is on {name}, which is hidden"
    assert can_be_seen(widget), f"the focus is on {name}, out of sight ({seen_part(widget)})"
    top = widget.window()
    screen = top.screen().geometry()
    assert screen.contains(top.geometry()), f"{name}'s window runs off the screen"


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)
    assert_focus_visible()


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, wanted: QWidget, backwards: bool = False) -> int:
    """Press Tab (or Shift+Tab) until `wanted` has the focus; how many presses it took."""
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for presses in range(MAX_TABS + 1):
        if focused() is wanted or wanted.isAncestorOf(focused()):
            return presses
        press(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifier)
    raise AssertionError(f"{wanted.accessibleName()!r} cannot be reached with Tab")


def page_title(class_name: str) -> str | None:
    return next((title for title, page in SESSION_PAGES if page().__name__ == class_name), None)


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    make_application()
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: None)
    win = shown_window(qtbot, demo_path)
    win.sidebar.list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.sidebar.list)
    yield win
    for widget in QApplication.topLevelWidgets():
        if widget is not win and widget.isVisible():
            widget.close()
    if win.ctx is not None:
        win.close()


def reopen(window: MainWindow) -> Programme:
    path = window.ctx.programme.path
    window.close()
    return Programme.open(path)


def test_add_a_session_and_type_its_title(window, qtbot):
    before = len(window.ctx.programme.rows("sessions"))
    press(
        qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    editor = window.current_screen()
    assert type(editor).__name__ == "SessionEditor"
    title_box = editor.page("Details").title
    tab_to(qtbot, title_box)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Coffee morning at St Mary's")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the box saves it
    with reopen(window) as programme:
        titles = [s["title"] for s in programme.rows("sessions")]
    assert len(titles) == before + 1
    assert "Coffee morning at St Mary's" in titles


def _open_session_page(window, qtbot, title: str):
    """Choose the first demo session in the sidebar and switch to the page `title`, with keys."""
    sidebar = window.sidebar.list
    press(qtbot, Qt.Key.Key_Home)
    while window.sidebar.current_session_id() is None:
        press(qtbot, Qt.Key.Key_Down)
    editor = window.current_screen()
    tab_to(qtbot, editor.nav)
    assert focused() is editor.nav and sidebar is not focused()
    for _ in range(editor.nav.count()):
        if editor.current_title() == title:
            break
        press(qtbot, Qt.Key.Key_Down)
    page = editor.page(title)
    assert editor.stack.currentWidget().isAncestorOf(page)
    return editor, page


def test_add_a_board_note(window, qtbot):
    agenda_title = page_title("AgendaPage")
    if agenda_title is None:
        pytest.skip("no agenda page yet")
    editor, agenda = _open_session_page(window, qtbot, agenda_title)
    tab_to(qtbot, agenda.table)
    # Down the agenda to the first board exercise, then the Open board button.
    programme = window.ctx.programme
    for _ in range(agenda.table.rowCount()):
        row = programme.get("exercises", agenda.selected_id() or "")
        if row and row["kind"] == "board":
            break
        press(qtbot, Qt.Key.Key_Down)
    exercise_id = agenda.selected_id()
    assert programme.get("exercises", exercise_id)["kind"] == "board"
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "&Open board"
    qtbot.waitUntil(lambda: exercise_id in agenda.board_windows)  # a mnemonic animates a click
    board = agenda.board_windows[exercise_id]
    qtbot.waitExposed(board)
    board.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is board.entry)
    type_text(qtbot, "Tell us when a computer was part of the decision")
    press(qtbot, Qt.Key.Key_Return)
    board.close()
    with reopen(window) as reopened:
        notes = [n["text"] for n in reopened.rows("board_notes", "exercise_id = ?", [exercise_id])]
    assert "Tell us when a computer was part of the decision" in notes


def test_add_a_card_response(window, qtbot):
    cards_title = page_title("CardModePage")
    if cards_title is None:
        pytest.skip("no card mode page yet")
    editor, cards = _open_session_page(window, qtbot, cards_title)
    card = cards.current_card()
    assert card is not None
    # A new table: Alt+T goes to the table box (its label is "&Table:").
    tab_to(qtbot, cards.table_box)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Table 9")
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # third reaction
    tab_to(qtbot, cards.fields["fears"])
    type_text(qtbot, "Nobody to ring when the letter is wrong")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save, next table
    session_id = editor.session_id
    with reopen(window) as reopened:
        rows = reopened.rows(
            "card_responses", "session_id = ? and table_label = ?", [session_id, "Table 9"]
        )
    assert len(rows) == 1
    assert rows[0]["fears"] == "Nobody to ring when the letter is wrong"
    assert rows[0]["reaction"]


def _tab_stops(root: QWidget) -> list[QWidget]:
    stops = []
    for widget in root.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or widget.objectName().startswith("qt_"):
            continue
        stops.append(widget)
    return stops


# Screens where Tab is known not to reach every control yet: screen -> why.
TAB_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("title", [t for t, _ in SESSION_PAGES])
def test_tab_reaches_every_control_of_each_session_page(window, qtbot, title):
    """No control is out of reach of the keyboard, and Tab never gets stuck."""
    window.sidebar.choose_session(window.ctx.programme.rows("sessions")[0]["id"])
    editor = window.current_screen()
    page = editor.show_page(title)
    qtbot.wait(1)
    _check_tab_reaches_everything(window, qtbot, page, title)


@pytest.mark.parametrize("index", range(len(PROGRAMME_VIEWS)), ids=[t for t, _ in PROGRAMME_VIEWS])
def test_tab_reaches_every_control_of_each_programme_view(window, qtbot, index):
    window.sidebar.choose_view(index)
    qtbot.wait(1)
    _check_tab_reaches_everything(window, qtbot, window.current_screen(), PROGRAMME_VIEWS[index][0])


def _check_tab_reaches_everything(window, qtbot, page: QWidget, title: str) -> None:
    wanted = _tab_stops(page)
    assert wanted, f"{title}: nothing on the page takes the keyboard focus"
    window.sidebar.list.setFocus()
    reached: set[int] = set()
    for _ in range(len(wanted) * 2 + 40):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        while widget is not None:
            reached.add(id(widget))
            widget = widget.parentWidget()

    def was_reached(widget: QWidget) -> bool:
        if isinstance(widget, QRadioButton):  # a set of choices is one stop; arrows move
            return any(
                id(other) in reached for other in widget.parentWidget().findChildren(QRadioButton)
            )
        return id(widget) in reached

    missing = [
        f"{type(w).__name__}({w.accessibleName() or w.objectName()!r})"
        for w in wanted
        if not was_reached(w)
    ]
    if missing and title in TAB_GAPS:
        pytest.xfail(TAB_GAPS[title])
    assert not missing, f"{title}: Tab never reaches " + ", ".join(missing)


def _alt_keys(window: MainWindow, root: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> what it belongs to, for the menu bar and every visible button and
    labelled box on the screen."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        key = QKeySequence.mnemonic(action.text()).toString()
        if key:
            found.setdefault(key, []).append(f"menu {action.text()!r}")
    for widget in [*window.sidebar.findChildren(QAbstractButton), *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        key = QKeySequence.mnemonic(widget.text()).toString()
        if key:
            found.setdefault(key, []).append(repr(widget.text()))
    return {key: sorted(set(owners)) for key, owners in found.items() if len(set(owners)) > 1}


# Screens whose Alt keys clash, reported to their owners: screen -> why.
ALT_KEY_GAPS: dict[str, str] = {}


def _check_alt_keys(window, root: QWidget, screen: str) -> None:
    clashes = _alt_keys(window, root)
    if clashes and screen in ALT_KEY_GAPS:
        pytest.xfail(ALT_KEY_GAPS[screen])
    assert not clashes, f"{screen}: one Alt key, several targets: {clashes}"


@pytest.mark.parametrize("title", [t for t, _ in SESSION_PAGES])
def test_alt_keys_are_unique_on_each_session_page(window, qtbot, title):
    window.sidebar.choose_session(window.ctx.programme.rows("sessions")[0]["id"])
    page = window.current_screen().show_page(title)
    qtbot.wait(1)
    _check_alt_keys(window, page, title)


@pytest.mark.parametrize("index", range(len(PROGRAMME_VIEWS)), ids=[t for t, _ in PROGRAMME_VIEWS])
def test_alt_keys_are_unique_on_each_programme_view(window, qtbot, index):
    window.sidebar.choose_view(index)
    qtbot.wait(1)
    _check_alt_keys(window, window.current_screen(), PROGRAMME_VIEWS[index][0])


def test_alt_keys_are_unique_in_welsh_too(qtbot, demo_path):
    """The draft Welsh chooses its own letters after "&": they must not clash either."""
    from workshop import i18n

    make_application()
    assert i18n.install_translator(code="cy") == "cy"
    try:
        win = shown_window(qtbot, demo_path)
        clashes: dict[str, dict] = {}
        for index, (title, _) in enumerate(PROGRAMME_VIEWS):
            win.sidebar.choose_view(index)
            clashes[title] = _alt_keys(win, win.current_screen())
        win.sidebar.choose_session(win.ctx.programme.rows("sessions")[0]["id"])
        editor = win.current_screen()
        for title, _ in SESSION_PAGES:
            clashes[title] = _alt_keys(win, editor.show_page(title))
        win.close()
    finally:
        i18n.install_translator(code="en")
    failing = {s: c for s, c in clashes.items() if c and s not in ALT_KEY_GAPS}
    assert not failing, f"Welsh Alt keys shared: {failing}"


def _menu_clashes(menu_bar) -> dict[str, dict[str, list[str]]]:
    """Menu title -> Alt letter -> the items that share it, for every menu and submenu."""
    from PySide6.QtGui import QKeySequence

    clashes: dict[str, dict[str, list[str]]] = {}
    menus = [(a.text(), a.menu()) for a in menu_bar.actions() if a.menu() is not None]
    while menus:
        title, menu = menus.pop()
        found: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            if action.menu() is not None:
                menus.append((f"{title} > {action.text()}", action.menu()))
            key = QKeySequence.mnemonic(action.text()).toString()
            if key:
                found.setdefault(key, []).append(action.text())
        shared = {k: v for k, v in found.items() if len(v) > 1}
        if shared:
            clashes[title] = shared
    return clashes


def test_alt_keys_are_unique_in_every_menu(window, qtbot):
    """Within one menu each item has its own Alt letter (File had "Open &recent" and
    "&Restore from backup…" both on Alt+R)."""
    assert not _menu_clashes(window.menuBar())


def test_alt_keys_are_unique_in_every_board_menu(window, qtbot):
    from workshop.ui.board.board_widget import BoardWidget

    exercise = window.ctx.programme.rows("exercises", "kind = 'board'")[0]
    board = BoardWidget(window.ctx, exercise["id"])
    qtbot.addWidget(board)
    board.show()
    assert not _menu_clashes(board.menu_bar)
    board.close()
