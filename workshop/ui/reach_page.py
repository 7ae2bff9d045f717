"""Attendance and reach (GMCA value 10): who we hoped to hear from and who came, as
counted on the day. These figures are stored as recorded and never recomputed."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from workshop.core.sessions import next_participant_code, session_rows
from workshop.core.store import Change
from workshop.ui.context import AppContext, touches
from workshop.ui.forms import RowBinder, count_box
from workshop.ui.page_layout import intro_label
from workshop.ui.row_table import Column, RowTableEditor


class ReachPage(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        labels = {
            "attended": self.tr("number who came"),
            "prefer_not_to_say": self.tr("number who preferred not to say"),
        }
        self.binder = RowBinder(
            ctx, "sessions", lambda: session_id, self, describe=lambda f: labels.get(f, f)
        )
        self.attended = self.binder.number(count_box(), "attended")
        self.attended.setAccessibleName(self.tr("Number of people who came"))
        self.attended.setObjectName("attended")
        self.prefer_not = self.binder.number(count_box(), "prefer_not_to_say")
        self.prefer_not.setAccessibleName(self.tr("Number who preferred not to say"))
        self.prefer_not.setObjectName("prefer_not_to_say")
        self.table = RowTableEditor(
            ctx,
            "reach",
            session_id,
            [
                Column("group_name", self.tr("Group"), stretch=True),
                Column("planned", self.tr("Hoped for"), "count"),
                Column("reached", self.tr("Reached"), "count"),
            ],
            self.tr("Who we hoped to reach, and who came"),
            {"group_name": self.tr("New group")},
            self.tr("group"),
            hint=self.tr(
                "One person may be in several groups. Count people as they told you on the day."
            ),
        )
        self.participants = RowTableEditor(
            ctx,
            "participants",
            session_id,
            [
                Column("code", self.tr("Code")),
                Column("name", self.tr("Name (only with consent)"), stretch=True),
                Column("contact", self.tr("Contact (only with consent)"), stretch=True),
                Column("consent_recorded_at", self.tr("Consent recorded on"), "date"),
            ],
            self.tr("Participants (optional)"),
            lambda: {"code": next_participant_code(ctx.programme)},
            self.tr("participant"),
            hint=self.tr(
                "Only if you need to reach someone again, for example to send a written "
                "answer. A code is enough; add a name or contact only after the person has "
                "agreed, and type the date they agreed first, as YYYY-MM-DD (for example "
                "2027-02-04). Names and contacts "
                "are removed on the session's removal date and never appear in a partner pack."
            ),
        )
        self.participants.setObjectName("participants_editor")
        self.gaps = QLabel()
        self.gaps.setWordWrap(True)
        self.gaps.setObjectName("reach_gaps")
        form = QFormLayout()
        form.addRow(self.tr("People &who came"), self.attended)
        form.addRow(self.tr("&Preferred not to say"), self.prefer_not)
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro_label(
                self.tr(
                    "Reaching people who are seldom heard means planning who to reach and checking "
                    "afterwards who came."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.gaps)
        layout.addWidget(self.participants, 1)
        self.binder.refresh()
        ctx.bridge.changed.connect(self._on_changes)
        self._show_gaps()

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "reach"):
            self._show_gaps()

    def _show_gaps(self) -> None:
        rows = session_rows(self.ctx.programme, "reach", self.session_id)
        below = [r["group_name"] for r in rows if r["reached"] < r["planned"]]
        if below:
            self.gaps.setText(self.tr("Below what we hoped for: %s") % "; ".join(below))
        else:
            self.gaps.setText(self.tr("Every group reached what we hoped for."))
