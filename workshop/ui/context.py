"""What every screen needs: the open programme, its change signal and the undo stack."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from workshop.core.store import Change, Programme


class ProgrammeBridge(QObject):
    """Turns the core's change notices into a Qt signal (list[Change])."""

    changed = Signal(list)

    def __init__(self, programme: Programme, parent: QObject | None = None):
        super().__init__(parent)
        self.programme = programme
        programme.subscribe(self._relay)

    def _relay(self, changes: list[Change]) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        self.programme.unsubscribe(self._relay)


@dataclass
class AppContext:
    programme: Programme
    bridge: ProgrammeBridge
    undo_stack: QUndoStack
    window: QWidget | None = None


def touches(changes: list[Change], *tables: str) -> bool:
    """True when any change is to one of `tables` (for views deciding whether to refresh)."""
    return any(change.table in tables for change in changes)
