"""The board's notes as a table: the keyboard and screen-reader route to every note
(notes drawn on a graphics view are invisible to screen readers). The model, and the view
the board shows it in (`notes_table`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workshop.core import boards
from workshop.core.store import Change, Programme

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("board", text)


# (field, header, editable); headers marked for the translation build, translated when shown
COLUMNS = [
    ("text", QT_TRANSLATE_NOOP("board", "Note"), True),
    ("column", QT_TRANSLATE_NOOP("board", "Column"), False),
    ("theme", QT_TRANSLATE_NOOP("board", "Theme"), False),
    ("colour", QT_TRANSLATE_NOOP("board", "Colour"), False),
    ("votes", QT_TRANSLATE_NOOP("board", "Dots"), False),
    ("significant", QT_TRANSLATE_NOOP("board", "Significant because"), False),
    ("table_label", QT_TRANSLATE_NOOP("board", "Table or group"), True),
    ("participant_code", QT_TRANSLATE_NOOP("board", "Participant code"), True),
]


class NotesTableModel(QAbstractTableModel):
    # An edit typed into a cell: note id, field, new value. The widget makes it an undo step.
    edit_requested = Signal(str, str, object)

    def __init__(self, programme: Programme, exercise_id: str, parent=None):
        super().__init__(parent)
        self.programme, self.exercise_id = programme, exercise_id
        self.rows: list[dict[str, Any]] = []
        # note id -> row number, built when first asked after rows were removed: a scan of
        # 10,000 rows for every typed note cost 4 ms.
        self._row_numbers: dict[str, int] | None = None
        self.column_titles: dict[str, str] = {}
        self.theme_titles: dict[str, str] = {}
        self._load()

    def reload(self) -> None:
        """Read the whole board again (after missing changes while not listening)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        self.rows = boards.notes(self.programme, self.exercise_id)
        self._row_numbers = None
        self._load_titles()

    def _load_titles(self) -> None:
        self.column_titles = {
            c["id"]: c["title"] for c in boards.columns(self.programme, self.exercise_id)
        }
        self.theme_titles = {
            k["id"]: k["title"] for k in boards.clusters(self.programme, self.exercise_id)
        }

    def note_id(self, row: int) -> str:
        return self.rows[row]["id"]

    def row_of(self, note_id: str) -> int:
        if self._row_numbers is None:
            self._row_numbers = {r["id"]: i for i, r in enumerate(self.rows)}
        return self._row_numbers.get(note_id, -1)

    # ----- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _tr(COLUMNS[section][1])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][2] and not self.programme.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def display(self, row: dict[str, Any], field: str) -> str:
        if field == "column":
            return self.column_titles.get(row["column_id"], "")
        if field == "theme":
            return self.theme_titles.get(row["cluster_id"] or "", "")
        if field == "colour":
            return _tr(boards.NOTE_COLOURS.label(row["colour"]))  # the build collects it
        if field == "votes":
            return str(row["votes"])
        if field == "significant":
            return ("★ " + row["significant_reason"]) if row["significant"] else ""
        return str(row[field] or "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        field = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.display(row, field)
            if role == Qt.ItemDataRole.AccessibleTextRole and field == "votes":
                if not row["votes"]:
                    return _tr("no dots")
                # Said in words for a screen reader; one form each, as Welsh takes the
                # singular after a number ("8 dot" reads "8 dot" in both).
                votes = row["votes"]
                return _tr("1 dot") if votes == 1 else _tr("%1 dots").replace("%1", str(votes))
            return text
        if role == Qt.ItemDataRole.EditRole:
            return row.get(field, "")
        if role == Qt.ItemDataRole.ToolTipRole and field in ("text", "significant"):
            return self.display(row, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and field == "votes":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field, _, editable = COLUMNS[index.column()]
        if not editable:
            return False
        row = self.rows[index.row()]
        value = str(value).strip()
        if value == (row.get(field) or ""):
            return False
        # The change lands through the core; apply_changes then refreshes this row.
        self.edit_requested.emit(row["id"], field, value)
        return True

    # ----- following the programme ---------------------------------------------------------

    def apply_changes(self, changes: list[Change]) -> None:
        for change in changes:
            if change.table in ("board_columns", "board_clusters"):
                self._load_titles()
                if self.rows:
                    self.dataChanged.emit(
                        self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1)
                    )
            elif change.table == "board_notes":
                self._notes_changed(change)

    def _notes_changed(self, change: Change) -> None:
        for note_id in change.ids:
            at = self.row_of(note_id)
            row = None if change.kind == "delete" else self.programme.get("board_notes", note_id)
            if row is not None and row["exercise_id"] != self.exercise_id:
                row = None
            if row is None and at >= 0:
                self.beginRemoveRows(QModelIndex(), at, at)
                del self.rows[at]
                self._row_numbers = None  # the rows after it moved up
                self.endRemoveRows()
            elif row is not None and at < 0:
                end = len(self.rows)
                self.beginInsertRows(QModelIndex(), end, end)
                self.rows.append(row)
                if self._row_numbers is not None:
                    self._row_numbers[row["id"]] = end
                self.endInsertRows()
            elif row is not None:
                self.rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))


def notes_table(model: NotesTableModel) -> QTableView:
    """The list of the board's notes, as the board shows it instead of the drawing."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(QCoreApplication.translate("BoardWidget", "Notes on this board"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
    )
    # Fixed widths: sizing columns to their contents reads every cell of a big board.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate((0, 110, 170, 80, 60, 300, 120, 130)):
        if width:
            header.resizeSection(column, width)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
    return table
