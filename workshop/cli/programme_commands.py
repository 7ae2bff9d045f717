"""new, demo, sessions, check: making and looking into programme files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from workshop.cli.words import counted
from workshop.core.errors import ProgrammeFileError
from workshop.core.sessions import session_summary, sessions_by_date
from workshop.core.store import Programme, inspect_file
from workshop.core.vocab import SESSION_STATUSES


def register(subparsers) -> None:
    new = subparsers.add_parser("new", help="create an empty programme file")
    new.add_argument("file", type=Path)
    new.add_argument("--title", required=True, help="the programme's title")
    new.set_defaults(handler=cmd_new)  # makes its folder when needed

    demo = subparsers.add_parser("demo", help="create a file holding the demo programme")
    demo.add_argument("file", type=Path)
    demo.set_defaults(handler=cmd_demo)

    sessions = subparsers.add_parser("sessions", help="list the sessions in a programme")
    sessions.add_argument("file", type=Path)
    sessions.add_argument("--json", action="store_true", help="print JSON")
    sessions.set_defaults(handler=cmd_sessions, inputs=("file",))

    check = subparsers.add_parser("check", help="check a programme file is healthy")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=cmd_check, inputs=("file",))


def cmd_new(args) -> int:
    if not args.title.strip():
        raise ProgrammeFileError("The title cannot be empty. Give the programme a short name.")
    with Programme.create(args.file, args.title.strip()):
        pass
    print(f"Created {args.file}")
    return 0


def cmd_demo(args) -> int:
    with Programme.create(args.file) as programme:
        # Imported here: only this command writes the demo.
        from workshop.demo import write_demo

        write_demo(programme)
        count = programme.db["sessions"].count
    print(f"Created {args.file} with the demo programme ({count} sessions)")
    return 0


def cmd_sessions(args) -> int:
    with Programme.open(args.file, read_only=True) as programme:
        summaries = [session_summary(programme, s) for s in sessions_by_date(programme)]
    if args.json:
        print(json.dumps(summaries, indent=2, ensure_ascii=False))
        return 0
    if not summaries:
        print("No sessions yet.")
    for s in summaries:
        when = s["starts_at"].replace("T", " ") or "no date yet"
        status = SESSION_STATUSES.label(s["status"])
        print(f"{s['id']}  {when:16}  {status:8}  {s['title']} ({s['venue'] or 'no venue'})")
    return 0


def cmd_check(args) -> int:
    """Exit 0 when healthy, 1 when the file opens but a check fails, 2 when it cannot open."""
    inspect_file(args.file)
    problems: list[str] = []
    with Programme.open(args.file, read_only=True) as programme:
        db = programme.db
        try:
            integrity = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
            if integrity != ["ok"]:
                problems.extend(integrity)
            for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(f"{table} row {rowid} points to a missing {parent} row")
            if db["programme"].count != 1:
                problems.append("the file should hold exactly one programme")
        except sqlite3.DatabaseError as exc:
            problems.append(str(exc))
        sessions = db["sessions"].count
    if problems:
        for problem in problems:
            print(f"problem: {problem}")
        print(f"{args.file}: {counted(len(problems), 'problem')} found")
        return 1
    print(f"{args.file}: healthy ({counted(sessions, 'session')})")
    return 0
