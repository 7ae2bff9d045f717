"""Drawing the small QR mark (`core.paper_marks`) that lets a scan find a printed code:
on the back of a feedback card, and on each monitoring form and evaluation slip."""

from __future__ import annotations

from functools import cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from workshop.core import paper_marks

MODULE = paper_marks.MODULE_MM * mm
SYMBOL = paper_marks.SYMBOL_MM * mm
GAP = paper_marks.GAP_MM * mm


@cache
def mark_rows(code: str) -> tuple[int, ...]:
    """The mark for `code` (7 characters: a version 1 QR code, error correction M), one
    int per row of modules, the leftmost module as the highest bit."""
    qr = qrencoder.QRCode(1, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(code)
    qr.make()
    rows = tuple(int("".join("1" if m else "0" for m in row), 2) for row in qr.modules)
    if len(rows) != paper_marks.MODULES:
        raise ValueError(f"{code!r} does not fit a version 1 mark")
    return rows


def draw_rows(canvas, rows, x: float, top: float) -> None:
    """Dark modules as one filled path, the symbol's top-left corner at (x, top)."""
    n = len(rows)
    ops = [f"q 0 g {MODULE:.5f} 0 0 {-MODULE:.5f} {x:.4f} {top:.4f} cm"]
    for r, bits in enumerate(rows):
        line = format(bits, f"0{n}b")
        start = line.find("1")
        while start >= 0:
            end = line.find("0", start)
            end = n if end < 0 else end
            ops.append(f"{start} {r} {end - start} 1 re")
            start = line.find("1", end)
    ops.append("f Q")
    canvas.addLiteral(" ".join(ops))


def draw_mark(canvas, code: str, x: float, top: float) -> None:
    draw_rows(canvas, mark_rows(code), x, top)


class MarkedLine(Flowable):
    """A paragraph (a form's "Form code:" line) with the mark against the right margin,
    its foot level with the line's foot. The mark rises beside the short heading above
    rather than making the line taller, so a form still fits its page; only a little
    room is added below, for the mark's white border."""

    def __init__(self, paragraph, code: str):
        super().__init__()
        self.paragraph = paragraph
        self.code = code
        self.spaceAfter = paper_marks.QUIET_MM * mm * 0.75

    def wrap(self, available_width, available_height):
        self.width = available_width
        _, self.height = self.paragraph.wrap(available_width - SYMBOL - GAP, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)
        draw_mark(self.canv, self.code, self.width - SYMBOL, SYMBOL)
