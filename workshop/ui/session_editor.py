"""One session, across tabs: the pages listed in `screens.SESSION_PAGES`, each built as
Class(ctx, session_id)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from workshop.core.store import Change
from workshop.ui.context import AppContext
from workshop.ui.page_layout import scrolling
from workshop.ui.screens import SESSION_PAGES


class SessionEditor(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SessionEditor")
        self.ctx, self.session_id = ctx, session_id
        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("session_tabs")
        self.tabs.setAccessibleName(self.tr("Session sections"))
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        for title, page_class in SESSION_PAGES:
            page = page_class(ctx, session_id)
            self.pages[title] = page
            # Each tab scrolls on its own: at large text sizes one wide page must not
            # make every other page wider than the window.
            holder = scrolling(page)
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._holders[title] = holder
            self.tabs.addTab(holder, self.tr(title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self._show_heading()
        ctx.bridge.changed.connect(self._on_changes)

    def page(self, title: str) -> QWidget:
        return self.pages[title]

    def show_page(self, title: str) -> QWidget:
        self.tabs.setCurrentWidget(self._holders[title])
        return self.pages[title]

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table == "sessions" and self.session_id in c.ids for c in changes):
            self._show_heading()

    def _show_heading(self) -> None:
        session = self.ctx.programme.get("sessions", self.session_id)
        if session:
            self.heading.setText(session["title"] or self.tr("Untitled session"))
