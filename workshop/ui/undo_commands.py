"""Small undo commands that hold old and new values and call the core, never widgets.

Subclass `CoreCommand` and implement `apply()` and `revert()`. Push with
`push_or_explain`: it applies the command first, so a value the core refuses
(ValidationError) is explained to the facilitator and never lands on the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from workshop.core.errors import ValidationError
from workshop.core.store import Programme, Snapshot
from workshop.i18n import error_text
from workshop.ui import dialogs

if TYPE_CHECKING:
    from workshop.ui.context import AppContext


class CoreCommand(QUndoCommand):
    def __init__(self, text: str):
        super().__init__(text)
        self._applied_already = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied_already:  # push_or_explain did the first run itself
            self._applied_already = False
            return
        self.apply()

    def undo(self) -> None:
        self.revert()


class SetFields(CoreCommand):
    """Change some fields of one row."""

    def __init__(
        self, programme: Programme, table: str, row_id: str, new: dict[str, Any], text: str
    ):
        super().__init__(text)
        self.programme, self.table, self.row_id = programme, table, row_id
        self.new = dict(new)
        row = programme.get(table, row_id) or {}
        self.old = {key: row.get(key) for key in new}

    def apply(self) -> None:
        self.programme.update(self.table, self.row_id, self.new)

    def revert(self) -> None:
        self.programme.update(self.table, self.row_id, self.old)


class InsertRow(CoreCommand):
    """Add one row; redo after undo brings back the same row (same id)."""

    def __init__(self, programme: Programme, table: str, values: dict[str, Any], text: str):
        super().__init__(text)
        self.programme, self.table = programme, table
        self.values = dict(values)
        self.row_id: str | None = values.get("id")
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.row_id = self.programme.insert(self.table, self.values)

    def revert(self) -> None:
        assert self.row_id is not None
        self._snapshot = self.programme.delete(self.table, self.row_id)


class DeleteRow(CoreCommand):
    """Delete a row and all that belongs to it; undo puts every row back as it was."""

    def __init__(self, programme: Programme, table: str, row_id: str, text: str):
        super().__init__(text)
        self.programme, self.table, self.row_id = programme, table, row_id
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.programme.delete(self.table, self.row_id)

    def revert(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)


def push_or_explain(stack: QUndoStack, command: CoreCommand, parent: QWidget | None) -> bool:
    """Apply `command` and put it on the undo stack; if the core refuses it, say why
    (nothing was saved) and leave the stack as it was. Returns True when saved."""
    try:
        command.apply()
    except ValidationError as exc:
        dialogs.show_error(parent, error_text(exc))
        return False
    command._applied_already = True
    stack.push(command)
    return True


def delete_if_confirmed(
    ctx: AppContext,
    parent: QWidget | None,
    table: str,
    row_id: str,
    *,
    title: str,
    question: str,
    yes: str,
    undo_text: str = "",
) -> bool:
    """Ask first (`question` in a box titled `title`; `yes` is the button that deletes),
    then delete the row and all that belongs to it as one undo step (named `undo_text`,
    or the title). Returns True when deleted."""
    if not dialogs.confirm(parent, title, question, yes):
        return False
    command = DeleteRow(ctx.programme, table, row_id, undo_text or title)
    return push_or_explain(ctx.undo_stack, command, parent)
