"""Where a typed note lands (issue 18 made this one pass over the column): the first grid place in its
column that no note covers, exactly as the plain rule says, wherever notes were dragged."""

import random

import pytest

from workshop.core import agenda, boards
from workshop.core.boards import GAP, NOTE_H, NOTE_W, grid_slot
from workshop.core.sessions import add_session


def first_free_place_by_the_rule(taken: list[tuple[float, float]]) -> tuple[float, float]:
    """The rule as written: try each place in turn against every note."""
    index = 0
    while True:
        x, y = grid_slot(index)
        if not any(abs(tx - x) < NOTE_W * 0.6 and abs(ty - y) < NOTE_H * 0.6 for tx, ty in taken):
            return x, y
        index += 1


@pytest.fixture
def column(programme):
    session_id = add_session(programme, {"title": "Library evening"})
    exercise_id = agenda.add_exercise(programme, session_id, "board", "Hopes and fears", 30)
    return boards.columns(programme, exercise_id)[0]


def test_typed_notes_fill_the_grid_in_order(programme, column):
    placed = []
    for i in range(7):
        note_id = boards.add_note(programme, column["id"], f"Note {i}")
        note = programme.get("board_notes", note_id)
        placed.append((note["x"], note["y"]))
    assert placed == [grid_slot(i) for i in range(7)]


def test_the_free_place_follows_the_rule_wherever_notes_lie(programme, column):
    rng = random.Random(18)
    step_x, step_y = NOTE_W + GAP, NOTE_H + GAP
    for case in range(60):
        ids = [n["id"] for n in boards.notes(programme, column["exercise_id"])]
        boards.delete_many(programme, "board_notes", ids)
        taken = []
        for _ in range(rng.randint(0, 14)):
            if rng.random() < 0.6:  # on a place, or nudged off it, or anywhere
                x, y = grid_slot(rng.randint(0, 12))
                x += rng.choice([0, 0, rng.uniform(-0.7, 0.7) * step_x])
                y += rng.choice([0, 0, rng.uniform(-0.7, 0.7) * step_y])
            else:
                x, y = rng.uniform(-300, 500), rng.uniform(-300, 1200)
            taken.append((x, y))
            boards.add_note(programme, column["id"], "Dragged", x=x, y=y)
        assert boards.free_slot(programme, column["id"]) == first_free_place_by_the_rule(taken), (
            f"case {case}: {taken}"
        )
