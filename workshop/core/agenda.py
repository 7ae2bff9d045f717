"""A session's agenda: its exercises in order, each with a timebox. Qt-free.

The kinds of exercise are declared in `exercise_kinds`; a kind with a board gets its
columns here, from a template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workshop.core import boards
from workshop.core.errors import ValidationError
from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.core.validation import require_choice, require_whole_number

if TYPE_CHECKING:
    from workshop.core.store import Programme

MAX_MINUTES = 8 * 60


def exercise_rule(row: dict[str, Any], programme: Programme) -> None:
    require_choice(row["kind"], EXERCISE_KINDS)
    require_whole_number(row["minutes"], "timebox in minutes")
    if row["minutes"] > MAX_MINUTES:
        raise ValidationError(
            "A timebox of {minutes} minutes is longer than a whole day. "
            "Enter the minutes for this one exercise.",
            minutes=row["minutes"],
        )
    if not (row.get("title") or "").strip():
        raise ValidationError("The exercise needs a title. Type a few words, like Welcome.")
    if EXERCISE_KINDS.kind(row["kind"]).has_board and row.get("template"):
        require_choice(row["template"], boards.BOARD_TEMPLATES)
    require_whole_number(row["dot_budget"], "dots per person")
    require_whole_number(row.get("voters", 0), "number of people voting")


def exercises(programme: Programme, session_id: str) -> list[dict[str, Any]]:
    return programme.rows("exercises", "session_id = ?", [session_id], order_by="position, rowid")


def total_minutes(programme: Programme, session_id: str) -> int:
    return sum(e["minutes"] for e in exercises(programme, session_id))


def add_exercise(
    programme: Programme,
    session_id: str,
    kind: str,
    title: str,
    minutes: int = 15,
    template: str = "",
    position: int | None = None,
    **values: Any,
) -> str:
    """An exercise at the end of the agenda (or at `position`); a board gets its columns."""
    has_board = EXERCISE_KINDS.kind(kind).has_board
    if has_board and not template:
        template = "hopes_fears"
    with programme.transaction():
        current = exercises(programme, session_id)
        if position is None or position >= len(current):
            position = len(current)
        else:
            for e in current[position:]:
                programme.update("exercises", e["id"], {"position": e["position"] + 1})
        row = {
            "session_id": session_id,
            "kind": kind,
            "title": title,
            "minutes": minutes,
            "template": template,
            "position": position,
            **values,
        }
        exercise_id = programme.insert("exercises", row)
        if has_board:
            boards.add_columns_from_template(programme, exercise_id, template)
    return exercise_id


def order(programme: Programme, session_id: str) -> list[str]:
    return [e["id"] for e in exercises(programme, session_id)]


def set_order(programme: Programme, session_id: str, ids: list[str]) -> list[str]:
    """Put the agenda in the order given; returns the old order (for undo)."""
    old = order(programme, session_id)
    if sorted(old) != sorted(ids):
        raise ValidationError("The agenda changed while it was being reordered. Try again.")
    with programme.transaction():
        by_id = {e["id"]: e for e in exercises(programme, session_id)}
        for position, exercise_id in enumerate(ids):
            if by_id[exercise_id]["position"] != position:
                programme.update("exercises", exercise_id, {"position": position})
    return old


def moved(ids: list[str], exercise_id: str, offset: int) -> list[str]:
    """The order with one exercise moved up (-1) or down (+1)."""
    new = list(ids)
    i = new.index(exercise_id)
    j = max(0, min(len(new) - 1, i + offset))
    new.insert(j, new.pop(i))
    return new


def start_times(
    programme: Programme, session_id: str, start_minute: int = 0
) -> list[tuple[dict[str, Any], int]]:
    """Each exercise with the minute it starts at, counted from the session's start."""
    out = []
    minute = start_minute
    for e in exercises(programme, session_id):
        out.append((e, minute))
        minute += e["minutes"]
    return out
