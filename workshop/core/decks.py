"""Scenario decks: short stories about automated decisions for residents to talk about.

A deck lives in a text file (TOML, see docs/deck-format.md): the built-in ones in
`assets/decks/`, and any a facilitator exports or imports. A programme holds its own
decks in the `decks` and `cards` tables; a built-in deck is copied in (with ids worked
out from its key, so two laptops copying the same deck can still be merged) the first
time a session uses it.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop.core import glossary, text_limits
from workshop.core.errors import Label, WorkshopError
from workshop.core.files import write_atomically
from workshop.core.glossary import Term
from workshop.core.legal_sources import Source, source_from, source_problem
from workshop.core.stable_ids import stable_id
from workshop.core.validation import ValidationError, require_text

if TYPE_CHECKING:
    from workshop.core.store import Programme

DECKS_DIR = Path(__file__).resolve().parents[2] / "assets" / "decks"
DECK_FORMAT = "workshop-deck/1"
DECK_SUFFIX = ".toml"
DEFAULT_DECK_KEY = "local-services"
# A deck of a hundred long cards is well under this; a bigger file is not a deck.
MAX_DECK_CHARACTERS = 1_000_000

_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_CARD_TEXT_FIELDS = ("title", "story", "system", "opportunity", "risk")
# The second layer a facilitator shows when a table wants more (printed as "More detail").
DETAIL_FIELDS = ("data_used", "how_often_wrong", "who_checks")
_CARD_FIELDS = (*_CARD_TEXT_FIELDS, *DETAIL_FIELDS, "key", "key_terms", "questions", "law")


class DeckFileError(WorkshopError):
    """A deck file could not be read. The message names the file and the place."""


@dataclass
class LawNote:
    """One statement about the law on a card, with where it comes from."""

    says: str
    source: Source


@dataclass
class Card:
    title: str
    story: str = ""
    system: str = ""
    opportunity: str = ""
    risk: str = ""
    key_terms: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    key: str = ""
    data_used: str = ""
    how_often_wrong: str = ""
    who_checks: str = ""
    law: list[LawNote] = field(default_factory=list)

    def prose(self) -> str:
        """All the card's text residents read, one sentence run after another."""
        parts = [
            self.story,
            self.system,
            self.opportunity,
            self.risk,
            *self.questions,
            *(n.says for n in self.law),
        ]
        return "\n".join(p for p in parts if p)

    def detail(self) -> list[tuple[str, str]]:
        """The second layer, as (label, text), leaving out what is empty."""
        labels = ("The data it uses", "How often it is wrong", "Who checks")
        return [
            (label, getattr(self, name))
            for label, name in zip(labels, DETAIL_FIELDS, strict=True)
            if getattr(self, name)
        ]

    def sources(self) -> list[Source]:
        return [n.source for n in self.law]


@dataclass
class Deck:
    title: str
    cards: list[Card] = field(default_factory=list)
    key: str = ""
    description: str = ""
    language: str = "en-GB"
    # Terms a deck brings with it, for words the programme's glossary may not have.
    terms: list[Term] = field(default_factory=list)


# ----- reading and writing deck files ------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "card"


