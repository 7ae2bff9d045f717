"""A session's agenda: exercises in order with timeboxes, a countdown timer big enough to
read from the back of the room, and the way into each exercise's board. Also "New
session from plan…" (ready-made agendas in sessions/*.toml)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import agenda, boards, session_plans
from workshop.core.session_plans import SessionPlan
from workshop.core.store import Change, Programme, Snapshot
from workshop.ui.context import AppContext, touches
from workshop.ui.undo_commands import CoreCommand, DeleteRow, SetFields, push_or_explain


def _tr(text: str) -> str:
    return QCoreApplication.translate("agenda", text)


# ----- undo commands ---------------------------------------------------------------------


class AddExercise(CoreCommand):
    def __init__(self, programme: Programme, session_id: str, values: dict[str, Any]):
        super().__init__(_tr("Add exercise"))
        self.programme, self.session_id, self.values = programme, session_id, values
        self.exercise_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.exercise_id = agenda.add_exercise(self.programme, self.session_id, **self.values)

    def revert(self) -> None:
        assert self.exercise_id is not None
        self._snapshot = self.programme.delete("exercises", self.exercise_id)


class ReorderExercises(CoreCommand):
    def __init__(self, programme: Programme, session_id: str, new_order: list[str]):
        super().__init__(_tr("Move exercise"))
        self.programme, self.session_id, self.new = programme, session_id, new_order
        self.old = agenda.order(programme, session_id)

    def apply(self) -> None:
        agenda.set_order(self.programme, self.session_id, self.new)

    def revert(self) -> None:
        agenda.set_order(self.programme, self.session_id, self.old)


class SessionFromPlan(CoreCommand):
    def __init__(self, programme: Programme, plan: SessionPlan):
        super().__init__(_tr("New session from plan"))
        self.programme, self.plan = programme, plan
        self.session_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.session_id = session_plans.new_session_from_plan(self.programme, self.plan)

    def revert(self) -> None:
        assert self.session_id is not None
        self._snapshot = self.programme.delete("sessions", self.session_id)


# ----- choosing a plan -------------------------------------------------------------------


class PlanDialog(QDialog):
    def __init__(self, plans: list[SessionPlan], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session from plan"))
        self.plans = plans
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Session plans"))
        minutes = self.tr("minutes")
        for plan in plans:
            item = QListWidgetItem(f"{plan.title} — {plan.minutes} {minutes}\n{plan.description}")
            self.list.addItem(item)
        self.list.setWordWrap(True)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start a new session with one of these agendas:")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def chosen(self) -> SessionPlan | None:
        row = self.list.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None


def choose_plan(parent: QWidget | None, plans: list[SessionPlan]) -> SessionPlan | None:
    """Ask which plan to use (tests monkeypatch this)."""
    dialog = PlanDialog(plans, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def new_session_from_plan(ctx: AppContext, parent: QWidget | None) -> str | None:
    plan = choose_plan(parent, session_plans.available_plans())
    if plan is None:
        return None
    command = SessionFromPlan(ctx.programme, plan)
    if not push_or_explain(ctx.undo_stack, command, parent):
        return None
    window = ctx.window
    if window is not None and hasattr(window, "show_session"):
        window.show_session(command.session_id)
    return command.session_id


# ----- the countdown ---------------------------------------------------------------------


class Countdown(QWidget):
    """Minutes and seconds left for the running exercise, large, with start / pause and
    +5 minutes. Counts from the clock, not from ticks, so a busy laptop does not drift."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None, size: int = 96):
        super().__init__(parent)
        self.remaining = 0.0
        self._ends_at: float | None = None
        self.digits = QLabel("00:00")
        self.digits.setObjectName("countdown")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont()
        font.setPixelSize(size)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.digits.setFont(font)
        self.digits.setAccessibleName(self.tr("Time left"))
        self.state = QLabel()
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self.tr("Sta&rt"))
        self.start_button.setAccessibleName(self.tr("Start or pause the timer"))
        self.more_button = QPushButton(self.tr("+&5 minutes"))
        self.more_button.setAccessibleName(self.tr("Add five minutes"))
        self.start_button.clicked.connect(self.toggle)
        self.more_button.clicked.connect(lambda: self.add_minutes(5))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.digits)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._tick)
        self._show()

    @property
    def running(self) -> bool:
        return self._ends_at is not None

    def set_minutes(self, minutes: int) -> None:
        self.pause()
        self.remaining = minutes * 60.0
        self._show()

    def left(self) -> float:
        if self._ends_at is None:
            return self.remaining
        return max(0.0, self._ends_at - time.monotonic())

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def start(self) -> None:
        if self.remaining <= 0:
            return
        self._ends_at = time.monotonic() + self.remaining
        self.ticker.start()
        self._show()

    def pause(self) -> None:
        self.remaining = self.left()
        self._ends_at = None
        self.ticker.stop()
        self._show()

    def add_minutes(self, minutes: int) -> None:
        if self._ends_at is not None:
            self._ends_at += minutes * 60
        else:
            self.remaining += minutes * 60
        self._show()

    def _tick(self) -> None:
        if self.left() <= 0:
            self.remaining, self._ends_at = 0.0, None
            self.ticker.stop()
            self.finished.emit()
        self._show()

    def _show(self) -> None:
        left = int(round(self.left()))
        self.digits.setText(f"{left // 60:02d}:{left % 60:02d}")
        if self.running:
            self.start_button.setText(self.tr("&Pause"))
            self.state.setText(self.tr("Running"))
        else:
            self.start_button.setText(self.tr("Sta&rt"))
            self.state.setText(self.tr("Time is up") if left == 0 else self.tr("Paused"))
        colour = "#B00020" if left == 0 else ("#000000" if self.running else "#444444")
        self.digits.setStyleSheet(f"color: {colour};")


