"""Saying what just happened, with the next step beside it: "Point raised: … — Open it".

A NoticeBar sits at the top of a window (the main window, a board). `tell` finds the bar of
the window the action happened in, or else the main window's, shows the sentence and, when
there is one, a button for the obvious next step. The notice stays until the next one or
until it is closed (Esc on its button, or its ×), so a slow reader is not hurried; the
sentence is also given to screen readers as the bar's name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notice_bar")
        self.text = QLabel()
        self.text.setObjectName("notice_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_button = QPushButton()
        self.next_button.setObjectName("notice_next")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)
        self._next: Callable[[], object] | None = None
        self.next_button.clicked.connect(self._take_next_step)
        self.hide()

    def show_notice(
        self, text: str, next_text: str = "", next_step: Callable[[], object] | None = None
    ) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)
        self._next = next_step
        self.next_button.setText(next_text)
        self.next_button.setAccessibleName(next_text.replace("&", ""))
        self.next_button.setVisible(bool(next_text and next_step))
        self.show()

    def _take_next_step(self) -> None:
        step, self._next = self._next, None
        self.hide()
        if step is not None:
            step()


def tell(
    anchor: QWidget | None,
    text: str,
    next_text: str = "",
    next_step: Callable[[], object] | None = None,
    fallback: QWidget | None = None,
) -> NoticeBar | None:
    """Show `text` (and a button `next_text` doing `next_step`) in the notice bar of
    `anchor`'s window, else in `fallback`'s (the main window). Returns the bar used."""
    for widget in (anchor, fallback):
        bar = getattr(widget.window(), "notice_bar", None) if widget is not None else None
        if isinstance(bar, NoticeBar):
            bar.show_notice(text, next_text, next_step)
            return bar
    return None
