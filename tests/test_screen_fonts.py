"""Urdu and Arabic notes on screen on a machine without Arabic-script system fonts: the
fonts shipped for printing are lent to Qt at start-up, so no letter is drawn as a box."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

from workshop.ui.fonts import register_bundled_fonts

URDU = "یہ ہماری ضرورت ہے۔ کھانا اور گھر"
ARABIC = "نريد أن نعرف من يتخذ القرار، الإنسان أم الحاسوب؟ قرارًا"
MIXED = "Tai a chartrefi – Housing – السكن ۔ ے ہ ھ"


def _missing_glyphs(text: str) -> list[str]:
    """Fonts whose glyph 0 (the box) a layout of `text` in the app's font would draw."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    missing = []
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            missing.append(run.rawFont().familyName())
    return missing


def test_the_bundled_fonts_are_registered_and_cover_urdu_and_arabic(qapp):
    families = register_bundled_fonts()
    assert "Noto Naskh Arabic" in families
    for text in (URDU, ARABIC, MIXED):
        assert _missing_glyphs(text) == [], text


def test_the_app_registers_them_at_start_up(qapp):
    from PySide6.QtGui import QFontDatabase

    from workshop.ui.app import make_application

    make_application()
    assert "Noto Naskh Arabic" in QFontDatabase.families()
