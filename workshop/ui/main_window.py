"""The main window: menus, the sidebar of programme views and sessions, and the screen
for whatever is chosen there. Screens themselves live in their own modules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.core.store import FILE_SUFFIX, Programme
from workshop.ui import dialogs, file_opening, runner, settings, theme
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.dropped_files import dropped_file
from workshop.ui.notices import NoticeBar
from workshop.ui.page_layout import fit_narrow, scrolling
from workshop.ui.screens import PROGRAMME_VIEWS, WINDOW_EXTENSIONS, screen_class
from workshop.ui.session_editor import TITLES as SESSION_TITLES
from workshop.ui.session_editor import SessionEditor
from workshop.ui.session_list import SessionSidebar
from workshop.ui.window_geometry import can_be_seen, keep_geometry

FILE_FILTER = "Workshop programmes (*.workshop);;All files (*)"


def _can_take_focus(widget: QWidget | None, within: QWidget) -> bool:
    """Whether the keyboard focus may go to `widget`: alive, inside `within`, seen, usable."""
    try:
        return (
            widget is not None
            and within.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and can_be_seen(widget)
        )
    except RuntimeError:  # deleted with the screen it was on
        return False


def reveal(widget: QWidget) -> None:
    """Scroll every scroll area holding `widget` so it shows, innermost first: Qt does this
    only for the scroll area Tab started in, so a control on a page inside a page could
    take the focus out of sight."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            if parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget, 20, 20)
        parent = parent.parentWidget()


def first_focusable(pane: QWidget) -> QWidget | None:
    """The first control in `pane` that Tab would stop at and the user can see."""
    widget = pane.nextInFocusChain()
    for _ in range(2000):
        if widget is pane or widget is None:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and _can_take_focus(widget, pane):
            return widget
        widget = widget.nextInFocusChain()
    return None


