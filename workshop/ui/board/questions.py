"""The board's own short questions (a theme's title, why a point is significant).
Kept in one place so tests can answer them (monkeypatch `ask_text`)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """The words typed, or None when the facilitator cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok else None
