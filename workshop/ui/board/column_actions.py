"""What the board's column menu does: add, rename, recolour, move and delete a column,
each one undo step. Kept apart from the board widget, which builds the menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop.core import boards
from workshop.ui import dialogs
from workshop.ui.board import questions
from workshop.ui.board.commands import AddColumn, DeleteMany, SetMany
from workshop.ui.undo_commands import SetFields

if TYPE_CHECKING:
    from workshop.ui.board.board_widget import BoardWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("board", text)


def add_column(board: BoardWidget) -> None:
    title = questions.ask_text(board, _tr("Add column"), _tr("Column title:"))
    if title:
        count = len(board.scene.columns)
        colour = boards.NOTE_COLOURS.keys()[count % len(boards.NOTE_COLOURS.keys())]
        command = AddColumn(board.programme, board.exercise_id, title, colour)
        if board._push(command):
            board.choose_column(command.column_id)


def rename_column(board: BoardWidget) -> None:
    column_id = board.current_column_id()
    if not column_id:
        return
    row = board.programme.get("board_columns", column_id)
    title = questions.ask_text(board, _tr("Rename column"), _tr("Column title:"), row["title"])
    if title and title != row["title"]:
        board._push(
            SetFields(
                board.programme,
                "board_columns",
                column_id,
                {"title": title},
                _tr("Rename column"),
            )
        )


def recolour_column(board: BoardWidget) -> None:
    column_id = board.current_column_id()
    if column_id:
        colour = board.colour_box.currentData()
        board._push(
            SetFields(
                board.programme,
                "board_columns",
                column_id,
                {"colour": colour},
                _tr("Column colour"),
            )
        )


def move_column(board: BoardWidget, step: int) -> None:
    column_id = board.current_column_id()
    order = list(board.scene.column_order)
    if not column_id or column_id not in order:
        return
    i = order.index(column_id)
    j = i + step
    if not 0 <= j < len(order):
        return
    order.insert(j, order.pop(i))
    changes = {c: {"position": p} for p, c in enumerate(order)}
    board._push(SetMany(board.programme, "board_columns", changes, _tr("Move column")))


def delete_column(board: BoardWidget) -> None:
    column_id = board.current_column_id()
    if not column_id or len(board.scene.columns) <= 1:
        return
    count = sum(1 for n in board.scene.notes.values() if n.row["column_id"] == column_id)
    question = (
        _tr("This column has 1 note. Delete the column and its note? Undo brings it back.")
        if count == 1
        else _tr(
            "This column has %1 notes. Delete the column and its notes? Undo brings them back."
        ).replace("%1", str(count))
    )
    if count and not dialogs.confirm(board, _tr("Delete column"), question):
        return
    board._push(DeleteMany(board.programme, "board_columns", [column_id], _tr("Delete column")))
