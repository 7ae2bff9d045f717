"""Opening a programme file for a window: the one place that decides how a file is opened
(integrity, read-only when another window has it, backups) and says what went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from workshop.core.errors import ProgrammeFileError
from workshop.core.paths import default_file
from workshop.core.store import Programme, open_default
from workshop.ui import dialogs


def open_for_window(path: Path | None, parent: QWidget | None) -> Programme | None:
    """The programme at `path` (the default file when None, made with the demo on first
    run), or None after telling the facilitator why it could not be opened."""
    try:
        if path is None:
            return open_default(default_file())
        return Programme.open(path)
    except ProgrammeFileError as exc:
        dialogs.show_error(parent, str(exc), title="Could not open the file")
        return None


def create_for_window(path: Path, title: str, parent: QWidget | None) -> Programme | None:
    try:
        return Programme.create(path, title)
    except ProgrammeFileError as exc:
        dialogs.show_error(parent, str(exc), title="Could not create the file")
        return None


def banner_text(programme: Programme) -> str:
    """A line shown above the window's content, or '' when all is well."""
    if programme.read_only:
        return "This file is open read-only: nothing you change here can be saved."
    return ""
