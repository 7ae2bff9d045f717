"""Render assets/icon/workshop.svg to the PNG sizes and the Windows .ico the app and the
bundle use. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen python tools/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[1] / "assets" / "icon"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICON_DIR / "workshop.svg"))
    if not renderer.isValid():
        print("make_icon: the SVG could not be read")
        return 1
    pngs = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICON_DIR / f"workshop-{size}.png"
        image.save(str(path))
        pngs.append(path)
    with Image.open(ICON_DIR / "workshop-256.png") as largest:
        largest.save(ICON_DIR / "workshop.ico", sizes=[(s, s) for s in SIZES])
    print(f"make_icon: {len(pngs)} PNGs and workshop.ico in {ICON_DIR}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
