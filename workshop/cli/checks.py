"""What every command checks before it starts work, and how its messages read on a terminal.

Inputs must exist (one wording, with the path as typed); an output's folder must exist and
be writable before anything slow runs, so a typo in `-o` is refused at once and nothing is
written or recorded. A command declares its files once where it is registered:

    pack.set_defaults(handler=cmd_pack, inputs=("file",), outputs=("output",))

and `workshop.cli.main` runs these checks before the handler.
"""

from __future__ import annotations

import os
from pathlib import Path

from workshop.core.errors import ProgrammeFileError, WorkshopError
from workshop.core.files import FileWriteError, existing_folder


def require_file(path: Path) -> Path:
    """`path` exists, or one message for every command, naming the path as it was given."""
    if not path.exists():
        raise ProgrammeFileError(
            "There is no file {path}. Check the name and the folder.", path=str(path)
        )
    return path


def writable_output(path: Path) -> Path:
    """`path` can be written: its folder exists and lets us write, and it is not a folder."""
    folder = existing_folder(path)
    if path.is_dir():
        raise FileWriteError(
            "{path} is a folder. Give a file name in it, like {example}.",
            path=str(path),
            example=str(path / "out.pdf"),
        )
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise FileWriteError(
            "Workshop cannot write to {path}: the folder or the file is read-only. "
            "Choose a folder you can write to.",
            path=str(path),
        )
    return path


def check_files(args) -> None:
    """The checks a command declared (see the module's docstring)."""
    for name in getattr(args, "inputs", ()):
        require_file(Path(getattr(args, name)))
    for name in getattr(args, "outputs", ()):
        writable_output(Path(getattr(args, name)))


# The core's messages are also shown in the app, where they point to its menus; on the
# command line each such pointer becomes the command that does the same.
APP_TO_COMMAND = {
    "use File > New to start a new programme": "run 'workshop new FILE --title TITLE' to start one",
    "use File > New to start a programme there": "run 'workshop new FILE --title TITLE' to start one",
}


def for_the_command_line(error: WorkshopError) -> str:
    template = error.template
    for app_words, command_words in APP_TO_COMMAND.items():
        template = template.replace(app_words, command_words)
    if not error.values:
        return template
    values = {
        name: for_the_command_line(value) if isinstance(value, WorkshopError) else value
        for name, value in error.values.items()
    }
    return template.format(**values)
