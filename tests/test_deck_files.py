"""Deck files: the built-in deck, the round trip through TOML, errors that name the place,
and decks held inside a programme file."""

import pytest

from workshop.core import decks, glossary
from workshop.core.decks import Card, Deck, DeckFileError, Term
from workshop.core.store import Programme


def test_builtin_deck_has_twelve_complete_cards_linked_to_the_glossary():
    deck = decks.builtin_deck()
    assert len(deck.cards) >= 12
    known = {t.term.lower() for t in glossary.builtin_terms()}
    for card in deck.cards:
        assert card.title and card.story and card.system
        assert card.opportunity and card.risk
        assert 2 <= len(card.questions) <= 3, card.title
        assert card.key_terms, card.title
        missing = [t for t in card.key_terms if t.lower() not in known]
        assert not missing, f"{card.title}: {missing} not in the glossary"


def test_round_trip_keeps_every_field_including_welsh_polish_and_quotes(tmp_path):
    deck = Deck(
        title="Ein dec: Tŷ a dŵr",
        key="our-deck",
        description='Line one.\nLine two with "quotes" and a back\\slash.',
        language="cy-GB",
        cards=[
            Card(
                title='Łukasz\'s "fine"',
                story='Łukasz lives at Tŷ Gwyn.\nHe said: """hello""".',
                system="A camera reads plates.",
                opportunity="Safer roads.",
                risk="Wrong fines.",
                key_terms=["Automated decision"],
                questions=["Is it fair?", "Who checks?"],
                key="lukasz",
            )
        ],
        terms=[Term("Żak", "A made-up term.")],
    )
    path = tmp_path / "our-deck.toml"
    decks.save_deck(deck, path)
    again = decks.load_deck(path)
    assert again == deck
    # and the built-in deck survives the trip unchanged
    builtin = decks.builtin_deck()
    decks.save_deck(builtin, path)
    assert decks.load_deck(path) == builtin


@pytest.mark.parametrize(
    "text, expected",
    [
        ("title = 'x'\n[[cards]]\nstory = 'A'\n", "card 1: 'title' is missing"),
        ("title = 'x'\n", "has no cards"),
        ("[[cards]]\ntitle = 'A'\nstory = 'B'\n", "'title' is missing"),
        (
            "title = 'x'\n[[cards]]\ntitle='A'\nstory='s'\n[[cards]]\ntitle='B'\nstory='s'\n"
            "questions = 'one'\n",
            "card 2 ('B'): 'questions' must be a list",
        ),
        ("title = 'x'\n[[cards]]\ntitle='A'\nstory='s'\ncolour='red'\n", "'colour' is not"),
        ('title = "x\n', "not a readable deck file"),
        ("format = 'workshop-deck/9'\ntitle='x'\n", "cannot read"),
        (
            "title='x'\n[[cards]]\ntitle='A'\nstory='s'\n[[cards]]\ntitle='A'\nstory='t'\n",
            "card 2 ('A'): the key 'a' is used by another card",
        ),
    ],
)
def test_bad_deck_files_say_where_and_what(text, expected):
    with pytest.raises(DeckFileError) as caught:
        decks.parse_deck(text, "mine.toml")
    assert "mine.toml" in str(caught.value)
    assert expected in str(caught.value)


def test_missing_file_is_a_plain_error(tmp_path):
    with pytest.raises(DeckFileError, match="no deck file called nope.toml"):
        decks.load_deck(tmp_path / "nope.toml")


def test_builtin_deck_copied_into_a_programme_once_with_stable_ids(programme_path):
    with Programme.create(programme_path, "T") as programme:
        first = decks.use_builtin_deck(programme)
        again = decks.use_builtin_deck(programme)
        assert first == again == decks.stable_id("deck", decks.DEFAULT_DECK_KEY)
        assert programme.db["cards"].count == len(decks.builtin_deck().cards)
    with Programme.open(programme_path) as programme:
        held = decks.deck_from_programme(programme, first)
        builtin = decks.builtin_deck()
        assert [c.story for c in held.cards] == [c.story for c in builtin.cards]
        # the exported file carries the meanings of its key terms
        assert {t.term for t in held.terms} >= {"Algorithm", "Ranking"}


def test_facilitators_own_deck_exported_and_imported_into_another_programme(tmp_path):
    with Programme.create(tmp_path / "a.workshop", "A") as a:
        deck_id = decks.new_deck(a, "Our street")
        decks.add_card(
            a,
            deck_id,
            Card(
                title="Bins",
                story="Ana puts her bins out.",
                key_terms=["Sensor"],
                questions=["Why?"],
            ),
        )
        exported = decks.deck_from_programme(a, deck_id)
    path = tmp_path / "our-street.toml"
    decks.save_deck(exported, path)
    with Programme.create(tmp_path / "b.workshop", "B") as b:
        new_id = decks.import_deck(b, decks.load_deck(path))
    with Programme.open(tmp_path / "b.workshop") as b:
        cards = decks.deck_cards(b, new_id)
        assert [c["title"] for c in cards] == ["Bins"]
        assert b.get("decks", new_id)["title"] == "Our street"


def test_a_card_without_a_title_is_refused(programme):
    deck_id = decks.new_deck(programme, "Mine")
    card_id = decks.add_card(programme, deck_id)
    with pytest.raises(Exception, match="card title cannot be empty"):
        programme.update("cards", card_id, {"title": "  "})
    assert programme.get("cards", card_id)["title"] == "New card"
