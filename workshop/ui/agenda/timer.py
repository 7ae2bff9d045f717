"""The countdown for the running exercise, and the same countdown full screen for the back
of the room."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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