class MainWindow(QMainWindow):
    programme_opened = Signal(object)  # AppContext of the newly opened file
    programme_closing = Signal(object)  # AppContext of the file about to close

    def __init__(self, programme: Programme):
        super().__init__()
        self.setObjectName("MainWindow")
        self.ctx: AppContext | None = None
        self._menus: dict[str, QMenu] = {}
        self._screen: QWidget | None = None
        self._holder: QWidget | None = None  # the scroll area the screen sits in

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setAccessibleName(self.tr("File status"))
        self.notice_bar = NoticeBar()
        self.sidebar = SessionSidebar(PROGRAMME_VIEWS, self)
        self.stack = QStackedWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1020])
        self.splitter = splitter
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice_bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.undo_stack = QUndoStack(self)
        self._pane_focus: dict[int, QWidget] = {}
        self._sized_sidebar = False
        QApplication.instance().focusChanged.connect(self._remember_focus)
        self._build_menus()
        self.sidebar.view_chosen.connect(self.show_programme_view)
        self.sidebar.session_chosen.connect(self.show_session)
        self.sidebar.nothing_chosen.connect(self._show_empty)
        keep_geometry(self, settings.MAIN_WINDOW_GEOMETRY, QSize(1280, 820))
        self.setAcceptDrops(True)  # a programme file dropped on the window opens it
        self.set_programme(programme)
        for install in WINDOW_EXTENSIONS:
            install(self)

    # ----- menus -------------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        """The top-level menu whose objectName is `name` ("menu_file", "menu_tools", …).
        Menus are named, not found by title: a title changes with the language."""
        try:
            return self._menus[name]
        except KeyError:
            raise KeyError(f"No menu {name!r}. The menus are: {', '.join(self._menus)}.") from None

    def add_action(self, menu: str, text: str, slot, shortcut=None, name: str = "") -> QAction:
        """A new item at the end of the menu named `menu` (an objectName)."""
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu(menu).addAction(action)
        return action

    def _build_menus(self) -> None:
        tr = self.tr
        # Every top-level menu, in menu-bar order, before any extension adds to them.
        for name, title in (
            ("menu_file", tr("&File")),
            ("menu_edit", tr("&Edit")),
            ("menu_session", tr("&Session")),
            ("menu_view", tr("&View")),
            ("menu_tools", tr("&Tools")),
            ("menu_help", tr("&Help")),
        ):
            menu = self.menuBar().addMenu(title)
            menu.setObjectName(name)
            self._menus[name] = menu

        self.add_action(
            "menu_file",
            tr("&New programme…"),
            self.new_file,
            QKeySequence.StandardKey.New,
            "action_new",
        )
        self.add_action(
            "menu_file", tr("&Open…"), self.open_file, QKeySequence.StandardKey.Open, "action_open"
        )
        self.recent_menu = self.menu("menu_file").addMenu(tr("Open rec&ent"))
        self.recent_menu.setObjectName("menu_recent")
        self.add_action(
            "menu_file",
            tr("Save a &copy as…"),
            self.save_copy,
            QKeySequence("Ctrl+Shift+S"),
            "action_save_copy",
        )
        self.menu("menu_file").addSeparator()
        self._quit_action = QAction(tr("&Quit"), self)
        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self._quit_action.triggered.connect(self.close)

        undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcuts([QKeySequence.StandardKey.Undo])
        undo.setObjectName("action_undo")
        redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("action_redo")
        self.menu("menu_edit").addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo

        self.add_action(
            "menu_session",
            tr("&Add session"),
            self.sidebar.add_session,
            QKeySequence("Ctrl+Shift+N"),
            "action_add_session",
        )
        self.add_action(
            "menu_session",
            tr("&Duplicate session"),
            self.sidebar.duplicate_session,
            QKeySequence("Ctrl+D"),
            "action_duplicate_session",
        )
        self.add_action(
            "menu_session",
            tr("De&lete session…"),
            self.sidebar.delete_session,
            None,
            "action_delete_session",
        )
        self._build_page_menu()
        self.add_action(
            "menu_view", tr("Next &pane"), lambda: self.cycle_pane(1), "F6", "action_next_pane"
        )
        self.add_action(
            "menu_view",
            tr("Pre&vious pane"),
            lambda: self.cycle_pane(-1),
            "Shift+F6",
            "action_previous_pane",
        )
        self.menu("menu_view").addSeparator()
        self.add_action("menu_help", tr("&About Workshop"), self._about, None, "action_about")

    def _build_page_menu(self) -> None:
        """Session > Pages: every page of a session, reachable from anywhere in the window."""
        tr = self.tr
        menu = self.menu("menu_session")
        menu.addSeparator()
        next_page = self.add_action(
            "menu_session",
            tr("&Next page"),
            lambda: self._step_page(1),
            QKeySequence("Ctrl+PgDown"),
            "action_next_page",
        )
        previous_page = self.add_action(
            "menu_session",
            tr("P&revious page"),
            lambda: self._step_page(-1),
            QKeySequence("Ctrl+PgUp"),
            "action_previous_page",
        )
        self.pages_menu = menu.addMenu(tr("Pa&ges"))
        self.pages_menu.setObjectName("menu_session_pages")
        for number, title in enumerate(SESSION_TITLES, start=1):
            # Alt + the page's digit for the first nine; "&0" for the tenth, as on a keyboard
            # row; later pages have no Alt key rather than one that clashes ("&11" is "&1").
            digit = str(number % 10) if number <= 10 else ""
            label = f"&{digit} {tr(title)}" if digit else f"{number} {tr(title)}"
            action = self.pages_menu.addAction(label)
            action.setObjectName("action_page_" + str(number))
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, t=title: self.show_session_page(t))
        self._page_actions = [next_page, previous_page, *self.pages_menu.actions()]
        menu.aboutToShow.connect(self._enable_page_actions)
        self._enable_page_actions()

    def _enable_page_actions(self) -> None:
        on_session = isinstance(self._screen, SessionEditor)
        for action in self._page_actions:
            action.setEnabled(on_session)
        self.pages_menu.setEnabled(on_session)

    def _step_page(self, step: int) -> None:
        if isinstance(self._screen, SessionEditor):
            self._screen.step_page(step)
            self._screen.nav.setFocus()

    def show_session_page(self, title: str) -> QWidget | None:
        """Show the page `title` (English) of the session on screen; None when no session is."""
        if not isinstance(self._screen, SessionEditor):
            return None
        page = self._screen.show_page(title)
        self._screen.nav.setFocus()
        return page

    # ----- panes (F6) ----------------------------------------------------------------------

    def panes(self) -> list[QWidget]:
        """The parts of the window F6 moves between: the sidebar, the screen, and any
        docked panel that is showing (the glossary)."""
        # Docked panels are the window's own children: looking only there keeps this
        # cheap, as it runs on every move of the focus. A search of the whole window makes
        # a Python object for every widget it passes, and the first one builds the Python
        # classes of the Qt types it meets (with their enums): that was the first move of
        # the focus after start-up.
        docks = self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return [self.sidebar, self.stack, *(d for d in docks if d.isVisible())]

    def _pane_of(self, widget: QWidget | None, panes: list[QWidget] | None = None) -> int:
        for index, pane in enumerate(self.panes() if panes is None else panes):
            if widget is not None and (widget is pane or pane.isAncestorOf(widget)):
                return index
        return -1

    def _remember_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            panes = self.panes()
            index = self._pane_of(new, panes)
            if index >= 0:
                self._pane_focus[id(panes[index])] = new
                reveal(new)
        except RuntimeError:  # the window is being deleted
            pass

    def cycle_pane(self, step: int) -> None:
        """Move the keyboard focus to the next (`step` 1) or previous (-1) pane, to the
        control that last had the focus there, else to its first control."""
        panes = self.panes()
        here = self._pane_of(QApplication.focusWidget())
        pane = panes[(here + step) % len(panes)] if here >= 0 else panes[0]
        target = self._pane_focus.get(id(pane))
        if not _can_take_focus(target, pane):
            target = first_focusable(pane)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish_file_menu(self) -> None:
        file_menu = self.menu("menu_file")
        file_menu.removeAction(self._quit_action)
        file_menu.addAction(self._quit_action)

    def showEvent(self, event) -> None:  # extensions may have added File items: Quit last
        self._finish_file_menu()
        super().showEvent(event)
        if not self._sized_sidebar:  # a fifth of the window: the page gets the room
            self._sized_sidebar = True
            share = 6 if theme.current_text_scale() >= 1.5 else 5
            side = max(160, min(300, self.width() // share))
            # Wide enough for the longest word of a session title, so rows wrap whole
            # words instead of ending in "…" (at most a third of the window).
            side = max(side, min(self.sidebar.room_wanted(), self.width() // 3))
            self.splitter.setSizes([side, max(1, self.width() - side)])
        # The keyboard starts in the sidebar, never on a button it could press by accident.
        if not self.isAncestorOf(QApplication.focusWidget()):
            self.sidebar.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- the open file -------------------------------------------------------------------

    def _finish_pending_edit(self) -> None:
        """A box being typed in saves when it loses focus: make that happen now, while
        the file is still open (before switching files or closing)."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    def _close_programme(self) -> None:
        """Save the edit in progress, close every window working on this file (boards,
        projector views), then close the file itself."""
        if self.ctx is None:
            return
        self._finish_pending_edit()
        self.programme_closing.emit(self.ctx)
        for widget in QApplication.topLevelWidgets():
            if widget is not self and getattr(widget, "ctx", None) is self.ctx:
                widget.close()
        self._clear_screen()
        self.ctx.bridge.detach()
        self.ctx.programme.close()
        self.ctx = None

    def set_programme(self, programme: Programme) -> None:
        self._close_programme()
        self.undo_stack.clear()
        bridge = ProgrammeBridge(programme, self)
        self.ctx = AppContext(programme, bridge, self.undo_stack, self)
        bridge.changed.connect(self._on_changes)
        self.sidebar.set_context(self.ctx)
        self._remember_recent(programme.path)
        self._update_title()
        text = file_opening.banner_text(programme)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.programme_opened.emit(self.ctx)
        self.sidebar.choose_view(0)

    def _on_changes(self, changes: list) -> None:
        if any(c.table == "programme" for c in changes):
            self._update_title()

    def _update_title(self) -> None:
        assert self.ctx is not None
        title = self.ctx.programme.programme()["title"] or self.tr("Untitled programme")
        self.setWindowTitle(f"{title} — {self.ctx.programme.path.name} — Workshop")

    def new_file(self) -> None:
        path = self._ask_programme_path(self.tr("New programme file"))
        if path is None:
            return
        title = dialogs.ask_text(
            self, self.tr("New programme"), self.tr("What is this engagement programme called?")
        )
        if title is None:
            return
        programme = file_opening.create_for_window(path, title.strip(), self)
        if programme is not None:
            self.set_programme(programme)

    def open_file(self) -> None:
        path = dialogs.ask_open_path(
            self, self.tr("Open a programme file"), str(self._start_dir()), FILE_FILTER
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        programme = file_opening.open_for_window(path, self)
        if programme is None:
            return False
        self.set_programme(programme)
        return True

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if dropped_file(event.mimeData(), (FILE_SUFFIX,)) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        path = dropped_file(event.mimeData(), (FILE_SUFFIX,))
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    def save_copy(self) -> runner.Task | None:
        """File > Save a copy as…: written off the UI thread from a read-only connection of
        its own (a big programme takes a moment to compact). Returns the running task."""
        assert self.ctx is not None
        target = self._ask_programme_path(self.tr("Save a copy of this programme"))
        if target is None:
            return None
        source = Path(self.ctx.programme.path)

        def work(progress: runner.Progress) -> Path:
            with Programme.open(source, read_only=True) as programme:
                programme.save_copy(target)
            return target

        self.copy_task = runner.Task(
            self,
            work,
            failure_title=self.tr("Copy not saved"),
            unexpected=self.tr("The copy stopped: %s. Nothing was written."),
        )
        self.copy_task.succeeded.connect(
            lambda saved: self.statusBar().showMessage(
                self.tr("Saved a copy as %s") % saved.name, 6000
            )
        )
        return self.copy_task.start()

    def _start_dir(self) -> Path:
        return self.ctx.programme.path.parent if self.ctx else Path.home()

    def _ask_programme_path(self, title: str) -> Path | None:
        """Where to write a programme file, always ending in .workshop; None if cancelled."""
        return dialogs.ask_save_path_ending(
            self, title, str(self._start_dir()), FILE_FILTER, FILE_SUFFIX
        )

    def _remember_recent(self, path: Path) -> None:
        self._fill_recent_menu(settings.remember_recent_file(path))

    def _fill_recent_menu(self, recent: list[str]) -> None:
        self.recent_menu.clear()
        for index, item in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{index} {Path(item).name}  —  {item}")
            action.triggered.connect(lambda _=False, p=item: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(recent))

    # ----- screens -----------------------------------------------------------------------

    def _clear_screen(self) -> None:
        if self._screen is not None:
            self.stack.removeWidget(self._holder)
            self._holder.deleteLater()  # the screen inside goes with it
            self._screen = self._holder = None

    def _show(self, widget: QWidget) -> None:
        self._clear_screen()
        self._screen = widget
        fit_narrow(widget)
        # At large text sizes a screen can need more room than a laptop has: it scrolls
        # instead of pushing the window off the screen. A session's pages scroll each on
        # their own, so the session needs no second scroll bar around them.
        # The scroll area goes into the window before the screen goes into it, so that the
        # built screen is moved into the window once (see page_layout.scrolling).
        self._holder = widget if isinstance(widget, SessionEditor) else scrolling(None)
        self._holder.setObjectName("screen_holder")
        self._holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack.addWidget(self._holder)
        if self._holder is not widget:
            self._holder.setWidget(widget)
        self.stack.setCurrentWidget(self._holder)
        if hasattr(self, "_page_actions"):
            self._enable_page_actions()

    def current_screen(self) -> QWidget | None:
        return self._screen

    def show_programme_view(self, index: int) -> None:
        assert self.ctx is not None
        _, loader = PROGRAMME_VIEWS[index]
        self._show(screen_class(loader)(self.ctx))

    def show_point(self, point_id: str) -> QWidget:
        """Points and responses, with the point `point_id` chosen."""
        from workshop.ui.points_page import PointsPage

        index = next(
            i for i, (_, loader) in enumerate(PROGRAMME_VIEWS) if screen_class(loader) is PointsPage
        )
        self.sidebar.choose_view(index)
        page = self.current_screen()
        page.select_point(point_id)
        self.raise_()
        self.activateWindow()
        page.statement.setFocus()
        return page

    def show_session(self, session_id: str) -> None:
        """The session's editor, on the page the previous session was showing."""
        assert self.ctx is not None
        first = self._screen.current_title() if isinstance(self._screen, SessionEditor) else None
        self._show(SessionEditor(self.ctx, session_id, first_page=first or SESSION_TITLES[0]))
        self._enable_page_actions()

    def _show_empty(self) -> None:
        label = QLabel(
            self.tr("Choose a session on the left, or add one with Session > Add session.")
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._show(label)

    def _about(self) -> None:
        from workshop.ui.about import show_about

        self.about_dialog = show_about(self)  # tests and screen readers can find it

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_programme()
        super().closeEvent(event)
