"""A screen-reader user can tell what every control is for.

Opens the main window on the demo programme, visits every programme view, every session
page, the windows those pages open (a board) and every dialog that opens without blocking,
and asks Qt's accessibility layer — what a screen reader hears — for the name of each
interactive control. A control with no name fails the walk, naming the screen and widget.
New screens registered in PROGRAMME_VIEWS / SESSION_PAGES are walked automatically.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QComboBox, QMenu, QWidget
from ui_support import dialogs_from_menus, quiet_window

from workshop.core import sessions as core_sessions
from workshop.ui.main_window import MainWindow
from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.SpinBox,
    Role.Slider,
    Role.Dial,
    Role.EditableText,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.HotkeyField,
    Role.Link,
}

# Screens whose unnamed controls are known and reported to their owners; each entry says
# which screen and why it is allowed to fail for now.
KNOWN_GAPS: dict[str, str] = {}


def describe(widget: QWidget) -> str:
    chain = []
    parent = widget
    while parent is not None and len(chain) < 4:
        chain.append(f"{type(parent).__name__}({parent.objectName()!r})")
        parent = parent.parentWidget()
    return " < ".join(chain)


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible interactive control under `root` (itself included) with no
    accessible name, as 'role: widget < parent < …'."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a spin box's line edit) are spoken by their owner
        owner = widget.parentWidget()
        if isinstance(owner, QComboBox) and owner.lineEdit() is widget:
            continue  # the text part of an editable box is spoken as the box
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.isValid():
            continue
        role = iface.role()
        if role not in INTERACTIVE:
            continue
        if not iface.text(QAccessible.Text.Name).strip():
            missing.append(f"{role.name}: {describe(widget)}")
    return missing


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    yield from quiet_window(qtbot, demo_path, monkeypatch)


def session_with_most(window: MainWindow) -> str:
    """The demo session with the most recorded (the library one), so tables have rows."""
    programme = window.ctx.programme
    best = max(
        core_sessions.sessions_by_date(programme),
        key=lambda s: programme.db.execute(
            "select count(*) from exercises where session_id = ?", [s["id"]]
        ).fetchone()[0],
    )
    return best["id"]


def check(root: QWidget, screen: str) -> None:
    missing = unnamed_controls(root)
    if screen in KNOWN_GAPS and missing:
        pytest.xfail(KNOWN_GAPS[screen])
    assert not missing, f"{screen}: controls a screen reader cannot name:\n" + "\n".join(missing)


def test_main_window_frame_is_named(window):
    check(window, "main window")


@pytest.mark.parametrize("index", range(len(PROGRAMME_VIEWS)), ids=[t for t, _ in PROGRAMME_VIEWS])
def test_every_programme_view_is_named(window, qtbot, index):
    window.sidebar.choose_view(index)
    qtbot.wait(1)
    screen = window.current_screen()
    assert screen is not None and screen.isVisible()
    check(window, PROGRAMME_VIEWS[index][0])


@pytest.mark.parametrize("title", [t for t, _ in SESSION_PAGES])
def test_every_session_page_is_named(window, qtbot, title):
    window.sidebar.choose_session(session_with_most(window))
    editor = window.current_screen()
    editor.show_page(title)
    qtbot.wait(1)
    check(window, title)


def test_board_window_is_named(window, qtbot):
    window.sidebar.choose_session(session_with_most(window))
    editor = window.current_screen()
    titles = [t for t, page in SESSION_PAGES if page().__name__ == "AgendaPage"]
    if not titles:
        pytest.skip("no agenda page registered yet")
    agenda = editor.show_page(titles[0])
    programme = window.ctx.programme
    board = programme.db.execute(
        "select id from exercises where session_id = ? and kind = 'board' order by position",
        [editor.session_id],
    ).fetchone()
    assert board is not None
    agenda.select(board[0])
    board_window = agenda.open_board()
    qtbot.waitExposed(board_window)
    check(board_window, "board")


def _menu_actions(window: MainWindow) -> list[QAction]:
    found = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif action.text().rstrip().endswith(("…", "...")) or action.objectName() in (
                "action_help",
                "action_shortcuts",
                "action_welcome",
            ):
                found.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return found


def test_every_dialog_from_the_menus_is_named(window, qtbot, monkeypatch):
    """Menu items ending in '…' open a dialog: open each without blocking and walk it."""
    failures, walked = [], []
    for name, widget in dialogs_from_menus(window, _menu_actions(window), qtbot, monkeypatch):
        missing = unnamed_controls(widget)
        if missing and name not in KNOWN_GAPS:
            failures.append(f"{name} ({type(widget).__name__}):\n  " + "\n  ".join(missing))
        walked.append(type(widget).__name__)
    assert len(walked) >= 5, walked  # the menus open at least this many dialogs
    assert not failures, "dialogs with unnamed controls:\n" + "\n".join(failures)


def test_walk_finds_an_unnamed_control(qtbot):
    """The walk itself works: a line edit with no name and no label is caught."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton("Named by its text"))
    layout.addWidget(QLineEdit())
    root.show()
    missing = unnamed_controls(root)
    assert len(missing) == 1 and missing[0].startswith("EditableText")
