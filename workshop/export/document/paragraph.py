"""A reportlab paragraph that prints right-to-left and mixed-direction text in order.

reportlab breaks the paragraph into lines in logical (typed) order, as for any text;
only when a line is drawn is it reordered (`bidi_text.reorder_line`), with the levels
resolved once for the whole paragraph. Splitting across pages and measuring therefore
see the text as typed, and the first words of an Urdu note are on its first line, at the
right edge.
"""

from __future__ import annotations

import copy

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from workshop.export.bidi_text import (
    base_is_rtl,
    has_right_to_left,
    line_runs,
    reorder_line,
    resolve_levels,
)


def _line_texts(bl_para) -> list[tuple[list[tuple[str, object]], bool]]:
    """Each line's characters, tagged with the piece (frag) they belong to, and whether
    the line ends a paragraph (a hard line break)."""
    out = []
    if bl_para.kind == 0:
        for _, words in bl_para.lines:
            text = " ".join(words)
            out.append(([(ch, None) for ch in text], False))
        return out
    for line in bl_para.lines:
        chars = []
        for index, frag in enumerate(line.words):
            chars.extend((ch, index) for ch in getattr(frag, "text", "") or "")
        out.append((chars, bool(getattr(line, "lineBreak", False))))
    return out


def visual_lines(bl_para, base_rtl: bool):
    """A copy of reportlab's laid-out lines with each line's words in drawing order."""
    base = 1 if base_rtl else 0
    lines = _line_texts(bl_para)
    drawn: list[list[tuple[str, object, int]]] = []
    start = 0
    while start < len(lines):
        # One bidi paragraph: the lines up to a hard break, joined by the space the
        # line breaking took out.
        end = start
        while end < len(lines) - 1 and not lines[end][1]:
            end += 1
        group = [chars for chars, _ in lines[start : end + 1]]
        joined = " ".join("".join(ch for ch, _ in chars) for chars in group)
        levels = resolve_levels(joined, base)
        offset = 0
        for chars in group:
            drawn.append(reorder_line(chars, levels[offset : offset + len(chars)], base))
            offset += len(chars) + 1
        start = end + 1
    new = copy.copy(bl_para)
    if bl_para.kind == 0:
        new.lines = [
            (extra, "".join(ch for ch, _, _ in line).split(" "))
            for (extra, _), line in zip(bl_para.lines, drawn, strict=True)
        ]
        return new
    new_lines = []
    for line, chars in zip(bl_para.lines, drawn, strict=True):
        words = []
        for ch, index, _ in chars:
            if words and words[-1][0] == index:
                words[-1][1].append(ch)
            else:
                words.append((index, [ch]))
        frags = []
        for index, text in words:
            frag = line.words[index].clone()
            frag.text = "".join(text)
            frags.append(frag)
        # Pieces without text (a link's anchor) keep their place at the start.
        frags = [f for f in line.words if not getattr(f, "text", "")] + frags
        new_line = copy.copy(line)
        new_line.words = frags
        new_lines.append(new_line)
    new.lines = new_lines
    return new


def layout_only(canvas) -> bool:
    """True while a document is laid out only to learn its page numbers (the first pass
    of a report with a contents page): nothing drawn then reaches the file, so the
    flowables that cost most to draw (every paragraph, table and chart) skip drawing."""
    return getattr(canvas, "workshop_layout_only", False)


class BidiParagraph(Paragraph):
    """A Paragraph whose lines are drawn in visual order.

    `base_rtl` is the paragraph's direction (its first strong letter); `right_bullet`
    draws a bullet in the right-hand margin of a right-to-left list item.

    Laying out a page wraps a paragraph more than once at the same width (a table's
    rows, keep-with-next, a report's two passes): the lines broken last time are kept
    and given again while the width, the style and the text are the same.
    """

    base_rtl = False
    right_bullet = ""
    _wrapped: tuple | None = None

    def __init__(self, text, style=None, *args, base_rtl: bool = False, **kwargs):
        super().__init__(text, style, *args, **kwargs)
        self.base_rtl = base_rtl

    def wrap(self, availWidth, availHeight):
        wrapped = self._wrapped
        if (
            wrapped is not None
            and wrapped[0] == availWidth
            and wrapped[1] is self.style
            and wrapped[2] is self.frags
            and self.__dict__.get("blPara") is wrapped[3]
        ):
            self.width, self.height, self._wrapWidths = wrapped[4:]
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:
            self._wrapped = (
                availWidth,
                self.style,
                self.frags,
                self.blPara,
                self.width,
                self.height,
                self._wrapWidths,
            )
        return size

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for index, part in enumerate(parts):
            if isinstance(part, BidiParagraph):
                part.base_rtl = self.base_rtl
                part.right_bullet = self.right_bullet if index == 0 else ""
        return parts

    def _needs_reordering(self) -> bool:
        bl_para = self.blPara
        if bl_para.kind == 0:
            text = " ".join(" ".join(words) for _, words in bl_para.lines)
        else:
            text = "".join(
                getattr(f, "text", "") or "" for line in bl_para.lines for f in line.words
            )
        return has_right_to_left(text)

    def draw(self) -> None:
        if layout_only(self.canv):
            return
        if self.right_bullet:
            self._draw_right_bullet()
        if not self._needs_reordering():
            super().draw()
            return
        logical = self.blPara
        self.blPara = visual_lines(logical, self.base_rtl)
        try:
            super().draw()
        finally:
            self.blPara = logical

    def _draw_right_bullet(self) -> None:
        style = self.style
        bl_para = self.blPara
        first = bl_para if bl_para.kind == 0 else bl_para.lines[0]
        ascent = getattr(first, "ascent", style.fontSize) or style.fontSize
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        canvas.drawRightString(
            self.width - style.bulletIndent, self.height - ascent, self.right_bullet
        )
        canvas.restoreState()


def line_width(text: str, size: float, bold: bool = False) -> float:
    """The printed width of one line of text, each run in its own font."""
    runs = line_runs(text, base_is_rtl(text), bold)
    return sum(stringWidth(run.shown, run.font, size) for run in runs)


def draw_line(
    canvas, text: str, x: float, y: float, size: float, bold: bool = False, right: bool = False
) -> None:
    """Draw one line (a title, a footer) in drawing order, each run in a font that has
    its letters; `right` sets its right end at `x`."""
    runs = line_runs(text, base_is_rtl(text), bold)
    if right:
        x -= sum(stringWidth(run.shown, run.font, size) for run in runs)
    for run in runs:
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.shown)
        x += stringWidth(run.shown, run.font, size)
