"""What the board draws: column lanes, themes and sticky notes.

Items only draw and report gestures upward (the scene turns a finished drag into one
model change); they never write to the programme. Notes paint themselves with cached
static text, and skip the words when zoomed far out, so a 2,000-note board stays smooth.
In presentation, the notes of the theme zoomed to show their whole words.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QStaticText, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workshop.core import boards
from workshop.ui import theme

FLAG_RED = QColor("#B00020")
SELECT_BLUE = QColor("#0B5CAD")
INK = QColor("#141414")
MUTED = QColor("#444444")
NOTE_RECT = QRectF(0, 0, boards.NOTE_W, boards.NOTE_H)
TEXT_AT = QPointF(8, 7)
FOOT_AT = QPointF(8, boards.NOTE_H - 21)
SELECT_YELLOW = QColor("#FFFF00")  # selection and focus in high contrast, as in the app
TEXT_ROOM = boards.NOTE_H - 32  # height for the words above the footer line
# Whole words on a projector: the note's type may shrink to this many scene pixels (zoomed
# to a theme that is still 20 or more on the screen); longer words make the note grow.
WHOLE_WORDS_MIN_PX = 10
# Level of detail: below this scale a note is a few pixels on the screen (18 by 11 at 0.1),
# so it is drawn as a plain rectangle of its colour (red when flagged, the selection colour
# when selected) without pen or antialiasing; a whole 2,000-note board fitted in view is
# then about as quick as bare rectangles.
PLAIN_BELOW = 0.1
WRAP = QTextOption()
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def _tr(text: str) -> str:
    return QCoreApplication.translate("board", text)


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class Look:
    """Fonts and colours for the editing board or the presentation.

    Fonts follow the purpose (larger, bold type for a projector); colours follow contrast:
    the presentation is always high contrast, and the editing board is too when the
    facilitator chose the high-contrast theme (`high_contrast=None` reads that setting).
    The text size setting scales the editing board's view, not these fonts, so notes keep
    their size and layout and a 2,000-note board stays as quick."""

    def __init__(self, presentation: bool, high_contrast: bool | None = None):
        if high_contrast is None:
            high_contrast = theme.is_high_contrast()
        high = presentation or high_contrast
        self.presentation = presentation
        self.high_contrast = high
        self.note_font = _font(16 if presentation else 13, bold=presentation)
        self.small_font = _font(12 if presentation else 11, bold=presentation)
        self.title_font = _font(22 if presentation else 16, bold=True)
        self.prompt_font = _font(12)
        self.background = QColor("#000000") if high else QColor("#FAFAFA")
        self.lane = QColor("#1A1A1A") if high else QColor("#EFEFEF")
        self.frame_fill = QColor("#000000") if high else QColor("#FFFFFF")
        self.frame_ink = QColor("#FFFFFF") if high else INK
        self.flag_ink = QColor("#FF8A80") if high else FLAG_RED  # a flagged theme's frame
        selection = SELECT_YELLOW if high else SELECT_BLUE
        self.select_pen = QPen(selection, 3, Qt.PenStyle.DashLine)
        self.current_pen = QPen(selection, 4)  # the column typed notes go into
        self.note_lines = 5 if presentation else 4


def draw_dots(
    painter: QPainter, right: float, top: float, votes: int, font: QFont, ink: QColor
) -> None:
    """Up to five dots then the number, right-aligned: the number is what counts."""
    if votes <= 0:
        return
    painter.setFont(font)
    label = str(votes)
    width = painter.fontMetrics().horizontalAdvance(label)
    painter.setPen(ink)
    painter.drawText(QPointF(right - width, top + font.pixelSize()), label)
    painter.setBrush(ink)
    painter.setPen(Qt.PenStyle.NoPen)
    radius = 4.5
    x = right - width - 6
    for _ in range(min(votes, 5)):
        painter.drawEllipse(QPointF(x - radius, top + font.pixelSize() / 2 + 2), radius, radius)
        x -= 2 * radius + 3


class NoteItem(QGraphicsItem):
    def __init__(self, row: dict[str, Any], look: Look, editable: bool):
        super().__init__()
        self.look = look
        self.row: dict[str, Any] = row
        self._text: QStaticText | None = None
        self._whole: tuple[QStaticText, QFont, float] | None = None
        self._paint_parts: tuple | None = None
        self.whole_words = False
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        if editable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)
        self.setZValue(2)
        self.setToolTip(row["text"])

    @property
    def note_id(self) -> str:
        return self.row["id"]

    def set_row(self, row: dict[str, Any]) -> None:
        if row["text"] != self.row["text"]:
            if self.whole_words:
                self.prepareGeometryChange()  # a grown note may change its height
            self._text, self._whole = None, None
            self.setToolTip(row["text"])
        self.row = row
        self._paint_parts = None
        self.update()

    def restyle(self) -> None:
        """Forget what was laid out in the old look's fonts and colours."""
        self.prepareGeometryChange()
        self._text, self._whole, self._paint_parts = None, None, None
        self.update()

    def show_whole_words(self, on: bool) -> None:
        """Presentation, zoomed to a theme: every word of the note, in smaller type or on
        a taller note, instead of shortening it with …; residents see what they said."""
        if on == self.whole_words:
            return
        self.prepareGeometryChange()
        self.whole_words = on
        self.setZValue(3 if on else 2)  # a grown note lies over the one below it
        self.update()

    def _grown(self) -> float:
        """How much taller than a note the whole words make it (0 unless showing them)."""
        return self._whole_words()[2] if self.whole_words else 0.0

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, boards.NOTE_W + 6, boards.NOTE_H + self._grown() + 6)

    def _static_text(self) -> QStaticText:
        if self._text is None:
            self._text = self._fitted(self.row["text"])
        return self._text

    def _laid_out(self, words: str, font: QFont) -> QStaticText:
        static = QStaticText(words)
        static.setTextWidth(boards.NOTE_W - 16)
        static.setTextOption(WRAP)
        static.prepare(font=font)
        return static

    def _fitted(self, text: str) -> QStaticText:
        """The note's words wrapped to the note, shortened with … when they overflow."""
        font = self.look.note_font
        static = self._laid_out(text, font)
        if static.size().height() <= TEXT_ROOM:
            return static
        # Keep as many words as fit (a binary search: a few layouts, not one per word).
        words = text.split()
        low, high, best = 1, len(words) - 1, self._laid_out(words[0] + " …", font)
        while low <= high:
            middle = (low + high) // 2
            trial = self._laid_out(" ".join(words[:middle]) + " …", font)
            if trial.size().height() <= TEXT_ROOM:
                best, low = trial, middle + 1
            else:
                high = middle - 1
        return best

    def _whole_words(self) -> tuple[QStaticText, QFont, float]:
        """All the words: in the note's type if they fit, else in the largest smaller type
        that fits, else at the smallest with the note grown to hold them. Laid out only
        for notes shown whole (a theme's few), and kept until the words change."""
        if self._whole is None:
            text = self.row["text"]
            for pixels in range(self.look.note_font.pixelSize(), WHOLE_WORDS_MIN_PX - 1, -1):
                font = _font(pixels, bold=self.look.note_font.bold())
                static = self._laid_out(text, font)
                if static.size().height() <= TEXT_ROOM:
                    break
            self._whole = (static, font, max(0.0, static.size().height() - TEXT_ROOM))
        return self._whole

    def _parts(self) -> tuple:
        """Pens, brush and the footer line, worked out once per change, not per frame."""
        if self._paint_parts is None:
            row = self.row
            flagged = bool(row["significant"])
            fill = QColor(boards.COLOUR_HEX.get(row["colour"], "#FFFFFF"))
            edge = FLAG_RED if flagged else QColor(boards.COLOUR_EDGE.get(row["colour"], "#555"))
            if flagged:
                foot, ink = "★ " + _tr("Significant"), FLAG_RED
            else:
                foot = _tr(boards.NOTE_COLOURS.label(row["colour"]))  # the build collects it
                if row["table_label"]:
                    foot += " · " + row["table_label"]
                ink = MUTED
            footer = QStaticText(foot)
            footer.prepare(font=self.look.small_font)
            self._paint_parts = (QBrush(fill), QPen(edge, 4 if flagged else 1.5), footer, ink)
        return self._paint_parts

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) < PLAIN_BELOW:
            self._paint_plain(painter)
            return
        brush, pen, footer, ink = self._parts()
        grown = self._whole_words()[2] if self.whole_words else 0.0
        rect = NOTE_RECT.adjusted(0, 0, 0, grown) if grown else NOTE_RECT
        painter.setBrush(brush)
        painter.setPen(pen)
        painter.drawRect(rect)
        if self.isSelected():
            painter.setPen(self.look.select_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-3, -3, 3, 3))
        if painter.worldTransform().m11() < 0.3:  # too small to read: colour, flag, selection
            return
        painter.setPen(INK)
        if self.whole_words:
            words, font, _ = self._whole_words()
        else:
            words, font = self._static_text(), self.look.note_font
        painter.setFont(font)
        painter.drawStaticText(TEXT_AT, words)
        painter.setFont(self.look.small_font)
        painter.setPen(ink)
        painter.drawStaticText(FOOT_AT + QPointF(0, grown), footer)
        if self.row["votes"]:
            draw_dots(
                painter,
                boards.NOTE_W - 8,
                boards.NOTE_H - 22 + grown,
                self.row["votes"],
                self.look.small_font,
                INK,
            )

    def _paint_plain(self, painter: QPainter) -> None:
        """Far out: a rectangle of the note's colour (see PLAIN_BELOW)."""
        if self.isSelected():
            colour = self.look.select_pen.color()
        elif self.row["significant"]:
            colour = FLAG_RED
        else:
            colour = self._parts()[0].color()
        hints = painter.renderHints()  # the view does not save the painter's state per item
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(NOTE_RECT, colour)
        painter.setRenderHints(hints)

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "note_edit_requested"):
            scene.note_edit_requested.emit(self.note_id)
        event.accept()


