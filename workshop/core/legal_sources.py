"""Where a statement about the law comes from, and when someone last checked it.

Residents act on what the cards and the glossary tell them about their rights, and the
law changes (the Data (Use and Access) Act 2025 replaced UK GDPR Article 22 in 2026). So
every legal statement in the built-in content carries its source (a title and an
address) and the date it was checked against that source; a test refuses one without,
and the deck editor and the glossary panel quietly say when a check is more than a year
old.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from workshop.core import clock

# Legal content older than this is shown with a quiet "check this again" note.
STALE_AFTER = timedelta(days=365)

# Words that make a sentence a statement about the law rather than a story. Used by the
# tests to find legal statements that have no source, so it errs on the side of catching.
_LAW_WORDS = re.compile(
    r"\b(the law|laws?|legal|legally|Act|Article|Articles|regulations?|duty|"
    r"must by law|rights|right to|Commissioner|ICO)\b"
)


@dataclass(frozen=True)
class Source:
    title: str
    address: str
    checked: str  # YYYY-MM-DD

    @property
    def checked_date(self) -> date | None:
        try:
            return date.fromisoformat(self.checked)
        except ValueError:
            return None

    def is_stale(self, today: date | None = None) -> bool:
        when = self.checked_date
        return when is None or (today or clock.today()) - when > STALE_AFTER


def mentions_law(text: str) -> bool:
    """True when the text reads as a statement about the law (so it needs a source)."""
    return bool(_LAW_WORDS.search(text or ""))


def source_problem(raw: dict[str, Any]) -> str:
    """What is wrong with a source's three fields ('' when nothing is). A source is
    either absent (all three empty) or complete."""
    values = {k: _as_text(raw.get(k, "")) for k in ("source", "address", "checked")}
    if not any(values.values()):
        return ""
    missing = [k for k, v in values.items() if not v]
    if missing:
        return (
            f"'{missing[0]}' is missing: a legal statement needs source, address and "
            'checked (the date it was checked, like checked = "2026-12-01").'
        )
    try:
        date.fromisoformat(values["checked"])
    except ValueError:
        return f"'checked' must be a date like \"2026-12-01\", not '{values['checked']}'."
    if not values["address"].startswith(("https://", "http://")):
        return "'address' must be a web address starting with https://."
    return ""


def source_from(raw: dict[str, Any]) -> Source | None:
    """The source in a TOML table's source/address/checked fields, or None."""
    if not any(_as_text(raw.get(k, "")) for k in ("source", "address", "checked")):
        return None
    return Source(
        _as_text(raw.get("source", "")),
        _as_text(raw.get("address", "")),
        _as_text(raw.get("checked", "")),
    )


def _as_text(value: Any) -> str:
    # TOML reads `checked = 2026-12-01` (no quotes) as a date: accept both forms.
    if isinstance(value, date):
        return value.isoformat()
    return value.strip() if isinstance(value, str) else ""


def stale_note(sources: list[Source], today: date | None = None) -> str:
    """A quiet one-line note about legal content last checked more than a year ago
    ('' when every source is current). English; the screens translate their own copy."""
    old = [s for s in sources if s.is_stale(today)]
    if not old:
        return ""
    oldest = min((s.checked for s in old), default="")
    return (
        f"Legal wording here was last checked on {oldest}, more than a year ago. "
        f"Check it against {old[0].title} ({old[0].address}) before you use it."
    )
