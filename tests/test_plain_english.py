"""Plain English: every built-in card reads easily; the check flags hard words."""

import pytest

from workshop.core import decks, glossary, plain_english

BUILTIN = decks.builtin_deck()
TERMS = [t.term for t in glossary.builtin_terms()]


@pytest.mark.parametrize("card", BUILTIN.cards, ids=[c.key for c in BUILTIN.cards])
def test_every_builtin_card_is_plain_english(card):
    story = plain_english.check(card.story, TERMS)
    assert story.reading_ease >= 60, f"story reads at {story.reading_ease:.0f}"
    whole = plain_english.check(card.prose(), TERMS)
    assert whole.reading_ease >= 60, f"card reads at {whole.reading_ease:.0f}"
    assert whole.longest_sentence_words <= 25, whole.longest_sentence
    assert whole.unfamiliar == []


def test_every_glossary_meaning_is_short_and_plain():
    for term in glossary.builtin_terms():
        result = plain_english.check(term.meaning, TERMS)
        assert 1 <= result.sentences <= 2, term.term
        assert result.longest_sentence_words <= 25, term.term
    assert len(glossary.builtin_terms()) >= 25


def test_hard_text_is_flagged_with_its_long_words():
    text = (
        "Notwithstanding the aforementioned considerations, the municipality shall "
        "endeavour to operationalise algorithmic governance."
    )
    result = plain_english.check(text, TERMS)
    assert result.reading_ease < 30
    assert not result.ok
    assert "municipality" in result.unfamiliar
    assert "Could be plainer" in result.summary()


def test_glossary_words_names_and_everyday_forms_are_not_flagged():
    text = "Priya asked the chatbot. Her claims were flagged by the algorithm."
    assert plain_english.unfamiliar_words(text, ["Chatbot", "Algorithm"]) == []
    assert plain_english.unfamiliar_words(text, []) == ["chatbot", "algorithm"]


def test_long_sentence_is_measured():
    long = " ".join(["word"] * 30) + "."
    result = plain_english.check("Short one. " + long)
    assert result.longest_sentence_words == 30
    assert not result.sentences_ok


def test_syllables_of_common_words():
    assert plain_english.syllables("people") == 2
    assert plain_english.syllables("table") == 2
    assert plain_english.syllables("computer") == 3
    assert plain_english.syllables("made") == 1
