"""The countdown for the running exercise, and the same countdown full screen for the back
of the room. Both size their figures to the room they have: the text-size setting makes
them bigger, never wider than their window."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workshop.ui import settings, theme
from workshop.ui.window_geometry import keep_geometry

SAMPLE = "00:00"  # the widest the figures get under 100 minutes


def sample_for(shown: str) -> str:
    """Figures as wide as `shown` may get: "00:00", or "000:00" from 100 minutes up."""
    return "0" * max(2, len(shown.split(":")[0])) + ":00"


def fitting_font(base: QFont, text: str, width: float, height: float, largest: float) -> QFont:
    """`base` at the largest point size up to `largest` whose `text` fits width x height."""
    font = QFont(base)
    font.setPointSizeF(100.0)
    metrics = QFontMetricsF(font)
    wide = max(1.0, metrics.horizontalAdvance(text))
    tall = max(1.0, metrics.height())
    size = max(6.0, min(largest, min(width / wide, height / tall) * 100.0))
    font.setPointSizeF(size)
    # Hinting makes text a little wider than in proportion: step down until it fits.
    while size > 6.0:
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(text) <= width and metrics.height() <= height:
            break
        size *= 0.95
        font.setPointSizeF(size)
    return font


def figures_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class Countdown(QWidget):
    """Minutes and seconds left for the running exercise, large, with start / pause and
    +5 minutes. Counts from the clock, not from ticks, so a busy laptop does not drift."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None, size: int = 60):
        super().__init__(parent)
        self.remaining = 0.0
        self._ends_at: float | None = None
        self._ran_out = False  # "Time is up" only after a count reached zero
        self.design_points = size  # at 100 % text; shrinks to fit a narrow column
        self.digits = QLabel(SAMPLE)
        self.digits.setObjectName("countdown")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setAccessibleName(self.tr("Time left"))
        # The figures shrink to the room there is (`_fit_digits`), so they ask for no width.
        self.digits.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state = QLabel()
        self.state.setObjectName("countdown_state")
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
        self._fit_digits()
        self._show()
        theme.theme_changed().changed.connect(self._theme_changed)

    def _theme_changed(self, *_args) -> None:
        self._fit_digits()
        self._show()

    def _fit_digits(self) -> None:
        """The figures as big as the text size asks, but never wider than the column."""
        margins = self.layout().contentsMargins()
        width = max(40, self.width() - margins.left() - margins.right() - 4)
        largest = theme.scaled(self.design_points)
        self.digits.setFont(
            fitting_font(
                figures_font(self.font()),
                sample_for(self.digits.text()),
                width,
                largest * 4,
                largest,
            )
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_digits()

    @property
    def running(self) -> bool:
        return self._ends_at is not None

    def set_minutes(self, minutes: int) -> None:
        self.pause()
        self.remaining = minutes * 60.0
        self._ran_out = False
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
        self._ran_out = False
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
        self._ran_out = False
        self._show()

    def _tick(self) -> None:
        if self.left() <= 0:
            self.remaining, self._ends_at = 0.0, None
            self._ran_out = True
            self.ticker.stop()
            self.finished.emit()
        self._show()

    def phase(self) -> str:
        """ "running", "paused", "time_up" or "not_started" (the key of the timer colours)."""
        if self.running:
            return "running"
        if self._ran_out:
            return "time_up"
        return "paused" if self.remaining > 0 else "not_started"

    def _show(self) -> None:
        left = int(round(self.left()))
        shown = f"{left // 60:02d}:{left % 60:02d}"
        refit = len(shown) != len(self.digits.text())  # 100:00 needs smaller figures
        self.digits.setText(shown)
        if refit:
            self._fit_digits()
        phase = self.phase()
        if self.running:
            self.start_button.setText(self.tr("&Pause"))
        else:
            self.start_button.setText(self.tr("Sta&rt"))
        self.start_button.setEnabled(self.running or self.remaining > 0)
        self.state.setText(
            {
                "running": self.tr("Running"),
                "paused": self.tr("Paused"),
                "time_up": self.tr("Time is up"),
                "not_started": self.tr("Not started"),
            }[phase]
        )
        self.digits.setStyleSheet(f"color: {theme.timer_colour(phase)};")


class TimerWindow(QWidget):
    """The countdown alone, full screen, for the back of the room. Esc leaves."""

    def __init__(self, countdown: Countdown, title: str):
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("TimerWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.source = countdown
        self.setStyleSheet("QWidget#TimerWindow, QLabel { background: black; color: white; }")
        self.title = QLabel(title)
        self.title.setObjectName("timer_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.digits = QLabel()
        self.digits.setObjectName("timer_digits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setAccessibleName(self.tr("Time left"))
        self.hint = QLabel(self.tr("Space starts or pauses · + adds five minutes · Esc leaves"))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.digits, 1)
        layout.addWidget(self.hint)
        # On the screen it was last shown on (the projector), sized to that screen.
        keep_geometry(self, settings.TIMER_WINDOW_GEOMETRY, QSize(1024, 768))
        self.ticker = QTimer(self)
        self.ticker.timeout.connect(self._show)
        self.ticker.start(250)
        self._fit()
        self._show()

    def _fit(self) -> None:
        """Title and figures as large as the window allows; the hint at the text size."""
        width, height = max(100, self.width() - 40), max(100, self.height())
        title = QFont(self.font())
        title.setPointSizeF(min(theme.scaled(28), max(10.0, height / 24)))
        title.setBold(True)
        self.title.setFont(title)
        room = height - self.title.sizeHint().height() - self.hint.sizeHint().height() - 60
        self.digits.setFont(
            fitting_font(
                figures_font(self.font()),
                sample_for(self.digits.text()),
                width,
                max(40, room),
                1000.0,
            )
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _show(self) -> None:
        refit = len(self.source.digits.text()) != len(self.digits.text())
        self.digits.setText(self.source.digits.text())
        if refit:
            self._fit()
        colour = theme.timer_colour(self.source.phase(), on_black=True)
        self.digits.setStyleSheet(f"color: {colour};")

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_Space:
            self.source.toggle()
        elif event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.source.add_minutes(5)
        self._show()
