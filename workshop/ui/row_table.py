"""An editable table of a session's rows in one table (provisions, requests, incentives,
target groups): a model over the core rows, delegates for choices and amounts, and
Add / Remove buttons. Every edit is one undo step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.core.sessions import format_pounds, session_rows
from workshop.core.store import Change
from workshop.core.vocab import Vocabulary
from workshop.ui.context import AppContext, touches
from workshop.ui.dates import short_date
from workshop.ui.forms import count_box, money_box
from workshop.ui.tables import fit_table
from workshop.ui.undo_commands import DeleteRow, InsertRow, SetFields, push_or_explain

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    kind: str = "text"  # text | choice | count | money | date (held as YYYY-MM-DD)
    vocabulary: Vocabulary | None = None
    stretch: bool = False
    optional: int = 0  # hidden to fit a narrow table: 1 first, then 2, … (0 never)


class RowTableModel(QAbstractTableModel):
    def __init__(
        self, ctx: AppContext, table: str, session_id: str, columns: list[Column], parent: QWidget
    ):
        super().__init__(parent)
        self.ctx, self.table, self.session_id, self.columns = ctx, table, session_id, columns
        self.view_parent = parent
        self.rows: list[dict[str, Any]] = session_rows(ctx.programme, table, session_id)
        ctx.bridge.changed.connect(self._on_changes)

    # ----- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.ctx.programme.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()].get(column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("count", "money"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def display(column: Column, value: Any) -> str:
        if column.kind == "choice" and column.vocabulary is not None:
            # Plain-English labels are translated once, in the shared context.
            return QCoreApplication.translate("RowTableModel", column.vocabulary.label(value))
        if column.kind == "money":
            return format_pounds(value or 0)
        if column.kind == "date":
            return short_date(value)
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if isinstance(value, str):
            value = value.strip()
        if row.get(column.field) == value:
            return False
        command = SetFields(
            self.ctx.programme,
            self.table,
            row["id"],
            {column.field: value},
            self.tr("Change %s") % column.header.lower(),
        )
        return push_or_explain(self.ctx.undo_stack, command, self.view_parent)

    # ----- keeping in step with the file ----------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if not touches(changes, self.table):
            return
        structural = any(c.table == self.table and c.kind != "update" for c in changes)
        if structural:
            self.beginResetModel()
            self.rows = session_rows(self.ctx.programme, self.table, self.session_id)
            self.endResetModel()
            return
        for change in changes:
            for row_id in change.ids:
                for position, row in enumerate(self.rows):
                    if row["id"] == row_id:
                        self.rows[position] = self.ctx.programme.get(self.table, row_id) or row
                        self.dataChanged.emit(
                            self.index(position, 0), self.index(position, len(self.columns) - 1)
                        )


class ChoiceDelegate(QStyledItemDelegate):
    def __init__(self, vocabulary: Vocabulary, parent: QWidget):
        super().__init__(parent)
        self.vocabulary = vocabulary

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setAccessibleName(self.tr(self.vocabulary.name))
        for choice in self.vocabulary:
            box.addItem(self.tr(choice.label), choice.key)
        return box

    def setEditorData(self, editor: QComboBox, index: Index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CountDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        return count_box(parent)

    def setEditorData(self, editor, index: Index) -> None:
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor, model, index: Index) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class MoneyDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        return money_box(parent)

    def setEditorData(self, editor, index: Index) -> None:
        editor.setValue((index.data(Qt.ItemDataRole.EditRole) or 0) / 100)

    def setModelData(self, editor, model, index: Index) -> None:
        editor.interpretText()
        model.setData(index, round(editor.value() * 100), Qt.ItemDataRole.EditRole)


class RowTableEditor(QWidget):
    """A titled table with Add and Remove buttons."""

    def __init__(
        self,
        ctx: AppContext,
        table: str,
        session_id: str,
        columns: list[Column],
        title: str,
        new_row: dict[str, Any],
        item_name: str,
        hint: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx, self.table, self.session_id = ctx, table, session_id
        self.new_row, self.item_name = new_row, item_name
        self.model = RowTableModel(ctx, table, session_id, columns, self)
        self.view = QTableView()
        self.view.setObjectName(f"table_{table}")
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        self._delegates = []
        for position, column in enumerate(columns):
            delegate = None
            if column.kind == "choice" and column.vocabulary is not None:
                delegate = ChoiceDelegate(column.vocabulary, self.view)
            elif column.kind == "count":
                delegate = CountDelegate(self.view)
            elif column.kind == "money":
                delegate = MoneyDelegate(self.view)
            if delegate is not None:
                self._delegates.append(delegate)
                self.view.setItemDelegateForColumn(position, delegate)
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(position, mode)
        fit_table(
            self.view,
            [p for p, column in enumerate(columns) if column.stretch],
            [p for _, p in sorted((c.optional, p) for p, c in enumerate(columns) if c.optional)],
        )

        heading = QLabel(f"<b>{title}</b>")
        self.add_button = QPushButton(self.tr("Add %s") % item_name)
        self.add_button.setAccessibleName(self.tr("Add %s") % item_name)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove selected %s") % item_name)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setObjectName("hint")
            layout.addWidget(hint_label)
        # An empty table says what to do next instead of showing a blank grid.
        self.empty_label = QLabel(
            self.tr("Nothing here yet. Press “%s” to add the first one.")
            % (self.tr("Add %s") % item_name)
        )
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._show_empty_state)
        self.model.rowsInserted.connect(self._show_empty_state)
        self.model.rowsRemoved.connect(self._show_empty_state)
        self._show_empty_state()
        read_only = ctx.programme.read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _show_empty_state(self, *_args) -> None:
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def add_row(self) -> None:
        # A new row's values may depend on what is there already (the next code, say).
        new_row = self.new_row() if callable(self.new_row) else self.new_row
        values = {**new_row, "session_id": self.session_id}
        command = InsertRow(
            self.ctx.programme, self.table, values, self.tr("Add %s") % self.item_name
        )
        if push_or_explain(self.ctx.undo_stack, command, self):
            for position, row in enumerate(self.model.rows):
                if row["id"] == command.row_id:
                    self.view.setCurrentIndex(self.model.index(position, 0))
                    self.view.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        if not rows:
            return
        ids = [self.model.rows[r]["id"] for r in rows]
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Remove %s") % self.item_name)
        for row_id in ids:
            push_or_explain(
                stack,
                DeleteRow(
                    self.ctx.programme, self.table, row_id, self.tr("Remove %s") % self.item_name
                ),
                self,
            )
        stack.endMacro()
