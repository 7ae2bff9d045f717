"""The app's own icon. Apart from the About dialog, whose table and text widgets the
window does not need before it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parents[2] / "assets" / "icon"  # or the bundle's folder


def app_icon() -> QIcon:
    """The app's own icon (assets/icon), every size drawn, so each place picks its own."""
    icon = QIcon()
    for png in sorted(ICON_DIR.glob("workshop-*.png")):
        icon.addFile(str(png))
    return icon
