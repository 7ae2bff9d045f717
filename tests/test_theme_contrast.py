"""Colours that can be read: every text and background pair of both themes at least 4.5:1,
every outline, indicator and focus ring at least 3:1 (WCAG 2.2 AA), computed from the
theme's own colours; and the controls the issue found invisible are drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QCheckBox, QRadioButton, QSlider, QVBoxLayout, QWidget

from workshop.ui import theme
from workshop.ui.agenda.timer import Countdown, TimerWindow
from workshop.ui.app import make_application

THEMES = {"normal": theme.NORMAL, "high contrast": theme.HIGH_CONTRAST}


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def ratio(first: str, second: str) -> float:
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_the_ratio_is_computed_as_wcag_says():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("name", THEMES)
def test_text_pairs_reach_4_5_to_1(name):
    colours = THEMES[name]
    low = {
        f"{fg} on {bg}": round(ratio(getattr(colours, fg), getattr(colours, bg)), 2)
        for fg, bg in theme.TEXT_PAIRS
        if ratio(getattr(colours, fg), getattr(colours, bg)) < 4.5
    }
    assert not low, f"{name}: text below 4.5:1: {low}"


@pytest.mark.parametrize("name", THEMES)
def test_outlines_indicators_and_focus_reach_3_to_1(name):
    colours = THEMES[name]
    low = {
        f"{fg} beside {bg}": round(ratio(getattr(colours, fg), getattr(colours, bg)), 2)
        for fg, bg in theme.OUTLINE_PAIRS
        if ratio(getattr(colours, fg), getattr(colours, bg)) < 3
    }
    assert not low, f"{name}: edges below 3:1: {low}"


def test_the_full_screen_timer_is_readable_in_every_phase():
    for phase, colour in theme.ON_BLACK.items():
        assert ratio(colour, "#000000") >= 4.5, phase


@pytest.mark.parametrize("name", THEMES)
def test_note_colours_keep_their_text_readable(name):
    high = name == "high contrast"
    for normal, dark in theme.NOTE_COLOURS.values():
        fill = dark if high else normal
        text = "#ffffff" if high else "#1a1a1a"
        assert ratio(text, fill) >= 4.5, fill


@pytest.fixture
def high_contrast(qtbot):
    make_application()
    theme.set_high_contrast(True)
    yield
    theme.set_high_contrast(False)


def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _colours_in(image: QImage) -> set[str]:
    seen = set()
    for y in range(image.height()):
        for x in range(image.width()):
            seen.add(image.pixelColor(x, y).name())
    return seen


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_an_unticked_choice_is_drawn_in_high_contrast(qtbot, high_contrast, kind):
    box = kind("")
    box.setAccessibleName("choice")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    # The indicator's edge is drawn in the outline colour, not lost in the black.
    seen = _colours_in(_grab(box))
    assert theme.HIGH_CONTRAST.outline in seen, seen


def test_the_slider_is_drawn_in_high_contrast(qtbot, high_contrast):
    holder = QWidget()
    slider = QSlider(Qt.Orientation.Horizontal)
    QVBoxLayout(holder).addWidget(slider)
    qtbot.addWidget(holder)
    holder.resize(300, 60)
    holder.show()
    qtbot.waitExposed(holder)
    seen = _colours_in(_grab(slider))
    assert theme.HIGH_CONTRAST.outline in seen and len(seen) > 1


def test_the_running_countdown_is_not_black_on_black(qtbot, high_contrast):
    timer = Countdown()
    qtbot.addWidget(timer)
    timer.set_minutes(10)
    timer.start()
    background = timer.digits.palette().color(QPalette.ColorRole.Window).name()
    foreground = timer.digits.palette().color(QPalette.ColorRole.WindowText).name()
    timer.show()
    qtbot.waitExposed(timer)
    assert ratio(foreground, background) >= 4.5, (foreground, background)
    timer.pause()


def test_countdown_and_full_screen_timer_fit_their_room(qtbot):
    make_application()
    theme.set_text_scale(200)
    try:
        timer = Countdown()
        qtbot.addWidget(timer)
        timer.set_minutes(10)
        timer.resize(260, 300)
        timer.show()
        qtbot.waitExposed(timer)
        metrics = timer.digits.fontMetrics()
        assert metrics.horizontalAdvance("10:00") <= timer.digits.width()
        full = TimerWindow(timer, "Hopes and fears about the housing list")
        qtbot.addWidget(full)
        full.resize(1024, 768)
        full.show()
        qtbot.waitExposed(full)
        assert full.digits.fontMetrics().horizontalAdvance("10:00") <= full.digits.width()
        assert full.digits.fontMetrics().height() <= full.digits.height()
        full.close()
    finally:
        theme.set_text_scale(100)


def test_an_empty_agenda_is_not_started_rather_than_out_of_time(qtbot):
    timer = Countdown()
    qtbot.addWidget(timer)
    assert timer.state.text() == "Not started"
    assert timer.phase() == "not_started"
    assert not timer.start_button.isEnabled()
