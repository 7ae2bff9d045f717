"""The programme at a glance: sessions by date, who we reached against who we hoped to
reach (groups below target stand out), access requests met, incentives against budget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core.disclosure import FEWER, count_text
from workshop.core.overview import programme_overview
from workshop.core.sessions import format_pounds
from workshop.core.store import Change
from workshop.core.vocab import SESSION_STATUSES
from workshop.ui.context import AppContext
from workshop.ui.page_layout import page_with_scroll
from workshop.ui.session_list import describe_when
from workshop.ui.tables import fit_table

WATCHED = {
    "programme",
    "sessions",
    "reach",
    "access_requests",
    "incentives",
    "access_provisions",
    "monitoring_returns",
}


def _titled_box(title: str, inner=None):
    """A box whose title wraps: a group box's own title never does, and the Welsh at 200 %
    made the reach box 930 px wide, scrolling the page sideways on a 1024 px screen."""
    box = QGroupBox()
    box.setAccessibleName(title)
    outer = QVBoxLayout(box)
    heading = QLabel(title)
    heading.setObjectName("box_heading")
    heading.setWordWrap(True)
    heading.setStyleSheet("font-weight: bold")
    outer.addWidget(heading)
    inner = QGridLayout() if inner is None else inner
    outer.addLayout(inner)
    return box, inner


class OverviewPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OverviewPage")
        self.ctx = ctx
        self.content = QWidget()
        self.layout_ = QVBoxLayout(self.content)
        page_with_scroll(self, self.content)
        ctx.bridge.changed.connect(self._on_changes)
        self.rebuild()

    def _on_changes(self, changes: list[Change]) -> None:
        if any(c.table in WATCHED for c in changes):
            self.rebuild()

    def rebuild(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        programme = self.ctx.programme.programme()
        overview = programme_overview(self.ctx.programme)

        title = QLabel(programme["title"] or self.tr("Untitled programme"))
        title.setObjectName("screen_heading")
        title.setWordWrap(True)
        org = QLabel(programme["organisation"])
        org.setObjectName("hint")
        self.layout_.addWidget(title)
        self.layout_.addWidget(org)

        figures = QLabel(
            self.tr(
                "<b>%d</b> sessions · <b>%d</b> people came (%d preferred not to say about "
                "themselves) · <b>%d of %d</b> access requests met, %d partly · incentives "
                "given <b>%s</b> of a %s budget · access provisions cost %s"
            )
            % (
                len(overview.sessions),
                overview.attended,
                overview.prefer_not_to_say,
                overview.requests_met,
                overview.requests_total,
                overview.requests_partly_met,
                format_pounds(overview.incentive_spent_pence),
                format_pounds(overview.incentive_budget_pence),
                format_pounds(overview.provision_cost_pence),
            )
        )
        figures.setWordWrap(True)
        figures.setObjectName("overview_figures")
        self.layout_.addWidget(figures)

        self.layout_.addWidget(self._sessions_box(overview.sessions))
        self.layout_.addWidget(self._reach_box(overview.reach, overview.sessions_held))
        self.layout_.addWidget(self._described_box(overview))
        self.layout_.addStretch(1)

    def _sessions_box(self, sessions: list[dict]) -> QGroupBox:
        box, layout = _titled_box(self.tr("Sessions by date"), QVBoxLayout())
        table = QTableWidget(len(sessions), 4)
        table.setObjectName("overview_sessions")
        table.setAccessibleName(self.tr("Sessions by date"))
        table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Session"), self.tr("Venue"), self.tr("Status")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        for row, session in enumerate(sessions):
            values = [
                describe_when(session["starts_at"]),
                session["title"],
                session["venue_name"],
                self.tr(SESSION_STATUSES.label(session["status"])),
            ]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        fit_table(table, stretch=[1])
        table.setMinimumHeight(min(60 + 30 * len(sessions), 260))
        table.cellDoubleClicked.connect(
            lambda row, _c: (
                self.ctx.window.sidebar.choose_session(sessions[row]["id"])
                if self.ctx.window is not None
                else None
            )
        )
        if not sessions:  # say what to do next rather than show an empty grid
            layout.addWidget(
                QLabel(
                    self.tr(
                        "No sessions yet. Add one with Session > Add session (Ctrl+Shift+N), "
                        "or start from a ready-made plan with Session > New session from plan."
                    )
                )
            )
            table.setVisible(False)
        layout.addWidget(table)
        return box

    def _reach_box(self, reach, sessions_held: int) -> QGroupBox:
        box, grid = _titled_box(self.tr("Who we reached, against who we hoped to reach"))
        grid.setColumnStretch(1, 1)
        # Said plainly, so the figures match the pack's: sessions still planned wait.
        counted = QLabel(
            self.tr(
                "Counted from the 1 session held so far; sessions still planned are not counted."
            )
            if sessions_held == 1
            else self.tr(
                "Counted from the %1 sessions held so far; sessions still planned are not counted."
            ).replace("%1", str(sessions_held))
        )
        counted.setObjectName("reach_counted_from")
        counted.setWordWrap(True)
        grid.addWidget(counted, 0, 0, 1, 3)
        if not reach and sessions_held == 0:
            grid.addWidget(
                QLabel(self.tr("No session has been held yet.")),
                1,
                0,
            )
        elif not reach:
            grid.addWidget(
                QLabel(
                    self.tr(
                        "No target groups yet. Add them on a session's Attendance and reach tab."
                    )
                ),
                1,
                0,
            )
        for row, group in enumerate(reach):
            name = QLabel(group.group)
            name.setWordWrap(True)  # a long group name takes two lines, not the page's width
            bar = QProgressBar()
            bar.setObjectName("reach_bar")
            bar.setMaximum(max(group.planned, group.reached, 1))
            bar.setValue(group.reached)
            bar.setFormat(self.tr("%d of %d") % (group.reached, group.planned))
            bar.setAccessibleName(
                self.tr("%s: %d reached of %d hoped for")
                % (group.group, group.reached, group.planned)
            )
            status = QLabel()
            if group.below_target:
                status.setText(self.tr("▼ below target"))
                status.setObjectName("below_target")
                name.setStyleSheet("font-weight: bold")
                bar.setProperty("belowTarget", True)
            else:
                status.setText(self.tr("✓ on target") if group.planned else "")
            status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            status.setWordWrap(True)
            grid.addWidget(name, row + 1, 0)
            grid.addWidget(bar, row + 1, 1)
            grid.addWidget(status, row + 1, 2)
        return box

    def _count(self, number: int) -> str:
        text = count_text(number)
        return self.tr("fewer than 5") if text == FEWER else text

    def _described_box(self, overview) -> QGroupBox:
        """Each group as people described themselves on the anonymous monitoring forms,
        beside the facilitators' head-count: the partner pack's figures, with 1 to 4 shown
        as "fewer than 5" (core.disclosure) as they are there. Labels wrap, so the box
        never widens the page."""
        box, grid = _titled_box(self.tr("In their own words: the monitoring forms"))
        box.setObjectName("overview_described")
        for column in range(3):
            grid.setColumnStretch(column, 1)
        if not overview.monitoring_forms:
            empty = QLabel(
                self.tr(
                    "No monitoring forms typed in yet. Type them in on a session's Paper page, "
                    "or bring in an online form's answers from there."
                )
            )
            empty.setWordWrap(True)
            grid.addWidget(empty, 0, 0, 1, 3)
            return box
        forms = overview.monitoring_forms
        filled_in = (
            self.tr("1 person filled in a monitoring form.")
            if forms == 1
            else self.tr("%n people filled in a monitoring form.", "", forms)
        )
        lead = QLabel(
            filled_in + " " + self.tr("Small numbers show as they do in the partner pack.")
        )
        lead.setObjectName("described_lead")
        lead.setWordWrap(True)
        grid.addWidget(lead, 0, 0, 1, 3)
        not_counted = self.tr("not counted")
        for row, reach in enumerate(overview.described, start=1):
            name = QLabel(reach.group)
            name.setWordWrap(True)
            said = QLabel(
                self.tr("<b>%1</b> said on monitoring forms").replace(
                    "%1", self._count(reach.described)
                )
            )
            counted = QLabel(
                self.tr("<b>%1</b> counted by facilitators").replace(
                    "%1",
                    not_counted if reach.counted is None else self._count(reach.counted),
                )
            )
            for column, label in enumerate((name, said, counted)):
                label.setWordWrap(True)
                label.setObjectName(
                    ("described_group", "described_said", "described_counted")[column]
                )
                grid.addWidget(label, row, column)
        return box
