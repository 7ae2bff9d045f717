"""The programme's glossary: read from the built-in terms, copied in on first change."""

import pytest

from workshop.core import decks, glossary
from workshop.core.errors import ValidationError
from workshop.core.store import Programme


def test_a_new_programme_reads_the_builtin_glossary_without_writing(programme):
    assert programme.db["glossary"].count == 0
    names = [t.term for t in glossary.terms(programme)]
    assert len(names) >= 25
    assert "Algorithm" in names and "False positive" in names
    assert programme.db["glossary"].count == 0


def test_a_changed_meaning_is_kept_in_the_file(programme_path):
    with Programme.create(programme_path, "T") as p:
        row = next(r for r in glossary.rows(p) if r["term"] == "Algorithm")
        p.update("glossary", row["id"], {"meaning": "Steps a computer follows."})
        p.insert("glossary", {"term": "Tenancy", "meaning": "Your agreement to rent a home."})
    with Programme.open(programme_path) as p:
        found = glossary.lookup(p)
        assert found["algorithm"].meaning == "Steps a computer follows."
        assert found["tenancy"].meaning.startswith("Your agreement")
        # the same term copied on another laptop gets the same id, so files merge
        assert row["id"] == decks.stable_id("term", "algorithm")


def test_duplicate_or_empty_terms_are_refused(programme):
    glossary.seed(programme)
    with pytest.raises(ValidationError, match="already in the glossary"):
        programme.insert("glossary", {"term": "algorithm", "meaning": "x"})
    with pytest.raises(ValidationError, match="meaning cannot be empty"):
        programme.insert("glossary", {"term": "New", "meaning": ""})


def test_meanings_for_a_card_say_when_a_term_is_missing(programme):
    found = glossary.meanings_for(["Bias", "Quantum"], programme)
    assert found[0].meaning.startswith("When a system treats")
    assert "Not in the glossary" in found[1].meaning
