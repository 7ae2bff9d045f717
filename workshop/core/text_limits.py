"""How long a piece of text may be. Residents' words are short (a sticky note, a question,
a reaction to a card); a 300,000-character "note" is a paste gone wrong or hostile input,
and it would make every pack slow. Every row is checked here before it is written, by
typing, by `workshop import` and by merge (see `table_rules.validate`), and the limits are
listed in docs/data-format.md.
"""

from __future__ import annotations

from typing import Any

from workshop.core.errors import Label, ValidationError

NOTE_LIMIT = 2_000
# (table, column) -> (most characters, what it is called in the message)
LIMITS: dict[tuple[str, str], tuple[int, Label]] = {
    ("board_notes", "text"): (NOTE_LIMIT, Label("sticky note")),
    ("questions", "text"): (NOTE_LIMIT, Label("question")),
    ("questions", "answer"): (5_000, Label("answer")),
    ("card_responses", "reaction"): (NOTE_LIMIT, Label("reaction")),
    ("card_responses", "hopes"): (NOTE_LIMIT, Label("hopes")),
    ("card_responses", "fears"): (NOTE_LIMIT, Label("fears")),
    ("card_responses", "questions"): (NOTE_LIMIT, Label("questions")),
    ("card_responses", "changes"): (NOTE_LIMIT, Label("changes")),
    ("cards", "story"): (10_000, Label("card story")),
    # Pictures of returned paper (a JPEG as base64), not typed by anyone.
    ("scan_pages", "picture"): (20_000_000, Label("scanned page")),
    ("scan_crops", "picture"): (20_000_000, Label("scanned card")),
}
# Any other text field: generous, but bounded.
DEFAULT_LIMIT = 20_000
# Logs and JSON documents the app writes itself are not typed by anyone.
_UNLIMITED_TABLES = {"purge_log"}


def limit_for(table: str, column: str) -> int | None:
    if table in _UNLIMITED_TABLES or column.endswith("_json"):
        return None
    return LIMITS.get((table, column), (DEFAULT_LIMIT, ""))[0]


def check_lengths(table: str, row: dict[str, Any]) -> None:
    """ValidationError naming the first text in `row` that is longer than its limit."""
    for column, value in row.items():
        if not isinstance(value, str) or len(value) <= NOTE_LIMIT:
            continue  # the common case costs one comparison
        most = limit_for(table, column)
        if most is not None and len(value) > most:
            # Our own words for the fields we name; any other field by its column name.
            what = LIMITS.get((table, column), (0, column.replace("_", " ")))[1]
            raise ValidationError(
                "The {what} is {length} characters long; the most is {most}. "
                "Shorten it, or split it into several.",
                what=what,
                length=f"{len(value):,}",
                most=f"{most:,}",
            )
