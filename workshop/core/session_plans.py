"""Ready-made session plans: agendas a facilitator can start a session from.

Plans are TOML text files (format in docs/session-plans.md): the built-in ones in the
`sessions/` folder next to the package, and the facilitator's own in `<data dir>/sessions`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.core import agenda, boards, vocab
from workshop.core.errors import ValidationError
from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.core.paths import data_dir
from workshop.core.sessions import add_session
from workshop.core.store import Programme

BUILT_IN_DIR = Path(__file__).resolve().parents[2] / "sessions"


@dataclass(frozen=True)
class PlannedExercise:
    kind: str
    title: str
    minutes: int
    template: str = ""
    dot_budget: int = 0
    guidance: str = ""


@dataclass(frozen=True)
class SessionPlan:
    key: str  # file name without .toml
    title: str
    description: str
    format: str
    exercises: list[PlannedExercise] = field(default_factory=list)

    @property
    def minutes(self) -> int:
        return sum(e.minutes for e in self.exercises)


# A plan is a page of settings; anything bigger is not one.
MAX_PLAN_CHARACTERS = 200_000


def plan_dirs() -> list[Path]:
    return [BUILT_IN_DIR, data_dir() / "sessions"]


def parse_plan(text: str, key: str = "plan") -> SessionPlan:
    """Read one plan; a broken plan raises ValidationError saying what to fix."""
    if len(text) > MAX_PLAN_CHARACTERS:
        raise ValidationError(
            "The plan {key} is {size} characters long; a session plan can be at most {most}. "
            "Fix the file.",
            key=key,
            size=f"{len(text):,}",
            most=f"{MAX_PLAN_CHARACTERS:,}",
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            "The plan {key} is not valid TOML ({problem}). Fix the file.", key=key, problem=exc
        ) from exc
    except RecursionError:
        raise ValidationError(
            "The plan {key} has lists or tables nested too deeply to be a session plan. "
            "A plan holds [[exercise]] sections; fix the file.",
            key=key,
        ) from None
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValidationError('The plan {key} needs a title = "..." line.', key=key)
    fmt = _word(data.get("format", "in_person"), f"The plan {key}", "format")
    if fmt not in vocab.SESSION_FORMATS:
        raise ValidationError(
            "The plan {key} has format '{fmt}'. Use one of: {choices}.",
            key=key,
            fmt=fmt,
            choices=", ".join(vocab.SESSION_FORMATS.keys()),
        )
    entries = data.get("exercise", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ValidationError(
            "The plan {key} must list its exercises as [[exercise]] tables. Fix the file.", key=key
        )
    exercises = []
    for n, raw in enumerate(entries, start=1):
        exercises.append(_exercise(raw, f"{key}, exercise {n}"))
    if not exercises:
        raise ValidationError(
            "The plan {key} has no [[exercise]] entries. Add at least one.", key=key
        )
    return SessionPlan(key, title.strip(), str(data.get("description", "")).strip(), fmt, exercises)


def _word(value: Any, where: str, name: str) -> str:
    """A one-word setting (format, kind, template) must be text, not a list or number."""
    if not isinstance(value, str):
        raise ValidationError(
            '{where}: {name} must be a word in quotes, like {name} = "board".',
            where=where,
            name=name,
        )
    return value


def _exercise(raw: dict[str, Any], where: str) -> PlannedExercise:
    kind = _word(raw.get("kind", "other"), f"In {where}", "kind")
    if kind not in EXERCISE_KINDS:
        raise ValidationError(
            "In {where}, kind '{kind}' is not known. Use board, cards, questions or other.",
            where=where,
            kind=kind,
        )
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValidationError('In {where}, add a title = "..." line.', where=where)
    minutes = raw.get("minutes", 0)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 480:
        raise ValidationError(
            "In {where}, minutes must be a whole number from 0 to 480.", where=where
        )
    has_board = EXERCISE_KINDS.kind(kind).has_board
    template = _word(
        raw.get("template", "hopes_fears" if has_board else ""), f"In {where}", "template"
    )
    if has_board and template not in boards.BOARD_TEMPLATES:
        raise ValidationError(
            "In {where}, template '{template}' is not known. Use one of: {choices}.",
            where=where,
            template=template,
            choices=", ".join(boards.BOARD_TEMPLATES.keys()),
        )
    budget = raw.get("dot_budget", 0)
    if isinstance(budget, bool) or not isinstance(budget, int) or budget < 0:
        raise ValidationError(
            "In {where}, dot_budget must be a whole number, 0 or more.", where=where
        )
    return PlannedExercise(
        kind,
        title.strip(),
        minutes,
        template if has_board else "",
        budget,
        str(raw.get("guidance", "")).strip(),
    )


def load_plan(path: Path) -> SessionPlan:
    return parse_plan(path.read_text(encoding="utf-8"), path.stem)


def available_plans() -> list[SessionPlan]:
    """Every readable plan, built-in first; a broken file of the user's is left out."""
    plans = []
    for folder in plan_dirs():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                plans.append(load_plan(path))
            except (ValidationError, OSError, UnicodeDecodeError):
                continue
    return plans


def add_plan_to_session(programme: Programme, session_id: str, plan: SessionPlan) -> list[str]:
    """Append the plan's exercises to a session's agenda. One commit."""
    with programme.transaction():
        return [
            agenda.add_exercise(
                programme,
                session_id,
                e.kind,
                e.title,
                e.minutes,
                template=e.template,
                dot_budget=e.dot_budget,
                guidance=e.guidance,
            )
            for e in plan.exercises
        ]


def new_session_from_plan(
    programme: Programme, plan: SessionPlan, values: dict[str, Any] | None = None
) -> str:
    """A new planned session with the plan's title, format and agenda. One commit."""
    details = {"title": plan.title, "format": plan.format, **(values or {})}
    with programme.transaction():
        session_id = add_session(programme, details)
        add_plan_to_session(programme, session_id, plan)
    return session_id
