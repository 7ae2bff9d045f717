"""backup, restore, merge, purge: keeping a programme file safe and tidy from a terminal.

Each command that writes holds the file's instance lock, so it never writes while a
Workshop window has the file open (it says so and changes nothing)."""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.cli.progress import terminal_progress
from workshop.cli.words import counted
from workshop.core import backups, instance_lock
from workshop.core import merge as merging
from workshop.core import purge as purging
from workshop.core.errors import ValidationError
from workshop.core.store import Programme, inspect_file


def register(subparsers) -> None:
    backup = subparsers.add_parser(
        "backup", help="make a backup of a programme file now (or list its backups)"
    )
    backup.add_argument("file", type=Path)
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    backup.set_defaults(handler=cmd_backup, inputs=("file",))

    restore = subparsers.add_parser(
        "restore", help="put a backup in place of a programme file (the current one is kept)"
    )
    restore.add_argument("file", type=Path)
    restore.add_argument(
        "backup", type=Path, help="the backup file (see 'workshop backup FILE --list')"
    )
    restore.set_defaults(handler=cmd_restore, inputs=("backup",))

    merge = subparsers.add_parser(
        "merge", help="bring in the sessions and notes recorded in another file"
    )
    merge.add_argument("file", type=Path)
    merge.add_argument("other", type=Path)
    merge.add_argument(
        "--yes", action="store_true", help="merge even if the other file is a different programme"
    )
    merge.add_argument(
        "--trust-clocks",
        action="store_true",
        help="merge even if the other file's changes are dated more than a day ahead of "
        "this computer's clock",
    )
    merge.set_defaults(handler=cmd_merge, inputs=("file", "other"))

    purge = subparsers.add_parser(
        "purge", help="remove personal data whose removal date has passed"
    )
    purge.add_argument("file", type=Path)
    purge.add_argument("--due", action="store_true", help="only list what is due; change nothing")
    purge.add_argument("--yes", action="store_true", help="remove it without asking")
    purge.set_defaults(handler=cmd_purge, inputs=("file",))


def cmd_backup(args) -> int:
    if args.list:
        found = backups.list_backups(args.file)
        if not found:
            print(f"No backups of {args.file} yet.")
        for backup in found:
            print(f"{backup.path}  {backups.describe(backup)}")
        return 0
    inspect_file(args.file)
    with Programme.open(args.file, read_only=True) as programme:
        backup = backups.backup_programme(programme, "manual")
    print(f"Backed up {args.file} to {backup.path}")
    return 0


def cmd_restore(args) -> int:
    with instance_lock.writing(args.file, "restore"):
        kept = backups.restore_backup(args.file, args.backup)
    inspect_file(args.file)
    print(f"Restored {args.file} from {args.backup.name}")
    if kept:
        print(f"The file it replaced was kept as {kept}")
    return 0


def cmd_merge(args) -> int:
    inspect_file(args.other)
    with (
        terminal_progress(steps=3) as progress,
        instance_lock.writing(args.file, "merge"),
        Programme.open(args.file) as programme,
    ):

        def backup_first():
            progress.step("Making a backup")
            return backups.backup_programme(programme, "merge")

        progress.step(f"Reading {args.other.name}")
        try:
            report = merging.merge(
                programme,
                args.other,
                confirm_different=args.yes,
                before=backup_first,
                trust_clocks=args.trust_clocks,
            )
        except merging.DifferentProgrammeError as exc:
            raise ValidationError(str(exc)) from exc
        except merging.ClocksDisagreeError as exc:
            # A check that failed, not bad input: exit 1, the file untouched.
            print(f"workshop: {exc}", file=sys.stderr)
            return 1
        # A colleague's purge that blanked data here must reach this file's copies too.
        copies = None
        if report.changed and purging.purge_log(programme):
            progress.step("Removing purged data from the copies")
            copies = purging.scrub_copies(programme)
    for line in report.lines():
        print(line)
    if report.changed and report.backup is not None:
        print(f"A backup from just before the merge: {report.backup.path}")
    if copies is not None:
        _print_copies(copies)
    return 0


def cmd_purge(args) -> int:
    inspect_file(args.file)
    if args.due:
        with Programme.open(args.file, read_only=True) as programme:
            items = purging.due(programme)
        _print_due(items)
        return 0
    with instance_lock.writing(args.file, "purge"), Programme.open(args.file) as programme:
        # A purge interrupted after its commit, before its copies were scrubbed, ends now.
        finished = purging.finish_interrupted(programme)
        if finished is not None:
            print("Finished removing earlier purged data from the copies of this file.")
            _print_copies(finished)
        items = purging.due(programme)
        _print_due(items)
        if not items:
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                print("Nothing was removed. Run again with --yes to remove it.")
                return 0
            answer = input("Remove this personal data now? It cannot be undone. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was removed.")
                return 0
        result = purging.purge(programme, [i.session_id for i in items])
        copies = purging.scrub_copies(programme)
    print(
        f"Removed {counted(result.total, 'personal detail')} "
        f"from {counted(len(result.sessions), 'session')}."
    )
    _print_copies(copies)
    return 0


def _print_copies(copies: purging.CopiesReport) -> None:
    if copies.scrubbed:
        print(
            f"Also removed it from {counted(len(copies.scrubbed), 'backup and kept copy', 'backups and kept copies')} of this file:"
        )
        for path in copies.scrubbed:
            print(f"  {path}")
    if copies.removed:
        print(
            f"Deleted {counted(len(copies.removed), 'half-made copy', 'half-made copies')} "
            "left by an interrupted run."
        )
    for path in copies.unreadable:
        print(
            f"Could not read {path} to remove it there; it may be damaged. "
            "Delete it if you no longer need it."
        )


def _print_due(items: list[purging.DueSession]) -> None:
    if not items:
        print("No personal data is due for removal.")
        return
    print("Personal data due for removal:")
    for item in items:
        when = item.starts_at[:10] or "no date"
        print(f"  {item.title} ({when}), due {item.purge_after}: {item.what()}")
