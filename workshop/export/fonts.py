"""Fonts for everything we print. reportlab's built-in fonts print Welsh (ŵ ŷ) and Polish
(ł ż) letters as boxes, so every PDF uses these bundled TrueType fonts instead: DejaVu Sans
for Latin (Welsh, Polish, Romanian, Somali…), Noto Naskh Arabic for Arabic and Urdu.

Naskh, not Nastaliq, for Urdu: Nastaliq's cascading joins exist only through OpenType
shaping (GSUB/GPOS contextual lookups), and neither reportlab without HarfBuzz nor Pillow
without libraqm shapes; Naskh's joined letters are in the font as presentation forms,
which `bidi_text.join_letters` can pick without a shaper, so Urdu prints readably
everywhere. Line order and joining are in `bidi_text`."""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop.core.paths import FONTS_DIR

SANS = "WorkshopSans"
SANS_BOLD = "WorkshopSans-Bold"
SANS_ITALIC = "WorkshopSans-Italic"
ARABIC = "WorkshopArabic"
ARABIC_BOLD = "WorkshopArabic-Bold"

_BIDI_CONTROLS = [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
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
    # Bidi controls (isolates, marks) steer the order of a line and are never drawn;
    # without a width of nought they would count as a missing glyph's width in wrapping.
    for name in (SANS, SANS_BOLD, SANS_ITALIC, ARABIC, ARABIC_BOLD):
        widths = pdfmetrics.getFont(name).face.charWidths
        for code in _BIDI_CONTROLS:
            widths[code] = 0


def is_right_to_left(text: str) -> bool:
    return bool(_RTL.search(text or ""))
