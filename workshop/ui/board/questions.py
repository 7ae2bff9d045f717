"""The board's own short questions (a theme's title, why a point is significant).
Kept in one place so tests can answer them (monkeypatch `ask_text`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workshop.ui.dialogs import line_of_text


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """The words typed, or None when the facilitator cancelled."""
    value = line_of_text(parent, title, label, text)
    return value.strip() if value is not None else None
