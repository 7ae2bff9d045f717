"""Points raised: where they came from, significance first, the reasoning rule, progress."""

from datetime import date, timedelta

import pytest

from workshop.core import points
from workshop.core.errors import ValidationError
from workshop.core.points import PointFilter
from workshop.core.store import Programme


def note(programme, words):
    return next(r for r in programme.rows("board_notes") if r["text"].startswith(words))


def theme(programme, title):
    return next(r for r in programme.rows("board_clusters") if r["title"] == title)


def test_a_note_knows_its_session_and_exercise_through_the_board(demo):
    row = note(demo, "Computer says no")
    info = points.source_info(demo, "board_notes", row["id"])
    exercise = demo.get("exercises", row["exercise_id"])
    assert info.exercise_id == exercise["id"]
    assert info.session_id == exercise["session_id"]
    assert info.words == "Computer says no and there is no one to ring"
    assert info.kind == "Board note"


def test_flags_carry_over_from_a_theme_and_a_note(demo):
    flagged_theme = theme(demo, "Nobody to talk to")
    point_id = points.raise_point(demo, [("board_clusters", flagged_theme["id"])], "People")
    point = demo.get("points", point_id)
    assert point["significant"] == 1
    assert point["significance_reason"] == flagged_theme["significant_reason"]

    plain = points.raise_point(demo, [("board_notes", note(demo, "Works in other")["id"])], "Tr")
    assert demo.get("points", plain)["significant"] == 0
    flagged_note = note(demo, "People with a different surname")
    attached = points.attach_sources(demo, plain, [("board_notes", flagged_note["id"])])
    assert demo.get("points", plain)["significance_reason"].startswith("Raised by one resident")
    points.detach(demo, attached, plain)
    assert demo.get("points", plain)["significant"] == 0
    assert len(points.point_sources(demo, plain)) == 1


def test_card_response_words_keep_each_answer(programme):
    session = programme.insert("sessions", {"title": "Library"})
    deck = programme.insert("decks", {"title": "Housing"})
    card = programme.insert("cards", {"deck_id": deck, "title": "Waiting list"})
    response = programme.insert(
        "card_responses",
        {
            "session_id": session,
            "card_id": card,
            "table_label": "Table 1",
            "hopes": "Quicker offers",
            "fears": "Nobody checks it",
        },
    )
    info = points.source_info(programme, "card_responses", response)
    assert info.words == "Hopes: Quicker offers\nFears: Nobody checks it"
    assert info.session_id == session
    assert points.suggested_statement(programme, [("card_responses", response)]) == (
        "Hopes: Quicker offers"
    )


def test_significant_points_come_first_and_numbers_never_hide_them(programme):
    session = programme.insert("sessions", {"title": "Library"})
    many = [
        programme.insert("questions", {"session_id": session, "text": f"Question {n}"})
        for n in range(6)
    ]
    popular = points.raise_point(programme, [("questions", q) for q in many], "Popular point")
    lone = points.raise_point(
        programme,
        [],
        "One carer's point",
        significant=True,
        significance_reason="Carers could lose support without anyone noticing",
    )
    quiet = points.raise_point(programme, [("questions", many[0])], "Quiet point")
    assert [s.id for s in points.list_points(programme)] == [lone, popular, quiet]
    filtered = points.list_points(programme, PointFilter(min_sources=3))
    assert [s.id for s in filtered] == [lone, popular]


def test_filters_by_session_tag_status_and_search(programme):
    a = programme.insert("sessions", {"title": "A"})
    b = programme.insert("sessions", {"title": "B"})
    qa = programme.insert("questions", {"session_id": a, "text": "Who sees my data?"})
    qb = programme.insert("questions", {"session_id": b, "text": "Can I appeal?"})
    data = points.raise_point(programme, [("questions", qa)], "Data sharing", tags=["data"])
    appeal = points.raise_point(programme, [("questions", qb)], "Appeals", tags=["Appeals"])
    programme.update(
        "points",
        appeal,
        {"response_status": "changed", "decision": "Done", "published_on": "2027-06-01"},
    )
    programme.update("points", data, {"response_status": "will_change", "decision": "Soon"})

    def ids(**kw):
        return [s.id for s in points.list_points(programme, PointFilter(**kw))]

    assert ids(session_id=a) == [data]
    assert ids(tag="appeals") == [appeal]
    assert ids(status="published") == [appeal]
    assert ids(status="draft") == [data]
    assert ids(status="will_change") == [data]
    assert ids(status="unanswered") == []
    assert ids(search="my DATA") == [data]  # the source's words are searched too
    assert points.all_tags(programme) == ["Appeals", "data"]


