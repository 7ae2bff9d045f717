"""The agenda of a session: exercises in order with timeboxes."""

import pytest

from workshop.core import agenda
from workshop.core.errors import ValidationError
from workshop.core.sessions import add_session


def test_reorder_and_insert(programme):
    session_id = add_session(programme, {"title": "Library"})
    welcome = agenda.add_exercise(programme, session_id, "other", "Welcome", 10)
    board = agenda.add_exercise(programme, session_id, "board", "Hopes and fears", 30)
    cards = agenda.add_exercise(programme, session_id, "cards", "Scenario cards", 40)
    old = agenda.set_order(
        programme, session_id, agenda.moved(agenda.order(programme, session_id), cards, -1)
    )
    assert old == [welcome, board, cards]
    assert agenda.order(programme, session_id) == [welcome, cards, board]
    tea = agenda.add_exercise(programme, session_id, "other", "Tea", 10, position=1)
    assert agenda.order(programme, session_id) == [welcome, tea, cards, board]
    assert [m for _, m in agenda.start_times(programme, session_id)] == [0, 10, 20, 60]
    assert agenda.total_minutes(programme, session_id) == 90


def test_bad_exercises_are_refused(programme):
    session_id = add_session(programme, {"title": "Library"})
    with pytest.raises(ValidationError, match="exercise kind"):
        agenda.add_exercise(programme, session_id, "karaoke", "Song", 10)
    with pytest.raises(ValidationError, match="longer than a whole day"):
        agenda.add_exercise(programme, session_id, "other", "Marathon", 9000)
    assert agenda.exercises(programme, session_id) == []
