"""Binding form widgets to the fields of one row.

Each finished edit becomes one `SetFields` undo command; a value the core refuses is
explained and the widget shows the saved value again. When the row changes for any other
reason (undo, another screen) the widgets show the new value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workshop.core.store import Change
from workshop.core.vocab import Vocabulary
from workshop.ui.context import AppContext
from workshop.ui.undo_commands import SetFields, push_or_explain


class PlainTextField(QPlainTextEdit):
    """A multi-line text box that says when the facilitator has finished editing (on
    leaving it), like QLineEdit.editingFinished. Tab moves focus instead of typing a tab."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(56)
        self.setMaximumHeight(110)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def money_box(parent: QWidget | None = None) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setPrefix("£")
    box.setDecimals(2)
    box.setRange(0, 1_000_000)
    box.setSingleStep(1)
    box.setMaximumWidth(220)
    return box


def count_box(parent: QWidget | None = None) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 100_000)
    box.setMaximumWidth(220)
    return box


class RowBinder(QObject):
    """Keeps widgets and one row of one table in step."""

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        row_id: Callable[[], str],
        parent: QWidget,
        describe: Callable[[str], str] | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.table, self._row_id, self.parent_widget = ctx, table, row_id, parent
        self._describe = describe or (lambda field: field.replace("_", " "))
        # field -> (show value in widget, read value from widget)
        self._fields: dict[str, tuple[Callable[[Any], None], Callable[[], Any]]] = {}
        ctx.bridge.changed.connect(self._on_changes)

    # ----- binding widgets ------------------------------------------------------------------

    def line(self, widget: QLineEdit, field: str) -> QLineEdit:
        self._bind(field, widget.setText, lambda: widget.text().strip())
        widget.editingFinished.connect(lambda: self.commit(field))
        return widget

    def text(self, widget: PlainTextField, field: str) -> PlainTextField:
        def show(value: Any) -> None:
            if widget.toPlainText() != value:
                widget.setPlainText(value or "")

        self._bind(field, show, lambda: widget.toPlainText().strip())
        widget.editingFinished.connect(lambda: self.commit(field))
        return widget

    def choice(self, widget: QComboBox, field: str, vocabulary: Vocabulary) -> QComboBox:
        if widget.count() == 0:
            for choice in vocabulary:
                widget.addItem(self.tr(choice.label), choice.key)
                if choice.explanation:
                    widget.setItemData(
                        widget.count() - 1, self.tr(choice.explanation), role=3
                    )  # Qt.ToolTipRole

        def show(value: Any) -> None:
            index = widget.findData(value)
            widget.setCurrentIndex(index)

        self._bind(field, show, lambda: widget.currentData())
        widget.activated.connect(lambda _=0: self.commit(field))
        return widget

    def number(self, widget: QSpinBox, field: str) -> QSpinBox:
        self._bind(field, lambda v: widget.setValue(int(v or 0)), widget.value)
        widget.editingFinished.connect(lambda: self.commit(field))
        return widget

    def money(self, widget: QDoubleSpinBox, field: str) -> QDoubleSpinBox:
        self._bind(
            field, lambda v: widget.setValue((v or 0) / 100), lambda: round(widget.value() * 100)
        )
        widget.editingFinished.connect(lambda: self.commit(field))
        return widget

    def custom(self, field: str, show: Callable[[Any], None], read: Callable[[], Any]) -> None:
        """For compound widgets (e.g. date + times): call `commit(field)` yourself."""
        self._bind(field, show, read)

    def _bind(self, field: str, show: Callable[[Any], None], read: Callable[[], Any]) -> None:
        self._fields[field] = (show, read)

    # ----- saving and showing -------------------------------------------------------------

    def row(self) -> dict[str, Any]:
        if self.ctx.programme.closed:
            return {}
        return self.ctx.programme.get(self.table, self._row_id()) or {}

    def commit(self, *fields: str, values: dict[str, Any] | None = None) -> bool:
        """Save what the widgets for `fields` now show, as one undoable edit."""
        row = self.row()
        if not row:
            return False
        new = values if values is not None else {f: self._fields[f][1]() for f in fields}
        new = {k: v for k, v in new.items() if row.get(k) != v}
        if not new:
            return True
        label = self._describe(next(iter(new)))
        command = SetFields(
            self.ctx.programme, self.table, row["id"], new, self.tr("Change %s") % label
        )
        saved = push_or_explain(self.ctx.undo_stack, command, self.parent_widget)
        if not saved:
            self.refresh(list(new))
        return saved

    def refresh(self, fields: list[str] | None = None) -> None:
        row = self.row()
        if not row:
            return
        for field, (show, _) in self._fields.items():
            if fields is None or field in fields:
                show(row.get(field))

    def _on_changes(self, changes: list[Change]) -> None:
        row_id = self._row_id()
        for change in changes:
            if change.table == self.table and row_id in change.ids:
                self.refresh(list(change.fields) or None)
