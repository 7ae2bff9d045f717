"""Session page "Feedback cards": print cards, bring answers back, see what came back.

Cards are laid out off the UI thread (500 cards take a few seconds); the codes are
recorded in the programme before the PDF is written or sent to the printer, so a code
that reaches paper is always known when its answer comes back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPageSize, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.core import feedback
from workshop.core.errors import WorkshopError
from workshop.core.feedback_codes import format_code
from workshop.core.store import Change, Programme, Snapshot
from workshop.i18n import error_text
from workshop.ui import dialogs, printing, runner
from workshop.ui.context import AppContext, touches
from workshop.ui.dates import SHORT_DATE, short_date
from workshop.ui.dropped_files import dropped_file
from workshop.ui.feedback_columns import ColumnRolesDialog
from workshop.ui.page_layout import (
    SideBySide,
    fill_rows,
    flow_row,
    intro_label,
    listing_table,
    page_with_scroll,
)
from workshop.ui.raise_point import raise_as_point
from workshop.ui.undo_commands import CoreCommand, push_or_explain

PREVIEW_WIDTH = 420
FEEDBACK_TABLES = ("feedback_cards", "feedback_batches", "feedback_responses", "programme")


def card_page_size(layout: str, large_print: bool) -> QPageSize.PageSizeId:
    """The paper the cards' PDF is laid out on, offered first in the print dialog."""
    if layout == "a6":
        return QPageSize.PageSizeId.A5 if large_print else QPageSize.PageSizeId.A6
    return QPageSize.PageSizeId.A4


# ----- undo commands -----------------------------------------------------------------------


class AddTypedResponse(CoreCommand):
    """A paper, phone or text return typed in; undo takes it out again."""

    def __init__(self, programme: Programme, code: str, text: str, channel: str, received: str):
        super().__init__(QCoreApplication.translate("FeedbackPage", "Add returned feedback"))
        self.programme = programme
        self.values = (code, text, channel, received)
        self.row_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.row_id = feedback.add_typed_response(self.programme, *self.values)

    def revert(self) -> None:
        assert self.row_id is not None
        self._snapshot = self.programme.delete("feedback_responses", self.row_id)


class ImportResponses(CoreCommand):
    """One CSV import, already committed off the UI thread (see `FeedbackPage.import_csv`),
    as one undo step: undo takes its answers out again, redo puts them back."""

    def __init__(self, programme: Programme, report: feedback.ImportReport):
        super().__init__(QCoreApplication.translate("FeedbackPage", "Import feedback"))
        self.programme, self.report = programme, report
        self._snapshots: list[Snapshot] = []
        self._applied_already = True  # pushed once the import itself has been made

    def apply(self) -> None:
        with self.programme.transaction():
            for snapshot in self._snapshots:
                self.programme.restore(snapshot)

    def revert(self) -> None:
        with self.programme.transaction():
            self._snapshots = [
                self.programme.delete("feedback_responses", row_id)
                for row_id in self.report.response_ids
            ]


# ----- the page --------------------------------------------------------------------------


CSV_SUFFIXES = (".csv", ".txt")


