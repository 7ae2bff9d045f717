"""Errors whose message is written for the person at the keyboard: what was wrong, what to do.

A message is raised as an English template plus its values,
`ValidationError("The {what} must be a whole number.", what=Label(what))`, so that
`str(error)` is the English text (what the command line prints) while a screen can show
`error.translated(translate)`: the template looked up in the translations, then filled.
The translation build collects every literal template from the raise statements.
"""

from __future__ import annotations

from collections.abc import Callable


class Label(str):
    """A value that is one of the app's own words ("number of tables", "exercise kind"),
    translated along with the message. Plain values (a file name, what was typed) are
    shown exactly as they are, even when they happen to match a translated word."""


class WorkshopError(Exception):
    """Base for errors that carry a plain-English message."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        # A template without values is shown as written, braces and all ("...?card={code}").
        super().__init__(template.format(**values) if values else template)

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in the language of `translate` (English text in, translation out;
        the English comes back for anything not yet translated)."""
        text = translate(self.template)
        if not self.values:
            return text
        values = {name: _translated(value, translate) for name, value in self.values.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation that names a placeholder wrongly must not hide the message.
            return str(self)


def _translated(value: object, translate: Callable[[str], str]) -> object:
    if isinstance(value, Label):
        return translate(value)
    if isinstance(value, WorkshopError):  # "{problem} Nothing was imported."
        return value.translated(translate)
    return value


class ProgrammeFileError(WorkshopError):
    """The file cannot be opened as a programme file. Nothing in it was changed."""


class ValidationError(WorkshopError, ValueError):
    """A value was refused. Nothing was saved."""
