"""Points and responses: the programme-level screen for closing the loop (GMCA value 12).

On the left, the points raised (significant first, with filters and search); on the
right, the chosen point: its statement, flag, tags, every source it came from, and the
response editor with the programme's expectations beside it. A second tab shows
progress against the promised response date. "Publish 'You said, we did'…" writes the
public PDF.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.core import points, vocab
from workshop.core.points import RESPONSE_STATUSES, PointFilter
from workshop.core.privacy import PUBLIC
from workshop.core.sessions import sessions_by_date
from workshop.core.store import Change
from workshop.core.vocab import Choice, Vocabulary
from workshop.ui import dialogs, runner
from workshop.ui.context import AppContext, touches
from workshop.ui.dates import long_date
from workshop.ui.forms import PlainTextField, RowBinder
from workshop.ui.page_layout import (
    SideBySide,
    fill_rows,
    flow_row,
    intro_label,
    listing_table,
    push_button,
    scrolling,
)
from workshop.ui.quote_review import review_then
from workshop.ui.raise_point import point_label
from workshop.ui.undo_commands import (
    DeleteRow,
    InsertRow,
    SetFields,
    delete_if_confirmed,
    push_or_explain,
)

STATUS_CHOICES = Vocabulary(
    "response status", [Choice("", "No response yet"), *RESPONSE_STATUSES.choices]
)
_TABLES = ("points", "point_sources", "programme", "sessions")


class PointsPage(QWidget):
    public_pack_finished = Signal(str, str)  # path, error ('' when written)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.programme = ctx.programme
        self._point_id = ""
        self._filling = False
        self._task: runner.Task | None = None

        outer = QVBoxLayout(self)
        intro = intro_label(
            self.tr(
                "Each point is something residents said that needs a response. Significant "
                "points always come first: one person's point can matter more than a "
                "hundred votes."
            )
        )
        self.publish_pack_button = push_button(
            self.tr("Publish 'You said, we did'…"),
            self.tr("Publish You said, we did document"),
            self.publish_pack,
        )
        # The button goes under the introduction when both do not fit on one line.
        top = SideBySide([intro, self.publish_pack_button], wants=[50, 28], stretch=[1, 0])
        outer.addWidget(top)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Points and progress"))
        self.tabs.addTab(self._build_points_tab(), self.tr("Points"))
        self.tabs.addTab(self._build_progress_tab(), self.tr("Progress"))
        outer.addWidget(self.tabs)

        ctx.bridge.changed.connect(self._on_changes)
        self._fill_filters()
        self.refresh_list()
        self.refresh_progress()

    # ----- building ---------------------------------------------------------------------

    def _build_points_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search points, sources and responses"))
        self.search.setAccessibleName(self.tr("Search points"))
        self.search.setClearButtonEnabled(True)
        self.session_filter = QComboBox()
        self.session_filter.setAccessibleName(self.tr("Filter by session"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filter by theme"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by response"))
        self.status_filter.addItem(self.tr("Any response"), "")
        self.status_filter.addItem(self.tr("No response yet"), "unanswered")
        self.status_filter.addItem(self.tr("Draft, not published"), "draft")
        self.status_filter.addItem(self.tr("Published"), "published")
        for choice in RESPONSE_STATUSES:
            self.status_filter.addItem(self.tr(choice.label), choice.key)
        self.min_sources = QSpinBox()
        self.min_sources.setRange(0, 999)
        self.min_sources.setPrefix(self.tr("at least "))
        self.min_sources.setSuffix(self.tr(" sources"))
        self.min_sources.setAccessibleName(self.tr("Minimum number of sources"))
        self.min_sources.setToolTip(self.tr("Significant points are always shown."))
        # The filters wrap onto a second line rather than run off the side.
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 28)
        for combo in (self.session_filter, self.tag_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(combo.fontMetrics().averageCharWidth() * 40)
        layout.addWidget(
            flow_row(
                self.search,
                self.session_filter,
                self.tag_filter,
                self.status_filter,
                self.min_sources,
            )
        )
        self.search.textChanged.connect(self.refresh_list)
        for combo in (self.session_filter, self.tag_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.refresh_list)
        self.min_sources.valueChanged.connect(self.refresh_list)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list_summary = QLabel()
        self.list_summary.setWordWrap(True)
        left_layout.addWidget(self.list_summary)
        self.point_list = QListWidget()
        self.point_list.setAccessibleName(self.tr("Points raised"))
        self.point_list.setWordWrap(True)
        self.point_list.setSpacing(3)
        self.point_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.point_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.point_list.setAlternatingRowColors(True)
        self.point_list.currentItemChanged.connect(self._on_current)
        left_layout.addWidget(self.point_list)
        self.new_button = push_button(self.tr("New &point…"), self.tr("New point"), self.new_point)
        self.delete_button = push_button(
            self.tr("De&lete point"), self.tr("Delete point"), self.delete_point
        )
        left_layout.addWidget(flow_row(self.new_button, self.delete_button))

        # The list beside the chosen point, or above it when there is no room.
        self.editor = self._build_editor()
        self.point_list.setMinimumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(
            SideBySide([left, scrolling(self.editor)], wants=[34, 60], stretch=[2, 3]), 1
        )
        return tab

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        layout = QVBoxLayout(editor)
        self.binder = RowBinder(
            self.ctx,
            "points",
            lambda: self._point_id,
            self,
            describe=lambda f: f.replace("_", " "),
        )
        b = self.binder

        # The point itself.
        point_box = QGroupBox(self.tr("The point"))
        form = QFormLayout(point_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.statement = b.line(QLineEdit(), "statement")
        self.statement.setAccessibleName(self.tr("Statement"))
        self.detail = b.text(PlainTextField(), "detail")
        self.detail.setAccessibleName(self.tr("Detail"))
        self.detail.setMaximumHeight(64)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Themes or tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("for example: fairness, housing"))
        b.custom(
            "tags",
            lambda v: self.tags.setText(", ".join(points.tags_of({"tags": v}))),
            lambda: points.tags_json(self.tags.text().split(",")),
        )
        self.tags.editingFinished.connect(lambda: b.commit("tags"))
        self.significant = QCheckBox(self.tr("Si&gnificant"))
        self.significant.setAccessibleName(self.tr("Significant"))
        self.significance_reason = QLineEdit()
        self.significance_reason.setAccessibleName(self.tr("Why it is significant"))
        self.significance_reason.setPlaceholderText(
            self.tr("for example: a risk of unfair treatment for one group")
        )
        b.custom(
            "significant",
            lambda v: self.significant.setChecked(bool(v)),
            lambda: int(self.significant.isChecked()),
        )
        b.custom(
            "significance_reason",
            lambda v: self.significance_reason.setText(v or ""),
            lambda: self.significance_reason.text().strip(),
        )
        self.significant.clicked.connect(self._on_significant_clicked)
        self.significance_reason.editingFinished.connect(self._on_reason_finished)
        form.addRow(self.tr("Stateme&nt"), self.statement)
        form.addRow(self.tr("Deta&il"), self.detail)
        form.addRow(self.tr("The&mes"), self.tags)
        form.addRow(self.significant, self.significance_reason)
        layout.addWidget(point_box)

        # Where it came from.
        self.sources_box = QGroupBox(self.tr("Where it came from"))
        sources_layout = QVBoxLayout(self.sources_box)
        self.sources_summary = QLabel()
        self.sources_summary.setWordWrap(True)
        sources_layout.addWidget(self.sources_summary)
        self.sources = listing_table(
            [
                self.tr("Kind"),
                self.tr("Session"),
                self.tr("Exercise and place"),
                self.tr("The words"),
            ],
            self.tr("Sources of this point"),
            stretch=(3,),
        )
        header = self.sources.horizontalHeader()
        # The words get the room; session and place can be widened by hand (full text in
        # the tooltip).
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 190)
        self.sources.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.sources.setMinimumHeight(120)
        self.sources.setMaximumHeight(190)
        sources_layout.addWidget(self.sources)
        self.remove_source_button = push_button(
            self.tr("Remove so&urce from point"),
            self.tr("Remove source from point"),
            self.remove_source,
        )
        sources_layout.addWidget(self.remove_source_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.sources_box)

        # The response, with what was promised beside it.
        response_box = QGroupBox(self.tr("Our response"))
        rform = QFormLayout(response_box)
        rform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = b.choice(QComboBox(), "response_status", STATUS_CHOICES)
        self.status.setAccessibleName(self.tr("What happened"))
        self.status.activated.connect(lambda _=0: self._show_response_state())
        self.decision = b.text(PlainTextField(), "decision")
        self.decision.setAccessibleName(self.tr("The decision"))
        self.decision.setPlaceholderText(self.tr("What was decided, in a sentence or two"))
        self.reasoning = b.text(PlainTextField(), "reasoning")
        self.reasoning.setAccessibleName(self.tr("Why, in plain English"))
        self.reasoning.setPlaceholderText(
            self.tr("Why, in plain English. Needed for 'Not changing' and 'Outside scope'.")
        )
        self.passed_to = b.line(QLineEdit(), "passed_to")
        self.passed_to.setAccessibleName(self.tr("Who it was passed to"))
        self.passed_to_label = QLabel(self.tr("Passed t&o"))
        self.passed_to_label.setBuddy(self.passed_to)
        self.owner = b.line(QLineEdit(), "owner")
        self.owner.setAccessibleName(self.tr("Who owns the response"))
        self.owner.setPlaceholderText(self.tr("a team or role, for example Housing Allocations"))
        rform.addRow(self.tr("&What happened"), self.status)
        rform.addRow(self.tr("&Decision"), self.decision)
        rform.addRow(self.tr("Wh&y"), self.reasoning)
        rform.addRow(self.passed_to_label, self.passed_to)
        rform.addRow(self.tr("Owne&r"), self.owner)
        self.publish_state = QLabel()
        self.publish_state.setWordWrap(True)
        self.publish_state.setAccessibleName(self.tr("Publishing state"))
        rform.addRow(self.publish_state)
        self.publish_button = push_button(
            self.tr("Pu&blish response"), self.tr("Publish response"), self.publish_response
        )
        self.unpublish_button = push_button(
            self.tr("Bac&k to draft"), self.tr("Back to draft"), self.unpublish_response
        )
        rform.addRow(flow_row(self.publish_button, self.unpublish_button))

        promise_box = QGroupBox(self.tr("What we promised"))
        promise = QVBoxLayout(promise_box)
        self.expectations = QLabel()
        self.expectations.setWordWrap(True)
        self.expectations.setTextFormat(Qt.TextFormat.RichText)
        self.expectations.setAccessibleName(self.tr("What this engagement can and cannot change"))
        self.expectations.setAlignment(Qt.AlignmentFlag.AlignTop)
        promise.addWidget(self.expectations)
        promise.addStretch(1)
        layout.addWidget(SideBySide([response_box, promise_box], wants=[48, 30], stretch=[3, 2]))
        layout.addStretch(1)
        return editor

    def _build_progress_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.progress_summary = QLabel()
        self.progress_summary.setWordWrap(True)
        self.progress_summary.setAccessibleName(self.tr("Progress summary"))
        layout.addWidget(self.progress_summary)
        self.progress_table = listing_table(
            [self.tr("Response"), self.tr("Points")], self.tr("Responses by status"), stretch=(0,)
        )
        self.progress_table.setTabKeyNavigation(False)
        self.progress_table.setMaximumWidth(640)
        layout.addWidget(self.progress_table)
        self.waiting_label = QLabel()
        layout.addWidget(self.waiting_label)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(self.tr("Points without a published response"))
        self.waiting.setWordWrap(True)
        self.waiting.itemActivated.connect(self._open_waiting)
        layout.addWidget(self.waiting, 1)
        return tab

    # ----- filling -----------------------------------------------------------------------

    def _fill_filters(self) -> None:
        self._filling = True
        try:
            for combo, items, everything in (
                (
                    self.session_filter,
                    [(s["title"], s["id"]) for s in sessions_by_date(self.programme)],
                    self.tr("All sessions"),
                ),
                (
                    self.tag_filter,
                    [(t, t) for t in points.all_tags(self.programme)],
                    self.tr("All themes"),
                ),
            ):
                keep = combo.currentData()
                combo.clear()
                combo.addItem(everything, "")
                for text, data in items:
                    combo.addItem(text, data)
                index = combo.findData(keep)
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def current_filter(self) -> PointFilter:
        return PointFilter(
            session_id=self.session_filter.currentData() or "",
            tag=self.tag_filter.currentData() or "",
            status=self.status_filter.currentData() or "",
            search=self.search.text().strip(),
            min_sources=self.min_sources.value(),
        )

    def refresh_list(self, *_args: object) -> None:
        if self._filling or self.programme.closed:
            return
        summaries = points.list_points(self.programme, self.current_filter())
        total = self.programme.db["points"].count
        keep = self._point_id
        self.point_list.blockSignals(True)
        self.point_list.clear()
        for summary in summaries:
            item = QListWidgetItem(self._item_text(summary))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.point_list.addItem(item)
            if summary.id == keep:
                self.point_list.setCurrentItem(item)
        self.point_list.blockSignals(False)
        self.list_summary.setText(
            self.tr(
                "Showing %1 of %2 points. Significant points are never hidden by the "
                "number of sources."
            )
            .replace("%1", str(len(summaries)))
            .replace("%2", str(total))
        )
        if self.point_list.currentItem() is None and self.point_list.count():
            self.point_list.setCurrentRow(0)
        elif self.point_list.currentItem() is None:
            self._show_point("")
        else:
            self._show_point(self.point_list.currentItem().data(Qt.ItemDataRole.UserRole))

    def _item_text(self, summary: points.PointSummary) -> str:
        p = summary.point
        if p["published_on"]:
            state = self.tr("Published: %s") % self.tr(
                RESPONSE_STATUSES.label(p["response_status"])
            )
        elif p["response_status"]:
            state = self.tr("Draft: %s") % self.tr(RESPONSE_STATUSES.label(p["response_status"]))
        else:
            state = self.tr("No response yet")
        text = f"{point_label(p, summary.source_count)}\n{state}"
        due = self.programme.programme().get("responses_due") or ""
        warnings = self.warning_texts(points.point_warnings(p, due))
        if warnings:
            text += "\n" + self.tr("Needs attention: %1").replace("%1", " ".join(warnings))
        return text

    def warning_texts(self, keys: list[str]) -> list[str]:
        """The screen's words for `points.point_warnings` (text, never colour alone)."""
        words = {
            "no_owner": self.tr("No owner: say which team will answer this."),
            "overdue": self.tr("Overdue: the answer was promised by the date on Expectations."),
            "future_date": self.tr("The published date is in the future."),
        }
        return [words[k] for k in keys if k in words]

    def _on_current(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self._show_point(current.data(Qt.ItemDataRole.UserRole) if current else "")

    def _show_point(self, point_id: str) -> None:
        self._point_id = point_id
        has_point = bool(point_id) and self.programme.get("points", point_id) is not None
        self.editor.setEnabled(has_point)
        self.delete_button.setEnabled(has_point)
        if has_point:
            self.binder.refresh()
        else:
            for box in (
                self.statement,
                self.tags,
                self.significance_reason,
                self.passed_to,
                self.owner,
            ):
                box.clear()
            for text_box in (self.detail, self.decision, self.reasoning):
                text_box.setPlainText("")
        self._fill_sources()
        self._show_response_state()
        self._fill_expectations()

    def _fill_sources(self) -> None:
        rows = points.point_sources(self.programme, self._point_id) if self._point_id else []
        deleted = self.tr("%s (the original has been deleted)")
        fill_rows(
            self.sources,
            [
                (
                    source.id,
                    (
                        self.tr(source.kind),
                        source.session_title or self.tr("no session"),
                        " · ".join(t for t in (source.exercise_title, source.place) if t),
                        source.words if source.exists else deleted % source.words,
                    ),
                )
                for source in rows
            ],
        )
        sessions = len({s.session_id for s in rows if s.session_id})
        if not rows:
            text = self.tr(
                "No sources yet. Use 'Raise as point' on a note, theme, card "
                "response, question or returned feedback to add one."
            )
        else:
            count = len(rows)
            text = (
                self.tr("%1 from %2. The number is shown, but points are never ranked by it.")
                .replace(
                    "%1", self.tr("1 source") if count == 1 else self.tr("%n sources", "", count)
                )
                .replace(
                    "%2",
                    self.tr("1 session") if sessions == 1 else self.tr("%n sessions", "", sessions),
                )
            )
        self.sources_summary.setText(text)
        self.remove_source_button.setEnabled(bool(rows))

    def _show_response_state(self) -> None:
        row = self.programme.get("points", self._point_id) if self._point_id else None
        status = self.status.currentData() or ""
        outside = status == "outside_scope"
        self.passed_to.setVisible(outside)
        self.passed_to_label.setVisible(outside)
        if row is None:
            self.publish_state.setText("")
            self.publish_button.setEnabled(False)
            self.unpublish_button.setEnabled(False)
            return
        if row["published_on"]:
            self.publish_state.setText(
                self.tr("Published %s. Changes you make here show in the next 'You said, we did'.")
                % long_date(row["published_on"])
            )
        else:
            problems = points.publish_problems(row, date.today())
            if problems:
                self.publish_state.setText(
                    self.tr("Not published. Before it can be published: %s") % " ".join(problems)
                )
            else:
                self.publish_state.setText(self.tr("Not published. Ready to publish."))
        due = self.programme.programme().get("responses_due") or ""
        warnings = self.warning_texts(points.point_warnings(row, due))
        if warnings:
            self.publish_state.setText(self.publish_state.text() + " " + " ".join(warnings))
        self.publish_button.setEnabled(not row["published_on"])
        self.unpublish_button.setEnabled(bool(row["published_on"]))

    def _fill_expectations(self) -> None:
        from xml.sax.saxutils import escape

        prog = self.programme.programme()
        level = prog["influence_level"]
        parts = [
            (
                self.tr("Level of influence"),
                f"{vocab.INFLUENCE_LEVELS.label(level)}: {vocab.INFLUENCE_LEVELS.explanation(level)}",
            ),
            (self.tr("What can change"), prog["can_change"] or self.tr("(not written yet)")),
            (self.tr("What cannot change"), prog["cannot_change"] or self.tr("(not written yet)")),
            (
                self.tr("Responses promised by"),
                long_date(prog["responses_due"]) or self.tr("(no date set)"),
            ),
        ]
        self.expectations.setText(
            "".join(f"<p><b>{escape(label)}</b><br/>{escape(text)}</p>" for label, text in parts)
        )

    def refresh_progress(self) -> None:
        if self.programme.closed:
            return
        progress = points.progress(self.programme)
        due = long_date(progress.due) if progress.due else ""
        drafted = progress.drafted
        text = self.tr(
            "%1 of %2 points have a published response. %3 waiting to be "
            "published; %4 with no response yet."
        )
        text = (
            text.replace("%1", str(progress.published))
            .replace("%2", str(progress.total))
            .replace(
                "%3", self.tr("1 draft") if drafted == 1 else self.tr("%n drafts", "", drafted)
            )
            .replace("%4", str(progress.unanswered))
        )
        if due:
            text += " " + self.tr("Responses were promised by %s.") % due
        if progress.overdue:
            late = len(progress.overdue)
            text += " " + (
                self.tr("OVERDUE: 1 point still has no published response.")
                if late == 1
                else self.tr("OVERDUE: %n points still have no published response.", "", late)
            )
        self.progress_summary.setText(text)
        rows = [(self.tr(c.label), progress.by_status.get(c.key, 0)) for c in RESPONSE_STATUSES]
        rows.append((self.tr("Draft, not yet published"), progress.drafted))
        rows.append((self.tr("No response yet"), progress.unanswered))
        self.progress_table.setRowCount(len(rows))
        for r, (label, count) in enumerate(rows):
            self.progress_table.setItem(r, 0, QTableWidgetItem(label))
            number = QTableWidgetItem(str(count))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.progress_table.setItem(r, 1, number)
        self.progress_table.resizeRowsToContents()
        height = self.progress_table.horizontalHeader().height() + 4
        height += sum(self.progress_table.rowHeight(r) for r in range(len(rows)))
        self.progress_table.setFixedHeight(height)
        overdue_ids = {p["id"] for p in progress.overdue}
        self.waiting_label.setText(
            self.tr("Waiting for a published response (press Enter on one to open it):")
        )
        self.waiting.clear()
        for summary in points.list_points(self.programme, PointFilter()):
            if summary.published:
                continue
            mark = self.tr("OVERDUE: ") if summary.id in overdue_ids else ""
            state = (
                self.tr("draft written")
                if summary.point["response_status"]
                else self.tr("no response yet")
            )
            text = f"{mark}{point_label(summary.point, summary.source_count)}: {state}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.waiting.addItem(item)

    def _on_changes(self, changes: list[Change]) -> None:
        if not touches(changes, *_TABLES) or self.programme.closed:
            return
        if touches(changes, "points", "sessions"):
            self._fill_filters()
        self.refresh_list()
        self.refresh_progress()

    # ----- actions -------------------------------------------------------------------------

    def select_point(self, point_id: str) -> None:
        for row in range(self.point_list.count()):
            if self.point_list.item(row).data(Qt.ItemDataRole.UserRole) == point_id:
                self.point_list.setCurrentRow(row)
                return

    def _open_waiting(self, item: QListWidgetItem) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_point(item.data(Qt.ItemDataRole.UserRole))

    def _on_significant_clicked(self, checked: bool) -> None:
        if checked and not self.significance_reason.text().strip():
            # A flag needs its reason: ask for it first, save both together.
            self.significance_reason.setFocus()
            self.publish_state.setText(
                self.tr("Say why this point is significant, then press Enter.")
            )
            return
        self.binder.commit("significant", "significance_reason")

    def _on_reason_finished(self) -> None:
        if self.significant.isChecked():
            self.binder.commit("significant", "significance_reason")
        else:
            self.binder.commit("significance_reason")

    def new_point(self) -> None:
        statement = dialogs.ask_text(
            self, self.tr("New point"), self.tr("What did residents say? (a short statement)")
        )
        if not statement:
            return
        command = InsertRow(
            self.programme, "points", {"statement": statement.strip()}, self.tr("New point")
        )
        if push_or_explain(self.ctx.undo_stack, command, self):
            self.select_point(command.row_id or "")

    def delete_point(self) -> None:
        row = self.programme.get("points", self._point_id) if self._point_id else None
        if row is None:
            return
        delete_if_confirmed(
            self.ctx,
            self,
            "points",
            row["id"],
            title=self.tr("Delete point"),
            question=self.tr(
                "Delete the point '%s' and its response? The notes, questions and "
                "feedback it came from are kept. You can undo this."
            )
            % row["statement"],
            yes=self.tr("Delete"),
        )

    def remove_source(self) -> None:
        item = self.sources.currentItem() or self.sources.item(0, 0)
        if item is None:
            return
        source_id = item.data(Qt.ItemDataRole.UserRole)
        push_or_explain(
            self.ctx.undo_stack,
            DeleteRow(self.programme, "point_sources", source_id, self.tr("Remove source")),
            self,
        )

    def publish_response(self) -> None:
        self._set_published(date.today().isoformat(), self.tr("Publish response"))

    def unpublish_response(self) -> None:
        self._set_published("", self.tr("Back to draft"))

    def _set_published(self, value: str, text: str) -> None:
        if not self._point_id or self.programme.get("points", self._point_id) is None:
            return
        command = SetFields(self.programme, "points", self._point_id, {"published_on": value}, text)
        push_or_explain(self.ctx.undo_stack, command, self)

    def publish_pack(self) -> None:
        # First the review of quotes that look personal (issue 15), then the file name.
        review_then(self, self.programme, PUBLIC, None, self._publish_pack)

    def _publish_pack(self) -> None:
        start = Path(self.programme.path).with_name("you-said-we-did.pdf")
        path = dialogs.ask_save_path_ending(
            self, self.tr("Publish 'You said, we did'"), str(start), self.tr("PDF (*.pdf)"), ".pdf"
        )
        if path is None:
            return
        # A big programme takes seconds to lay out: build it off the UI thread, on a
        # read-only connection of its own (SQLite connections stay in their own thread).
        self.publish_pack_button.setEnabled(False)
        self.publish_pack_button.setText(self.tr("Publishing…"))
        source = Path(self.programme.path)

        def work(progress) -> None:
            from workshop.core.store import Programme
            from workshop.export.public_pack import write_public_pack

            with Programme.open(source, read_only=True) as programme:
                # The PDF is untagged: an accessible copy for screen readers goes beside it.
                write_public_pack(programme, path, accept_detected=True)

        self._task = runner.Task(
            self,
            work,
            failure_title=self.tr("Not published"),
            unexpected=self.tr("The document could not be made: %s. Nothing was written."),
        )
        self._task.succeeded.connect(lambda _: self._pack_finished(str(path), ""))
        self._task.failed.connect(lambda error: self._pack_finished(str(path), error))
        self._task.start()

    def _pack_finished(self, path: str, error: str) -> None:
        """Once the pack is written or has failed (the runner shows why it failed)."""
        self._task = None
        self.publish_pack_button.setEnabled(True)
        self.publish_pack_button.setText(self.tr("Publish 'You said, we did'…"))
        if not error:
            dialogs.show_info(
                self,
                self.tr(
                    "Saved %1, with an accessible copy %2 for screen readers. They hold no "
                    "names, contact details or participant codes."
                )
                .replace("%1", Path(path).name)
                .replace("%2", Path(path).with_suffix(".html").name),
                self.tr("'You said, we did' published"),
            )
        self.public_pack_finished.emit(path, error)

    def point_id(self) -> str:
        return self._point_id

    def current_row(self) -> dict[str, Any] | None:
        return self.programme.get("points", self._point_id) if self._point_id else None
