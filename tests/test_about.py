"""Help > About Workshop: the version, the app's icon, and every part shipped with its licence
notice, read from the files that travel in the bundle."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QApplication, QLabel

from workshop import __version__
from workshop.core.store import Programme
from workshop.ui.about import ICON_DIR, LICENCES_DIR, OWN_LICENCE, THIRD_PARTY, AboutDialog
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def window(qtbot, demo_path, errors):
    make_application()
    win = MainWindow(Programme.open(demo_path))
    qtbot.addWidget(win)
    yield win
    win.close()


def test_the_app_and_its_windows_carry_the_workshop_icon(window):
    icon = QApplication.instance().windowIcon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == [16, 24, 32, 48, 64, 128, 256]
    # The window shows the app's icon: the same picture as the 32 px file.
    drawn = window.windowIcon().pixmap(32, 32).toImage()
    assert drawn.pixelColor(28, 4).name() == "#1f6f78"  # the teal tile
    assert drawn.convertToFormat(QImage.Format.Format_ARGB32) == QImage(
        str(ICON_DIR / "workshop-32.png")
    ).convertToFormat(QImage.Format.Format_ARGB32)
    assert (ICON_DIR / "workshop.svg").read_text().startswith("<svg")
    assert (ICON_DIR / "workshop.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_help_about_lists_the_version_and_each_part_with_its_notice(qtbot, window):
    action = window.findChild(QAction, "action_about")
    action.trigger()
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()

    table = dialog.parts
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    licences = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert names[0] == "Workshop" and licences[0] == "MIT"
    assert "MIT License" in dialog.notice.toPlainText()  # the first row is shown at once
    expected = {
        "PySide6 and Qt 6": "LGPL-3.0",
        "ReportLab": "BSD",
        "sqlite-utils": "Apache-2.0",
        "qrcode": "BSD",
        "Pillow": "MIT-CMU",
        "python-bidi": "LGPL",
        "arabic-reshaper": "MIT",
        "pypdfium2 and PDFium": "BSD-3-Clause",
        "DejaVu Sans and Noto Naskh Arabic fonts": "OFL-1.1",
    }
    for name, licence in expected.items():
        row = names.index(name)
        assert licence in licences[row]
        table.setCurrentCell(row, 0)
        shown = dialog.notice.toPlainText()
        assert shown == (LICENCES_DIR / THIRD_PARTY[row - 1].notice).read_text(encoding="utf-8")
        assert re.search(r"Licen[cs]e:", shown)
    dialog.close()


def test_the_version_is_in_the_heading(qtbot, window):
    window._about()
    heading = window.about_dialog.findChild(QLabel, "about_version")
    assert heading.text() == f"Workshop {__version__}"
    window.about_dialog.close()


def test_the_lgpl_notice_says_how_to_replace_qt_and_where_its_source_is():
    qt = (LICENCES_DIR / "PySide6-Qt.txt").read_text(encoding="utf-8")
    assert "GNU Lesser General Public License version 3" in qt
    assert "replace them" in qt and "code.qt.io" in qt


def test_every_notice_travels_in_the_bundle_and_the_wheel():
    assert {p.notice for p in THIRD_PARTY} <= {p.name for p in LICENCES_DIR.glob("*.txt")}
    assert OWN_LICENCE.exists()
    spec = (ROOT / "packaging" / "workshop.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "assets"), "assets")' in spec  # licences and icon inside assets/
    assert '(str(ROOT / "LICENSE"), ".")' in spec
    assert 'icon=str(ROOT / "assets" / "icon" / "workshop.ico")' in spec
