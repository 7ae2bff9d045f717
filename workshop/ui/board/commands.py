"""Undo commands for the board: small classes holding old and new values and calling the
core (workshop.core.boards), never graphics items. One gesture is one command."""

from __future__ import annotations

from typing import Any

from workshop.core import boards
from workshop.core.store import Programme, Snapshot
from workshop.ui.undo_commands import CoreCommand


class AddNote(CoreCommand):
    """A note typed into a column. Redo after undo brings back the same note."""

    def __init__(self, programme: Programme, column_id: str, text: str, **values: Any):
        super().__init__("Add note")
        self.programme, self.column_id, self.text, self.values = (
            programme,
            column_id,
            text,
            values,
        )
        self.note_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.note_id = boards.add_note(self.programme, self.column_id, self.text, **self.values)

    def revert(self) -> None:
        assert self.note_id is not None
        self._snapshot = self.programme.delete("board_notes", self.note_id)


class SetMany(CoreCommand):
    """Change fields of several rows of one table at once: a drag of ten notes, a
    colour for the selection, a vote, a flag, a rename."""

    def __init__(
        self, programme: Programme, table: str, changes: dict[str, dict[str, Any]], text: str
    ):
        super().__init__(text)
        self.programme, self.table = programme, table
        self.new = {k: dict(v) for k, v in changes.items()}
        self.old: dict[str, dict[str, Any]] = {}
        for row_id, fields in self.new.items():
            row = programme.get(table, row_id) or {}
            self.old[row_id] = {key: row.get(key) for key in fields}

    def apply(self) -> None:
        boards.update_many(self.programme, self.table, self.new)

    def revert(self) -> None:
        boards.update_many(self.programme, self.table, self.old)


class DeleteMany(CoreCommand):
    """Delete notes (or columns, or themes) and put every row back on undo."""

    def __init__(self, programme: Programme, table: str, ids: list[str], text: str):
        super().__init__(text)
        self.programme, self.table, self.ids = programme, table, list(ids)
        self._snapshots: list[Snapshot] = []

    def apply(self) -> None:
        self._snapshots = boards.delete_many(self.programme, self.table, self.ids)

    def revert(self) -> None:
        boards.restore_many(self.programme, self._snapshots)


class GroupNotes(CoreCommand):
    """A new theme around the chosen notes."""

    def __init__(self, programme: Programme, exercise_id: str, note_ids: list[str], title: str):
        super().__init__("Group into theme")
        self.programme, self.exercise_id, self.note_ids, self.title = (
            programme,
            exercise_id,
            list(note_ids),
            title,
        )
        self.old = {n: (programme.get("board_notes", n) or {}).get("cluster_id") for n in note_ids}
        self.cluster_id: str | None = None

    def apply(self) -> None:
        self.cluster_id = boards.group_notes(
            self.programme, self.exercise_id, self.note_ids, self.title, self.cluster_id
        )

    def revert(self) -> None:
        assert self.cluster_id is not None
        with self.programme.transaction():
            boards.update_many(
                self.programme, "board_notes", {n: {"cluster_id": c} for n, c in self.old.items()}
            )
            self.programme.delete("board_clusters", self.cluster_id)


class Ungroup(CoreCommand):
    """Remove a theme and keep its notes where they are."""

    def __init__(self, programme: Programme, cluster_id: str):
        super().__init__("Ungroup theme")
        self.programme, self.cluster_id = programme, cluster_id
        self._undo: tuple[Snapshot, list[str]] | None = None

    def apply(self) -> None:
        self._undo = boards.ungroup(self.programme, self.cluster_id)

    def revert(self) -> None:
        assert self._undo is not None
        boards.regroup(self.programme, *self._undo)


class AddColumn(CoreCommand):
    def __init__(self, programme: Programme, exercise_id: str, title: str, colour: str):
        super().__init__("Add column")
        self.programme = programme
        self.values = {
            "exercise_id": exercise_id,
            "title": title,
            "colour": colour,
            "position": len(boards.columns(programme, exercise_id)),
        }
        self.column_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.column_id = self.programme.insert("board_columns", self.values)
            self.values["id"] = self.column_id

    def revert(self) -> None:
        assert self.column_id is not None
        self._snapshot = self.programme.delete("board_columns", self.column_id)


class MoveOnBoard(CoreCommand):
    """One drag: the notes' new places (column, position, theme) and the themes moved."""

    def __init__(
        self,
        programme: Programme,
        note_changes: dict[str, dict[str, Any]],
        cluster_changes: dict[str, dict[str, Any]],
    ):
        super().__init__("Move notes" if len(note_changes) != 1 else "Move note")
        self.programme = programme
        self.notes = SetMany(programme, "board_notes", note_changes, "")
        self.clusters = SetMany(programme, "board_clusters", cluster_changes, "")

    def apply(self) -> None:
        with self.programme.transaction():
            self.clusters.apply()
            self.notes.apply()

    def revert(self) -> None:
        with self.programme.transaction():
            self.notes.revert()
            self.clusters.revert()
