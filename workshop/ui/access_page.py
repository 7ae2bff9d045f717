"""Access and facilities (GMCA value 11e): what the venue and session provide, and the
adjustments people asked for — the adjustment only, never a diagnosis, never a name."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.core import vocab
from workshop.core.privacy import personal_in
from workshop.core.sessions import format_pounds, session_rows
from workshop.core.store import Change
from workshop.ui.context import AppContext, touches
from workshop.ui.page_layout import intro_label
from workshop.ui.row_table import Column, RowTableEditor


class AccessPage(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        self.provisions = RowTableEditor(
            ctx,
            "access_provisions",
            session_id,
            [
                Column("kind", self.tr("Provision"), "choice", vocab.PROVISION_KINDS),
                Column("language", self.tr("Language"), optional=1),
                Column("status", self.tr("Status"), "choice", vocab.PROVISION_STATUSES),
                Column("note", self.tr("Note"), stretch=True),
                Column("cost_pence", self.tr("Cost"), "money", optional=2),
            ],
            self.tr("Provisions"),
            {"kind": "step_free", "status": "needed"},
            self.tr("provision"),
            hint=self.tr(
                "For a language interpreter, type the language. "
                "Double-click or press F2 to change a cell."
            ),
        )
        self.requests = RowTableEditor(
            ctx,
            "access_requests",
            session_id,
            [
                Column("adjustment", self.tr("Adjustment asked for"), stretch=True),
                Column("outcome", self.tr("Outcome"), "choice", vocab.REQUEST_OUTCOMES),
            ],
            self.tr("Access requests"),
            {"adjustment": self.tr("Describe the adjustment"), "outcome": "pending"},
            self.tr("request"),
            hint=self.tr(
                "Write the adjustment asked for (for example 'seat near the front "
                "to lip-read'), never a diagnosis or a name."
            ),
        )
        # Issue 15: a request holds the adjustment only; warn when it seems to name someone.
        self.request_warning = QLabel()
        self.request_warning.setObjectName("request_warning")
        self.request_warning.setWordWrap(True)
        self.request_warning.setAccessibleName(self.tr("Warning about access requests"))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro_label(
                self.tr(
                    "Supporting people to take part: book what the session needs and record what "
                    "people asked for and whether it was met."
                )
            )
        )
        layout.addWidget(self.provisions, 3)
        layout.addWidget(self.requests, 2)
        layout.addWidget(self.request_warning)
        layout.addWidget(self.summary)
        ctx.bridge.changed.connect(self._on_changes)
        self._show_summary()

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "access_provisions", "access_requests"):
            self._show_summary()

    def _show_summary(self) -> None:
        provisions = session_rows(self.ctx.programme, "access_provisions", self.session_id)
        requests = session_rows(self.ctx.programme, "access_requests", self.session_id)
        warnings = []
        for number, request in enumerate(requests, 1):
            found = personal_in(self.ctx.programme, request["adjustment"])
            if found:
                warnings.append(
                    self.tr(
                        "Request %1 seems to hold a name or contact details (%2). Write the "
                        "adjustment only: the packs take these out, but the file keeps them."
                    )
                    .replace("%1", str(number))
                    .replace("%2", ", ".join(h.text for h in found))
                )
        self.request_warning.setText("\n".join(warnings))
        self.request_warning.setVisible(bool(warnings))
        cost = sum(p["cost_pence"] for p in provisions)
        met = sum(r["outcome"] == "met" for r in requests)
        partly = sum(r["outcome"] == "partly_met" for r in requests)
        self.summary.setText(
            self.tr("%d provisions costing %s · %d of %d requests met, %d partly met")
            % (len(provisions), format_pounds(cost), met, len(requests), partly)
        )
