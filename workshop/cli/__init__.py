"""Headless commands: a stable contract that tests and scripts rely on (see DESIGN.md).

Exit status: 0 done; 1 a check failed; 2 bad usage or bad input, with one line on stderr
that says what was wrong and what to do. Bad input never changes or loses data.

Each group of commands lives in its own module with a `register(subparsers)` function;
a command's handler takes the parsed arguments and returns the exit status.
"""

from __future__ import annotations

import argparse
import sys

from workshop import __version__
from workshop.core.errors import WorkshopError
from workshop.core.storage_errors import storage_error

# The command names, so that `workshop` and `workshop FILE` can open the app without
# building the parser: the command modules import the PDF, picture and demo code, which
# the window does not need before it shows. tests/test_startup_imports.py checks this list
# against the parser's.
COMMAND_NAMES = frozenset(
    {
        "new",
        "demo",
        "sessions",
        "check",
        "backup",
        "restore",
        "merge",
        "purge",
        "pack",
        "export",
        "import",
        "deck",
        "cards",
        "import-feedback",
        "handouts",
        "ledger",
        "scan",
        "import-returns",
    }
)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage block
        raise UsageError(f"{message}. Run 'workshop --help' to see how to use it.")


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not at the top: opening the app must not pay for the commands.
    from workshop.cli import (
        deck_commands,
        export_commands,
        feedback_commands,
        paper_commands,
        programme_commands,
        reliability_commands,
        scan_commands,
    )

    # In the order `workshop --help` lists them.
    command_modules = [
        programme_commands,
        reliability_commands,
        export_commands,
        deck_commands,
        feedback_commands,
        paper_commands,
        scan_commands,
    ]
    parser = _Parser(
        prog="workshop",
        usage="workshop [FILE]\n       workshop COMMAND ... (run 'workshop COMMAND --help')",
        description=(
            "Workshop: run co-production sessions about automated decisions and AI. "
            "With no command, opens the app (on FILE, or on your default programme)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"workshop {__version__}")
    # prog: each command's usage reads "workshop pack [-h] ...", not the top usage block.
    subparsers = parser.add_subparsers(
        dest="command", parser_class=_Parser, metavar="COMMAND", prog="workshop"
    )
    for module in command_modules:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMAND_NAMES and not argv[0].startswith("-")):
        # `workshop` or `workshop FILE`: open the app.
        if len(argv) > 1:
            return _fail(f"unknown command '{argv[0]}'. Run 'workshop --help' to see the commands.")
        from workshop.ui.start_up import before_loading_the_app

        before_loading_the_app()
        from workshop.ui.app import main as run_app

        return run_app(argv)
    # Imported here, with the parser: the app path above needs neither.
    from workshop.cli import checks

    parser = build_parser()
    args = None
    try:
        args = parser.parse_args(argv)
        checks.check_files(args)  # before any work: nothing slow runs on a typo
        return args.handler(args)
    except UsageError as exc:
        return _fail(str(exc))
    except WorkshopError as exc:
        return _fail(checks.for_the_command_line(exc))
    except Exception as exc:
        # A full disk or a read-only file or folder is said as such, never a traceback.
        honest = storage_error(exc, getattr(args, "file", None))
        if honest is None:
            raise
        return _fail(checks.for_the_command_line(honest))


def _fail(message: str) -> int:
    print(f"workshop: {message}", file=sys.stderr)
    return 2
