"""Help > About Workshop: the version, Workshop's own licence, and every third-party part
shipped in the app folder with its licence notice (assets/licences/, also in the bundle:
the LGPL asks that people who receive Qt are told so and where its source is)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop import __version__
from workshop.ui.app_icon import ICON_DIR, app_icon
from workshop.ui.tables import fit_table
from workshop.ui.window_geometry import FittingDialog

__all__ = ["ICON_DIR", "THIRD_PARTY", "AboutDialog", "app_icon", "show_about"]

ROOT = Path(__file__).resolve().parents[2]  # the source tree, or the bundle's folder
LICENCES_DIR = ROOT / "assets" / "licences"
OWN_LICENCE = ROOT / "LICENSE"


@dataclass(frozen=True)
class ThirdParty:
    name: str
    licence: str  # as its authors name it (SPDX where there is one)
    notice: str  # file in assets/licences/


THIRD_PARTY = [
    ThirdParty("PySide6 and Qt 6", "LGPL-3.0-only", "PySide6-Qt.txt"),
    ThirdParty("ReportLab", "BSD-3-Clause", "reportlab.txt"),
    ThirdParty("sqlite-utils", "Apache-2.0", "sqlite-utils.txt"),
    ThirdParty("qrcode", "BSD-3-Clause", "qrcode.txt"),
    ThirdParty("Pillow", "MIT-CMU", "Pillow.txt"),
    ThirdParty("python-bidi", "LGPL-3.0-or-later", "python-bidi.txt"),
    ThirdParty("arabic-reshaper", "MIT", "arabic-reshaper.txt"),
    ThirdParty(
        "pypdfium2 and PDFium", "Apache-2.0 or BSD-3-Clause; PDFium BSD-3-Clause", "pypdfium2.txt"
    ),
    ThirdParty("DejaVu Sans and Noto Naskh Arabic fonts", "Bitstream Vera; OFL-1.1", "fonts.txt"),
]


def notice_text(part: ThirdParty) -> str:
    return (LICENCES_DIR / part.notice).read_text(encoding="utf-8")


class AboutDialog(FittingDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Workshop"))
        self.setWindowIcon(app_icon())
        self.resize(640, 560)
        layout = QVBoxLayout(self)

        heading = QLabel(self.tr("Workshop %1").replace("%1", __version__))
        heading.setObjectName("about_version")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        summary = QLabel(
            self.tr(
                "Run co-production sessions with residents about automated decisions and AI "
                "in public services. Works without the internet; everything is saved as you "
                "go in one programme file."
            )
            + "\n\n"
            + self.tr(
                "Workshop is free software under the MIT licence. It is built on the parts "
                "below, each under its own licence. Choose one to read its notice."
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)

        self.parts = QTableWidget(len(THIRD_PARTY) + 1, 2, self)
        self.parts.setObjectName("about_parts")
        self.parts.setAccessibleName(self.tr("Parts and their licences"))
        self.parts.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Licence")])
        self.parts.verticalHeader().hide()
        self.parts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rows = [("Workshop", "MIT")] + [(p.name, p.licence) for p in THIRD_PARTY]
        for row, (name, licence) in enumerate(rows):
            self.parts.setItem(row, 0, QTableWidgetItem(name))
            self.parts.setItem(row, 1, QTableWidgetItem(licence))
        header = self.parts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_table(self.parts, stretch=[1])
        layout.addWidget(self.parts, 1)

        self.notice = QPlainTextEdit(self)
        self.notice.setObjectName("about_notice")
        self.notice.setReadOnly(True)
        self.notice.setAccessibleName(self.tr("Licence notice"))
        layout.addWidget(self.notice, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.parts.currentCellChanged.connect(lambda row, *_: self.show_notice(row))
        self.parts.setCurrentCell(0, 0)
        self.parts.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_notice(self, row: int) -> None:
        if row <= 0:
            text = OWN_LICENCE.read_text(encoding="utf-8")
        else:
            text = notice_text(THIRD_PARTY[row - 1])
        self.notice.setPlainText(text)


def show_about(parent: QWidget) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
