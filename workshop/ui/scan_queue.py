"""Typing in scanned paper: one card or form at a time, its picture large on the left and
the answer box on the right, by keyboard alone.

Enter saves and shows the next (Shift+Enter starts a new line in a card's words);
Ctrl+R "can't read", Ctrl+B "blank", Ctrl+L "leave out of publications" (a card's words
are kept, never quoted). A form takes the ticked numbers as one line ("3 2 - 1"), the
questions and their numbered options listed beside it. A page on which no code could be
read asks for its code; once typed, its card or form joins the queue. A card or form that
came back before is shown, flagged, and never typed in again.

Each saved item is one commit (a crash loses nothing typed before it) and one undo step
(`ScanStep`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop.core import monitoring, paper_marks, scan_typing, scans
from workshop.core.errors import WorkshopError
from workshop.core.feedback_codes import format_code
from workshop.core.store import Change, Programme, Snapshot
from workshop.i18n import core_tr, error_text
from workshop.ui import window_geometry
from workshop.ui.context import AppContext, touches
from workshop.ui.page_layout import flow_row
from workshop.ui.undo_commands import CoreCommand

FORM_KINDS = {paper_marks.MONITORING: monitoring.MONITORING, paper_marks.EVALUATION: "E"}


class ScanStep(CoreCommand):
    """One item of the queue saved through the core (`do`): on undo every row the core
    made is deleted and the crop or page it was about (`table`, `row_id`) gets its old
    fields back; redo puts the same rows back."""

    def __init__(
        self,
        programme: Programme,
        text: str,
        do: Callable[[Programme], Any],
        table: str,
        row_id: str,
    ):
        super().__init__(text)
        self.programme, self.do, self.table, self.row_id = programme, do, table, row_id
        self.before = programme.get(table, row_id) or {}
        self.changed: dict[str, Any] = {}
        self.made: list[tuple[str, str]] = []
        self.snapshots: list[Snapshot] = []
        self.result: Any = None

    def apply(self) -> None:
        programme = self.programme
        if self.snapshots:  # a redo: the same rows again
            with programme.transaction():
                for snapshot in self.snapshots:
                    programme.restore(snapshot)
                programme.update(self.table, self.row_id, self.changed)
            return
        made: list[tuple[str, str]] = []

        def listen(changes: list[Change]) -> None:
            made.extend((c.table, i) for c in changes if c.kind == "insert" for i in c.ids)

        programme.subscribe(listen)
        try:
            self.result = self.do(programme)
        finally:
            programme.unsubscribe(listen)
        self.made = made
        after = programme.get(self.table, self.row_id) or {}
        self.changed = {
            k: v for k, v in after.items() if k != "updated_at" and self.before.get(k) != v
        }

    def revert(self) -> None:
        programme = self.programme
        with programme.transaction():
            gone = [programme.delete(table, row_id) for table, row_id in reversed(self.made)]
            self.snapshots = list(reversed(gone))
            programme.update(self.table, self.row_id, {k: self.before[k] for k in self.changed})


class PictureView(QWidget):
    """A picture drawn as large as the room allows, keeping its shape: it never scrolls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scan_picture")
        self.pixmap = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def set_picture(self, data: bytes) -> None:
        self.pixmap = QPixmap()
        if data:
            self.pixmap.loadFromData(data)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 480)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.pixmap.isNull():
            return
        scaled = self.pixmap.scaled(
            self.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        x = (self.width() - scaled.width()) // 2
        y = (self.height() - scaled.height()) // 2
        painter.drawPixmap(x, y, scaled)


class AnswerBox(QPlainTextEdit):
    """What is written: Enter says `submitted`; Shift+Enter starts a new line where a new
    line means something (a card's words). Tab moves on, as in any box."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scan_answer")
        self.setTabChangesFocus(True)
        self.multiline = True

    def event(self, event) -> bool:
        # Ctrl+Z with nothing typed to take back undoes the last saved item (the window's
        # Undo) instead of being swallowed by the box.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.document().isUndoAvailable()
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                if self.multiline:
                    self.insertPlainText("\n")
                return
            self.submitted.emit()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class Item:
    """One thing to look at: a crop waiting, a crop that came back before, or a page on
    which no code could be read."""

    kind: str  # "crop", "duplicate" or "page"
    row_id: str


class ScanQueueWindow(QWidget):
    """The transcription queue of the programme's scanned paper."""

    def __init__(
        self, ctx: AppContext, duplicates: list[str] | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("scan_queue")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Type in scanned paper — Workshop"))
        self.ctx = ctx
        self._duplicates = list(duplicates or [])  # crop ids to show once, flagged
        self._skipped: list[Item] = []
        self.items: list[Item] = []
        self.current: Item | None = None

        self.picture = PictureView()
        self.picture.setAccessibleName(self.tr("Picture of what was written"))
        self.what = QLabel()
        self.what.setObjectName("scan_what")
        self.what.setWordWrap(True)
        font = self.what.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.what.setFont(font)
        self.left = QLabel()
        self.left.setObjectName("scan_left")
        self.left.setWordWrap(True)
        self.flag = QLabel()
        self.flag.setObjectName("scan_flag")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("font-weight: bold;")
        self.how = QLabel()
        self.how.setObjectName("scan_how")
        self.how.setWordWrap(True)
        self.answer = AnswerBox()
        self.answer.submitted.connect(self.save)
        self.answer_label = QLabel()
        self.answer_label.setObjectName("scan_answer_label")
        self.answer_label.setWordWrap(True)
        self.answer_label.setBuddy(self.answer)
        self.message = QLabel()
        self.message.setObjectName("scan_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet("font-weight: bold;")

        self.save_button = self._button(self.tr("Save and next"), "Return", self.save)
        self.unreadable_button = self._button(
            self.tr("Can't read"), "Ctrl+R", lambda: self.mark(scans.UNREADABLE)
        )
        self.blank_button = self._button(self.tr("Blank"), "Ctrl+B", lambda: self.mark(scans.BLANK))
        self.leave_out_button = self._button(
            self.tr("Leave out of publications"), "Ctrl+L", lambda: self.save(leave_out=True)
        )
        self.skip_button = self._button(self.tr("Skip for now"), "Ctrl+PgDown", self.skip)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("scan_close")
        self.close_button.setToolTip(self.tr("Close (Esc). Everything typed is kept."))
        self.close_button.clicked.connect(self.close)
        # The buttons flow onto as many rows as the side has room for (long Welsh labels
        # at 200 % would otherwise set the window's width).
        buttons = flow_row(
            self.save_button,
            self.leave_out_button,
            self.unreadable_button,
            self.blank_button,
            self.skip_button,
            self.close_button,
        )

        self.questions = QLabel()
        self.questions.setObjectName("scan_questions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.PlainText)
        self.questions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.questions_area = QScrollArea()
        self.questions_area.setObjectName("scan_questions_area")
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.questions_area.setWidget(self.questions)
        self.questions_area.setAccessibleName(self.tr("The form's questions"))

        side = QWidget()
        side.setObjectName("scan_side")
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.what, self.left, self.flag, self.how, self.answer_label):
            column.addWidget(widget)
        column.addWidget(self.answer, 2)
        column.addWidget(self.message)
        column.addWidget(buttons)
        column.addWidget(self.questions_area, 3)
        # Takes the room when neither a card's box nor a form's questions want it.
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column.addWidget(self.filler, 3)
        self.side = side

        # The side scrolls down (never sideways) when the text is large and the screen
        # small; the picture keeps its share of the window.
        side_area = QScrollArea()
        side_area.setObjectName("scan_side_area")
        side_area.setWidgetResizable(True)
        side_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_area.setFrameShape(QFrame.Shape.NoFrame)
        side_area.setWidget(side)
        # Never narrower than its widest button or word, so it scrolls only downwards.
        side_area.setMinimumWidth(
            side.minimumSizeHint().width() + side_area.verticalScrollBar().sizeHint().width()
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 3)
        layout.addWidget(side_area, 2)

        undo = QAction(self.tr("Undo"), self)
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        undo.triggered.connect(self.undo)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addActions([undo, close])

        window_geometry.place(self, QSize(1280, 760))
        ctx.bridge.changed.connect(self._on_changes)
        self.refresh()

    def _button(self, text: str, keys: str, pressed: Callable[[], object]) -> QPushButton:
        """A button that says its key; the key works from anywhere in the window."""
        sequence = QKeySequence(keys)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(self.tr("%1 (%2)").replace("%1", text).replace("%2", shown))
        button.setAccessibleName(text)
        button.setToolTip(self.tr("%1 — %2").replace("%1", text).replace("%2", shown))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _=False: pressed())
        if keys != "Return":  # Enter belongs to the answer box
            action = QAction(text, self)
            action.setShortcut(sequence)
            action.triggered.connect(lambda _=False: button.isEnabled() and pressed())
            self.addAction(action)
        return button

    # ----- the list ---------------------------------------------------------------------

    def _load(self) -> list[Item]:
        programme = self.ctx.programme
        waiting = [Item("crop", r["id"]) for r in scans.queue(programme)]
        pages = [Item("page", r["id"]) for r in scans.unmatched_pages(programme)]
        shown = [Item("duplicate", i) for i in self._duplicates if programme.get("scan_crops", i)]
        items = shown + waiting + pages
        later = [i for i in self._skipped if i in items]
        return [i for i in items if i not in later] + later

    def refresh(self, wanted: Item | None = None) -> None:
        """Read the queue again and show `wanted`, else the item on screen, else the first."""
        self.items = self._load()
        for choice in (wanted, self.current):
            if choice is not None and choice in self.items:
                self._show(choice)
                return
        self._show(self.items[0] if self.items else None)

    def left_to_type(self) -> int:
        return sum(1 for i in self.items if i.kind != "duplicate")

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "scan_crops", "scan_pages"):
            self.refresh()

    # ----- one item -----------------------------------------------------------------------

    def _show(self, item: Item | None) -> None:
        self.current = item
        self.message.clear()
        left = self.left_to_type()
        self.left.setText(self.tr("%n left to type", "", left) if left else "")
        if item is None:
            self._show_nothing()
            return
        table = "scan_pages" if item.kind == "page" else "scan_crops"
        row = self.ctx.programme.get(table, item.row_id) or {}
        self.picture.set_picture(scans.decode_picture(row.get("picture")))
        self.answer.clear()
        self.answer.setEnabled(True)
        # A duplicate is not typed: the box stays, read-only, so Enter still moves on.
        self.answer.setReadOnly(item.kind == "duplicate")
        self.flag.setVisible(item.kind == "duplicate")
        self.flag.setText(self.tr("Already returned — not counted again."))
        kind = row.get("kind", "")
        is_card = item.kind == "crop" and kind == paper_marks.CARD
        is_form = item.kind == "crop" and kind in FORM_KINDS
        self.answer.multiline = is_card
        for button in (self.unreadable_button, self.blank_button, self.skip_button):
            button.setEnabled(item.kind == "crop" or (button is self.skip_button))
        self.leave_out_button.setEnabled(is_card)
        self.save_button.setEnabled(True)
        if item.kind == "duplicate":
            self.save_button.setText(self.tr("Next (%1)"))
        elif item.kind == "page":
            self.save_button.setText(self.tr("Check the code (%1)"))
        else:
            self.save_button.setText(self.tr("Save and next (%1)"))
        self.save_button.setText(self.save_button.text().replace("%1", self._enter()))
        self.questions_area.setVisible(is_form)
        self.filler.setVisible(not is_form and not is_card)
        self.answer.setMaximumHeight(16777215 if is_card else self._lines_high(3))
        if item.kind == "page":
            self.what.setText(
                self.tr("Page %1 of %2: no code could be read")
                .replace("%1", str(row.get("page_number", "")))
                .replace("%2", row.get("source_name", ""))
            )
            self.how.setText(
                self.tr(
                    "Type the code printed on this card or form (7 letters and numbers). "
                    "Enter checks it; the card or form then joins the queue."
                )
            )
            self.answer_label.setText(self.tr("C&ode on the paper"))
            self.picture.setAccessibleName(self.tr("Picture of the whole page"))
        else:
            self.what.setText(self._what(row))
            self.picture.setAccessibleName(self.tr("Picture of what was written"))
            if item.kind == "duplicate":
                self.how.setText(
                    self.tr(
                        "This card or form came back before. It is kept, but not counted "
                        "again and not typed in. Enter shows the next."
                    )
                )
                self.answer_label.setText(self.tr("&Nothing to type"))
            elif is_card:
                self.how.setText(
                    self.tr(
                        "Type the words as written. Enter saves and shows the next; "
                        "Shift+Enter starts a new line."
                    )
                )
                self.answer_label.setText(self.tr("&Words on the card"))
            else:
                self.how.setText(self._form_help(kind))
                self.answer_label.setText(self.tr("&Numbers ticked, in order"))
                self.questions.setText(self._questions_text(kind))
        self.answer.setAccessibleName(self.answer_label.text().replace("&", ""))
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_nothing(self) -> None:
        self.picture.set_picture(b"")
        self.what.setText(self.tr("Nothing left to type in"))
        self.how.setText(
            self.tr(
                "Every scanned card and form has been typed in or marked. Bring in more "
                "with File > Bring in scans."
            )
        )
        self.flag.hide()
        self.answer_label.setText(self.tr("&Nothing to type"))
        self.answer.clear()
        self.answer.setEnabled(False)
        self.questions_area.hide()
        self.filler.show()
        for button in (
            self.save_button,
            self.unreadable_button,
            self.blank_button,
            self.leave_out_button,
            self.skip_button,
        ):
            button.setEnabled(False)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter(self) -> str:
        return QKeySequence(Qt.Key.Key_Return).toString(QKeySequence.SequenceFormat.NativeText)

    def _lines_high(self, lines: int) -> int:
        return self.answer.fontMetrics().lineSpacing() * lines + 16

    def _what(self, row: dict[str, Any]) -> str:
        session = self.ctx.programme.get("sessions", row.get("session_id") or "") or {}
        title = session.get("title") or self.tr("no session")
        code = format_code(row.get("code", ""))
        if row.get("kind") == paper_marks.MONITORING:
            text = self.tr("Monitoring form %1 of %2")
        elif row.get("kind") == paper_marks.EVALUATION:
            text = self.tr("Evaluation slip %1 of %2")
        else:
            text = self.tr("Feedback card %1 of %2")
        return text.replace("%1", code).replace("%2", title)

    def _form_help(self, kind: str) -> str:
        text = self.tr(
            "Type the number beside each ticked box, question by question, a space "
            "between: 0 for 'Prefer not to say', - for a question left blank. "
            "For example: 3 2 - 1. Enter saves and shows the next."
        )
        if kind == paper_marks.EVALUATION:
            text += " " + self.tr("After the numbers, type the words written at the end.")
        return text

    def _questions_text(self, kind: str) -> str:
        lines = []
        for number, question in enumerate(monitoring.QUESTIONS[FORM_KINDS[kind]], start=1):
            options = "   ".join(
                # The number stays with the first word of its option when lines wrap.
                f"{n}\u00a0{core_tr(option)}"
                for n, option in enumerate(question.options, start=1)
            )
            lines.append(f"{number}. {core_tr(question.text)}\n    {options}")
        if kind == paper_marks.EVALUATION:
            lines.append(f"{len(lines) + 1}. {core_tr(monitoring.EVALUATION_FREE_TEXT)}")
        return "\n\n".join(lines)

    # ----- saving ---------------------------------------------------------------------------

    def _push(self, command: ScanStep) -> bool:
        """Save through the core; a refusal is one line under the box and saves nothing."""
        try:
            command.apply()
        except WorkshopError as exc:
            self.message.setText(error_text(exc))
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        command._applied_already = True
        self.ctx.undo_stack.push(command)
        return True

    def _next_after(self, item: Item) -> Item | None:
        """The item that follows `item` once it is done."""
        if item not in self.items:
            return None
        rest = self.items[self.items.index(item) + 1 :]
        return rest[0] if rest else None

    def save(self, leave_out: bool = False) -> None:
        item = self.current
        if item is None:
            return
        following = self._next_after(item)
        if item.kind == "duplicate":
            self._duplicates.remove(item.row_id)
            self.refresh(following)
            return
        typed = self.answer.toPlainText().strip()
        if item.kind == "page":
            self._type_code(item, typed)
            return
        row = self.ctx.programme.get("scan_crops", item.row_id) or {}
        if not typed:
            self.message.setText(
                self.tr(
                    "Type what is written first, or press Ctrl+R (can't read) or Ctrl+B (blank)."
                )
            )
            return
        if leave_out and row.get("kind") != paper_marks.CARD:
            return
        crop_id = item.row_id
        command = ScanStep(
            self.ctx.programme,
            self.tr("Type in a scanned card")
            if row.get("kind") == paper_marks.CARD
            else self.tr("Type in a scanned form"),
            lambda p: scan_typing.transcribe(p, crop_id, typed, leave_out=leave_out),
            "scan_crops",
            crop_id,
        )
        if self._push(command):
            self.refresh(following)

    def mark(self, status: str) -> None:
        item = self.current
        if item is None or item.kind != "crop":
            return
        following = self._next_after(item)
        crop_id = item.row_id
        text = (
            self.tr("Mark a scanned card unreadable")
            if status == scans.UNREADABLE
            else (self.tr("Mark a scanned card blank"))
        )
        command = ScanStep(
            self.ctx.programme,
            text,
            lambda p: scan_typing.set_status(p, crop_id, status),
            "scan_crops",
            crop_id,
        )
        if self._push(command):
            self.refresh(following)

    def _type_code(self, item: Item, typed: str) -> None:
        page_id = item.row_id
        command = ScanStep(
            self.ctx.programme,
            self.tr("Type the code of a scanned page"),
            lambda p: scan_typing.assign_code(p, page_id, typed),
            "scan_pages",
            page_id,
        )
        if not self._push(command):
            return
        crop = self.ctx.programme.get("scan_crops", command.result) or {}
        if crop.get("duplicate"):
            self._duplicates.append(crop["id"])
            self.refresh(Item("duplicate", crop["id"]))
        else:
            self.refresh(Item("crop", crop.get("id", "")))

    def skip(self) -> None:
        item = self.current
        if item is None:
            return
        following = self._next_after(item)
        if item in self._skipped:
            self._skipped.remove(item)
        self._skipped.append(item)
        self.refresh(following)

    def undo(self) -> None:
        """Undo the last saved item and show it again."""
        stack = self.ctx.undo_stack
        index = stack.index() - 1
        command = stack.command(index) if index >= 0 else None
        if not stack.canUndo():
            return
        stack.undo()
        if isinstance(command, ScanStep):
            kind = "page" if command.table == "scan_pages" else "crop"
            self.refresh(Item(kind, command.row_id))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        target = self.answer if self.answer.isEnabled() else self.close_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        try:
            self.ctx.bridge.changed.disconnect(self._on_changes)
        except (RuntimeError, TypeError):  # already gone with the file
            pass
        super().closeEvent(event)


def show_queue(window, duplicates: list[str] | None = None) -> ScanQueueWindow | None:
    """Open (or bring forward) the queue for the window's programme."""
    if window.ctx is None:
        return None
    for widget in window.findChildren(ScanQueueWindow):
        if widget.isVisible() and widget.ctx is window.ctx:
            widget._duplicates += [d for d in duplicates or [] if d not in widget._duplicates]
            widget.refresh()
            widget.raise_()
            widget.activateWindow()
            return widget
    queue = ScanQueueWindow(window.ctx, duplicates, window)
    queue.show()
    queue.raise_()
    queue.activateWindow()
    return queue
