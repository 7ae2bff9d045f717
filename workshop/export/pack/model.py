"""What a pack section works with: the context it reads the programme through, and the
blocks it returns (the shared document blocks, `workshop.export.document.model`).

Each section builds a list of blocks from the programme; the PDF and the accessible
HTML copy are two renderings of the same blocks, so they always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop.core.privacy import PrivacyPolicy
from workshop.core.store import Programme
from workshop.export.document.model import (
    BarChart,
    Block,
    Bullets,
    Heading,
    NewPage,
    Para,
    Picture,
    Progress,
    Series,
    Table,
)

__all__ = [
    "BarChart",
    "Block",
    "Bullets",
    "Heading",
    "NewPage",
    "PackContext",
    "Para",
    "Picture",
    "Progress",
    "Series",
    "Table",
]


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
