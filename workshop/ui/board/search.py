"""Search notes and themes across the whole programme, then open the board at the note."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import boards
from workshop.ui import settings
from workshop.ui.context import AppContext
from workshop.ui.window_geometry import FittingDialog, keep_geometry


class SearchNotesDialog(FittingDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search notes"))
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Words to find"))
        self.query.setPlaceholderText(self.tr("Words to find in notes and themes"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Notes found"))
        self.results.setWordWrap(True)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.query.textChanged.connect(self.search)
        self.query.returnPressed.connect(lambda: self.results.setFocus())
        self.results.itemActivated.connect(self.open_hit)
        self.hits: list[boards.SearchHit] = []
        self.boards_opened: list[QWidget] = []
        self.resize(640, 460)

    def search(self, words: str) -> None:
        self.hits = boards.search(self.ctx.programme, words)
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem(
                f"{hit.text}\n{hit.session_title} · {hit.exercise_title} · {hit.where}"
            )
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{hit.text}. {hit.where}, {hit.exercise_title}, {hit.session_title}",
            )
            self.results.addItem(item)
        self.count.setText(self.tr("%n found", "", len(self.hits)) if words.strip() else "")

    def open_hit(self, item: QListWidgetItem | None = None) -> QWidget | None:
        row = self.results.row(item) if item is not None else self.results.currentRow()
        if not 0 <= row < len(self.hits):
            return None
        hit = self.hits[row]
        from workshop.ui.board.board_widget import BoardWidget

        board = BoardWidget(self.ctx, hit.exercise_id)
        board.setWindowFlag(Qt.WindowType.Window, True)
        board.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        board.setWindowTitle(hit.exercise_title)
        keep_geometry(board, settings.BOARD_WINDOW_GEOMETRY, QSize(1280, 800))
        board.show()
        if hit.table == "board_notes":
            board.centre_on_note(hit.row_id)
        else:
            board.scene.select(cluster_ids=[hit.row_id])
        self.boards_opened.append(board)
        return board
