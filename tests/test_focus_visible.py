"""Someone using the keyboard always sees where they are: every kind of control the app
puts the focus on looks different with the focus, drawn in the focus colour, in the
normal theme and in high contrast (WCAG 2.4.7). Rendered and compared, pixel by pixel.
Without the theme's `:focus` rules, 29 of the first test's 34 cases fail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.ui import theme
from workshop.ui.app import make_application


def _list() -> QListWidget:
    view = QListWidget()
    view.addItems(["Access", "Incentives", "Reach"])
    view.setCurrentRow(1)
    return view


def _table() -> QTableWidget:
    view = QTableWidget(2, 2)
    for row in range(2):
        for column in range(2):
            view.setItem(row, column, QTableWidgetItem(f"Cell {row}{column}"))
    return view


def _tabs() -> QTabWidget:
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Details")
    tabs.addTab(QWidget(), "Access")
    return tabs


def _tool_button() -> QToolButton:
    button = QToolButton()
    button.setText("Zoom to fit")
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


CONTROLS = {
    "button": lambda: QPushButton("Save"),
    "OK in a dialog's buttons": lambda: QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    ),
    "tool button": _tool_button,
    "check box": lambda: QCheckBox("Childcare offered"),
    "radio button": lambda: QRadioButton("In person"),
    "line of text": lambda: QLineEdit("Library"),
    "drop-down list": lambda: QComboBox(),
    "whole number": lambda: QSpinBox(),
    "amount": lambda: QDoubleSpinBox(),
    "date": lambda: QDateEdit(QDate(2026, 12, 2)),
    "time": lambda: QTimeEdit(),
    "notes": lambda: QPlainTextEdit("A note"),
    "help text": lambda: QTextBrowser(),
    "list": _list,
    "table": _table,
    "tabs": _tabs,
    "slider": lambda: QSlider(Qt.Orientation.Horizontal),
}


@pytest.fixture(params=["normal", "high contrast"])
def colours(request, qtbot):
    make_application()
    theme.set_high_contrast(request.param == "high contrast")
    yield theme.colours()
    theme.set_high_contrast(False)


def _focus_target(control: QWidget) -> QWidget:
    if isinstance(control, QDialogButtonBox):
        return control.buttons()[0]
    return control


def _pixels(image: QImage) -> list[str]:
    return [
        image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())
    ]


@pytest.mark.parametrize("name", CONTROLS)
def test_the_focus_is_seen_on_every_kind_of_control(qtbot, colours, name):
    holder = QWidget()
    control = CONTROLS[name]()
    elsewhere = QLineEdit("elsewhere")
    layout = QVBoxLayout(holder)
    layout.addWidget(control)
    layout.addWidget(elsewhere)
    qtbot.addWidget(holder)
    holder.resize(320, 220)
    holder.show()
    qtbot.waitExposed(holder)

    target = _focus_target(control)
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus)
    with_focus = _pixels(control.grab().toImage())
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(elsewhere.hasFocus)
    without_focus = _pixels(control.grab().toImage())

    changed = [
        after for before, after in zip(without_focus, with_focus, strict=True) if before != after
    ]
    assert changed, f"{name}: the focus does not show"
    assert colours.focus in with_focus, f"{name}: no focus colour when focused"


RINGED = {
    "button": lambda: QPushButton("OK"),
    "check box": lambda: QCheckBox("Childcare offered"),
    "radio button": lambda: QRadioButton("In person"),
}


@pytest.mark.parametrize("name", RINGED)
def test_the_focus_ring_goes_round_the_control_and_leaves_its_words_alone(qtbot, colours, name):
    """Taking the focus changes only a ring at the control's edge (3 px in high contrast,
    and a pixel of rounding). A second rectangle drawn tight round the label crossed the
    letters of the focused "OK" in every message box; and a check box given just its width
    by a form (as "Significant" is on the points page) lost the end of its word to the
    ring. Both showed here as changes inside the ring."""
    holder = QWidget()
    control = RINGED[name]()
    elsewhere = QLineEdit("elsewhere")
    form = QFormLayout(holder)
    form.addRow(control, elsewhere)  # the control in the label column, at its own width
    qtbot.addWidget(holder)
    holder.resize(420, 120)
    holder.show()
    qtbot.waitExposed(holder)

    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(elsewhere.hasFocus)
    before = control.grab().toImage()
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    after = control.grab().toImage()

    assert (before.width(), before.height()) == (after.width(), after.height())
    ring = 4
    changed_inside = [
        (x, y)
        for y in range(ring, after.height() - ring)
        for x in range(ring, after.width() - ring)
        if after.pixelColor(x, y) != before.pixelColor(x, y)
    ]
    assert not changed_inside, (
        f"{name}: the focus changed what is inside its ring, e.g. at {changed_inside[:3]}"
    )
    assert colours.focus in _pixels(after)