@pytest.mark.parametrize("status", ["not_changing", "outside_scope"])
def test_reasoning_is_needed_before_publishing_not_changing_or_outside_scope(
    programme, status, programme_path
):
    point_id = points.raise_point(programme, [], "Live list position")
    changes = {
        "response_status": status,
        "decision": "We will not show it.",
        "passed_to": "DWP" if status == "outside_scope" else "",
        "published_on": "2027-06-20",
    }
    with pytest.raises(ValidationError, match="needs the reasoning"):
        programme.update("points", point_id, changes)
    assert programme.get("points", point_id)["published_on"] == ""
    # A draft without reasoning is fine; publishing needs it.
    programme.update("points", point_id, {**changes, "published_on": ""})
    programme.update(
        "points", point_id, {"reasoning": "It would mislead people.", "published_on": "2027-06-20"}
    )
    programme.close()
    with Programme.open(programme_path) as reopened:
        assert reopened.get("points", point_id)["published_on"] == "2027-06-20"


def test_outside_scope_needs_who_it_was_passed_to(programme):
    point_id = points.raise_point(programme, [], "National rules")
    with pytest.raises(ValidationError, match="passed to"):
        programme.update(
            "points",
            point_id,
            {
                "response_status": "outside_scope",
                "decision": "Not ours",
                "reasoning": "DWP rules",
                "published_on": "2027-06-20",
            },
        )


def test_significant_needs_a_reason(programme):
    with pytest.raises(ValidationError, match="needs a reason"):
        points.raise_point(programme, [], "Risky", significant=True)


def test_progress_counts_published_and_lists_overdue(demo, demo_dates):
    due = date.fromisoformat(demo.programme()["responses_due"])
    assert due > demo_dates.today  # the demo's responses are due in the weeks ahead
    before = points.progress(demo, today=demo_dates.today)
    assert (before.total, before.published, before.drafted, before.unanswered) == (10, 7, 1, 2)
    assert before.overdue == []
    after = points.progress(demo, today=due + timedelta(days=1))
    assert sorted(p["statement"] for p in after.overdue) == [
        "Computer translations get things wrong",
        "Help and letters in other languages, checked by a person",
        "Who sees my data, and will it be shared with the police or Home Office?",
    ]
    assert all(after.by_status[key] >= 1 for key in points.RESPONSE_STATUSES.keys())


def test_demo_has_every_status_and_real_sources(demo):
    summaries = points.list_points(demo)
    statuses = {s.point["response_status"] for s in summaries if s.published}
    assert statuses == set(points.RESPONSE_STATUSES.keys())
    assert any(s.significant for s in summaries)
    assert all(s.source_count >= 1 for s in summaries)
    assert any(not s.point["response_status"] for s in summaries)


def test_two_laptops_linking_the_same_note_to_a_point_merge_cleanly(demo, demo_path, tmp_path):
    import shutil

    from workshop.core.merge import merge

    point = next(p for p in demo.rows("points") if p["statement"].startswith("Computer tr"))
    demo.close()
    other_path = tmp_path / "laptop-b.workshop"
    shutil.copy(demo_path, other_path)
    note_text = "Shame. People won't come forward"
    with Programme.open(demo_path) as a, Programme.open(other_path) as b:
        for laptop in (a, b):
            points.attach_sources(
                laptop, point["id"], [("board_notes", note(laptop, note_text)["id"])]
            )
    with Programme.open(demo_path) as a:
        before = len(points.point_sources(a, point["id"]))
        merge(a, other_path)
        assert a.db["point_sources"].count_where("point_id = ?", [point["id"]]) == before + 1
        assert len(points.point_sources(a, point["id"])) == before
        [summary] = [s for s in points.list_points(a) if s.id == point["id"]]
        assert summary.source_count == before