class ClusterItem(QGraphicsItem):
    """A theme: a titled frame around its notes. Dragging the frame carries its notes."""

    def __init__(self, row: dict[str, Any], look: Look, editable: bool):
        super().__init__()
        self.look = look
        self.row = row
        self.size = QSizeF(100, 80)
        self.members: list[NoteItem] = []
        flags = (
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        if editable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)
        self.setZValue(1)
        self._placing = False

    @property
    def cluster_id(self) -> str:
        return self.row["id"]

    def place(self, frame: tuple[float, float, float, float]) -> None:
        x, y, w, h = frame
        self._placing = True
        self.prepareGeometryChange()
        self.size = QSizeF(w, h)
        self.setPos(x, y)
        self._placing = False
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, self.size.width() + 6, self.size.height() + 6)

    def itemChange(self, change, value):
        if (
            change == QGraphicsItem.GraphicsItemChange.ItemPositionChange
            and not self._placing
            and self.scene() is not None
        ):
            delta = value - self.pos()
            for note in self.members:
                if not note.isSelected():  # selected notes already move with the drag
                    note.moveBy(delta.x(), delta.y())
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, self.size.width(), self.size.height())
        flagged = bool(self.row["significant"])
        ink = self.look.flag_ink if flagged else self.look.frame_ink
        if option.levelOfDetailFromTransform(painter.worldTransform()) < PLAIN_BELOW:
            # Far out: the frame alone (its title would be a smudge).
            painter.setBrush(self.look.frame_fill)
            painter.setPen(self.look.select_pen.color() if self.isSelected() else ink)
            painter.drawRect(rect)
            return
        painter.setBrush(self.look.frame_fill)
        painter.setPen(QPen(ink, 4 if flagged else 2))
        painter.drawRoundedRect(rect, 10, 10)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.look.select_pen)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 12, 12)
        title = ("★ " if flagged else "") + self.row["title"]
        font = _font(self.look.title_font.pixelSize() - 1, bold=True)
        painter.setFont(font)
        painter.setPen(ink)
        title_rect = QRectF(10, 4, rect.width() - 100, boards.CLUSTER_TITLE_H - 4)
        elided = painter.fontMetrics().elidedText(
            title, Qt.TextElideMode.ElideRight, int(title_rect.width())
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, elided)
        draw_dots(painter, rect.width() - 10, 8, self.row["votes"], _font(14, True), ink)


