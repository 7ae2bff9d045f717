"""The board's drawn view (zoom, fit, text size) and its two text boxes: the note entry,
where Tab changes column and Esc leaves, and the editor that opens over a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QPlainTextEdit, QWidget

from workshop.ui import theme
from workshop.ui.board.scene import BoardScene


class NoteEntry(QLineEdit):
    """Type a note and press Enter; Tab / Shift+Tab choose the next / previous column.
    Ctrl+Tab / Ctrl+Shift+Tab move on to the next / previous control, and Esc leaves for
    the board (`left`), so the keyboard is never kept here."""

    column_step = Signal(int)
    left = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.focusNextPrevChild(not back)
            else:
                self.column_step.emit(-1 if back else 1)
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            return True
        return super().event(event)


class BoardView(QGraphicsView):
    """The editing board. The facilitator's text size scales the whole view (notes,
    themes and headers grow together, so nothing is cut short), on top of any zoom."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        scene.follow(self)
        self.text_scale = theme.current_text_scale()
        self.scale(self.text_scale, self.text_scale)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        else:
            super().wheelEvent(event)

    def set_text_scale(self, text_scale: float) -> None:
        """Follow a new text size, keeping the zoom the facilitator chose relative to it."""
        if text_scale > 0 and text_scale != self.text_scale:
            factor = text_scale / self.text_scale
            self.text_scale = text_scale
            top_left = self.mapToScene(0, 0)  # what was at the top left stays there
            anchor = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor, factor)
            self.setTransformationAnchor(anchor)
            moved = self.mapFromScene(top_left)
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 4:
            self.scale(factor, factor)

    def fit_all(self) -> None:
        rect = self.scene().board_rect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)


class InPlaceEditor(QPlainTextEdit):
    """Edits a note's words on top of the note: Enter saves, Shift+Enter a new line,
    Esc leaves it as it was."""

    finished = Signal(str, object)  # note id, new text (None when cancelled)

    def __init__(self, note_id: str, text: str, parent: QWidget):
        super().__init__(text, parent)
        self.note_id = note_id
        self._done = False
        self.setAccessibleName(self.tr("Edit note"))
        self.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._finish(self.toPlainText())
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._finish(self.toPlainText())

    def _finish(self, text: str | None) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(self.note_id, text)
            self.deleteLater()
