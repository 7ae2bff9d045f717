"""Fonts for everything we print. reportlab's built-in fonts print Welsh (ŵ ŷ) and Polish
(ł ż) letters as boxes, so every PDF uses these bundled TrueType fonts instead."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"

SANS = "WorkshopSans"
SANS_BOLD = "WorkshopSans-Bold"
SANS_ITALIC = "WorkshopSans-Italic"
ARABIC = "WorkshopArabic"
ARABIC_BOLD = "WorkshopArabic-Bold"

_RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


@cache
def register_fonts() -> None:
    """Register the bundled fonts once per process (safe to call often)."""
    pdfmetrics.registerFont(TTFont(SANS, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(SANS_ITALIC, str(FONTS_DIR / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(TTFont(ARABIC, str(FONTS_DIR / "NotoNaskhArabic-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(ARABIC_BOLD, str(FONTS_DIR / "NotoNaskhArabic-Bold.ttf")))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)
    addMapping(ARABIC, 0, 0, ARABIC)
    addMapping(ARABIC, 1, 0, ARABIC_BOLD)
    addMapping(ARABIC, 0, 1, ARABIC)
    addMapping(ARABIC, 1, 1, ARABIC_BOLD)


def is_right_to_left(text: str) -> bool:
    return bool(_RTL.search(text or ""))


def for_print(text: str) -> tuple[str, bool]:
    """Text ready for reportlab, and whether it is right-to-left.

    reportlab cannot join Arabic letters or order right-to-left words itself, so Urdu and
    Arabic are reshaped (joined letter forms) and put in visual order for printing. The
    accessible HTML copy keeps the original text for screen readers and copy/paste.
    """
    if not is_right_to_left(text):
        return text, False
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text)), True
