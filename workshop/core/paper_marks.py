"""The small machine-readable mark printed beside a code on paper that can come back (the
back of a feedback card, a monitoring form, an evaluation slip), and where the writing
sits around it, so a scan can find the code and crop what was written. Qt-free and
image-free: the printing (`export`) and the reading (`paperscan`) both take their sizes
from here, so they cannot drift apart.

The mark is a QR code, version 1 (21 × 21 modules), holding only the seven characters
of the code. Not a Data Matrix: reportlab only encodes the 44 × 44 kind, while its QR
encoder is the one the cards already use; zxing-cpp reads both and gives a QR code's
four corners in the symbol's own orientation, which is all the straightening needs.

Places are in millimetres from the symbol's top-left corner, x to the right and y down
the page as printed (so they hold whichever way up the paper was scanned).
"""

from __future__ import annotations

from dataclasses import dataclass

MODULE_MM = 0.6
MODULES = 21  # a version 1 QR code
SYMBOL_MM = MODULE_MM * MODULES  # 12.6 mm
QUIET_MM = 4 * MODULE_MM  # the white border the standard asks for
# Between the mark and the printed code beside it.
GAP_MM = 2.0

CARD = "card"
MONITORING = "monitoring"
EVALUATION = "evaluation"
KINDS = (CARD, MONITORING, EVALUATION)

# A card's size and padding in mm by (layout, large print), as feedback_cards_pdf lays
# them out (a test holds the two together).
CARD_SIZES_MM: dict[tuple[str, bool], tuple[float, float, float]] = {
    ("a4_sheet", False): (95.0, 136.5, 5.0),
    ("a4_sheet", True): (190.0, 136.5, 6.0),
    ("a6", False): (105.0, 148.0, 7.0),
    ("a6", True): (148.0, 210.0, 6.0),
}

# Handout forms (monitoring, evaluation): the mark sits at the right-hand end of the
# "Form code:" line, against the right margin of an A4 page's text.
PAGE_W_MM = 210.0
PAGE_H_MM = 297.0
FORM_TEXT_W_MM = PAGE_W_MM - 2 * (20 + 6 / 72 * 25.4)  # RUNNING_TEXT's side margins
# From the top of the form (its heading) to the mark's top, at most (large print).
FORM_HEAD_MM = 24.0
# How far down a form's writing can reach below its mark: a monitoring form fills its
# page; an evaluation slip (three a page) stops at the next slip's mark.
FORM_DEPTH_MM = {MONITORING: 270.0, EVALUATION: 110.0}
# What a crop keeps beyond the printed area, for skew and a photo's perspective.
SLACK_MM = 4.0


@dataclass(frozen=True)
class Area:
    """A rectangle in mm from the mark's top-left corner (x right, y down)."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def grown(self, by: float) -> Area:
        return Area(self.left - by, self.top - by, self.right + by, self.bottom + by)


def card_size(layout: str, large_print: bool) -> tuple[float, float, float]:
    """(width, height, padding) of a card in mm; an unknown layout is a standard card."""
    return CARD_SIZES_MM.get((layout, bool(large_print)), CARD_SIZES_MM[("a4_sheet", False)])


def card_back_area(layout: str, large_print: bool) -> Area:
    """The whole back of a card (its title, lines and what is printed under them): the
    mark's top-right corner sits at the card's padding, top right."""
    width, height, pad = card_size(layout, large_print)
    return Area(-(width - pad - SYMBOL_MM), -pad, SYMBOL_MM + pad, height - pad)


def form_area(kind: str) -> Area:
    """A monitoring form or evaluation slip: the width of the page's text, from its
    heading down as far as a form of this kind reaches."""
    return Area(-(FORM_TEXT_W_MM - SYMBOL_MM), -FORM_HEAD_MM, SYMBOL_MM, FORM_DEPTH_MM[kind])
