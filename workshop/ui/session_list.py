"""The sidebar: programme-level views at the top, then the programme's sessions by date,
with buttons to add, duplicate and delete sessions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core import sessions as core_sessions
from workshop.core.store import Change
from workshop.core.vocab import SESSION_STATUSES
from workshop.ui import dialogs, theme
from workshop.ui.context import AppContext, touches
from workshop.ui.dates import short_date_time
from workshop.ui.page_layout import flow_row
from workshop.ui.undo_commands import CoreCommand, DeleteRow, push_or_explain

VIEW_ROLE = Qt.ItemDataRole.UserRole
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


def describe_when(starts_at: str) -> str:
    """A session's start in the app's language (day and month names follow the locale)."""
    if not starts_at:
        return QCoreApplication.translate("SessionSidebar", "No date yet")
    return short_date_time(starts_at)


class AddSession(CoreCommand):
    def __init__(self, ctx: AppContext, values: dict, text: str):
        super().__init__(text)
        self.programme = ctx.programme
        self.values = values
        self.session_id: str | None = None
        self._snapshot = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.session_id = core_sessions.add_session(self.programme, self.values)

    def revert(self) -> None:
        assert self.session_id is not None
        self._snapshot = self.programme.delete("sessions", self.session_id)


class DuplicateSession(AddSession):
    def __init__(self, ctx: AppContext, original_id: str, text: str):
        super().__init__(ctx, {}, text)
        self.original_id = original_id

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.session_id = core_sessions.duplicate_session(self.programme, self.original_id)


class SessionSidebar(QWidget):
    view_chosen = Signal(int)
    session_chosen = Signal(str)
    nothing_chosen = Signal()

    def __init__(self, views: list[tuple[str, type[QWidget]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.views = views
        self.ctx: AppContext | None = None
        self.list = QListWidget()
        self.list.setObjectName("session_list")
        self.list.setAccessibleName(self.tr("Programme views and sessions"))
        self.list.setAccessibleDescription(
            self.tr("Choose the overview, a programme screen, or a session to edit")
        )
        self.list.setSpacing(1)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Titles and dates wrap between words, never end in "…": the sidebar is made wide
        # enough for the longest word (see room_wanted), and rows re-lay on a resize.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add session"))
        self.add_button.setToolTip(self.tr("Add a new session (Ctrl+Shift+N)"))
        self.duplicate_button = QPushButton(self.tr("Dupli&cate"))
        self.duplicate_button.setAccessibleName(self.tr("Duplicate session"))
        self.duplicate_button.setToolTip(self.tr("Copy this session to plan a similar one"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete session"))
        # The buttons wrap at large text sizes instead of widening the sidebar.
        buttons = flow_row(self.add_button, self.duplicate_button, self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_session)
        self.duplicate_button.clicked.connect(self.duplicate_session)
        self.delete_button.clicked.connect(self.delete_session)
        self.list.currentItemChanged.connect(self._on_current)
        self._filling = False
        theme.theme_changed().changed.connect(self._theme_changed)

    def room_wanted(self) -> int:
        """The sidebar width that shows every word of every row whole (rows wrap
        between words)."""
        metrics = self.list.fontMetrics()
        bold = QFont(self.list.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        widest = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            measure = bold_metrics if item.font().bold() else metrics
            for word in item.text().split():
                widest = max(widest, measure.horizontalAdvance(word))
        margins = self.layout().contentsMargins()
        scrollbar = self.list.verticalScrollBar().sizeHint().width()
        return (
            widest + 2 * self.list.frameWidth() + scrollbar + 16 + margins.left() + margins.right()
        )

    def _theme_changed(self, *_args) -> None:
        if self.ctx is not None and not self.ctx.programme.closed:
            self.refill()  # the SESSIONS heading takes the new theme's colour

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        ctx.bridge.changed.connect(self._on_changes)
        self.refill()

    # ----- contents ----------------------------------------------------------------------

    def refill(self, keep_session: str | None = None) -> None:
        assert self.ctx is not None
        current = keep_session or self.current_session_id()
        current_view = self.list.currentItem().data(VIEW_ROLE) if self.list.currentItem() else None
        self._filling = True
        self.list.clear()
        bold = QFont()
        bold.setBold(True)
        for index, (title, _) in enumerate(self.views):
            item = QListWidgetItem(self.tr(title))
            item.setData(VIEW_ROLE, index)
            item.setFont(bold)
            self.list.addItem(item)
        heading = QListWidgetItem(self.tr("SESSIONS"))
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        heading.setForeground(QColor(theme.colours().muted))
        self.list.addItem(heading)
        restore_item = None
        sessions = core_sessions.sessions_by_date(self.ctx.programme)
        untitled = self.tr("Untitled session")
        for session in sessions:
            status = self.tr(SESSION_STATUSES.label(session["status"]))
            text = (
                f"{session['title'] or untitled}\n{describe_when(session['starts_at'])} · {status}"
            )
            item = QListWidgetItem(text)
            item.setData(SESSION_ROLE, session["id"])
            item.setToolTip(f"{session['title']}\n{session['venue_name']}")
            self.list.addItem(item)
            if session["id"] == current:
                restore_item = item
        if not sessions:
            empty = QListWidgetItem(self.tr("No sessions yet.\nUse Add to plan the first one."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        if restore_item is None and current_view is not None:
            restore_item = self.list.item(current_view)
        self._filling = False
        if restore_item is not None:
            self.list.setCurrentItem(restore_item)
        self._update_buttons()

    def _on_changes(self, changes: list[Change]) -> None:
        if not touches(changes, "sessions"):
            return
        # Only a change to what the sidebar shows needs a refill (not e.g. a venue note).
        shown = {"title", "starts_at", "status", "venue_name"}
        for change in changes:
            if change.table == "sessions" and (
                change.kind != "update" or shown & set(change.fields)
            ):
                inserted = next(
                    (c.ids[0] for c in changes if c.table == "sessions" and c.kind == "insert"),
                    None,
                )
                self.refill(keep_session=inserted)
                if inserted is None and self.current_session_id() is None:
                    self.nothing_chosen.emit()
                return

    def current_session_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(SESSION_ROLE) if item is not None else None

    def choose_view(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def choose_session(self, session_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(SESSION_ROLE) == session_id:
                self.list.setCurrentRow(row)
                return

    def _on_current(self, item: QListWidgetItem | None, _previous) -> None:
        self._update_buttons()
        if self._filling or item is None:
            return
        view = item.data(VIEW_ROLE)
        session = item.data(SESSION_ROLE)
        if view is not None:
            self.view_chosen.emit(view)
        elif session:
            self.session_chosen.emit(session)

    def _update_buttons(self) -> None:
        has_session = self.current_session_id() is not None
        writable = self.ctx is not None and not self.ctx.programme.read_only
        self.add_button.setEnabled(writable)
        self.duplicate_button.setEnabled(has_session and writable)
        self.delete_button.setEnabled(has_session and writable)

    # ----- actions -----------------------------------------------------------------------

    def add_session(self) -> None:
        assert self.ctx is not None
        command = AddSession(self.ctx, {"title": self.tr("New session")}, self.tr("Add session"))
        if push_or_explain(self.ctx.undo_stack, command, self):
            self.choose_session(command.session_id)

    def duplicate_session(self) -> None:
        assert self.ctx is not None
        session_id = self.current_session_id()
        if session_id is None:
            return
        command = DuplicateSession(self.ctx, session_id, self.tr("Duplicate session"))
        if push_or_explain(self.ctx.undo_stack, command, self):
            self.choose_session(command.session_id)

    def delete_session(self) -> None:
        assert self.ctx is not None
        session_id = self.current_session_id()
        if session_id is None:
            return
        session = self.ctx.programme.get("sessions", session_id)
        title = session["title"] if session else ""
        if not dialogs.confirm(
            self,
            self.tr("Delete session"),
            self.tr(
                "Delete “%s” and everything recorded for it? You can undo this with Edit > Undo."
            )
            % title,
            yes=self.tr("Delete"),
        ):
            return
        command = DeleteRow(self.ctx.programme, "sessions", session_id, self.tr("Delete session"))
        push_or_explain(self.ctx.undo_stack, command, self)
