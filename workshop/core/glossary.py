"""Key terms in plain English (GMCA value 9d), explained from the outset.

Each programme has its own glossary so a facilitator can reword a meaning for their
residents. Until it is first changed, a programme reads the built-in glossary in
`assets/glossary/`; the first change copies those terms in (with ids worked out from the
term, so copies on two laptops merge cleanly).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop.core.errors import WorkshopError
from workshop.core.legal_sources import Source, source_from, source_problem
from workshop.core.stable_ids import stable_id
from workshop.core.validation import ValidationError, require_text

if TYPE_CHECKING:
    from workshop.core.store import Programme

GLOSSARY_FILE = Path(__file__).resolve().parents[2] / "assets" / "glossary" / "glossary.toml"


@dataclass
class Term:
    term: str
    meaning: str
    # Where a meaning that states the law comes from, and when it was checked.
    source: Source | None = None


@cache
def builtin_terms() -> tuple[Term, ...]:
    try:
        data = tomllib.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise WorkshopError(
            "The built-in glossary could not be read: {problem}.", problem=exc
        ) from None
    terms = []
    for number, raw in enumerate(data.get("terms", []), start=1):
        problem = source_problem(raw)
        if problem:
            raise WorkshopError(
                "The built-in glossary's term {number} ('{term}'): {problem}",
                number=number,
                term=raw.get("term", ""),
                problem=problem,
            )
        terms.append(Term(raw["term"].strip(), raw["meaning"].strip(), source_from(raw)))
    return tuple(terms)


def builtin_sources() -> dict[str, Source]:
    """The source of each built-in legal term, by lower-case term. A programme's copy of a
    term keeps pointing at it, so the glossary panel can say when the check is old."""
    return {t.term.lower(): t.source for t in builtin_terms() if t.source}


def is_seeded(programme: Programme) -> bool:
    return programme.conn.execute("SELECT 1 FROM glossary LIMIT 1").fetchone() is not None


def seed(programme: Programme) -> None:
    """Copy the built-in terms in, once, so the programme can change them."""
    if is_seeded(programme):
        return
    with programme.transaction():
        for term in builtin_terms():
            programme.insert(
                "glossary",
                {
                    "id": stable_id("term", term.term.lower()),
                    "term": term.term,
                    "meaning": term.meaning,
                },
            )


def rows(programme: Programme) -> list[dict[str, Any]]:
    """The programme's glossary rows, A to Z (seeding first if needed)."""
    seed(programme)
    return programme.rows("glossary", order_by="term COLLATE NOCASE")


def terms(programme: Programme | None) -> list[Term]:
    """Every term, A to Z, without writing anything."""
    if programme is None or not is_seeded(programme):
        return sorted(builtin_terms(), key=lambda t: t.term.lower())
    sources = builtin_sources()
    return [
        Term(r["term"], r["meaning"], sources.get(r["term"].lower()))
        for r in programme.rows("glossary", order_by="term COLLATE NOCASE")
    ]


def lookup(programme: Programme | None) -> dict[str, Term]:
    """Terms by lower-case name."""
    return {t.term.lower(): t for t in terms(programme)}


def meanings_for(key_terms: Iterable[str], programme: Programme | None) -> list[Term]:
    """The card's key terms with their meanings; a term not in the glossary says so."""
    known = lookup(programme)
    return [
        known.get(k.lower(), Term(k, "Not in the glossary yet. Add it in the Glossary panel."))
        for k in key_terms
    ]


def add_missing_terms(programme: Programme, new_terms: Iterable[Term]) -> int:
    """Add terms the programme does not have yet (by name); returns how many were added."""
    seed(programme)
    have = {t.lower() for t in (r["term"] for r in programme.rows("glossary"))}
    added = 0
    with programme.transaction():
        for term in new_terms:
            if term.term.lower() not in have:
                programme.insert("glossary", {"term": term.term, "meaning": term.meaning})
                have.add(term.term.lower())
                added += 1
    return added


def glossary_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["term"], "term")
    require_text(row["meaning"], "meaning")
    clash = programme.db.execute(
        "SELECT 1 FROM glossary WHERE lower(term) = lower(?) AND id != ?",
        [row["term"].strip(), row["id"]],
    ).fetchone()
    if clash:
        raise ValidationError(
            "'{term}' is already in the glossary. Change that one instead.", term=row["term"]
        )