class FeedbackPage(QWidget):
    cards_done = Signal(str, str)  # "saved" / "printed", error ('' when done)
    import_done = Signal(str)  # error ('' when the file was read; see the import report)

    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        self.plan: feedback.CardPlan | None = None
        self._task: runner.Task | None = None
        self._import_task: runner.Task | None = None
        self._pending: tuple[str, Any, feedback.CardPlan] | None = None

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(
            intro_label(
                self.tr(
                    "Not everyone speaks up in the room, and many want to think first. Hand out "
                    "feedback cards: each has its own code and a QR code, and says how to answer "
                    "without the internet. Bring the answers back here."
                )
            )
        )
        column.addWidget(self._build_print_box())
        column.addWidget(self._build_import_box())
        column.addWidget(self._build_typed_box())
        column.addWidget(self._build_returned_box())
        page_with_scroll(self, content)
        self.setAcceptDrops(True)  # a form's CSV dropped on the page is imported

        ctx.bridge.changed.connect(self._on_changes)
        self._listening = True
        self.refresh()

    # ----- building ------------------------------------------------------------------

    def _build_print_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Print feedback cards"))
        self.count = QSpinBox()
        self.count.setRange(1, feedback.MAX_CARDS_AT_ONCE)
        self.count.setAccessibleName(self.tr("Number of cards to print"))
        self.layout_choice = QComboBox()
        for choice in feedback.LAYOUTS:
            self.layout_choice.addItem(self.tr(choice.label), choice.key)
        self.layout_choice.setAccessibleName(self.tr("Card layout"))
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setAccessibleDescription(self.tr("16 pt text, bigger cards"))
        self.large_print.setAccessibleName(self.tr("Large print"))
        self.question = QLineEdit(feedback.DEFAULT_QUESTION)
        self.question.setAccessibleName(self.tr("Question printed on the cards"))
        self.printed_label = QLabel()
        self.printed_label.setWordWrap(True)
        self.printed_label.setObjectName("printed_so_far")
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setAccessibleName(self.tr("Preview the first sheet"))
        self.save_button = QPushButton(self.tr("Save P&DF…"))
        self.save_button.setAccessibleName(self.tr("Save the cards as a PDF"))
        self.print_button = QPushButton(self.tr("Pri&nt…"))
        self.print_button.setAccessibleName(self.tr("Print the cards"))
        self.preview = QLabel(self.tr("Press Preview to see the first sheet."))
        self.preview.setAccessibleName(self.tr("Preview of the first sheet of cards"))
        self.preview.setMinimumWidth(PREVIEW_WIDTH // 2)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("card_status")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reportlab gives no progress to report
        self.progress.setAccessibleName(self.tr("Laying out the cards"))
        self.progress.hide()

        form = QFormLayout()
        form.addRow(self.tr("Num&ber of cards"), self.count)
        form.addRow(self.tr("La&yout"), self.layout_choice)
        large_hint = QLabel(self.tr("16 pt text, bigger cards"))
        large_hint.setObjectName("hint")
        large_hint.setWordWrap(True)
        form.addRow("", flow_row(self.large_print, large_hint))
        form.addRow(self.tr("&Question"), self.question)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        buttons = flow_row(self.preview_button, self.save_button, self.print_button)
        left_pane = QWidget()
        left = QVBoxLayout(left_pane)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.printed_label)
        left.addWidget(buttons)
        left.addWidget(self.status)
        left.addWidget(self.progress)
        left.addStretch(1)
        # The preview goes under the settings when the two do not fit side by side.
        row = QVBoxLayout(box)
        row.addWidget(SideBySide([left_pane, self.preview], wants=[48, 34], stretch=[1, 0]))

        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_cards)
        for signal in (
            self.count.valueChanged,
            self.layout_choice.currentIndexChanged,
            self.large_print.toggled,
            self.question.textChanged,
        ):
            signal.connect(self._forget_plan)
        return box

    def _build_import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Answers from the online form"))
        self.import_button = QPushButton(self.tr("I&mport CSV…"))
        self.import_button.setAccessibleName(self.tr("Import answers from a CSV file"))
        self.import_report = QPlainTextEdit()
        self.import_report.setReadOnly(True)
        self.import_report.setAccessibleName(self.tr("What the last import did"))
        self.import_report.setPlaceholderText(
            self.tr(
                "Export the answers from the form as CSV and import the file. Importing the "
                "same file again adds nothing twice; unknown codes are listed, never guessed."
            )
        )
        self.import_report.setMaximumHeight(120)
        layout = QVBoxLayout(box)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.import_report)
        self.import_button.clicked.connect(lambda: self.import_csv())
        return box

    def _build_typed_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Paper, phone and text returns"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("for example 7KX-4MPQ"))
        self.code_edit.setAccessibleName(self.tr("Card code"))
        self.code_check = QLabel()
        self.code_check.setWordWrap(True)
        self.code_check.setObjectName("code_check")
        self.channel = QComboBox()
        for choice in feedback.CHANNELS:
            if choice.key != "online":
                self.channel.addItem(self.tr(choice.label), choice.key)
        self.channel.setAccessibleName(self.tr("How it came back"))
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat(SHORT_DATE)
        self.received.setAccessibleName(self.tr("Date received"))
        self.words = QPlainTextEdit()
        self.words.setAccessibleName(self.tr("The words on the card, or what was said"))
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add ret&urned feedback"))
        self.add_button.setAccessibleName(self.tr("Add returned feedback"))
        self.add_button.setEnabled(False)
        form = QFormLayout(box)
        form.addRow(self.tr("Ca&rd code"), self.code_edit)
        form.addRow("", self.code_check)
        form.addRow(self.tr("Came bac&k by"), self.channel)
        form.addRow(self.tr("Rece&ived"), self.received)
        form.addRow(self.tr("&Words"), self.words)
        form.addRow("", self.add_button)
        self.code_edit.textChanged.connect(self._check_code)
        self.words.textChanged.connect(self._update_add_button)
        self.add_button.clicked.connect(self.add_typed)
        self._code_ok = False
        return box

    def _build_returned_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Returned feedback for this session"))
        self.channel_filter = QComboBox()
        self.channel_filter.addItem(self.tr("Every way"), "")
        for choice in feedback.CHANNELS:
            self.channel_filter.addItem(self.tr(choice.label), choice.key)
        self.channel_filter.setAccessibleName(self.tr("Show feedback that came back by"))
        self.counts = QLabel()
        self.counts.setObjectName("channel_counts")
        self.table = listing_table(
            [self.tr("Card"), self.tr("Came back by"), self.tr("Received"), self.tr("Words")],
            self.tr("Returned feedback"),
            stretch=(3,),
            object_name="feedback_table",
            optional=(1,),  # hidden only when the words cannot fit; the filter above picks by it
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setMinimumHeight(220)
        self.raise_button = QPushButton(self.tr("Raise as point…"))
        self.raise_button.setAccessibleName(self.tr("Raise the chosen feedback as a point"))
        self.raise_button.setEnabled(False)
        show_label = QLabel(self.tr("Sh&ow"))
        show_label.setBuddy(self.channel_filter)
        top = flow_row(show_label, self.channel_filter, self.counts, self.raise_button)
        layout = QVBoxLayout(box)
        layout.addWidget(top)
        layout.addWidget(self.table)
        self.channel_filter.currentIndexChanged.connect(self.refresh_returned)
        self.table.itemSelectionChanged.connect(
            lambda: self.raise_button.setEnabled(bool(self.selected_response_ids()))
        )
        self.raise_button.clicked.connect(self.raise_selected)
        return box

    # ----- refreshing ----------------------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, *FEEDBACK_TABLES):
            self.refresh()

    def refresh(self) -> None:
        programme = self.ctx.programme
        batches = feedback.batches_for_session(programme, self.session_id)
        printed = sum(b["card_count"] for b in batches)
        if printed:
            runs = len(batches)
            cards = self.tr("1 card") if printed == 1 else self.tr("%n cards", "", printed)
            in_runs = self.tr("1 print run") if runs == 1 else self.tr("%n print runs", "", runs)
            self.printed_label.setText(
                self.tr("Printed so far: %1 in %2. The next card is number %3.")
                .replace("%1", cards)
                .replace("%2", in_runs)
                .replace("%3", str(feedback.next_serial(programme, self.session_id)))
            )
        else:
            self.printed_label.setText(self.tr("No cards printed for this session yet."))
            session = programme.get("sessions", self.session_id) or {}
            if self.count.value() == 1 and not self.plan:
                self.count.setValue(max(session.get("attended") or 0, 20))
        problem = ""
        try:
            feedback.require_card_settings(programme.programme())
        except WorkshopError as exc:
            problem = error_text(exc) + " " + self.tr("(Expectations tab)")
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(not problem and self._task is None)
        if problem:
            self.status.setText(problem)
        self._check_code(self.code_edit.text())
        self.refresh_returned()

    def refresh_returned(self) -> None:
        programme = self.ctx.programme
        counts = feedback.channel_counts(programme, self.session_id)
        self.counts.setText(
            " · ".join(
                self.tr("%1 %2", "a way of answering and how many came back that way")
                .replace("%1", self.tr(feedback.CHANNELS.label(k)))
                .replace("%2", str(n))
                for k, n in counts.items()
            )
        )
        rows = feedback.responses_for_session(
            programme, self.session_id, self.channel_filter.currentData() or None
        )
        fill_rows(
            self.table,
            [
                (
                    row["id"],
                    (
                        self.tr("%1 (%2)", "card number (card code)")
                        .replace("%1", str(row["card_serial"]))
                        .replace("%2", format_code(row["card_code"] or ""))
                        if row["card_code"]
                        else "—",
                        self.tr(feedback.CHANNELS.label(row["channel"])),
                        short_date(row["received_at"]),
                        row["text"],
                    ),
                )
                for row in rows
            ],
        )

    # ----- printing --------------------------------------------------------------------

    def _forget_plan(self, *_args: object) -> None:
        self.plan = None

    def _current_plan(self) -> feedback.CardPlan | None:
        if self.plan is not None and self.plan.cards[0].serial == feedback.next_serial(
            self.ctx.programme, self.session_id
        ):
            return self.plan
        try:
            self.plan = feedback.plan_cards(
                self.ctx.programme,
                self.session_id,
                self.count.value(),
                question=self.question.text(),
                layout=self.layout_choice.currentData(),
                large_print=self.large_print.isChecked(),
            )
        except WorkshopError as exc:
            dialogs.show_error(self, error_text(exc), self.tr("Cards not made"))
            return None
        return self.plan

    def show_preview(self) -> None:
        """The first sheet of exactly the cards that will print (codes chosen, not kept)."""
        from workshop.export.feedback_cards_pdf import build_cards_pdf, sheet_layout

        plan = self._current_plan()
        if plan is None:
            return
        sheet = sheet_layout(plan.layout, plan.large_print)
        first = feedback.CardPlan(
            plan.session_id,
            plan.cards[: sheet.columns * sheet.rows],
            plan.question,
            plan.layout,
            plan.large_print,
        )
        programme = self.ctx.programme
        pdf = build_cards_pdf(
            programme.programme(), programme.get("sessions", self.session_id), first
        )
        width_in = sheet.page[0] / 72
        images = printing.pdf_page_images(pdf, PREVIEW_WIDTH / width_in, pages=1)
        self.preview.setPixmap(QPixmap.fromImage(images[0]))
        self.preview.setToolTip(
            self.tr("Cards %d to %d. The back of each sheet has lines to write on.")
            % (plan.cards[0].serial, plan.cards[-1].serial)
        )

    def save_pdf(self) -> None:
        session = self.ctx.programme.get("sessions", self.session_id) or {}
        start = Path(self.ctx.programme.path).with_name("feedback-cards.pdf")
        path = dialogs.ask_save_path_ending(
            self, self.tr("Save feedback cards"), str(start), self.tr("PDF (*.pdf)"), ".pdf"
        )
        if path is not None:
            self._start_build("save", path, session)

    def print_cards(self) -> None:
        plan = self._current_plan()
        if plan is None:
            return
        printer = printing.ask_printer(self, card_page_size(plan.layout, plan.large_print))
        if printer is None:
            return
        session = self.ctx.programme.get("sessions", self.session_id) or {}
        self._start_build("print", printer, session)

    def _start_build(self, purpose: str, target: Any, session: dict) -> None:
        plan = self._current_plan()
        if plan is None:
            return
        self._pending = (purpose, target, plan)
        self.status.setText(self.tr("Laying out %d cards…") % len(plan.cards))
        for button in (self.preview_button, self.save_button, self.print_button):
            button.setEnabled(False)
        programme_row = self.ctx.programme.programme()

        def work(progress) -> bytes:
            # Plain values in, PDF bytes out: no widget, no database.
            from workshop.export.feedback_cards_pdf import build_cards_pdf

            return build_cards_pdf(programme_row, session, plan)

        self._task = runner.Task(
            self,
            work,
            failure_title=self.tr("Cards not made"),
            unexpected=self.tr("The cards could not be laid out: %s."),
        )
        self._task.succeeded.connect(self._built)
        self._task.failed.connect(self._not_built)
        self.progress.show()
        self._task.start()

    def _not_built(self, error: str) -> None:
        """The layout failed; the runner shows why next."""
        purpose = self._pending[0] if self._pending else ""
        self._task, self._pending = None, None
        self.progress.hide()
        self.refresh()
        self.status.setText(error)
        self.cards_done.emit("saved" if purpose == "save" else "printed", error)

    def _built(self, data: bytes) -> None:
        from workshop.core.files import write_atomically

        assert self._pending is not None
        # The plan that was laid out, even if the options were changed meanwhile.
        purpose, target, plan = self._pending
        self._task, self._pending = None, None
        self.progress.hide()
        try:
            if purpose == "save":
                # Codes kept first; a file that cannot be written marks them "not printed".
                feedback.keep_then_write(
                    self.ctx.programme, plan, lambda: write_atomically(target, data)
                )
                message = self.tr("Saved %d cards (numbers %d to %d) to %s.") % (
                    len(plan.cards),
                    plan.cards[0].serial,
                    plan.cards[-1].serial,
                    Path(target).name,
                )
            else:
                feedback.keep_then_write(
                    self.ctx.programme, plan, lambda: printing.print_pdf(target, data)
                )
                message = self.tr("Sent %d cards (numbers %d to %d) to the printer.") % (
                    len(plan.cards),
                    plan.cards[0].serial,
                    plan.cards[-1].serial,
                )
        except WorkshopError as exc:
            self._finish(purpose, error_text(exc))
            return
        self.plan = None
        self.status.setText(message)
        self._finish(purpose, "")

    def _finish(self, purpose: str, error: str) -> None:
        self.refresh()
        if error:
            self.status.setText(error)
            dialogs.show_error(self, error, self.tr("Cards not made"))
        self.cards_done.emit("saved" if purpose == "save" else "printed", error)

    # ----- bringing answers back -------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if dropped_file(event.mimeData(), CSV_SUFFIXES) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A form's CSV dropped on the page is imported as if chosen with the button."""
        path = dropped_file(event.mimeData(), CSV_SUFFIXES)
        if path is not None:
            event.acceptProposedAction()
            self.import_csv(path)

    def import_csv(self, path: Path | str | None = None) -> None:
        """Read an online form's CSV into the programme off the UI thread (a few thousand
        rows take a moment), then show what happened; the import is one undo step. Asks
        for the file unless it was dropped on the page."""
        if self._import_task is not None:
            return
        if path is None:
            path = dialogs.ask_open_path(
                self,
                self.tr("Import answers from the online form"),
                str(Path(self.ctx.programme.path).parent),
                self.tr("CSV files (*.csv *.txt);;All files (*)"),
            )
        if not path:
            return
        # A form seen for the first time: the facilitator confirms how its columns are read.
        source = Path(path)
        try:
            data = feedback.read_responses_file(source)
            header = feedback.read_table(data, source.name)[0]
            if not feedback.remembered_columns(self.ctx.programme, header):
                roles = feedback.column_roles(self.ctx.programme, data, source.name)
                self.columns_dialog = ColumnRolesDialog(source.name, roles, self)
                self.columns_dialog.accepted.connect(
                    lambda: self._import_csv(source, self.columns_dialog.roles())
                )
                self.columns_dialog.open()
                return
        except WorkshopError as exc:
            self.import_report.setPlainText(error_text(exc))
            dialogs.show_error(self, error_text(exc), self.tr("Nothing imported"))
            self.import_done.emit(error_text(exc))
            return
        self._import_csv(source)

    def _import_csv(self, source: Path, roles: dict[str, str] | None = None) -> None:
        def write(programme: Programme, progress: runner.Progress) -> feedback.ImportReport:
            return feedback.import_responses_csv(programme, source, roles=roles)

        self._import_task = runner.Task(
            self,
            runner.on_the_file(Path(self.ctx.programme.path), write),
            failure_title=self.tr("Nothing imported"),
            unexpected=self.tr("The import stopped: %s. Nothing was imported."),
        )
        self._import_task.succeeded.connect(
            lambda written: self._imported(self.ctx.programme, source, written)
        )
        self._import_task.failed.connect(self._not_imported)
        self.import_button.setEnabled(False)
        self.import_report.setPlainText(self.tr("Reading %s…") % source.name)
        self._import_task.start()

    def _not_imported(self, error: str) -> None:
        """The file could not be read; the runner shows why next. Nothing was changed."""
        self._import_task = None
        self.import_button.setEnabled(True)
        self.import_report.setPlainText(error)
        self.import_done.emit(error)

    def _imported(self, programme: Programme, source: Path, written: runner.Written) -> None:
        self._import_task = None
        self.import_button.setEnabled(True)
        report: feedback.ImportReport = written.result
        if programme.closed:
            return  # the window moved on to another file meanwhile
        programme.announce(written.changes)
        if report.added:
            self.ctx.undo_stack.push(ImportResponses(programme, report))
        lines = [
            self.tr("%s: %d added, %d skipped as already imported, %d rejected.")
            % (source.name, report.added, report.duplicates, len(report.rejected)),
            self.tr("Card codes read from the column '%s'.") % report.code_column,
        ]
        lines += [self.tr("Rejected %s") % r.as_text() for r in report.rejected]
        self.import_report.setPlainText("\n".join(lines))
        self.import_done.emit("")

    def _check_code(self, text: str) -> None:
        if not text.strip():
            self.code_check.setText(self.tr("Type the code printed on the card."))
            self._code_ok = False
        else:
            check = feedback.check_code(self.ctx.programme, text)
            self._code_ok = check.ok
            if check.ok and check.card is not None:
                session = self.ctx.programme.get("sessions", check.card["session_id"]) or {}
                said = self.tr("Card %d for %s.") % (
                    check.card["serial"],
                    session.get("title") or self.tr("a session"),
                )
            else:
                said = error_text(check.problem) if check.problem else check.message
            self.code_check.setText(("✓ " if check.ok else "✗ ") + said)
        self._update_add_button()

    def _update_add_button(self) -> None:
        self.add_button.setEnabled(self._code_ok and bool(self.words.toPlainText().strip()))

    def add_typed(self) -> None:
        command = AddTypedResponse(
            self.ctx.programme,
            self.code_edit.text(),
            self.words.toPlainText(),
            self.channel.currentData(),
            self.received.date().toString("yyyy-MM-dd"),
        )
        if push_or_explain(self.ctx.undo_stack, command, self):
            self.code_edit.clear()
            self.words.clear()
            self.code_edit.setFocus()

    def selected_response_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def raise_selected(self) -> None:
        ids = self.selected_response_ids()
        if ids:
            raise_as_point(self.ctx, self, [("feedback_responses", i) for i in ids])

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._listening:
            self._listening = False
            self.ctx.bridge.changed.disconnect(self._on_changes)
        super().closeEvent(event)
