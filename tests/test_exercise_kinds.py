"""Exercise kinds are declared once (core/exercise_kinds.py): every declared kind can be
added to an agenda, opened from the agenda screen, and printed in the pack by its label."""

from __future__ import annotations

import pytest

from workshop.core import agenda, boards
from workshop.core.exercise_kinds import EXERCISE_KINDS, ExerciseKind, ExerciseKinds
from workshop.core.privacy import PARTNER, policy_for
from workshop.core.sessions import add_session
from workshop.export.pack import build as pack_build
from workshop.export.pack import sections_agenda
from workshop.export.pack.model import PackContext, Table
from workshop.ui.agenda.openers import OPENERS


def kinds_without_opener(kinds: ExerciseKinds) -> list[str]:
    return [kind.key for kind in kinds if kind.key not in OPENERS]


def test_every_declared_kind_has_an_opener():
    assert kinds_without_opener(EXERCISE_KINDS) == []
    assert set(OPENERS) == set(EXERCISE_KINDS.keys()), "an opener for a kind never declared"


def test_a_new_kind_without_an_opener_fails_the_opener_check():
    grown = ExerciseKinds(
        "exercise kind", [*EXERCISE_KINDS, ExerciseKind("survey", "Survey", "A short survey.")]
    )
    assert kinds_without_opener(grown) == ["survey"]


def test_the_kinds_keep_their_keys_and_labels():
    # Keys are stored in files; labels are what the translations were made from.
    assert [(k.key, k.label) for k in EXERCISE_KINDS] == [
        ("board", "Sticky-note board"),
        ("cards", "Scenario cards"),
        ("questions", "Question wall"),
        ("other", "Other"),
    ]
    assert agenda.EXERCISE_KINDS is EXERCISE_KINDS
    assert EXERCISE_KINDS.with_board() == ["board"]
    assert EXERCISE_KINDS.with_cards() == ["cards"]


def test_an_unknown_kind_has_nothing():
    kind = EXERCISE_KINDS.kind("from_a_newer_version")
    assert not (kind.has_board or kind.has_cards or kind.has_questions or kind.pack_section)


def _section_names() -> set[str]:
    names = set()
    for section in pack_build.SECTIONS:
        names.add(section.partition(":")[2] if isinstance(section, str) else section.__name__)
    return names


@pytest.mark.parametrize("kind", list(EXERCISE_KINDS), ids=lambda k: k.key)
def test_each_kind_names_a_real_pack_section(kind):
    assert kind.pack_section == "" or kind.pack_section in _section_names()


@pytest.mark.parametrize("kind", list(EXERCISE_KINDS), ids=lambda k: k.key)
def test_each_kind_can_be_added_and_only_boards_get_columns(programme, kind):
    session_id = add_session(programme, {"title": "Drop-in"})
    exercise_id = agenda.add_exercise(programme, session_id, kind.key, kind.label, 10)
    columns = boards.columns(programme, exercise_id)
    assert bool(columns) == kind.has_board


def test_the_pack_agenda_prints_every_declared_kind_by_its_label(programme):
    session_id = add_session(programme, {"title": "Drop-in"})
    for kind in EXERCISE_KINDS:
        agenda.add_exercise(programme, session_id, kind.key, f"A {kind.key} exercise", 10)
    ctx = PackContext(
        programme=programme,
        sessions=[programme.get("sessions", session_id)],
        policy=policy_for(programme, PARTNER),
    )
    (table,) = [b for b in sections_agenda.agenda(ctx) if isinstance(b, Table)]
    kind_column = table.headers.index("Kind")
    assert [row[kind_column] for row in table.rows] == [k.label for k in EXERCISE_KINDS]
