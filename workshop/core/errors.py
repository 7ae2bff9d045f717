"""Errors whose message is written for the person at the keyboard: what was wrong, what to do."""


class WorkshopError(Exception):
    """Base for errors that carry a plain-English message."""


class ProgrammeFileError(WorkshopError):
    """The file cannot be opened as a programme file. Nothing in it was changed."""


class ValidationError(WorkshopError, ValueError):
    """A value was refused. Nothing was saved."""
