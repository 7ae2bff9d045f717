"""A plain-English check for text residents will read (GMCA value 9d).

Three measures, the same for built-in cards (a test holds every one to them) and for
cards a facilitator writes (the deck editor shows them live):
- Flesch reading ease (higher is easier; 60 or more is plain English for most adults),
- the longest sentence in words (25 at most),
- words that are in neither the plain-English word list nor the glossary, so the writer
  can swap them for everyday words or add them to the glossary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from workshop.core import languages

WORD_LIST = Path(__file__).resolve().parents[2] / "assets" / "plain-english" / "words.txt"

MIN_READING_EASE = 60.0
MAX_SENTENCE_WORDS = 25

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
# a space or the end, and at every line break (list items and headings end there too).
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)\]]*\s+|\n+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@dataclass
class Readability:
    reading_ease: float
    words: int
    sentences: int
    longest_sentence: str = ""
    longest_sentence_words: int = 0
    unfamiliar: list[str] = field(default_factory=list)

    @property
    def reading_ease_ok(self) -> bool:
        return self.words == 0 or self.reading_ease >= MIN_READING_EASE

    @property
    def sentences_ok(self) -> bool:
        return self.longest_sentence_words <= MAX_SENTENCE_WORDS

    @property
    def ok(self) -> bool:
        return self.reading_ease_ok and self.sentences_ok

    def summary(self) -> str:
        """One line a facilitator can act on."""
        if self.words == 0:
            return "Nothing to check yet."
        parts = [f"Reading ease {self.reading_ease:.0f} (aim for {MIN_READING_EASE:.0f} or more)"]
        parts.append(
            f"longest sentence {self.longest_sentence_words} words "
            f"(aim for {MAX_SENTENCE_WORDS} or fewer)"
        )
        verdict = "Plain English." if self.ok else "Could be plainer."
        return f"{verdict} " + "; ".join(parts) + "."


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def sentences(text: str) -> list[str]:
    parts = (part.strip() for part in _SENTENCE_END.split(text or ""))
    return [part for part in parts if words(part)]


def syllables(word: str) -> int:
    """An estimate good enough for a reading score (English spelling is not regular)."""
    word = word.lower().replace("’", "'").split("'")[0]
    if not word:
        return 0
    if word.isdigit():
        return max(1, len(word))  # "2027" is read as several syllables
    if len(word) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        count -= 1  # silent e: "made", "care"
    if word.endswith(("ed",)) and not word.endswith(("ted", "ded")):
        count -= 1  # "asked", "flagged"
    for pair in ("ia", "io", "ua", "iu"):  # two syllables written as one group
        if pair in word and not word.endswith(("tion", "sion", "cious", "tial", "cial")):
            count += word.count(pair)
    return max(1, count)


def reading_ease(text: str) -> float:
    """Flesch reading ease: 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words)."""
    found = words(text)
    if not found:
        return 100.0
    sentence_count = max(1, len(sentences(text)))
    syllable_count = sum(syllables(w) for w in found)
    return 206.835 - 1.015 * (len(found) / sentence_count) - 84.6 * (syllable_count / len(found))


@cache
def plain_words() -> frozenset[str]:
    lines = WORD_LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


_ENDINGS = (
    ("'s", ""),
    ("’s", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("ily", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("ful", ""),
    ("ness", ""),
    ("ment", ""),
    ("n", ""),
)


def _stems(word: str) -> Iterable[str]:
    """The word and the forms it may have come from (houses > house, readings > read)."""
    yield word
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)] + replacement
            yield stem
            if len(stem) > 2 and stem[-1] == stem[-2] and ending in ("ed", "ing", "er", "est"):
                yield stem[:-1]  # "flagged" > "flag"
            if ending in ("s", "ly", "ment", "ness"):
                # "readings" > "reading" > "read"
                yield from (s for s in _stems(stem) if s != stem)


# A capital letter usually marks a name, which needs no explaining; but a first word with
# one of these endings is more likely a long word than a name.
_LONG_WORD_ENDINGS = (
    "tion",
    "sion",
    "ity",
    "ment",
    "ness",
    "ance",
    "ence",
    "ise",
    "ize",
    "ised",
    "ized",
    "ing",
    "ally",
    "ous",
    "ive",
)


def _glossary_words(glossary_terms: Iterable[str]) -> set[str]:
    known: set[str] = set()
    for term in glossary_terms:
        for word in words(term):
            known.add(word.lower())
    return known


def unfamiliar_words(text: str, glossary_terms: Iterable[str] = ()) -> list[str]:
    """Words in neither the plain-English list nor the glossary, each once, in order.

    Names of people and places (a capital letter not at the start of a sentence) and
    numbers are left alone."""
    plain = plain_words()
    known = _glossary_words(glossary_terms)
    flagged: list[str] = []
    seen: set[str] = set()
    for sentence in sentences(text):
        for index, word in enumerate(words(sentence)):
            lower = word.lower()
            if lower in seen or word[0].isdigit() or len(word) <= 2:
                continue
            if any(stem in plain or stem in known for stem in _stems(lower)):
                continue
            if word[0].isupper() and (index > 0 or not lower.endswith(_LONG_WORD_ENDINGS)):
                continue  # a name
            seen.add(lower)
            flagged.append(word)
    return flagged


def checks_language(tag: str) -> bool:
    """Whether the check can score text in the language `tag`: the reading-ease formula
    and the word list are English (a Welsh sentence scored 63.8 means nothing)."""
    return languages.primary(tag or "en") == "en"


def check(text: str, glossary_terms: Iterable[str] = ()) -> Readability:
    found = words(text)
    parts = sentences(text)
    longest = max(parts, key=lambda s: len(words(s)), default="")
    return Readability(
        reading_ease=reading_ease(text),
        words=len(found),
        sentences=len(parts),
        longest_sentence=longest,
        longest_sentence_words=len(words(longest)),
        unfamiliar=unfamiliar_words(text, glossary_terms),
    )