def parse_deck(text: str, name: str = "deck file") -> Deck:
    """A Deck from TOML text; DeckFileError says where the file is wrong and what to do."""
    if len(text) > MAX_DECK_CHARACTERS:
        raise DeckFileError(
            "{name} is {size} characters long; a deck file can be at most {most}. "
            "Shorten its stories, or split it into several decks.",
            name=name,
            size=f"{len(text):,}",
            most=f"{MAX_DECK_CHARACTERS:,}",
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DeckFileError(
            "{name} is not a readable deck file: {problem}. Fix that line, or export the deck "
            "again from Workshop.",
            name=name,
            problem=exc,
        ) from None
    except RecursionError:
        raise DeckFileError(
            "{name} has lists or tables nested too deeply to be a deck file. A deck holds "
            "[[cards]] sections of text; export the deck again from Workshop.",
            name=name,
        ) from None
    fmt = data.get("format", DECK_FORMAT)
    if fmt != DECK_FORMAT:
        raise DeckFileError(
            "{name} is in the format '{fmt}', which this version of Workshop cannot read. "
            'The first line should say format = "{version}".',
            name=name,
            fmt=fmt,
            version=DECK_FORMAT,
        )
    title = _text(data, "title", name, required=True)
    key = _text(data, "key", name) or slug(title)
    if not _KEY.match(key):
        raise DeckFileError(
            "{name}: the deck's key '{key}' may only use small letters, numbers and dashes.",
            name=name,
            key=key,
        )
    raw_cards = data.get("cards", [])
    if not isinstance(raw_cards, list) or not all(isinstance(c, dict) for c in raw_cards):
        raise DeckFileError("{name}: each card must start with a [[cards]] line.", name=name)
    if not raw_cards:
        raise DeckFileError("{name} has no cards. Add at least one [[cards]] section.", name=name)
    cards: list[Card] = []
    seen_keys: set[str] = set()
    for number, raw in enumerate(raw_cards, start=1):
        card = _parse_card(raw, f"{name}, card {number}")
        if card.key in seen_keys:
            raise DeckFileError(
                "{name}, card {number} ('{title}'): the key '{key}' is used by "
                "another card. Give each card its own key.",
                name=name,
                number=number,
                title=card.title,
                key=card.key,
            )
        seen_keys.add(card.key)
        cards.append(card)
    terms = []
    for number, raw in enumerate(data.get("terms", []), start=1):
        place = f"{name}, term {number}"
        if not isinstance(raw, dict):
            raise DeckFileError("{place}: each term must start with a [[terms]] line.", place=place)
        terms.append(
            Term(_text(raw, "term", place, required=True), _text(raw, "meaning", place, True))
        )
    return Deck(
        title=title,
        cards=cards,
        key=key,
        description=_text(data, "description", name),
        language=_text(data, "language", name) or "en-GB",
        terms=terms,
    )


def _parse_card(raw: dict[str, Any], place: str) -> Card:
    title = _text(raw, "title", place, required=True)
    place = f"{place} ('{title}')"
    unknown = sorted(set(raw) - set(_CARD_FIELDS))
    if unknown:
        raise DeckFileError(
            "{place}: '{field}' is not a card field. Use only: {fields}.",
            place=place,
            field=unknown[0],
            fields=", ".join(_CARD_FIELDS),
        )
    values = {f: _text(raw, f, place) for f in _CARD_TEXT_FIELDS}
    try:
        text_limits.check_lengths("cards", values)
    except ValidationError as exc:
        raise DeckFileError("{place}: {problem}", place=place, problem=exc) from None
    key = _text(raw, "key", place) or slug(title)
    if not _KEY.match(key):
        raise DeckFileError(
            "{place}: the key '{key}' may only use small letters, numbers and dashes.",
            place=place,
            key=key,
        )
    return Card(
        **values,
        **{f: _text(raw, f, place) for f in DETAIL_FIELDS},
        key=key,
        key_terms=_text_list(raw, "key_terms", place),
        questions=_text_list(raw, "questions", place),
        law=_law_notes(raw, place),
    )


def _law_notes(raw: dict[str, Any], place: str) -> list[LawNote]:
    value = raw.get("law", [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise DeckFileError(
            "{place}: each statement about the law must start with a [[cards.law]] line.",
            place=place,
        )
    notes = []
    for number, item in enumerate(value, start=1):
        here = f"{place}, law {number}"
        says = _text(item, "says", here, required=True)
        unknown = sorted(set(item) - {"says", "source", "address", "checked"})
        if unknown:
            raise DeckFileError(
                "{place}: '{field}' is not a law field. Use only: says, source, address, checked.",
                place=here,
                field=unknown[0],
            )
        problem = source_problem(item) or (
            "" if source_from(item) else "'source' is missing: say where this comes from."
        )
        if problem:
            raise DeckFileError("{place}: {problem}", place=here, problem=problem)
        source = source_from(item)
        assert source is not None
        notes.append(LawNote(says, source))
    return notes


def law_json(notes: list[LawNote]) -> str:
    return json.dumps(
        [
            {
                "says": n.says,
                "source": n.source.title,
                "address": n.source.address,
                "checked": n.source.checked,
            }
            for n in notes
        ],
        ensure_ascii=False,
    )


def law_from_json(text: str) -> list[LawNote]:
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    return [
        LawNote(
            i.get("says", ""),
            Source(i.get("source", ""), i.get("address", ""), i.get("checked", "")),
        )
        for i in items
        if isinstance(i, dict)
    ]


def _text(raw: dict[str, Any], name: str, place: str, required: bool = False) -> str:
    value = raw.get(name, "")
    if not isinstance(value, str):
        raise DeckFileError("{place}: '{name}' must be text in quotes.", place=place, name=name)
    value = value.strip()
    if required and not value:
        raise DeckFileError(
            "{place}: '{name}' is missing. Add {name} = \"...\".", place=place, name=name
        )
    return value


def _text_list(raw: dict[str, Any], name: str, place: str) -> list[str]:
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DeckFileError(
            '{place}: \'{name}\' must be a list of text, like {name} = ["first", "second"].',
            place=place,
            name=name,
        )
    return [v.strip() for v in value if v.strip()]


def load_deck(path: Path | str) -> Deck:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DeckFileError(
            "There is no deck file called {file} in {folder}. Check the name.",
            file=path.name,
            folder=path.parent,
        ) from None
    except UnicodeDecodeError:
        raise DeckFileError(
            "{file} is not a text file. Choose a deck file ending in {suffix}.",
            file=path.name,
            suffix=DECK_SUFFIX,
        ) from None
    except OSError as exc:
        raise DeckFileError(
            "Could not read {file}: {reason}.", file=path.name, reason=exc.strerror
        ) from None
    return parse_deck(text, path.name)


def _toml_string(value: str) -> str:
    # A JSON string is also a valid TOML basic string (same escapes).
    return json.dumps(value, ensure_ascii=False)


def _toml_block(value: str) -> str:
    if "\n" not in value and len(value) < 80:
        return _toml_string(value)
    escaped = value.replace("\\", "\\\\").replace('"""', '""\\"')
    return f'"""\n{escaped}\n"""'


def dump_deck(deck: Deck) -> str:
    """The deck as TOML text; `parse_deck(dump_deck(d))` gives back the same deck."""
    lines = [
        "# A Workshop scenario deck. Format: docs/deck-format.md",
        f"format = {_toml_string(DECK_FORMAT)}",
        f"key = {_toml_string(deck.key or slug(deck.title))}",
        f"title = {_toml_string(deck.title)}",
        f"language = {_toml_string(deck.language)}",
        f"description = {_toml_block(deck.description)}",
    ]
    for card in deck.cards:
        lines += ["", "[[cards]]", f"key = {_toml_string(card.key or slug(card.title))}"]
        for name in _CARD_TEXT_FIELDS:
            value = getattr(card, name)
            block = _toml_block(value) if name in ("story", "system") else _toml_string(value)
            lines.append(f"{name} = {block}")
        lines += [
            f"{n} = {_toml_string(getattr(card, n))}" for n in DETAIL_FIELDS if getattr(card, n)
        ]
        lines.append(f"key_terms = [{', '.join(_toml_string(t) for t in card.key_terms)}]")
        lines.append("questions = [")
        lines += [f"  {_toml_string(q)}," for q in card.questions]
        lines.append("]")
        for note in card.law:
            lines += ["", "[[cards.law]]", f"says = {_toml_string(note.says)}"]
            lines.append(f"source = {_toml_string(note.source.title)}")
            lines.append(f"address = {_toml_string(note.source.address)}")
            lines.append(f"checked = {_toml_string(note.source.checked)}")
    for term in deck.terms:
        lines += ["", "[[terms]]", f"term = {_toml_string(term.term)}"]
        lines.append(f"meaning = {_toml_string(term.meaning)}")
    return "\n".join(lines) + "\n"


def save_deck(deck: Deck, path: Path | str) -> None:
    path = Path(path)
    if not path.parent.is_dir():
        raise DeckFileError(
            "There is no folder {folder}. Choose another place to save.", folder=path.parent
        )
    write_atomically(path, dump_deck(deck).encode("utf-8"))


def builtin_deck_paths() -> list[Path]:
    return sorted(DECKS_DIR.glob(f"*{DECK_SUFFIX}"))


def builtin_deck(key: str = DEFAULT_DECK_KEY) -> Deck:
    for path in builtin_deck_paths():
        deck = load_deck(path)
        if deck.key == key:
            return deck
    raise DeckFileError("There is no built-in deck called '{key}'.", key=key)


def builtin_decks() -> list[Deck]:
    return [load_deck(p) for p in builtin_deck_paths()]


# ----- decks held in a programme -----------------------------------------------------------


def card_values(card: Card) -> dict[str, Any]:
    return {
        "key": card.key or slug(card.title),
        "title": card.title,
        "story": card.story,
        "system": card.system,
        "opportunity": card.opportunity,
        "risk": card.risk,
        "key_terms": json.dumps(card.key_terms, ensure_ascii=False),
        "questions": json.dumps(card.questions, ensure_ascii=False),
        **{name: getattr(card, name) for name in DETAIL_FIELDS},
        "law": law_json(card.law),
    }


def card_from_row(row: dict[str, Any]) -> Card:
    return Card(
        title=row["title"],
        story=row["story"],
        system=row["system"],
        opportunity=row["opportunity"],
        risk=row["risk"],
        key_terms=json.loads(row["key_terms"] or "[]"),
        questions=json.loads(row["questions"] or "[]"),
        key=row["key"],
        **{name: row.get(name) or "" for name in DETAIL_FIELDS},
        law=law_from_json(row.get("law") or "[]"),
    )


def import_deck(programme: Programme, deck: Deck, stable: bool = False) -> str:
    """Copy a deck (and the glossary terms it brings) into the programme, as one action.

    With `stable`, ids come from the deck's key so the same built-in deck copied on two
    laptops has the same ids. Returns the new deck's id."""
    deck_id = stable_id("deck", deck.key) if stable else None
    with programme.transaction():
        values = {
            "key": deck.key,
            "title": deck.title,
            "description": deck.description,
            "language": deck.language,
        }
        if deck_id:
            values["id"] = deck_id
        deck_id = programme.insert("decks", values)
        for position, card in enumerate(deck.cards):
            row = {"deck_id": deck_id, "position": position, **card_values(card)}
            if stable:
                row["id"] = stable_id("card", deck.key, row["key"])
            programme.insert("cards", row)
        if deck.terms:
            glossary.add_missing_terms(programme, deck.terms)
    return deck_id


def use_builtin_deck(programme: Programme, key: str = DEFAULT_DECK_KEY) -> str:
    """The programme's copy of a built-in deck, copied in the first time it is needed."""
    deck_id = stable_id("deck", key)
    if programme.get("decks", deck_id) is None:
        import_deck(programme, builtin_deck(key), stable=True)
    return deck_id


def programme_decks(programme: Programme) -> list[dict[str, Any]]:
    return programme.rows("decks", order_by="title, created_at")


def deck_cards(programme: Programme, deck_id: str) -> list[dict[str, Any]]:
    return programme.rows("cards", "deck_id = ?", [deck_id], order_by="position, created_at")


def deck_from_programme(programme: Programme, deck_id: str) -> Deck:
    row = programme.get("decks", deck_id)
    if row is None:
        raise ValidationError("That deck no longer exists; it may have been deleted.")
    cards = [card_from_row(r) for r in deck_cards(programme, deck_id)]
    # Carry the meanings of the deck's key terms, so the file stands on its own.
    meanings = glossary.lookup(programme)
    wanted = {t.lower() for c in cards for t in c.key_terms}
    terms = [Term(t.term, t.meaning) for k, t in sorted(meanings.items()) if k in wanted]
    return Deck(
        title=row["title"],
        cards=cards,
        key=row["key"] or slug(row["title"]),
        description=row["description"],
        language=row["language"],
        terms=terms,
    )


def add_card(programme: Programme, deck_id: str, card: Card | None = None) -> str:
    card = card or Card(title="New card", story="")
    position = len(deck_cards(programme, deck_id))
    return programme.insert(
        "cards", {"deck_id": deck_id, "position": position, **card_values(card)}
    )


def new_deck(programme: Programme, title: str) -> str:
    return programme.insert("decks", {"title": title, "key": slug(title)})


# ----- rules ---------------------------------------------------------------------------


def deck_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["title"], "deck title")


def _json_text_list(value: Any, what: str) -> None:
    try:
        items = json.loads(value or "[]")
    except (TypeError, ValueError):
        items = None
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ValidationError(
            "The {what} must be a list of text. Put one on each line.", what=Label(what)
        )


def card_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["title"], "card title")
    if not isinstance(row["position"], int) or row["position"] < 0:
        raise ValidationError("The card's place in the deck must be 0 or more.")
    _json_text_list(row["key_terms"], "key terms")
    _json_text_list(row["questions"], "questions for the table")
