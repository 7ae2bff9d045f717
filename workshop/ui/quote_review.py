"""The review before publishing: quotes in which something looks personal.

Before a partner pack or the public "You said, we did" is written, every quote in which
a detector found something that looks personal (a name, contact details, an address, a
postcode, a participant code) is listed with what was found «marked». For each the
facilitator keeps it (contact details and known names are still taken out), prints an
edited version, or leaves it out. Decisions are kept in the programme file, tied to the
exact words, so the next export asks only about new or changed quotes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core.privacy import EDIT, KEEP, LEAVE_OUT, Finding, marked, save_review
from workshop.core.store import Programme
from workshop.ui.window_geometry import FittingDialog

# Columns of the table.
QUOTE, DECISION, EDITED = range(3)


class ReviewQuotesDialog(FittingDialog):
    """One row a quote: the words with what was found «marked», a decision, and the
    edited words (used when the decision is Edit)."""

    def __init__(self, found: list[Finding], parent: QWidget | None = None):
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Review quotes before publishing"))
        self.setMinimumSize(760, 420)
        intro = QLabel(
            self.tr(
                "Something in these quotes looks personal: it is «marked». Keep a quote "
                "(contact details, addresses, codes and known names are still taken out), "
                "edit it, or leave it out. Quotes you leave undecided are left out."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(found), 3)
        self.table.setAccessibleName(self.tr("Quotes to review"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Quote"), self.tr("Decision"), self.tr("Edited words")]
        )
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(QUOTE, 380)
        self.table.setColumnWidth(DECISION, 150)
        for row, finding in enumerate(found):
            item = QTableWidgetItem(marked(finding))
            item.setToolTip(self.tr("Found: %1").replace("%1", ", ".join(finding.kinds())))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, QUOTE, item)
            choice = QComboBox()
            choice.setAccessibleName(self.tr("Decision for quote %1").replace("%1", str(row + 1)))
            choice.addItem(self.tr("Leave out"), LEAVE_OUT)
            choice.addItem(self.tr("Keep"), KEEP)
            choice.addItem(self.tr("Edit"), EDIT)
            self.table.setCellWidget(row, DECISION, choice)
            self.table.setItem(row, EDITED, QTableWidgetItem(finding.printed))
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save decisions"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def set_decision(self, row: int, decision: str, edited: str | None = None) -> None:
        combo: QComboBox = self.table.cellWidget(row, DECISION)
        combo.setCurrentIndex(combo.findData(decision))
        if edited is not None:
            self.table.item(row, EDITED).setText(edited)

    def decisions(self) -> list[tuple[Finding, str, str]]:
        out = []
        for row, finding in enumerate(self.found):
            decision = self.table.cellWidget(row, DECISION).currentData()
            edited = self.table.item(row, EDITED).text()
            if decision == EDIT and not edited.strip():
                decision = LEAVE_OUT
            out.append((finding, decision, edited))
        return out

    def save(self, programme: Programme) -> None:
        with programme.transaction():
            for finding, decision, edited in self.decisions():
                save_review(programme, finding, decision, edited)


def review_then(
    parent: QWidget,
    programme: Programme,
    audience: str,
    session_id: str | None,
    then: Callable[[], None],
) -> ReviewQuotesDialog | None:
    """Ask about the quotes that need a review (if any), save the decisions, then carry
    on with `then`. Cancelling the review cancels the export. Returns the dialog shown."""
    # Imported here: building the documents brings reportlab, not needed at start-up.
    from workshop.export.review import findings

    found = findings(programme, audience, session_id)
    if not found:
        then()
        return None
    dialog = ReviewQuotesDialog(found, parent)

    def accepted() -> None:
        dialog.save(programme)
        then()

    dialog.accepted.connect(accepted)
    parent._quote_review = dialog  # keep it alive while it is shown
    dialog.open()
    return dialog
