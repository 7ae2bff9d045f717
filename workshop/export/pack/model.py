"""The pack as plain blocks, before it is laid out.

Each section builds a list of these blocks from the programme; the PDF (`pdf.py`) and the
accessible HTML copy (`workshop/export/pack_html.py`) are two renderings of the same
blocks, so they always say the same thing. Texts are plain Unicode in logical order
(right-to-left text is turned into print order only when the PDF is laid out).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workshop.core.privacy import PrivacyPolicy
from workshop.core.store import Programme

Progress = Callable[[float, str], None]


@dataclass
class Heading:
    """Level 1 starts a section (new page, contents, bookmark); level 2 is a sub-section
    (contents and bookmark); level 3 is a plain heading."""

    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    style: str = "body"  # body, lead, small, quote, muted, label
    # Keep on the same page as what follows (an introduction to a list, say).
    keep_with_next: bool = False


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    caption: str = ""
    # Relative column widths (summing to anything); None shares the width equally.
    widths: list[float] | None = None
    # Column indexes holding numbers (right-aligned).
    numeric: tuple[int, ...] = ()


@dataclass
class Series:
    name: str
    values: list[int]
    # Printed instead of the number (e.g. "fewer than 5"); the bar is then drawn as a
    # hatched band up to `hidden_below` rather than at its true length.
    labels: list[str] | None = None
    hidden: list[bool] | None = None


@dataclass
class BarChart:
    title: str
    categories: list[str]
    series: list[Series]
    alt: str
    hidden_below: int = 5


@dataclass
class Picture:
    png: bytes
    alt: str
    width: int
    height: int
    caption: str = ""


@dataclass
class NewPage:
    pass


Block = Heading | Para | Bullets | Table | BarChart | Picture | NewPage


@dataclass
class PackContext:
    """What every section needs: the open programme, the sessions in scope (by date),
    whether this is one session's pack, and the privacy policy."""

    programme: Programme
    sessions: list[dict[str, Any]]
    policy: PrivacyPolicy
    session_id: str | None = None
    today: str = ""
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def audience(self) -> str:
        return self.policy.audience

    @property
    def internal(self) -> bool:
        return self.policy.internal

    @property
    def session_ids(self) -> list[str]:
        return [s["id"] for s in self.sessions]

    def has_tables(self, *tables: str) -> bool:
        """True when this file has every table a section needs (a feature may not exist
        yet in an older file, or in this version of the app)."""
        names = self.cache.get("tables")
        if names is None:
            names = set(self.programme.db.table_names())
            self.cache["tables"] = names
        return all(t in names for t in tables)

    def in_scope(self, column: str = "session_id") -> tuple[str, list[str]]:
        """A WHERE clause limiting rows to the sessions in this pack."""
        ids = self.session_ids
        if not ids:
            return "0", []
        marks = ", ".join("?" for _ in ids)
        quoted = ".".join(f"[{part}]" for part in column.split("."))
        return f"{quoted} IN ({marks})", list(ids)
