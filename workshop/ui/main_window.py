"""The main window: menus, the sidebar of programme views and sessions, and the screen
for whatever is chosen there. Screens themselves live in their own modules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.core.store import FILE_SUFFIX, Programme
from workshop.i18n import error_text
from workshop.ui import dialogs, file_opening, settings
from workshop.ui.context import AppContext, ProgrammeBridge
from workshop.ui.page_layout import scrolling
from workshop.ui.screens import PROGRAMME_VIEWS, WINDOW_EXTENSIONS
from workshop.ui.session_editor import SessionEditor
from workshop.ui.session_list import SessionSidebar

FILE_FILTER = "Workshop programmes (*.workshop);;All files (*)"


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
        self.sidebar = SessionSidebar(PROGRAMME_VIEWS, self)
        self.stack = QStackedWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1020])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.undo_stack = QUndoStack(self)
        self._build_menus()
        self.sidebar.view_chosen.connect(self.show_programme_view)
        self.sidebar.session_chosen.connect(self.show_session)
        self.sidebar.nothing_chosen.connect(self._show_empty)
        self.resize(1280, 820)
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
        self.recent_menu = self.menu("menu_file").addMenu(tr("Open &recent"))
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
        self.add_action("menu_help", tr("&About Workshop"), self._about, None, "action_about")

    def _finish_file_menu(self) -> None:
        file_menu = self.menu("menu_file")
        file_menu.removeAction(self._quit_action)
        file_menu.addAction(self._quit_action)

    def showEvent(self, event) -> None:  # extensions may have added File items: Quit last
        self._finish_file_menu()
        super().showEvent(event)

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

    def save_copy(self) -> None:
        assert self.ctx is not None
        path = self._ask_programme_path(self.tr("Save a copy of this programme"))
        if path is None:
            return
        try:
            self.ctx.programme.save_copy(path)
        except Exception as exc:  # noqa: BLE001 - shown to the facilitator as is
            dialogs.show_error(self, error_text(exc), self.tr("Copy not saved"))
            return
        self.statusBar().showMessage(self.tr("Saved a copy as %s") % path.name, 6000)

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
        # At large text sizes a screen can need more room than a laptop has: it scrolls
        # instead of pushing the window off the screen.
        self._holder = scrolling(widget)
        self._holder.setObjectName("screen_holder")
        self._holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack.addWidget(self._holder)
        self.stack.setCurrentWidget(self._holder)

    def current_screen(self) -> QWidget | None:
        return self._screen

    def show_programme_view(self, index: int) -> None:
        assert self.ctx is not None
        _, view = PROGRAMME_VIEWS[index]
        self._show(view(self.ctx))

    def show_session(self, session_id: str) -> None:
        assert self.ctx is not None
        self._show(SessionEditor(self.ctx, session_id))

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
