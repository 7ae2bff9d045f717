"""The question wall: answered there and then, or parked with an owner and a date."""

from datetime import date

import pytest

from workshop.core import questions
from workshop.core.errors import ValidationError
from workshop.core.sessions import add_session
from workshop.core.store import Programme


def test_a_question_answered_and_one_parked_read_back_after_reopening(programme_path):
    with Programme.create(programme_path, "T") as p:
        session = add_session(p, {"title": "Library"})
        asked = questions.add(p, session, "Will a person read my form?", "Table 1")
        parked = questions.add(p, session, "Who sees my data?", "Table 2")
        questions.answer_now(p, asked, "Yes, always.", on="2027-02-04")
        questions.park(p, parked, "Data team", "2027-03-01")
    with Programme.open(programme_path) as p:
        rows = questions.for_session(p, session)
        assert [r["text"] for r in rows] == ["Will a person read my form?", "Who sees my data?"]
        assert rows[0]["status"] == "answered" and rows[0]["answer"] == "Yes, always."
        owed = questions.for_session(p, session, still_owed_only=True)
        assert [r["text"] for r in owed] == ["Who sees my data?"]
        assert questions.status_text(owed[0], today=date(2027, 3, 2)) == (
            "Written answer owed: Data team by 1 March 2027 (overdue)"
        )
        assert [r["id"] for r in questions.still_owed(p)] == [parked]


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"status": "owed", "owner": "", "due": "2027-03-01"}, "needs an owner"),
        ({"status": "owed", "owner": "Amina", "due": ""}, "needs a date"),
        ({"status": "owed", "owner": "Amina", "due": "next week"}, "is not a date"),
        ({"status": "answered", "answer": ""}, "Write down the answer"),
        ({"status": "maybe"}, "not a known question status"),
        ({"text": "   "}, "question cannot be empty"),
    ],
)
def test_incomplete_questions_are_refused_and_nothing_changes(programme, changes, message):
    session = add_session(programme, {"title": "S"})
    qid = questions.add(programme, session, "Why?")
    with pytest.raises(ValidationError, match=message):
        programme.update("questions", qid, changes)
    assert programme.get("questions", qid)["status"] == "open"


def test_demo_has_answered_and_owed_questions(demo):
    rows = demo.rows("questions")
    statuses = {r["status"] for r in rows}
    assert {"answered", "owed"} <= statuses
    for row in rows:
        if row["status"] == "owed":
            assert row["owner"] and row["due"]
