"""Undo commands for the agenda: each holds what it needs to put things back and calls the
core to change them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workshop.core import agenda, session_plans
from workshop.core.session_plans import SessionPlan
from workshop.core.store import Programme, Snapshot
from workshop.ui.undo_commands import CoreCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("agenda", text)


class AddExercise(CoreCommand):
    def __init__(self, programme: Programme, session_id: str, values: dict[str, Any]):
        super().__init__(_tr("Add exercise"))
        self.programme, self.session_id, self.values = programme, session_id, values
        self.exercise_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.exercise_id = agenda.add_exercise(self.programme, self.session_id, **self.values)

    def revert(self) -> None:
        assert self.exercise_id is not None
        self._snapshot = self.programme.delete("exercises", self.exercise_id)


class ReorderExercises(CoreCommand):
    def __init__(self, programme: Programme, session_id: str, new_order: list[str]):
        super().__init__(_tr("Move exercise"))
        self.programme, self.session_id, self.new = programme, session_id, new_order
        self.old = agenda.order(programme, session_id)

    def apply(self) -> None:
        agenda.set_order(self.programme, self.session_id, self.new)

    def revert(self) -> None:
        agenda.set_order(self.programme, self.session_id, self.old)


class SessionFromPlan(CoreCommand):
    def __init__(self, programme: Programme, plan: SessionPlan):
        super().__init__(_tr("New session from plan"))
        self.programme, self.plan = programme, plan
        self.session_id: str | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is not None:
            self.programme.restore(self._snapshot)
        else:
            self.session_id = session_plans.new_session_from_plan(self.programme, self.plan)

    def revert(self) -> None:
        assert self.session_id is not None
        self._snapshot = self.programme.delete("sessions", self.session_id)