class TimerWindow(QWidget):
    """The countdown alone, full screen, for the back of the room. Esc leaves."""

    def __init__(self, countdown: Countdown, title: str):
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.source = countdown
        self.setStyleSheet("background: black; color: white;")
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 40px; font-weight: bold;")
        self.digits = QLabel()
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setStyleSheet("font-size: 260px; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.digits, 1)
        hint = QLabel(self.tr("Space starts or pauses · + adds five minutes · Esc leaves"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._show)
        self.ticker.start(250)
        self._show()

    def _show(self) -> None:
        self.digits.setText(self.source.digits.text())

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_Space:
            self.source.toggle()
        elif event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.source.add_minutes(5)
        self._show()


# ----- the page --------------------------------------------------------------------------


class AgendaPage(QWidget):
    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AgendaPage")
        self.ctx, self.session_id = ctx, session_id
        self.programme = ctx.programme
        self.board_windows: dict[str, QWidget] = {}
        self.timer_window: TimerWindow | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("agenda_table")
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Starts"), self.tr("Exercise"), self.tr("Kind"), self.tr("Minutes")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.total = QLabel()
        self.total.setObjectName("agenda_total")

        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of exercise to add"))
        for choice in agenda.EXERCISE_KINDS:
            self.kind_box.addItem(self.tr(choice.label), choice.key)
        self.template_box = QComboBox()
        self.template_box.setAccessibleName(self.tr("Board template"))
        for choice in boards.BOARD_TEMPLATES:
            self.template_box.addItem(self.tr(choice.label), choice.key)
        self.template_box.setMaximumWidth(200)
        self.title_edit = QLineEdit()
        self.title_edit.setMinimumWidth(120)
        self.title_edit.setAccessibleName(self.tr("Title of exercise to add"))
        self.title_edit.setPlaceholderText(self.tr("Title, e.g. Hopes and fears"))
        self.minutes_box = QSpinBox()
        self.minutes_box.setRange(0, agenda.MAX_MINUTES)
        self.minutes_box.setValue(15)
        self.minutes_box.setSuffix(self.tr(" min"))
        self.minutes_box.setAccessibleName(self.tr("Minutes for exercise to add"))
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setAccessibleName(self.tr("Add exercise"))
        add_row = QHBoxLayout()
        for w in (
            self.kind_box,
            self.template_box,
            self.title_edit,
            self.minutes_box,
            self.add_button,
        ):
            add_row.addWidget(w, 1 if w is self.title_edit else 0)

        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.open_button = QPushButton(self.tr("&Open board"))
        self.plan_button = QPushButton(self.tr("&New session from plan…"))
        self.use_timer_button = QPushButton(self.tr("T&ime this exercise"))
        self.full_timer_button = QPushButton(self.tr("Timer fu&ll screen"))
        row_buttons = QHBoxLayout()
        for b in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.open_button,
            self.use_timer_button,
        ):
            b.setAccessibleName(b.text().replace("&", ""))
            row_buttons.addWidget(b)
        row_buttons.addStretch(1)
        self.plan_button.setAccessibleName(self.tr("New session from plan"))
        self.full_timer_button.setAccessibleName(self.tr("Show the timer full screen"))

        self.countdown = Countdown(self)
        self.timing_label = QLabel()
        self.timing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Long exercise titles wrap, so the timer column never pushes the agenda off screen.
        self.timing_label.setWordWrap(True)
        self.timing_label.setStyleSheet("font-size: 18px; font-weight: 600;")

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.total)
        left.addLayout(row_buttons)
        left.addLayout(add_row)
        right = QVBoxLayout()
        right.addWidget(self.timing_label)
        right.addWidget(self.countdown)
        right.addWidget(self.full_timer_button)
        right.addStretch(1)
        # Starting a new session from a plan is about the session, not this exercise.
        right.addWidget(self.plan_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self.add_button.clicked.connect(self.add_exercise)
        self.title_edit.returnPressed.connect(self.add_exercise)
        self.kind_box.currentIndexChanged.connect(
            lambda: self.template_box.setEnabled(self.kind_box.currentData() == "board")
        )
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.remove_button.clicked.connect(self.remove)
        self.open_button.clicked.connect(self.open_board)
        self.plan_button.clicked.connect(lambda: new_session_from_plan(self.ctx, self))
        self.use_timer_button.clicked.connect(self.time_selected)
        self.full_timer_button.clicked.connect(self.show_timer_full_screen)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.itemDoubleClicked.connect(
            lambda item: self.open_board() if item.column() in (0, 2) else None
        )
        QShortcut(QKeySequence("Ctrl+Up"), self.table, lambda: self.move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.table, lambda: self.move(+1))
        ctx.bridge.changed.connect(self._on_changes)
        self.rows: list[dict[str, Any]] = []
        self.refresh()
        if self.rows:
            self.table.selectRow(0)
            self.time_selected()

    # ----- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_id()
        self.table.blockSignals(True)
        timeline = agenda.start_times(self.programme, self.session_id)
        self.rows = [e for e, _ in timeline]
        self.table.setRowCount(len(timeline))
        for r, (e, start) in enumerate(timeline):
            cells = [
                (f"+{start // 60}:{start % 60:02d}", False),
                (e["title"], True),
                (self.tr(agenda.EXERCISE_KINDS.label(e["kind"])), False),
                (str(e["minutes"]), True),
            ]
            for c, (text, editable) in enumerate(cells):
                item = QTableWidgetItem(text)
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        total = agenda.total_minutes(self.programme, self.session_id)
        self.total.setText(
            self.tr("Total: %1 h %2 min")
            .replace("%1", str(total // 60))
            .replace("%2", f"{total % 60:02d}")
        )
        if selected:
            self.select(selected)

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "exercises"):
            self.refresh()

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def select(self, exercise_id: str) -> None:
        for r, e in enumerate(self.rows):
            if e["id"] == exercise_id:
                self.table.selectRow(r)

    def _push(self, command: CoreCommand) -> bool:
        return push_or_explain(self.ctx.undo_stack, command, self)

    # ----- editing -------------------------------------------------------------------------

    def add_exercise(self) -> None:
        kind = self.kind_box.currentData()
        title = self.title_edit.text().strip() or self.kind_box.currentText()
        values = {"kind": kind, "title": title, "minutes": self.minutes_box.value()}
        if kind == "board":
            values["template"] = self.template_box.currentData()
        command = AddExercise(self.programme, self.session_id, values)
        if self._push(command):
            self.title_edit.clear()
            self.select(command.exercise_id)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        row = self.rows[item.row()]
        if item.column() == 1:
            new = {"title": item.text().strip()}
        elif item.column() == 3:
            try:
                new = {"minutes": int(item.text().strip())}
            except ValueError:
                new = {"minutes": item.text()}  # the core explains what is wrong
        else:
            return
        if row[next(iter(new))] == next(iter(new.values())):
            return
        if not self._push(
            SetFields(self.programme, "exercises", row["id"], new, self.tr("Change exercise"))
        ):
            self.refresh()

    def move(self, step: int) -> None:
        exercise_id = self.selected_id()
        if exercise_id:
            order = agenda.order(self.programme, self.session_id)
            new = agenda.moved(order, exercise_id, step)
            if new != order:
                self._push(ReorderExercises(self.programme, self.session_id, new))
                self.select(exercise_id)

    def remove(self) -> None:
        exercise_id = self.selected_id()
        if exercise_id:
            title = self.programme.get("exercises", exercise_id)["title"]
            self._push(
                DeleteRow(
                    self.programme,
                    "exercises",
                    exercise_id,
                    self.tr("Remove %1").replace("%1", title),
                )
            )
            window = self.board_windows.pop(exercise_id, None)
            if window is not None:
                window.close()

    # ----- running the session -------------------------------------------------------------

    def open_board(self) -> QWidget | None:
        exercise_id = self.selected_id()
        if not exercise_id:
            return None
        exercise = self.programme.get("exercises", exercise_id)
        if exercise["kind"] != "board":
            return None
        window = self.board_windows.get(exercise_id)
        if window is None:
            from workshop.ui.board.board_widget import BoardWidget

            window = BoardWidget(self.ctx, exercise_id)
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: self.board_windows.pop(exercise_id, None))
            window.resize(1280, 800)
            self.board_windows[exercise_id] = window
        window.setWindowTitle(exercise["title"])
        window.show()
        window.raise_()
        window.activateWindow()
        window.entry.setFocus()
        return window

    def time_selected(self) -> None:
        exercise_id = self.selected_id()
        if exercise_id:
            exercise = self.programme.get("exercises", exercise_id)
            self.timing_label.setText(exercise["title"])
            self.countdown.set_minutes(exercise["minutes"])

    def show_timer_full_screen(self) -> None:
        self.timer_window = TimerWindow(self.countdown, self.timing_label.text())
        self.timer_window.showFullScreen()


# ----- menus in the main window ----------------------------------------------------------


def install_menus(window) -> None:
    """Session > New session from plan…, and Edit > Search notes…"""
    window.add_action(
        _tr("&Session"),
        _tr("New session from &plan…"),
        lambda: new_session_from_plan(window.ctx, window),
        name="new_from_plan",
    )
    window.add_action(
        _tr("&Edit"),
        _tr("&Search notes…"),
        lambda: _search(window),
        "Ctrl+Shift+F",
        name="search_notes",
    )


def _search(window) -> None:
    from workshop.ui.board.search import SearchNotesDialog

    window._search_notes = SearchNotesDialog(window.ctx, window)
    window._search_notes.show()
