"""Counts written out for the terminal: "1 backup", "3 backups", never an "s" in brackets."""

from __future__ import annotations


def counted(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"
