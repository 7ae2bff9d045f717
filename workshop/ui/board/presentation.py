"""Presentation mode for a projector: full screen, large high-contrast notes, no editing
chrome. F (or 0) fits the whole board, N / P zoom to the next / previous theme (its notes
then show every word), + and - zoom, arrows pan, Esc leaves."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel, QVBoxLayout, QWidget

from workshop.core.store import Change
from workshop.ui.board.scene import BOARD_TABLES, BoardScene
from workshop.ui.context import AppContext, touches


class PresentationWindow(QWidget):
    def __init__(self, ctx: AppContext, exercise_id: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("BoardPresentation")
        self.ctx = ctx
        exercise = ctx.programme.get("exercises", exercise_id) or {}
        self.setWindowTitle(exercise.get("title", ""))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: black; color: white;")
        self.scene = BoardScene(ctx.programme, exercise_id, presentation=True, parent=self)
        self.view = QGraphicsView(self.scene)
        self.view.setAccessibleName(self.tr("Board, presentation"))
        self.view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.view.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setInteractive(False)
        self.title = QLabel(exercise.get("title", ""))
        self.title.setStyleSheet("font-size: 30px; font-weight: bold; padding: 10px 16px;")
        self.hint = QLabel(
            self.tr("Esc leaves · F fits the board · N / P next or previous theme · + / − zoom")
        )
        self.hint.setStyleSheet("font-size: 15px; color: #DDDDDD; padding: 4px 16px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.theme_index = -1
        self.theme_id = ""  # the theme zoomed to, whose notes show their whole words
        ctx.bridge.changed.connect(self._on_changes)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, *BOARD_TABLES):
            self.scene.apply_changes(changes)
            self._show_whole_words(self.theme_id)  # items may be new, or left the theme

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.zoom_to_fit()
        self.setFocus()

    def closeEvent(self, event) -> None:
        try:
            self.ctx.bridge.changed.disconnect(self._on_changes)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)

    def zoom_to_fit(self) -> None:
        self.theme_index = -1
        self._show_whole_words("")
        self._fit(self.scene.itemsBoundingRect())

    def zoom_to_theme(self, step: int) -> None:
        themes = sorted(self.scene.clusters.values(), key=lambda c: (c.pos().x(), c.pos().y()))
        if not themes:
            return
        self.theme_index = (self.theme_index + step) % len(themes)
        theme = themes[self.theme_index]
        self._show_whole_words(theme.cluster_id)
        rect = theme.sceneBoundingRect()
        for note in theme.members:  # a note grown to hold its words may reach past the frame
            rect = rect.united(note.sceneBoundingRect())
        self._fit(rect)

    def _show_whole_words(self, theme_id: str) -> None:
        """Zoomed to a theme, its notes show every word (on a projector residents must
        see their own words, not a shortened version); elsewhere notes are shortened."""
        self.theme_id = theme_id if theme_id in self.scene.clusters else ""
        members = self.scene.clusters[self.theme_id].members if self.theme_id else []
        chosen = {note.note_id for note in members}
        for note in self.scene.notes.values():
            note.show_whole_words(note.note_id in chosen)

    def _fit(self, rect: QRectF) -> None:
        if not rect.isEmpty():
            self.view.fitInView(rect.adjusted(-24, -24, 24, 24), Qt.AspectRatioMode.KeepAspectRatio)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_F, Qt.Key.Key_0, Qt.Key.Key_Home):
            self.zoom_to_fit()
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.zoom_to_theme(+1)
        elif key in (Qt.Key.Key_P, Qt.Key.Key_PageUp):
            self.zoom_to_theme(-1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.scale(1.2, 1.2)
        elif key == Qt.Key.Key_Minus:
            self.view.scale(1 / 1.2, 1 / 1.2)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = (
                self.view.horizontalScrollBar()
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                else self.view.verticalScrollBar()
            )
            sign = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            bar.setValue(bar.value() + sign * bar.pageStep() // 3)
        else:
            super().keyPressEvent(event)
