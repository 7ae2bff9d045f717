"""Presentation mode for a projector: the whole screen, black, no editing chrome.

It opens on the board's notes a page at a time (see presentation_pages): each theme, then
each column's notes in no theme, every word of every note in large type. N, Space or
Page Down go to the next page, P or Page Up back; F (or 0, Home) shows the whole board
in one picture, where + and - zoom and arrows pan; Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel, QStackedWidget, QVBoxLayout, QWidget

from workshop.core.store import Change
from workshop.ui import theme
from workshop.ui.board.presentation_pages import NotesPage, Page, board_pages, min_note_px
from workshop.ui.board.scene import BOARD_TABLES, BoardScene
from workshop.ui.context import AppContext, touches


class PresentationWindow(QWidget):
    def __init__(self, ctx: AppContext, exercise_id: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("BoardPresentation")
        self.ctx = ctx
        self.exercise_id = exercise_id
        exercise = ctx.programme.get("exercises", exercise_id) or {}
        self.board_title = exercise.get("title", "")
        self.setWindowTitle(self.board_title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: black; color: white;")
        self.scene = BoardScene(ctx.programme, exercise_id, presentation=True, parent=self)
        self.view = QGraphicsView(self.scene)
        self.scene.follow(self.view)
        self.view.setAccessibleName(self.tr("Board, presentation"))
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.view.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setInteractive(False)
        self.notes_page = NotesPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.notes_page)
        self.stack.addWidget(self.view)
        self.title = QLabel(self.board_title)
        self.title.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #DDDDDD;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        self.pages: list[Page] = []
        self.page_index = -1  # -1: the whole board
        ctx.bridge.changed.connect(self._on_changes)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # ----- showing --------------------------------------------------------------------------

    def show_on_screen(self) -> None:
        """Full screen on the screen of the window that opened it (the projector)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def smallest_note_px(self) -> int:
        return min_note_px(self.height())

    def _fonts(self) -> None:
        """Title and hint sized from the screen, not fixed pixels."""
        height = max(300, self.height())
        title = QFont(self.font())
        title.setPixelSize(max(28, height // 20))
        title.setBold(True)
        self.title.setFont(title)
        hint = QFont(self.font())
        # The keys to press are read by the facilitator at the laptop: they follow the
        # text-size setting as every other word on screen does.
        hint.setPixelSize(round(max(16, height // 42) * theme.current_text_scale()))
        self.hint.setFont(hint)

    def _rebuild_pages(self) -> None:
        self._fonts()
        self.layout().activate()
        area = QRect(0, 0, self.stack.width(), self.stack.height())
        self.pages = board_pages(
            self.ctx.programme, self.exercise_id, area, self.smallest_note_px()
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._rebuild_pages()
        self.go_to(0 if self.pages else -1)
        self.setFocus()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._rebuild_pages()
            self.go_to(min(self.page_index, len(self.pages) - 1))

    def go_to(self, index: int) -> None:
        """Page `index` of notes; -1 for the whole board."""
        self.page_index = index if 0 <= index < len(self.pages) else -1
        if self.page_index < 0:
            self.stack.setCurrentWidget(self.view)
            self.title.setText(self.board_title)
            self.hint.setText(
                self.tr(
                    "The whole board · N or Space shows the notes a page at a time · "
                    "+ / − zoom · Esc leaves"
                )
            )
            self.zoom_to_fit()
            return
        page = self.pages[self.page_index]
        self.stack.setCurrentWidget(self.notes_page)
        self.title.setText(page.heading())
        self.notes_page.show_page(page, self.smallest_note_px())
        self.hint.setText(
            self.tr("Page %1 of %2 · N next · P previous · F the whole board · Esc leaves")
            .replace("%1", str(self.page_index + 1))
            .replace("%2", str(len(self.pages)))
        )

    def step(self, by: int) -> None:
        if not self.pages:
            return
        if self.page_index < 0:
            self.go_to(0 if by > 0 else len(self.pages) - 1)
        else:
            self.go_to((self.page_index + by) % len(self.pages))

    def zoom_to_fit(self) -> None:
        rect = self.scene.board_rect()
        if not rect.isEmpty():
            self._fit(rect)

    def _fit(self, rect: QRectF) -> None:
        self.view.fitInView(rect.adjusted(-24, -24, 24, 24), Qt.AspectRatioMode.KeepAspectRatio)

    # ----- keeping up -----------------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, *BOARD_TABLES):
            self.scene.apply_changes(changes)
            if self.isVisible():
                self._rebuild_pages()
                self.go_to(min(self.page_index, len(self.pages) - 1))

    def closeEvent(self, event) -> None:
        try:
            self.ctx.bridge.changed.disconnect(self._on_changes)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        overview = self.page_index < 0
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_F, Qt.Key.Key_0, Qt.Key.Key_Home):
            self.go_to(-1)
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.step(+1)
        elif key in (Qt.Key.Key_P, Qt.Key.Key_PageUp):
            self.step(-1)
        elif overview and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.scale(1.2, 1.2)
        elif overview and key == Qt.Key.Key_Minus:
            self.view.scale(1 / 1.2, 1 / 1.2)
        elif overview and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            bar = (
                self.view.horizontalScrollBar()
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                else self.view.verticalScrollBar()
            )
            sign = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            bar.setValue(bar.value() + sign * bar.pageStep() // 3)
        elif not overview and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step(+1)
        elif not overview and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.step(-1)
        else:
            super().keyPressEvent(event)
