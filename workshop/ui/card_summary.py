"""The Summary tab of scenario card mode: reactions to each card of the deck across every
table and session, and what each table said about the chosen card."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workshop.core import card_responses
from workshop.core.card_responses import REACTIONS, TEXT_FIELDS
from workshop.ui.context import AppContext
from workshop.ui.tables import fit_table

if TYPE_CHECKING:  # the page builds this view; the type is only for annotations
    from workshop.ui.card_mode import CardModePage


def escape(text: str) -> str:
    return html.escape(text, quote=False)


class CardSummaryView(QWidget):
    """Reactions to each card of the deck across every table and session."""

    COLUMNS = [c.key for c in REACTIONS]

    def __init__(self, ctx: AppContext, page: CardModePage):
        super().__init__(page)
        self.ctx, self.page = ctx, page
        self.table = QTableWidget(0, 2 + len(self.COLUMNS))
        self.table.setObjectName("card_summary")
        self.table.setAccessibleName(self.tr("Reactions to each card"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Card"), *[self.tr(c.label) for c in REACTIONS], self.tr("Tables")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_table(self.table, stretch=[0])
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QTextBrowser()
        self.detail.setObjectName("card_summary_detail")
        self.detail.setAccessibleName(self.tr("What every table said about the chosen card"))
        note = QLabel(
            self.tr(
                "Counts are tables, across every session in this programme. "
                "Choose a card to read what each table said."
            )
        )
        note.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        self.summaries: list[card_responses.CardSummary] = []

    def refresh(self) -> None:
        programme = self.ctx.programme
        cards = self.page.cards
        self.summaries = [card_responses.card_summary(programme, c.id) for c in cards]
        for summary, card in zip(self.summaries, cards, strict=True):
            summary.title = card.title
        self.table.setRowCount(len(self.summaries))
        bold = QFont()
        bold.setBold(True)
        for row, summary in enumerate(self.summaries):
            values = [
                summary.title,
                *[str(summary.counts[k]) for k in self.COLUMNS],
                str(len(summary.responses)),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            counts = [summary.counts[k] for k in self.COLUMNS]
            if max(counts) and counts.count(max(counts)) == 1:  # the clear favourite
                self.table.item(row, 1 + counts.index(max(counts))).setFont(bold)
        if self.summaries and not self.table.selectedItems():
            self.table.selectRow(min(self.page.index, len(self.summaries) - 1))
        self._show_detail()

    def _reaction_text(self, key: str) -> str:
        label = REACTIONS.label(key)
        return self.tr(label) if label else self.tr("no reaction")

    def _summary_line(self, summary: card_responses.CardSummary) -> str:
        """'3 Comfortable, 1 Not comfortable': words, so colour is never needed."""
        parts = [
            self.tr("%1 %2")
            .replace("%1", str(summary.counts[c.key]))
            .replace("%2", self.tr(c.label))
            for c in REACTIONS
            if summary.counts[c.key]
        ]
        return self.tr(", ").join(parts) if parts else self.tr("No reactions yet")

    def _show_detail(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.summaries):
            self.detail.clear()
            return
        summary = self.summaries[rows[0].row()]
        parts = [f"<h3>{escape(summary.title)}</h3><p>{escape(self._summary_line(summary))}</p>"]
        for session_title, table, response in summary.responses:
            parts.append(
                f"<p><b>{escape(session_title)} — {escape(table)}</b>: "
                f"{escape(self._reaction_text(response['reaction']))}"
            )
            for name in TEXT_FIELDS:
                if response[name].strip():
                    parts.append(
                        f"<br>{escape(self.tr(card_responses.FIELD_LABELS[name]))}: "
                        f"{escape(response[name].strip())}"
                    )
            parts.append("</p>")
        self.detail.setHtml("".join(parts))
