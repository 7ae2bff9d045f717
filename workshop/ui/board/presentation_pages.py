"""The board on a projector, a page at a time: each theme's notes, then each column's notes
not in a theme, laid out in a grid that fills the screen, every word of every note in type
no smaller than 24 pt as seen on a 1024x768 projector (32 px there, more on a taller
screen). A group too big for one page at that size goes on as many pages as it needs,
"Hopes (2 of 3)"; a single note too long for a page alone is the only one set smaller.

The layout is worked out from font metrics alone (`lay_out`), so a test can check what is
drawn: the type size, each note's box inside the window, each note's words inside its box.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from workshop.core import boards
from workshop.core.store import Programme

MIN_PT = 24  # on a 1024x768 projector
REFERENCE_HEIGHT = 768
GAP = 16  # between notes, and round the page
PAD = 12  # inside a note
INK = QColor("#141414")
FLAG_RED = QColor("#B00020")
WRAP = int(Qt.TextFlag.TextWordWrap)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresentationPages", text)


def min_note_px(screen_height: int) -> int:
    """The smallest note type on a screen this tall: 24 pt at 96 dpi on a 768-px-high
    projector (32 px), growing with taller screens so it looks the same size."""
    base = MIN_PT * 96 / 72
    return math.ceil(base * max(1.0, screen_height / REFERENCE_HEIGHT))


def note_font(pixels: int) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, pixels))
    font.setBold(True)
    return font


def footer_of(note: dict[str, Any]) -> str:
    """The line under a note: flagged, its table, its dots."""
    parts = []
    if note["significant"]:
        parts.append("★ " + _tr("Significant"))
    if note["table_label"]:
        parts.append(note["table_label"])
    if note["votes"]:
        parts.append("●" * min(note["votes"], 10))
    return " · ".join(parts)


@dataclass
class Page:
    title: str
    notes: list[dict[str, Any]]
    part: int = 1
    parts: int = 1

    def heading(self) -> str:
        if self.parts == 1:
            return self.title
        return (
            _tr("%1 (%2 of %3)")
            .replace("%1", self.title)
            .replace("%2", str(self.part))
            .replace("%3", str(self.parts))
        )


@dataclass
class Layout:
    """Where each note of a page goes, and the type size they share."""

    pixels: int
    boxes: list[QRect] = field(default_factory=list)  # one per note, in the page's order
    columns: int = 1


class _Measure:
    """Text heights at a type size and width, remembered (a page is tried many ways)."""

    def __init__(self) -> None:
        self.metrics: dict[int, QFontMetrics] = {}
        self.heights: dict[tuple[str, int, int], int] = {}

    def height(self, text: str, pixels: int, width: int) -> int:
        key = (text, pixels, width)
        if key not in self.heights:
            if pixels not in self.metrics:
                self.metrics[pixels] = QFontMetrics(note_font(pixels))
            box = self.metrics[pixels].boundingRect(QRect(0, 0, width, 1_000_000), WRAP, text)
            self.heights[key] = box.height() if box.width() <= width else 1_000_000
        return self.heights[key]

    def footer_height(self, pixels: int) -> int:
        return QFontMetrics(note_font(footer_px(pixels))).height()


def footer_px(pixels: int) -> int:
    return max(12, round(pixels * 0.6))


def _grid(
    notes: list[dict[str, Any]], pixels: int, area: QRect, measure: _Measure
) -> Layout | None:
    """The notes in the fewest rows whose boxes hold every word at `pixels`; None if no
    grid does."""
    count = len(notes)
    footer = measure.footer_height(pixels) + 4
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        width = (area.width() - (columns + 1) * GAP) // columns
        height = (area.height() - (rows + 1) * GAP) // rows
        inner_w, inner_h = width - 2 * PAD, height - 2 * PAD - footer
        if inner_w < pixels * 4 or inner_h < pixels:
            continue
        if all(measure.height(n["text"], pixels, inner_w) <= inner_h for n in notes):
            boxes = [
                QRect(
                    area.left() + GAP + (i % columns) * (width + GAP),
                    area.top() + GAP + (i // columns) * (height + GAP),
                    width,
                    height,
                )
                for i in range(count)
            ]
            return Layout(pixels, boxes, columns)
    return None


def lay_out(
    notes: list[dict[str, Any]], area: QRect, smallest: int, measure: _Measure | None = None
) -> Layout:
    """The largest type (from a sixth of the page's height down to `smallest`) at which
    every note fits whole; below `smallest` only for a note alone on its page that is too
    long for it."""
    measure = measure or _Measure()
    if not notes:
        return Layout(smallest)
    pixels = max(smallest, area.height() // 6)
    while pixels >= smallest:
        found = _grid(notes, pixels, area, measure)
        if found is not None:
            return found
        pixels = min(pixels - 1, int(pixels * 0.94))
    for pixels in range(smallest - 1, 5, -1):  # one very long note
        found = _grid(notes, pixels, area, measure)
        if found is not None:
            return found
    return Layout(6, [area.adjusted(GAP, GAP, -GAP, -GAP)] * len(notes))


def paginate(
    title: str, notes: list[dict[str, Any]], area: QRect, smallest: int, measure: _Measure
) -> list[Page]:
    """`notes` in order on as few pages as hold them at `smallest` type or larger."""
    pages: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    for note in notes:
        trial = [*current, note]
        if not current or _grid(trial, smallest, area, measure) is not None:
            current = trial
        else:
            pages.append(current)
            current = [note]
    if current:
        pages.append(current)
    return [Page(title, chunk, part, len(pages)) for part, chunk in enumerate(pages, start=1)]


def _in_order(notes: list[dict[str, Any]], column_order: dict[str, int]) -> list[dict[str, Any]]:
    return sorted(notes, key=lambda n: (column_order.get(n["column_id"], 0), n["y"], n["x"]))


def board_pages(programme: Programme, exercise_id: str, area: QRect, smallest: int) -> list[Page]:
    """Each theme (left to right, as on the board), then each column's notes that are in
    no theme; empty ones left out."""
    measure = _Measure()
    columns = boards.columns(programme, exercise_id)
    order = {c["id"]: i for i, c in enumerate(columns)}
    notes = boards.notes(programme, exercise_id)
    pages: list[Page] = []
    lefts = boards.column_lefts(columns)
    themes = boards.clusters(programme, exercise_id)
    members: dict[str, list[dict[str, Any]]] = {t["id"]: [] for t in themes}
    loose: dict[str, list[dict[str, Any]]] = {c["id"]: [] for c in columns}
    for note in notes:
        if note["cluster_id"] in members:
            members[note["cluster_id"]].append(note)
        else:
            loose.setdefault(note["column_id"], []).append(note)

    def theme_place(theme: dict[str, Any]) -> tuple[float, float]:
        held = members[theme["id"]]
        if not held:
            return theme["x"], theme["y"]
        spots = [boards.note_scene_pos(n, lefts) for n in held]
        return min(x for x, _ in spots), min(y for _, y in spots)

    for theme in sorted(themes, key=theme_place):
        if members[theme["id"]]:
            pages += paginate(
                theme["title"], _in_order(members[theme["id"]], order), area, smallest, measure
            )
    for column in columns:
        if loose.get(column["id"]):
            pages += paginate(
                column["title"], _in_order(loose[column["id"]], order), area, smallest, measure
            )
    return pages


class NotesPage(QWidget):
    """Draws one page of notes, whole, as large as the page allows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("presentation_notes")
        self.page: Page | None = None
        self.smallest = min_note_px(REFERENCE_HEIGHT)
        self.layout_now = Layout(self.smallest)

    def show_page(self, page: Page | None, smallest: int) -> None:
        self.page, self.smallest = page, smallest
        self._lay_out()
        self.update()

    def _lay_out(self) -> None:
        notes = self.page.notes if self.page else []
        self.layout_now = lay_out(notes, self.rect(), self.smallest)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def paintEvent(self, event) -> None:
        if self.page is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self.layout_now
        font = note_font(layout.pixels)
        small = note_font(footer_px(layout.pixels))
        small_height = QFontMetrics(small).height()
        for note, box in zip(self.page.notes, layout.boxes, strict=False):
            flagged = bool(note["significant"])
            painter.setBrush(QColor(boards.COLOUR_HEX.get(note["colour"], "#FFFFFF")))
            painter.setPen(QPen(FLAG_RED if flagged else QColor("#FFFFFF"), 5 if flagged else 2))
            painter.drawRoundedRect(QRectF(box), 6, 6)
            inner = box.adjusted(PAD, PAD, -PAD, -PAD - small_height - 4)
            painter.setPen(INK)
            painter.setFont(font)
            painter.drawText(inner, WRAP | int(Qt.AlignmentFlag.AlignTop), note["text"])
            footer = footer_of(note)
            if footer:
                painter.setFont(small)
                painter.setPen(FLAG_RED if flagged else INK)
                foot = QRect(inner.left(), inner.bottom() + 4, inner.width(), small_height)
                painter.drawText(foot, int(Qt.AlignmentFlag.AlignLeft), footer)
        painter.end()
