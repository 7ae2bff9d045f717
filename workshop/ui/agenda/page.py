"""A session's agenda: exercises in order with timeboxes, the countdown for the one being
run, and the way into each exercise (see `openers`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import agenda, boards
from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.core.store import Change
from workshop.ui import theme
from workshop.ui.agenda.commands import AddExercise, ReorderExercises
from workshop.ui.agenda.openers import open_exercise
from workshop.ui.agenda.timer import Countdown, TimerWindow
from workshop.ui.context import AppContext, touches
from workshop.ui.page_layout import SideBySide, flow_row
from workshop.ui.tables import fit_table
from workshop.ui.undo_commands import CoreCommand, DeleteRow, SetFields, push_or_explain


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
        # The exercise's title gets the room; the other columns only what they show.
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_table(self.table, stretch=[1])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.total = QLabel()
        self.total.setObjectName("agenda_total")

        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Kind of exercise to add"))
        for choice in EXERCISE_KINDS:
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
        # Rows that wrap at large text sizes instead of running off the side.
        add_row = flow_row(
            self.kind_box, self.template_box, self.title_edit, self.minutes_box, self.add_button
        )

        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.open_button = QPushButton(self.tr("&Open board"))
        self.use_timer_button = QPushButton(self.tr("T&ime this exercise"))
        self.full_timer_button = QPushButton(self.tr("Timer fu&ll screen"))
        for b in (
            self.up_button,
            self.down_button,
            self.remove_button,
            self.open_button,
            self.use_timer_button,
        ):
            b.setAccessibleName(b.text().replace("&", ""))
        row_buttons = flow_row(
            self.up_button,
            self.down_button,
            self.remove_button,
            self.open_button,
            self.use_timer_button,
        )
        self.full_timer_button.setAccessibleName(self.tr("Show the timer full screen"))

        self.countdown = Countdown(self)
        self.timing_label = QLabel()
        self.timing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Long exercise titles wrap, so the timer column never pushes the agenda off screen.
        self.timing_label.setWordWrap(True)
        self.timing_label.setObjectName("timing_label")
        self._size_timing_label()
        theme.theme_changed().changed.connect(self._size_timing_label)

        left_pane, right_pane = QWidget(), QWidget()
        left = QVBoxLayout(left_pane)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table, 1)
        left.addWidget(self.total)
        left.addWidget(row_buttons)
        left.addWidget(add_row)
        right = QVBoxLayout(right_pane)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.timing_label)
        right.addWidget(self.countdown)
        right.addWidget(self.full_timer_button)
        right.addStretch(1)
        # "New session from plan…" is about the programme, not this session: Session menu.
        # The timer goes under the agenda when the two do not fit side by side.
        self.columns = SideBySide([left_pane, right_pane], wants=[80, 26], stretch=[3, 2])
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns)

        self.add_button.clicked.connect(self.add_exercise)
        self.title_edit.returnPressed.connect(self.add_exercise)
        self.kind_box.currentIndexChanged.connect(
            lambda: self.template_box.setEnabled(
                EXERCISE_KINDS.kind(self.kind_box.currentData()).has_board
            )
        )
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.remove_button.clicked.connect(self.remove)
        self.open_button.clicked.connect(self.open_board)
        self.use_timer_button.clicked.connect(self.time_selected)
        self.full_timer_button.clicked.connect(self.show_timer_full_screen)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.currentCellChanged.connect(self._enable_row_actions)
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
        begins = self._session_start()
        for r, (e, start) in enumerate(timeline):
            cells = [
                (self._clock(begins, start), False),
                (e["title"], True),
                (self.tr(EXERCISE_KINDS.label(e["kind"])), False),
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
        self._enable_row_actions()

    def _session_start(self) -> datetime | None:
        session = self.programme.get("sessions", self.session_id) or {}
        try:
            return datetime.fromisoformat(session.get("starts_at") or "")
        except ValueError:
            return None

    @staticmethod
    def _clock(begins: datetime | None, minutes: int) -> str:
        """The clock time an exercise starts ("18:10"), or its offset ("+0:10") when the
        session has no start time yet."""
        if begins is None:
            return f"+{minutes // 60}:{minutes % 60:02d}"
        return (begins + timedelta(minutes=minutes)).strftime("%H:%M")

    def _enable_row_actions(self, *_args) -> None:
        """Actions only where they apply: Open board on a board, the rest on any row."""
        exercise_id = self.selected_id()
        row = self.programme.get("exercises", exercise_id) if exercise_id else None
        kind = EXERCISE_KINDS.kind(row["kind"]) if row else None
        self.open_button.setEnabled(bool(kind and kind.has_board))
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(row is not None)
        self.use_timer_button.setEnabled(row is not None)

    def _size_timing_label(self, *_args) -> None:
        font = self.timing_label.font()
        font.setPointSizeF(theme.scaled(13))
        font.setBold(True)
        self.timing_label.setFont(font)

    def _on_changes(self, changes: list[Change]) -> None:
        if touches(changes, "exercises") or any(
            c.table == "sessions" and self.session_id in c.ids and "starts_at" in c.fields
            for c in changes
        ):
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
        if EXERCISE_KINDS.kind(kind).has_board:
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
        """Open the selected exercise the way its kind is opened (see `openers`)."""
        exercise_id = self.selected_id()
        if not exercise_id:
            return None
        exercise = self.programme.get("exercises", exercise_id)
        return open_exercise(self, exercise)

    def time_selected(self) -> None:
        exercise_id = self.selected_id()
        if exercise_id:
            exercise = self.programme.get("exercises", exercise_id)
            self.timing_label.setText(exercise["title"])
            self.countdown.set_minutes(exercise["minutes"])

    def show_timer_full_screen(self) -> None:
        self.timer_window = TimerWindow(self.countdown, self.timing_label.text())
        self.timer_window.showFullScreen()
