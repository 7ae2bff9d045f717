"""A fitted table follows its width as it changes: the window resized, rows added until a
scroll bar takes part of the width, rows taken away again. It never scrolls sideways, and
an optional column hides when the longest words do not fit and comes back with the room.

The fitter learns of a new width from the heading row, which Qt keeps as wide as the
viewport (tables.py says why not from the viewport itself), so these are the cases that
would show it missing one."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from workshop.ui.tables import fit_table

WORDS = "Residents asked who checks the automated decisions about housing repairs"


def _table(qtbot, rows: int) -> tuple[QWidget, QTableWidget]:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    table = QTableWidget(rows, 3)
    table.setHorizontalHeaderLabels(["What was said", "Session", "Language of the note"])
    for row in range(rows):
        _fill(table, row)
    layout.addWidget(table)
    qtbot.addWidget(holder)
    return holder, table


def _fill(table: QTableWidget, row: int) -> None:
    table.setItem(row, 0, QTableWidgetItem(f"{WORDS} ({row + 1})"))
    table.setItem(row, 1, QTableWidgetItem("Library, Thursday evening"))
    table.setItem(row, 2, QTableWidgetItem("Cymraeg"))


def _used(table: QTableWidget) -> int:
    header = table.horizontalHeader()
    return sum(
        header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    )


def _fits(table: QTableWidget) -> bool:
    """Laid out to the viewport's width exactly: the stretch column takes what is spare,
    and nothing is left to scroll sideways."""
    return _used(table) == table.viewport().width() and table.horizontalScrollBar().maximum() == 0


def test_columns_follow_the_width_as_rows_and_scroll_bars_come_and_go(qtbot):
    holder, table = _table(qtbot, rows=2)
    fit_table(table, stretch=[0])
    holder.resize(700, 400)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: _fits(table))
    wide = table.horizontalHeader().sectionSize(0)
    assert not table.verticalScrollBar().isVisible()

    table.setRowCount(80)  # a vertical scroll bar now takes part of the width
    for row in range(2, 80):
        _fill(table, row)
    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: _fits(table))
    assert table.horizontalHeader().sectionSize(0) < wide

    table.setRowCount(2)  # and gives it back
    qtbot.waitUntil(lambda: not table.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0) == wide)
    assert _fits(table)

    holder.resize(420, 400)  # the window made narrower
    qtbot.waitUntil(lambda: _fits(table) and table.horizontalHeader().sectionSize(0) < wide)


def test_an_optional_column_hides_when_narrow_and_comes_back_when_wide(qtbot):
    holder, table = _table(qtbot, rows=3)
    fitter = fit_table(table, stretch=[0], optional=[2])
    holder.resize(900, 300)
    holder.show()
    qtbot.waitExposed(holder)
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: _fits(table))
    assert not header.isSectionHidden(2)

    holder.resize(200, 300)
    qtbot.waitUntil(lambda: header.isSectionHidden(2))
    assert fitter.dropped == [2]
    assert "Language of the note" in table.toolTip()
    assert _fits(table)

    holder.resize(900, 300)
    qtbot.waitUntil(lambda: not header.isSectionHidden(2))
    assert fitter.dropped == []
    assert _fits(table)
