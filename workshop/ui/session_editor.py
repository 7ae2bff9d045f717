"""One session: a list of its pages beside the page chosen there. The pages are those
listed in `screens.SESSION_PAGES`, each built as Class(ctx, session_id) the first time it
is shown and kept while the session is open.

A list rather than tabs: nine titles (longer in Welsh, twice as wide at 200 % text) do not
fit in a row on a 1024-pixel screen, and tabs that do not fit hide behind scroll arrows.
The list wraps long titles and is reached like any other control; Session > Pages and
Ctrl+PageUp / Ctrl+PageDown move between pages from anywhere in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.core.store import Change
from workshop.ui.context import AppContext
from workshop.ui.page_layout import fit_narrow, scrolling
from workshop.ui.screens import SESSION_PAGES, screen_class

TITLES = [title for title, _ in SESSION_PAGES]


class SessionEditor(QWidget):
    page_shown = Signal(str)  # the English title of the page now shown

    def __init__(
        self,
        ctx: AppContext,
        session_id: str,
        parent: QWidget | None = None,
        first_page: str = TITLES[0],
    ):
        super().__init__(parent)
        self.setObjectName("SessionEditor")
        self.ctx, self.session_id = ctx, session_id
        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        self.heading.setWordWrap(True)
        self.nav = QListWidget()
        self.nav.setObjectName("session_pages")
        self.nav.setAccessibleName(self.tr("Session pages"))
        self.nav.setAccessibleDescription(
            self.tr("Choose a page of this session. Ctrl+Page Down and Ctrl+Page Up also move.")
        )
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(1)
        for title in TITLES:
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, title)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("session_page_stack")
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.heading)
        layout.addLayout(row, 1)
        self._show_heading()
        self._fit_nav()
        ctx.bridge.changed.connect(self._on_changes)
        self.show_page(first_page if first_page in TITLES else TITLES[0])
        self.nav.currentRowChanged.connect(self._row_chosen)

    # ----- pages -------------------------------------------------------------------------

    def page(self, title: str) -> QWidget:
        """The page called `title` (English), built now if it was never shown."""
        if title not in self.pages:
            page_class = screen_class(dict(SESSION_PAGES)[title])
            page = page_class(self.ctx, self.session_id)
            fit_narrow(page)
            self.pages[title] = page
            # Each page scrolls on its own: at large text sizes one tall page must not
            # make the others scroll too. The scroll area takes its place before the page
            # goes into it, so the built page is moved once (see page_layout.scrolling).
            holder = scrolling(None)
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._holders[title] = holder
            self.stack.addWidget(holder)
            holder.setWidget(page)
        return self.pages[title]

    def current_title(self) -> str:
        return TITLES[max(0, self.nav.currentRow())]

    def show_page(self, title: str) -> QWidget:
        page = self.page(title)
        self.stack.setCurrentWidget(self._holders[title])
        row = TITLES.index(title)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.page_shown.emit(title)
        return page

    def step_page(self, step: int) -> QWidget:
        """The next (`step` 1) or previous (-1) page, round the list."""
        row = (TITLES.index(self.current_title()) + step) % len(TITLES)
        return self.show_page(TITLES[row])

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(TITLES):
            self.show_page(TITLES[row])

    def _fit_nav(self) -> None:
        """As wide as the longest title, but never more than a fifth of the editor:
        longer titles wrap."""
        metrics = self.nav.fontMetrics()
        titles = [self.nav.item(r).text() for r in range(self.nav.count())]
        padding = 2 * self.nav.frameWidth() + 24
        wanted = max(metrics.horizontalAdvance(t) for t in titles) + padding
        # Titles wrap between words, so the longest word must fit whole.
        longest_word = max(metrics.horizontalAdvance(w) for t in titles for w in t.split())
        room = max(longest_word + padding, self.width() // 5) if self.width() > 200 else wanted
        self.nav.setFixedWidth(min(wanted, room))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_nav()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit_nav()

    # ----- heading -----------------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table == "sessions" and self.session_id in c.ids for c in changes):
            self._show_heading()

    def _show_heading(self) -> None:
        session = self.ctx.programme.get("sessions", self.session_id)
        if session:
            self.heading.setText(session["title"] or self.tr("Untitled session"))
