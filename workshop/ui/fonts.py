"""The fonts Workshop prints with, lent to the screen.

A laptop without an Arabic or Urdu system font drew ے ہ ھ ۔ as boxes on the board, the
list, card mode and the presentation. The app already ships Noto Naskh Arabic (and
DejaVu Sans) for printing; adding them to Qt's application fonts at start-up lets Qt's
font fallback find them for any text that needs them, without changing the look of text
the system fonts already cover.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from workshop.core.paths import FONTS_DIR


def register_bundled_fonts() -> list[str]:
    """Add every bundled font to the application's font database (safe to call again);
    returns the families added."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
