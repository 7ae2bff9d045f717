"""What each table said about each scenario card: a reaction, and their hopes, fears,
questions and the changes they want (GMCA values 9a-9e).

One row per session, card and table. `record` keeps it that way: typing for the same
table and card again changes the row already there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workshop.core import languages
from workshop.core.validation import ValidationError, require_choice, require_text
from workshop.core.vocab import Choice, Vocabulary

if TYPE_CHECKING:
    from workshop.core.store import Programme

REACTIONS = Vocabulary(
    "reaction",
    [
        Choice("comfortable", "Comfortable", "The table was happy with this use as it is."),
        Choice(
            "comfortable_with_changes",
            "Comfortable with changes",
            "The table could accept it if some things changed.",
        ),
        Choice("not_comfortable", "Not comfortable", "The table did not want it used."),
        Choice("unsure", "Unsure", "The table could not decide, or was split."),
    ],
)
# Short marks for print and tight spaces; never used alone on screen (words go with them).
REACTION_MARKS = {
    "comfortable": "✓",
    "comfortable_with_changes": "~",
    "not_comfortable": "✗",
    "unsure": "?",
}
TEXT_FIELDS = ("hopes", "fears", "questions", "changes")
FIELD_LABELS = {
    "reaction": "Reaction",
    "hopes": "Hopes",
    "fears": "Fears",
    "questions": "Questions",
    "changes": "Changes they want",
}
DEFAULT_TABLES = ("Table 1", "Table 2", "Table 3", "Table 4")


def card_response_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["table_label"], "table name")
    languages.require_language(row)
    if row["reaction"]:
        require_choice(row["reaction"], REACTIONS)
    if programme.get("cards", row["card_id"]) is None:
        raise ValidationError("That card is no longer in the programme. Choose another card.")


def find(programme: Programme, session_id: str, card_id: str, table_label: str) -> dict | None:
    rows = programme.rows(
        "card_responses",
        "session_id = ? AND card_id = ? AND table_label = ?",
        [session_id, card_id, table_label.strip()],
        order_by="created_at",
    )
    return rows[0] if rows else None


def record(
    programme: Programme, session_id: str, card_id: str, table_label: str, **values: str
) -> str:
    """Save what a table said about a card (only the fields given), as one action."""
    unknown = set(values) - {"reaction", "language", *TEXT_FIELDS}
    if unknown:
        raise ValueError(f"unknown card response fields: {sorted(unknown)}")
    table_label = table_label.strip()
    existing = find(programme, session_id, card_id, table_label)
    if existing:
        if "language" not in values and not existing["language"]:
            # Words typed later (an answer at a time) may be the first to tell.
            merged = {**existing, **values}
            proposed = languages.propose(" ".join(str(merged[f]) for f in TEXT_FIELDS))
            if proposed:
                values = {**values, "language": proposed}
        changes = {k: v for k, v in values.items() if existing[k] != v}
        if changes:
            programme.update("card_responses", existing["id"], changes)
        return existing["id"]
    # The language is proposed from the letters unless the facilitator chose one.
    proposed = languages.propose(" ".join(str(values.get(f, "")) for f in TEXT_FIELDS))
    return programme.insert(
        "card_responses",
        {
            "session_id": session_id,
            "card_id": card_id,
            "table_label": table_label,
            "language": proposed,
            **values,
        },
    )


def for_card(programme: Programme, session_id: str, card_id: str) -> list[dict[str, Any]]:
    return programme.rows(
        "card_responses",
        "session_id = ? AND card_id = ?",
        [session_id, card_id],
        order_by="table_label, created_at",
    )


def for_session(programme: Programme, session_id: str) -> list[dict[str, Any]]:
    return programme.rows(
        "card_responses", "session_id = ?", [session_id], order_by="table_label, created_at"
    )


def tables_in_session(programme: Programme, session_id: str) -> list[str]:
    """Tables already used in this session, then the usual four, without repeats."""
    used = [
        r[0]
        for r in programme.db.execute(
            "SELECT DISTINCT table_label FROM card_responses WHERE session_id = ? "
            "ORDER BY table_label",
            [session_id],
        )
    ]
    return list(dict.fromkeys([*DEFAULT_TABLES, *used]))


def is_empty(row: dict[str, Any]) -> bool:
    return not row["reaction"] and not any(row[f].strip() for f in TEXT_FIELDS)


@dataclass
class CardSummary:
    """Reactions to one card across every table and session."""

    card_id: str
    title: str
    counts: Counter = field(default_factory=Counter)
    # (session title, table, response row), oldest session first.
    responses: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts[k] for k in REACTIONS.keys())

    def line(self) -> str:
        """'3 comfortable, 1 not comfortable' — words, so colour is never needed."""
        parts = [f"{self.counts[c.key]} {c.label.lower()}" for c in REACTIONS if self.counts[c.key]]
        return ", ".join(parts) if parts else "No reactions yet"


def card_summary(programme: Programme, card_id: str) -> CardSummary:
    card = programme.get("cards", card_id) or {"title": ""}
    summary = CardSummary(card_id, card["title"])
    rows = programme.db.execute(
        "SELECT r.*, s.title AS session_title FROM card_responses r "
        "JOIN sessions s ON s.id = r.session_id WHERE r.card_id = ? "
        "ORDER BY s.starts_at, s.created_at, r.table_label",
        [card_id],
    )
    columns = [d[0] for d in rows.description]
    for values in rows.fetchall():
        row = dict(zip(columns, values, strict=True))
        if row["reaction"]:
            summary.counts[row["reaction"]] += 1
        summary.responses.append((row["session_title"], row["table_label"], row))
    return summary


def deck_summary(programme: Programme, deck_id: str) -> list[CardSummary]:
    cards = programme.rows("cards", "deck_id = ?", [deck_id], order_by="position, created_at")
    return [card_summary(programme, c["id"]) for c in cards]
