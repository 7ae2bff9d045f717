"""Session page "Questions": the question wall (GMCA values 9e and 13c).

Type a question the way the resident said it and press Enter. Then either write down the
answer given there and then, or park it with an owner and a date for a written answer.
"Only still owed" shows what the team still has to answer.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.core import questions
from workshop.core.store import Change
from workshop.ui.context import AppContext, touches
from workshop.ui.dates import SHORT_DATE, short_date
from workshop.ui.forms import PlainTextField
from workshop.ui.language_box import LanguageBox
from workshop.ui.page_layout import (
    SideBySide,
    fill_rows,
    flow_row,
    intro_label,
    listing_table,
    push_button,
)
from workshop.ui.raise_point import raise_as_point
from workshop.ui.undo_commands import InsertRow, SetFields, delete_if_confirmed, push_or_explain
from workshop.ui.window_geometry import FittingDialog

# Marked for the translation build: the headers are translated where the table is made.
COLUMNS = (
    QT_TRANSLATE_NOOP("QuestionWall", "Question"),
    QT_TRANSLATE_NOOP("QuestionWall", "Asked by"),
    QT_TRANSLATE_NOOP("QuestionWall", "Where it stands"),
    QT_TRANSLATE_NOOP("QuestionWall", "Answer"),
)


def status_words(row: dict[str, Any]) -> str:
    """`questions.status_text` in the chosen language: the core's English status label and
    template are translated (falling back to the shared context, where the i18n build puts
    the core's labels) and the date is written by the locale."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("QuestionWallPage", text)

    template, label = questions.status_parts(row)
    if template == "%1":
        return tr(label)
    when = short_date(row.get("due") or "")
    pieces = [tr(label), row.get("owner") or "", when]
    return re.sub(r"%([1-3])", lambda m: pieces[int(m.group(1)) - 1], tr(template))


class QuestionWallPage(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("QuestionWallPage")
        self.ctx, self.programme, self.session_id = ctx, ctx.programme, session_id
        self.rows: list[dict[str, Any]] = []
        self._shown_id = ""

        self.new_text = QLineEdit()
        self.new_text.setObjectName("new_question")
        self.new_text.setPlaceholderText(self.tr("Type the question in the resident's words"))
        self.new_text.setAccessibleName(self.tr("New question"))
        self.new_text.returnPressed.connect(self.add_question)
        self.new_by = QLineEdit()
        self.new_by.setPlaceholderText(self.tr("Table or group (optional)"))
        self.new_by.setAccessibleName(self.tr("Asked by which table or group"))
        self.new_by.setMaximumWidth(220)
        self.new_by.returnPressed.connect(self.add_question)
        add = push_button(self.tr("Add quest&ion"), self.tr("Add the question"), self.add_question)
        self.new_text.setMinimumWidth(self.new_text.fontMetrics().averageCharWidth() * 30)
        self.language = LanguageBox()
        self.language.follow(self.new_text)
        entry = SideBySide(
            [self.new_text, flow_row(self.new_by, self.language, add)],
            wants=[40, 36],
            stretch=[1, 0],
        )

        self.owed_only = QCheckBox(self.tr("&Only still owed"))
        self.owed_only.setAccessibleName(self.tr("Show only questions still owed an answer"))
        self.owed_only.toggled.connect(lambda _: self.refresh())
        self.counts = QLabel()
        self.counts.setObjectName("question_counts")
        filters = flow_row(self.owed_only, self.counts, stretch_before=1)

        self.table = listing_table(
            [self.tr(c) for c in COLUMNS],
            self.tr("Questions asked"),
            stretch=(0, 3),
            object_name="questions_table",
            optional=(1,),  # hidden only when the words cannot fit (Welsh, 200 %, 1024 px)
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._show_selected)

        # The list above the chosen question; the page scrolls when both need more room
        # (a splitter would squeeze the question's wrapped rows instead).
        self.table.setMinimumHeight(self.fontMetrics().height() * 10)
        editor = self._build_editor()

        layout = QVBoxLayout(self)
        layout.addWidget(
            intro_label(
                self.tr(
                    "Write each question the way it was asked. Answer it there and then and note "
                    "the answer, or park it with who will answer and by when. Parked questions get "
                    "a written answer."
                )
            )
        )
        layout.addWidget(entry)
        layout.addWidget(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(editor, 2)
        self.refresh()
        ctx.bridge.changed.connect(self._on_changes)

    def _build_editor(self) -> QWidget:
        box = QGroupBox(self.tr("The chosen question"))
        self.text_edit = PlainTextField()
        self.text_edit.setObjectName("question_text")
        self.text_edit.setMaximumHeight(70)
        self.text_edit.setAccessibleName(self.tr("Question, in the resident's words"))
        self.text_edit.editingFinished.connect(lambda: self._set({"text": self._text()}))
        self.answer_edit = PlainTextField()
        self.answer_edit.setObjectName("question_answer")
        self.answer_edit.setAccessibleName(self.tr("Answer given"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setObjectName("question_owner")
        self.owner_edit.setAccessibleName(self.tr("Who will answer"))
        self.owner_edit.setPlaceholderText(self.tr("Person or team"))
        self.due_edit = QDateEdit()
        self.due_edit.setObjectName("question_due")
        self.due_edit.setAccessibleName(self.tr("Written answer due by"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(SHORT_DATE)
        self.status_label = QLabel()
        self.status_label.setObjectName("question_status")

        self.answered_button = push_button(
            self.tr("Answered &now"), self.tr("Mark answered there and then"), self.mark_answered
        )
        self.park_button = push_button(
            self.tr("&Park for a written answer"),
            self.tr("Park with an owner and a due date"),
            self.park,
        )
        self.sent_button = push_button(
            self.tr("W&ritten answer sent"),
            self.tr("Mark the written answer as sent"),
            self.mark_sent,
        )
        self.raise_button = push_button(
            self.tr("Raise as point…"), self.tr("Raise this question as a point"), self._raise_point
        )
        self.delete_button = push_button(
            self.tr("&Delete"), self.tr("Delete this question"), self.delete_question
        )

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Question:"), self.text_edit)
        form.addRow(self.tr("Where it stands:"), self.status_label)
        form.addRow(self.tr("Ans&wer:"), self.answer_edit)
        self.owner_edit.setMinimumWidth(self.owner_edit.fontMetrics().averageCharWidth() * 20)
        owner_row = flow_row(self.owner_edit, QLabel(self.tr("by")), self.due_edit)
        form.addRow(self.tr("Owner:"), owner_row)
        buttons = flow_row(
            self.answered_button,
            self.park_button,
            self.sent_button,
            self.raise_button,
            self.delete_button,
            stretch_before=4,
        )
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(buttons)
        self.editor = box
        return box

    # ----- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.programme.closed:
            return
        keep = self.selected_id()
        self.rows = questions.for_session(
            self.programme, self.session_id, still_owed_only=self.owed_only.isChecked()
        )
        every = questions.for_session(self.programme, self.session_id)
        owed = sum(1 for r in every if r["status"] in questions.STILL_OWED)
        self.counts.setText(
            self.tr("%1 questions, %2 still owed")
            .replace("%1", str(len(every)))
            .replace("%2", str(owed))
        )
        not_yet = self.tr("(not answered yet)")
        self.table.blockSignals(True)
        fill_rows(
            self.table,
            [
                (
                    row["id"],
                    (
                        row["text"],
                        row["asked_by"],
                        status_words(row),
                        row["answer"] or (not_yet if row["status"] in questions.STILL_OWED else ""),
                    ),
                )
                for row in self.rows
            ],
        )
        self.table.blockSignals(False)
        ids = [r["id"] for r in self.rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._show_selected()

    def selected_id(self) -> str:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else ""

    def select(self, question_id: str) -> None:
        ids = [r["id"] for r in self.rows]
        if question_id in ids:
            self.table.selectRow(ids.index(question_id))

    def _show_selected(self) -> None:
        qid = self.selected_id()
        row = self.programme.get("questions", qid) if qid else None
        self.editor.setEnabled(row is not None)
        same = row is not None and qid == self._shown_id
        self._shown_id = qid
        row = row or {"text": "", "answer": "", "owner": "", "due": "", "status": "open"}
        self.status_label.setText(status_words(row) if row.get("id") else "")
        self.sent_button.setEnabled(row["status"] in ("owed", "open"))
        if same:
            # The same question changed (a save, an undo): keep what is being typed for the
            # answer and owner, which are saved by the buttons.
            if not self.text_edit.hasFocus() and self.text_edit.toPlainText() != row["text"]:
                self.text_edit.setPlainText(row["text"])
            if row["answer"] and not self.answer_edit.hasFocus():
                self.answer_edit.setPlainText(row["answer"])
            return
        for edit, value in ((self.text_edit, row["text"]), (self.answer_edit, row["answer"])):
            if edit.toPlainText() != value:
                edit.setPlainText(value)
        self.owner_edit.setText(row["owner"])
        due = QDate.fromString(row["due"], "yyyy-MM-dd") if row["due"] else QDate()
        self.due_edit.setDate(due if due.isValid() else QDate.currentDate().addDays(28))

    # ----- changing ----------------------------------------------------------------------

    def _text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _set(self, values: dict[str, Any], label: str | None = None) -> bool:
        qid = self.selected_id()
        row = self.programme.get("questions", qid) if qid else None
        if row is None:
            return False
        values = {k: v for k, v in values.items() if row[k] != v}
        if not values:
            return True
        command = SetFields(
            self.programme, "questions", qid, values, label or self.tr("Change question")
        )
        return push_or_explain(self.ctx.undo_stack, command, self)

    def add_question(self) -> None:
        text = self.new_text.text().strip()
        if not text:
            self.new_text.setFocus()
            return
        position = self.programme.db["questions"].count_where("session_id = ?", [self.session_id])
        command = InsertRow(
            self.programme,
            "questions",
            {
                "session_id": self.session_id,
                "text": text,
                "asked_by": self.new_by.text().strip(),
                "position": position,
                "language": self.language.language_for(text),
            },
            self.tr("Add question"),
        )
        if push_or_explain(self.ctx.undo_stack, command, self):
            self.new_text.clear()
            self.new_text.setFocus()
            if command.row_id:
                self.select(command.row_id)

    def mark_answered(self) -> None:
        self._set(
            {
                "status": "answered",
                "answer": self.answer_edit.toPlainText().strip(),
                "text": self._text(),
                "answered_on": date.today().isoformat(),
            },
            self.tr("Answer question"),
        )

    def park(self) -> None:
        self._set(
            {
                "status": "owed",
                "owner": self.owner_edit.text().strip(),
                "due": self.due_edit.date().toString("yyyy-MM-dd"),
                "text": self._text(),
            },
            self.tr("Park question"),
        )

    def mark_sent(self) -> None:
        self._set(
            {
                "status": "sent",
                "answer": self.answer_edit.toPlainText().strip(),
                "answered_on": date.today().isoformat(),
            },
            self.tr("Written answer sent"),
        )

    def delete_question(self) -> None:
        qid = self.selected_id()
        if not qid:
            return
        delete_if_confirmed(
            self.ctx,
            self,
            "questions",
            qid,
            title=self.tr("Delete question"),
            question=self.tr("Delete this question? You can undo it with Edit > Undo."),
            yes=self.tr("Delete"),
        )

    def _raise_point(self) -> None:
        qid = self.selected_id()
        if not qid:
            return
        raise_as_point(self.ctx, self, [("questions", qid)])

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "questions"):
            self.refresh()


class StillOwedDialog(FittingDialog):
    """Every question across the programme still waiting for an answer, soonest due first
    (Tools > Questions still owed…)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("StillOwedDialog")
        self.setWindowTitle(self.tr("Questions still owed an answer"))
        self.ctx = ctx
        self.table = listing_table(
            [
                self.tr("Question"),
                self.tr("Session"),
                self.tr("Where it stands"),
                self.tr("Asked by"),
            ],
            self.tr("Questions still owed an answer"),
            stretch=(0,),
            object_name="still_owed_table",
        )
        self.table.setTabKeyNavigation(False)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.resize(1000, 520)
        self.refresh()
        ctx.bridge.changed.connect(self._on_changes)

    def refresh(self) -> None:
        programme = self.ctx.programme
        if programme.closed:
            return
        rows = questions.still_owed(programme)
        titles = {s["id"]: s["title"] for s in programme.rows("sessions")}
        overdue = sum(1 for r in rows if questions.is_overdue(r))
        self.summary.setText(
            self.tr("%1 questions still owed an answer, %2 of them overdue.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(overdue))
        )
        fill_rows(
            self.table,
            [
                (
                    row["id"],
                    (
                        row["text"],
                        titles.get(row["session_id"], ""),
                        status_words(row),
                        row["asked_by"],
                    ),
                )
                for row in rows
            ],
        )

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "questions", "sessions"):
            self.refresh()
