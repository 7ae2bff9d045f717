"""Card responses per table, and the summary of reactions across tables and sessions."""

import pytest

from workshop.core import card_responses, decks
from workshop.core.errors import ValidationError
from workshop.core.sessions import add_session


def test_one_row_per_table_and_card_and_summary_across_sessions(programme):
    deck_id = decks.use_builtin_deck(programme)
    card = decks.deck_cards(programme, deck_id)[0]["id"]
    first = add_session(programme, {"title": "Library", "starts_at": "2027-01-01T10:00"})
    second = add_session(programme, {"title": "Youth club", "starts_at": "2027-01-08T10:00"})
    row = card_responses.record(programme, first, card, "Table 1", reaction="unsure")
    again = card_responses.record(programme, first, card, "Table 1", hopes="Fairer lists")
    assert row == again
    card_responses.record(programme, first, card, "Table 2", reaction="not_comfortable")
    card_responses.record(programme, second, card, "Table 1", reaction="not_comfortable")
    summary = card_responses.card_summary(programme, card)
    assert summary.total == 3
    assert summary.line() == "2 not comfortable, 1 unsure"
    assert [s for s, _, _ in summary.responses] == ["Library", "Library", "Youth club"]
    saved = card_responses.find(programme, first, card, "Table 1")
    assert saved["reaction"] == "unsure" and saved["hopes"] == "Fairer lists"


def test_unknown_reaction_is_refused(programme):
    deck_id = decks.use_builtin_deck(programme)
    card = decks.deck_cards(programme, deck_id)[0]["id"]
    session = add_session(programme, {"title": "S"})
    with pytest.raises(ValidationError, match="not a known reaction"):
        card_responses.record(programme, session, card, "Table 1", reaction="happy")
    assert programme.db["card_responses"].count == 0


def test_responses_go_with_their_session(programme):
    deck_id = decks.use_builtin_deck(programme)
    card = decks.deck_cards(programme, deck_id)[0]["id"]
    session = add_session(programme, {"title": "S"})
    card_responses.record(programme, session, card, "Table 1", reaction="unsure")
    snapshot = programme.delete("sessions", session)
    assert programme.db["card_responses"].count == 0
    programme.restore(snapshot)
    assert programme.db["card_responses"].count == 1


def test_demo_has_responses_from_several_tables_in_done_sessions(demo):
    rows = demo.db.execute(
        "SELECT s.title, COUNT(DISTINCT r.table_label) FROM card_responses r "
        "JOIN sessions s ON s.id = r.session_id GROUP BY s.id"
    ).fetchall()
    assert len(rows) == 4
    assert all(tables >= 2 for _, tables in rows)
