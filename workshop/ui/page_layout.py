"""Shared look of a page: a scrollable column with a short plain-English introduction,
buttons with spoken names, and tables of rows to read and choose from."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def intro_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("intro")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def page_with_scroll(page: QWidget, content: QWidget) -> None:
    """Put `content` at the top of a scrollable page (rows keep their natural height)."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(content)
    column.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scrolling(holder))


def push_button(text: str, accessible_name: str, pressed: Callable[[], object]) -> QPushButton:
    """A button with the name a screen reader says, doing `pressed` when pressed."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(pressed)
    return button


def listing_table(
    headers: Sequence[str], accessible_name: str, stretch: Iterable[int] = (), object_name: str = ""
) -> QTableWidget:
    """A table to read and choose rows from, never typed into: whole rows are chosen, words
    wrap, no row numbers. `stretch` columns share the spare width; the others fit their
    contents."""
    table = QTableWidget(0, len(headers))
    if object_name:
        table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    stretched = set(stretch)
    for column in range(len(headers)):
        mode = QHeaderView.ResizeMode.Stretch if column in stretched else None
        header.setSectionResizeMode(column, mode or QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_rows(table: QTableWidget, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Show `rows`, each (row id, its cells' texts). Every cell carries the row's id (for
    finding what was chosen) and its whole text as a tooltip (for a cut-off cell)."""
    table.setRowCount(len(rows))
    for r, (row_id, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            item.setToolTip(value)
            table.setItem(r, c, item)
    table.resizeRowsToContents()
