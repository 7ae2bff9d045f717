"""Incentives (GMCA value 11d): what people are given for their time, against the budget."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from workshop.core import vocab
from workshop.core.sessions import format_pounds, incentive_totals
from workshop.core.store import Change
from workshop.ui.context import AppContext, touches
from workshop.ui.forms import RowBinder, money_box
from workshop.ui.page_layout import intro_label
from workshop.ui.row_table import Column, RowTableEditor


class IncentivesPage(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        self.binder = RowBinder(
            ctx,
            "sessions",
            lambda: session_id,
            self,
            describe=lambda f: self.tr("incentive budget"),
        )
        self.budget = self.binder.money(money_box(), "incentive_budget_pence")
        self.budget.setAccessibleName(self.tr("Incentive budget for this session"))
        self.budget.setObjectName("incentive_budget")
        self.table = RowTableEditor(
            ctx,
            "incentives",
            session_id,
            [
                Column("kind", self.tr("Kind"), "choice", vocab.INCENTIVE_KINDS, optional=1),
                Column("description", self.tr("Description"), stretch=True),
                Column("unit_pence", self.tr("Value of each"), "money"),
                Column("planned", self.tr("Planned"), "count"),
                Column("given", self.tr("Given"), "count"),
            ],
            self.tr("Incentives"),
            {"kind": "voucher"},
            self.tr("incentive"),
            hint=self.tr("Who received an incentive is personal data and is not kept here."),
        )
        # A programme-wide finance rule, set where incentives are: it changes every
        # session's printed receipts.
        self.finance = RowBinder(
            ctx,
            "programme",
            lambda: ctx.programme.programme()["id"],
            self,
            describe=lambda f: self.tr("receipt signatures"),
        )
        self.signed = QCheckBox(self.tr("Receipts need a si&gnature"))
        self.signed.setObjectName("receipts_need_signature")
        self.finance.custom(
            "receipts_need_signature",
            lambda value: self.signed.setChecked(bool(value)),
            lambda: int(self.signed.isChecked()),
        )
        self.signed.clicked.connect(lambda _=False: self.finance.commit("receipts_need_signature"))
        self.signed_note = QLabel(
            self.tr(
                "Tick this when your finance rules need a signature on each receipt (it "
                "applies to every session). Printed receipts then have lines for a name and "
                "signature, and say they are personal data kept apart from the record until "
                "the purge date. When not ticked, receipts carry no name."
            )
        )
        self.signed_note.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("incentive_totals")
        self.totals.setAccessibleName(self.tr("Incentive totals"))
        form = QFormLayout()
        form.addRow(self.tr("Session &budget"), self.budget)
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro_label(
                self.tr(
                    "Paying people for their time and costs helps people take part who otherwise "
                    "could not. Planned and given totals are worked out for you."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.signed)
        layout.addWidget(self.signed_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.binder.refresh()
        self.finance.refresh()
        ctx.bridge.changed.connect(self._on_changes)
        self._show_totals()

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "incentives", "sessions"):
            self._show_totals()

    def _show_totals(self) -> None:
        totals = incentive_totals(self.ctx.programme, self.session_id)
        left = totals["left_pence"]
        over = self.tr(" — over budget") if left < 0 else ""
        self.totals.setText(
            self.tr("Planned %s · Given %s · Budget %s · Left %s%s")
            % (
                format_pounds(totals["planned_pence"]),
                format_pounds(totals["given_pence"]),
                format_pounds(totals["budget_pence"]),
                format_pounds(left),
                over,
            )
        )
