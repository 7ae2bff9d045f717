"""Paper for one session: print its handouts, and type in the monitoring forms and
evaluation slips that come back, by keyboard alone.

Typing a form: its printed code (7 characters), then one number per question, as
printed beside each box. A field moves on by itself as soon as the number can only mean
one option; Tab skips a question left blank; Enter keeps the form and starts the next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.core import feedback_codes, monitoring, scans
from workshop.core.errors import WorkshopError
from workshop.core.store import Change
from workshop.i18n import error_text
from workshop.ui import dialogs, notices, runner
from workshop.ui.context import AppContext, touches
from workshop.ui.page_layout import intro_label
from workshop.ui.scan_queue import show_queue
from workshop.ui.undo_commands import InsertRow, push_or_explain


class AnswerBox(QLineEdit):
    """One question's number; says `decided` once the typed number can mean only one
    option (so the form moves on without a Tab)."""

    decided = Signal()

    def __init__(self, question: monitoring.Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        most = len(question.options)
        self.setMaxLength(len(str(most)))
        # Digits only; blank is allowed (not answered), so Enter still keeps the form.
        self.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]*"), self))
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("000") + 16)
        self.textEdited.connect(self._edited)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() and int(text) in self.question.numbers else None

    def _edited(self, text: str) -> None:
        value = self.value()
        if value is None:
            return
        # Moves on unless a longer number could still follow ("1" when there are 19).
        if value * 10 > len(self.question.options) or value == 0:
            self.decided.emit()


class ReturnsEntry(QGroupBox):
    """The keyboard form for returned monitoring forms and evaluation slips."""

    saved = Signal(str)  # the form code kept

    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Type in returned forms"))
        self.ctx, self.session_id = ctx, session_id
        self.kind = ""
        self.code = QLineEdit()
        self.code.setObjectName("form_code")
        self.code.setAccessibleName(self.tr("Form code"))
        self.code.setPlaceholderText(self.tr("Code at the top of the form"))
        self.code.textEdited.connect(self._code_edited)
        self.code.returnPressed.connect(self._code_edited)
        self.status = QLabel()
        self.status.setObjectName("returns_status")
        self.status.setWordWrap(True)
        self.fields = QFormLayout()
        self.fields.addRow(self.tr("Form c&ode"), self.code)
        self.answers: dict[str, AnswerBox] = {}
        self.shown: dict[str, QLabel] = {}
        self.better = QLineEdit()
        self.better.setObjectName("answer_better")
        self.better.setAccessibleName(monitoring.EVALUATION_FREE_TEXT)
        self.better.returnPressed.connect(self.keep)
        self._rows: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Type the code, then the number beside each ticked box. Tab skips a "
                    "question left blank; Enter keeps the form and starts the next one."
                )
            )
        )
        layout.addLayout(self.fields)
        self.panel = QWidget()
        self.questions = QFormLayout(self.panel)
        layout.addWidget(self.panel)
        self._layout = layout
        layout.addWidget(self.status)

    def _clear_questions(self) -> None:
        # A new panel each form: the old one may be mid-signal (Enter in one of its boxes),
        # so it goes once control is back in the event loop.
        old = self.panel
        old.hide()
        old.deleteLater()
        self.panel = QWidget()
        self.questions = QFormLayout(self.panel)
        self._layout.insertWidget(self._layout.indexOf(old), self.panel)
        self._layout.removeWidget(old)
        self.answers.clear()
        self.shown.clear()
        self.better = QLineEdit()
        self.better.setObjectName("answer_better")
        self.better.setAccessibleName(monitoring.EVALUATION_FREE_TEXT)
        self.better.returnPressed.connect(self.keep)

    def _code_edited(self, *_: object) -> None:
        code = feedback_codes.normalise(self.code.text())
        if len(code) < feedback_codes.CODE_LENGTH:
            return
        try:
            kind, session_id, code = monitoring.session_for_code(self.ctx.programme, code)
            monitoring.check_not_typed_in(self.ctx.programme, kind, code)
        except WorkshopError as exc:
            self.status.setText(error_text(exc))
            return
        if session_id != self.session_id:
            self.status.setText(
                self.tr("This form is from another session. Type it in on that session's page.")
            )
            return
        self._show_questions(kind)

    def _show_questions(self, kind: str) -> None:
        self._clear_questions()
        self.kind = kind
        boxes: list[QWidget] = []
        for question in monitoring.questions(self.ctx.programme, kind):
            box = AnswerBox(question)
            box.setObjectName(f"answer_{question.key}")
            box.setAccessibleName(question.text)
            shown = QLabel()
            box.textChanged.connect(
                lambda _t, b=box, s=shown: s.setText(
                    b.question.label(b.value()) if b.text() else ""
                )
            )
            box.returnPressed.connect(self.keep)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(shown, 1)
            self.questions.addRow(question.text, row)
            self.answers[question.key] = box
            self.shown[question.key] = shown
            boxes.append(box)
        if kind == monitoring.EVALUATION:
            self.questions.addRow(monitoring.EVALUATION_FREE_TEXT, self.better)
            boxes.append(self.better)
        for box, after in zip(boxes, boxes[1:], strict=False):
            if isinstance(box, AnswerBox):
                box.decided.connect(after.setFocus)
        self.status.setText(
            self.tr("Monitoring form %s") % feedback_codes.format_code(self.code.text())
            if kind == monitoring.MONITORING
            else self.tr("Evaluation slip %s") % feedback_codes.format_code(self.code.text())
        )
        # New rows are shown by the layout only on the next pass of the event loop; the
        # first box must take the focus now, before the next key arrives.
        self.panel.show()
        boxes[0].setFocus()

    def keep(self) -> None:
        if not self.kind:
            return
        for box in self.answers.values():
            if box.text().strip() and box.value() is None:
                self.status.setText(
                    self.tr("For '%s', type a number from 0 to %d, or leave it blank.")
                    % (box.question.text, len(box.question.options))
                )
                box.setFocus()
                box.selectAll()
                return
        answers: dict[str, object] = {k: box.value() for k, box in self.answers.items()}
        if self.kind == monitoring.EVALUATION:
            answers["better"] = self.better.text().strip()
        try:
            table, row = monitoring.prepare_return(self.ctx.programme, self.code.text(), answers)
        except WorkshopError as exc:
            self.status.setText(error_text(exc))
            return
        command = InsertRow(self.ctx.programme, table, row, self.tr("Type in a returned form"))
        if not push_or_explain(self.ctx.undo_stack, command, self):
            return
        code = row["form_code"]
        self._clear_questions()
        self.kind = ""
        self.code.clear()
        self.code.setFocus()
        self.status.setText(
            self.tr("Kept %s. Type the next code.") % feedback_codes.format_code(code)
        )
        self.saved.emit(code)


class PaperPage(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session_id = ctx, session_id
        self._task: runner.Task | None = None
        self._online_task: runner.Task | None = None
        self.part_boxes: dict[str, QCheckBox] = {}
        labels = {
            "run-sheet": self.tr("Run sheet"),
            "poster": self.tr("Expectations poster"),
            "consent": self.tr("Information and consent sheet"),
            "sign-in": self.tr("Sign-in sheet"),
            "monitoring": self.tr("Equality monitoring forms"),
            "evaluation": self.tr("Evaluation slips"),
            "receipts": self.tr("Incentive receipts"),
        }
        # Imported when the page is first shown: the handouts bring reportlab, which the
        # window does not need to open (tests/test_startup_imports.py).
        from workshop.export.handouts import MAX_COPIES, PARTS, expected_copies

        parts = QGroupBox(self.tr("Handouts to print"))
        part_layout = QVBoxLayout(parts)
        for part in PARTS:
            box = QCheckBox(labels[part.key])
            box.setChecked(True)
            box.setObjectName(f"part_{part.key}")
            part_layout.addWidget(box)
            self.part_boxes[part.key] = box
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setObjectName("handouts_large_print")
        self.poster_size = QComboBox()
        self.poster_size.setObjectName("poster_size")
        self.poster_size.setAccessibleName(self.tr("Paper for the poster"))
        self.poster_size.addItem(self.tr("A4"), "A4")
        self.poster_size.addItem(self.tr("A3 (larger type)"), "A3")
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setObjectName("handouts_copies")
        self.copies.setAccessibleName(self.tr("Copies of each form"))
        session = ctx.programme.get("sessions", session_id)
        if session:
            self.copies.setValue(expected_copies(ctx.programme, session))
        self.save_button = QPushButton(self.tr("Save handouts as &PDF…"))
        self.save_button.setObjectName("save_handouts")
        self.save_button.clicked.connect(self.save_handouts)
        self.save_status = QLabel()
        self.save_status.setObjectName("handouts_status")
        copies_row = QFormLayout()
        copies_row.addRow(self.tr("Paper for the poste&r"), self.poster_size)
        copies_row.addRow(self.tr("Cop&ies of each form"), self.copies)
        self.online_kind = QComboBox()
        self.online_kind.setObjectName("online_kind")
        self.online_kind.setAccessibleName(self.tr("Which online form"))
        self.online_kind.addItem(self.tr("Monitoring forms"), monitoring.MONITORING)
        self.online_kind.addItem(self.tr("Evaluation slips"), monitoring.EVALUATION)
        # The online form's choice sits with its own button, not among the print options.
        online_row = QFormLayout()
        online_row.addRow(self.tr("Online for&m"), self.online_kind)
        self.online_button = QPushButton(self.tr("Bring in o&nline returns (CSV)…"))
        self.online_button.setObjectName("import_returns")
        self.online_button.clicked.connect(self.import_online_returns)
        self.online_status = QLabel()
        self.online_status.setObjectName("online_status")
        self.online_status.setWordWrap(True)
        self.entry = ReturnsEntry(ctx, session_id)
        self.counts = QLabel()
        self.counts.setObjectName("returns_counts")
        self.scanned = QLabel()
        self.scanned.setObjectName("scans_waiting")
        self.scanned.setWordWrap(True)
        self.queue_button = QPushButton(self.tr("T&ype in scanned paper…"))
        self.queue_button.setObjectName("open_scan_queue")
        self.queue_button.clicked.connect(lambda: show_queue(self.window()))
        layout = QVBoxLayout(self)
        layout.addWidget(
            intro_label(
                self.tr(
                    "Print everything you need on the day, each part on its own pages. "
                    "Monitoring forms and evaluation slips are anonymous: their codes let you "
                    "type each one in once, and they are never matched to anyone's words."
                )
            )
        )
        layout.addWidget(parts)
        layout.addWidget(self.large_print)
        layout.addLayout(copies_row)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.save_status)
        layout.addLayout(online_row)
        layout.addWidget(self.online_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.online_status)
        layout.addWidget(self.entry)
        layout.addWidget(self.counts)
        layout.addWidget(self.scanned)
        layout.addWidget(self.queue_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._show_counts()
        ctx.bridge.changed.connect(self._on_changes)

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "monitoring_returns", "evaluation_returns", "scan_crops", "scan_pages"):
            self._show_counts()

    def _show_counts(self) -> None:
        ids = [self.session_id]
        forms = len(monitoring.returns(self.ctx.programme, monitoring.MONITORING, ids))
        slips = len(monitoring.returns(self.ctx.programme, monitoring.EVALUATION, ids))
        self.counts.setText(
            self.tr("Typed in so far: %d monitoring forms, %d evaluation slips.") % (forms, slips)
        )
        programme = self.ctx.programme
        waiting = len(scans.queue(programme)) + len(scans.unmatched_pages(programme))
        self.scanned.setText(
            self.tr("Scanned cards and forms waiting to be typed in: %1.").replace(
                "%1", str(waiting)
            )
            if waiting
            else self.tr(
                "No scanned cards or forms are waiting. To bring some in, use File > Bring in scans."
            )
        )
        self.queue_button.setEnabled(bool(waiting))

    def chosen_parts(self) -> list[str]:
        return [key for key, box in self.part_boxes.items() if box.isChecked()]

    def save_handouts(self) -> None:
        parts = self.chosen_parts()
        if not parts:
            self.save_status.setText(self.tr("Tick at least one handout to print."))
            return
        start = Path(self.ctx.programme.path).with_name("handouts.pdf")
        path = dialogs.ask_save_path_ending(
            self, self.tr("Save handouts"), str(start), self.tr("PDF (*.pdf)"), ".pdf"
        )
        if path is None:
            return
        source = Path(self.ctx.programme.path)
        session_id, large, copies, poster_size = (
            self.session_id,
            self.large_print.isChecked(),
            self.copies.value(),
            self.poster_size.currentData(),
        )

        def work(progress) -> Path:
            from workshop.export.handouts import write_handouts

            # Its own read-only connection: SQLite connections stay in their thread.
            write_handouts(source, session_id, path, parts, large, copies, poster_size)
            return path

        self.save_button.setEnabled(False)
        self.save_status.setText(self.tr("Laying out the handouts…"))
        self._task = runner.Task(
            self,
            work,
            failure_title=self.tr("Handouts not saved"),
            unexpected=self.tr("The handouts could not be laid out: %s."),
        )
        self._task.succeeded.connect(self._saved)
        self._task.failed.connect(self._not_saved)
        self._task.start()

    def _saved(self, path: Path) -> None:
        self._task = None
        self.save_button.setEnabled(True)
        self.save_status.setText(self.tr("Saved %s.") % path.name)

    def _not_saved(self, error: str) -> None:
        self._task = None
        self.save_button.setEnabled(True)
        self.save_status.setText(error)

    def import_online_returns(self) -> None:
        """An online form's CSV: every row checked first, then all kept in one step, or
        none (core.returns_csv)."""
        chosen = dialogs.ask_open_path(
            self,
            self.tr("Bring in online returns"),
            str(dialogs.documents_folder()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not chosen:
            return
        source, session_id, kind = Path(chosen), self.session_id, self.online_kind.currentData()

        def write(programme, progress):
            from workshop.core import returns_csv

            data = source.read_bytes()
            return returns_csv.import_returns(programme, data, source.name, session_id, kind)

        self.online_button.setEnabled(False)
        self.online_status.setText(self.tr("Reading %s…") % source.name)
        self._online_task = runner.Task(
            self,
            runner.on_the_file(Path(self.ctx.programme.path), write),
            failure_title=self.tr("Nothing brought in"),
            unexpected=self.tr("The import stopped: %s. Nothing was brought in."),
        )
        self._online_task.succeeded.connect(self._returns_brought_in)
        self._online_task.failed.connect(self._returns_not_brought_in)
        self._online_task.start()

    def _returns_brought_in(self, written: runner.Written) -> None:
        self._online_task = None
        self.online_button.setEnabled(True)
        if self.ctx.programme.closed:
            return
        self.ctx.programme.announce(written.changes)
        plan = written.result
        text = self.tr("%1 returns brought in.").replace("%1", str(len(plan.rows)))
        if plan.already:
            text += " " + self.tr("%1 were brought in before and were skipped.").replace(
                "%1", str(plan.already)
            )
        self.online_status.setText(text)
        notices.tell(self, text, fallback=self.ctx.window)

    def _returns_not_brought_in(self, error: str) -> None:
        self._online_task = None
        self.online_button.setEnabled(True)
        self.online_status.setText(error)