LANE_STEP = 4 * (boards.NOTE_H + boards.GAP)


def lane_height(bottom: float) -> float:
    """How far down Qt is told the lanes reach for notes down to `bottom`: below the
    header, a whole number of steps of four rows."""
    steps = max(1, math.ceil((bottom - boards.HEADER_H) / LANE_STEP - 1e-9))
    return boards.HEADER_H + steps * LANE_STEP


class ColumnItem(QGraphicsItem):
    """A column's lane and header (title, prompt). Clicking the header picks the column
    that typed notes go into."""

    def __init__(self, row: dict[str, Any], look: Look):
        super().__init__()
        self.look = look
        self.row = row
        self.height = 600.0  # drawn down to here
        self.reach = 600.0  # what Qt is told the lane covers (see set_height)
        self.current = False
        self.setZValue(0)

    @property
    def column_id(self) -> str:
        return self.row["id"]

    def set_height(self, height: float) -> None:
        """The lane is drawn down to `height`; Qt is told it reaches further, in steps of
        four rows of notes: a new bounding rectangle makes Qt take the lane out of its
        index of the scene and put it back, a cost that grows with the board (0.4 ms a
        row at 10,000 notes), so not on every row typed."""
        reach = lane_height(height)
        if reach != self.reach:
            self.prepareGeometryChange()
            self.reach = reach
        if height != self.height:
            self.height = height
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, boards.LANE_W + 8, self.reach + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.look.lane)
        painter.drawRect(QRectF(0, 0, boards.LANE_W, self.height))
        edge = QColor(boards.COLOUR_EDGE.get(self.row["colour"], "#555555"))
        header = QRectF(0, 0, boards.LANE_W, boards.HEADER_H - 8)
        painter.setBrush(QColor("#000000") if self.look.high_contrast else edge)
        if self.look.high_contrast:
            painter.setPen(QPen(QColor("#FFFFFF"), 2))
        painter.drawRoundedRect(header, 6, 6)
        if self.current and not self.look.presentation:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.look.current_pen)
            painter.drawRoundedRect(header.adjusted(-3, -3, 3, 3), 8, 8)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(self.look.title_font)
        title = self.row["title"]
        if self.current and not self.look.presentation:
            title = "▶ " + title
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        if self.row["prompt"] and not self.look.presentation:
            painter.drawText(QRectF(10, 6, boards.LANE_W - 20, 24), flags, title)
            painter.setFont(self.look.prompt_font)
            painter.drawText(QRectF(10, 30, boards.LANE_W - 20, 34), flags, self.row["prompt"])
        else:
            painter.drawText(
                QRectF(10, 4, boards.LANE_W - 20, boards.HEADER_H - 14),
                flags | Qt.AlignmentFlag.AlignVCenter,
                title,
            )

    def mousePressEvent(self, event) -> None:
        if event.pos().y() < boards.HEADER_H:
            scene = self.scene()
            if scene is not None and hasattr(scene, "column_chosen"):
                scene.column_chosen.emit(self.column_id)
        event.ignore()
