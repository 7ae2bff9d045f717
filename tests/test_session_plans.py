"""Ready-made plans: every built-in plan reads, and starting a session from one gives its agenda."""

import pytest

from workshop.core import agenda, boards, session_plans
from workshop.core.errors import ValidationError
from workshop.core.store import Programme


def test_built_in_plans_cover_the_three_kinds_of_session():
    plans = {p.key: p for p in session_plans.available_plans()}
    assert plans["hopes-and-fears-90"].minutes == 90
    assert plans["scenario-workshop-half-day"].minutes >= 180
    assert plans["drop-in-service-point"].format == "drop_in"


def test_new_session_from_plan_has_agenda_and_boards(programme, programme_path):
    plan = session_plans.load_plan(session_plans.BUILT_IN_DIR / "hopes-and-fears-90.toml")
    session_id = session_plans.new_session_from_plan(programme, plan)
    programme.close()
    with Programme.open(programme_path) as again:
        exercises = agenda.exercises(again, session_id)
        assert [e["title"] for e in exercises] == [e.title for e in plan.exercises]
        assert agenda.total_minutes(again, session_id) == 90
        board = next(e for e in exercises if e["kind"] == "board")
        assert board["dot_budget"] == 3
        assert [c["title"] for c in boards.columns(again, board["id"])] == ["Hopes", "Fears"]
        assert again.get("sessions", session_id)["title"] == plan.title


def test_a_users_own_plan_is_found(_private_data_dir):
    folder = _private_data_dir / "sessions"
    folder.mkdir()
    (folder / "mine.toml").write_text(
        'title = "Coffee morning"\n[[exercise]]\nkind = "board"\ntitle = "Keep or stop"\n'
        'minutes = 20\ntemplate = "keep_change_stop"\n',
        encoding="utf-8",
    )
    (folder / "broken.toml").write_text("title = ", encoding="utf-8")
    keys = [p.key for p in session_plans.available_plans()]
    assert "mine" in keys and "broken" not in keys


@pytest.mark.parametrize(
    "text, message",
    [
        ('title = "x"\n[[exercise]]\nkind = "dance"\ntitle = "y"', "kind 'dance'"),
        ('title = "x"\n[[exercise]]\nkind = "board"\ntitle = "y"\ntemplate = "z"', "template"),
        ('title = "x"\n[[exercise]]\ntitle = "y"\nminutes = -5', "minutes"),
        ('title = "x"', "no \\[\\[exercise\\]\\]"),
        ("title = ", "not valid TOML"),
    ],
)
def test_broken_plans_say_what_to_fix(text, message):
    with pytest.raises(ValidationError, match=message):
        session_plans.parse_plan(text)
