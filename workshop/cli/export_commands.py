"""pack, export, import: the summary pack, and the whole record as data."""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.cli.progress import terminal_progress
from workshop.cli.words import counted
from workshop.core import instance_lock, languages
from workshop.core.errors import ValidationError
from workshop.core.files import remove_leftovers
from workshop.core.privacy import INTERNAL, PARTNER, UnreviewedQuotesError
from workshop.core.store import Programme


def register(subparsers) -> None:
    pack = subparsers.add_parser(
        "pack",
        help="write the summary pack for partners (PDF, with an accessible HTML copy beside it)",
    )
    pack.add_argument("file", type=Path)
    pack.add_argument("--session", metavar="ID", help="one session only (see 'workshop sessions')")
    group = pack.add_mutually_exclusive_group()
    group.add_argument(
        "--public", action="store_true", help="the public 'You said, we did' document instead"
    )
    group.add_argument(
        "--internal",
        action="store_true",
        help="the council's internal pack (exact counts, access requests; marked INTERNAL)",
    )
    pack.add_argument("--no-html", action="store_true", help="do not write the HTML copy")
    pack.add_argument(
        "--large-print", action="store_true", help="with --public: 16 pt type or larger"
    )
    pack.add_argument(
        "--summary",
        action="store_true",
        help="only the summary at the front of the partner pack (two pages at most)",
    )
    pack.add_argument(
        "--accept-detected",
        action="store_true",
        help="write a partner or public pack even though some quotes that look personal "
        "(a name, contact details, an address, a code) have not been reviewed: those "
        "quotes are left out",
    )
    pack.add_argument(
        "--list-detected",
        action="store_true",
        help="list the quotes that need a review before a partner or public pack is "
        "written, and write nothing",
    )
    pack.add_argument(
        "--languages",
        metavar="CODES",
        default="",
        help=(
            "with --public: the languages our own printed words are in, first one first, e.g. en,cy (default: "
            "the programme's print languages, else English); residents' words are printed as typed"
        ),
    )
    pack.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    pack.set_defaults(handler=cmd_pack, inputs=("file",), outputs=("output",))

    export = subparsers.add_parser("export", help="write the whole programme as data")
    export.add_argument("file", type=Path)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.json|OUT.zip")
    export.set_defaults(handler=cmd_export, inputs=("file",), outputs=("output",))

    imp = subparsers.add_parser(
        "import", help="read a record made by 'workshop export' into a new or empty file"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("input", type=Path, metavar="IN.json")
    imp.set_defaults(handler=cmd_import, inputs=("input",), outputs=("file",))


def _check_pdf_name(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise ValidationError(f"{path.name} should end in .pdf. Choose a name like pack.pdf.")


def cmd_pack(args) -> int:
    _check_pdf_name(args.output)
    try:
        return _pack(args)
    except UnreviewedQuotesError as exc:
        print(str(exc), file=sys.stderr)
        return 1


def _list_detected(args) -> int:
    from workshop.export.review import PUBLIC, findings, marked

    audience = PUBLIC if args.public else INTERNAL if args.internal else PARTNER
    with Programme.open(args.file, read_only=True) as programme:
        found = findings(programme, audience, args.session)
    for finding in found:
        print(f"{finding.table} {finding.source_id} ({', '.join(finding.kinds())}): ")
        print(f"  {marked(finding)}")
    print(f"{counted(len(found), 'quote')} to review.")
    return 1 if found else 0


def _pack(args) -> int:
    if args.list_detected:
        return _list_detected(args)
    if args.summary and args.public:
        raise ValidationError(
            "--summary prints the front of the partner pack. Leave out --public, or leave "
            "out --summary for the public document."
        )
    if args.large_print and not args.public:
        raise ValidationError(
            "--large-print is for the public document. Add --public, or leave out --large-print."
        )
    if args.public:
        if args.session:
            raise ValidationError(
                "The public 'You said, we did' document covers the whole programme. "
                "Leave out --session, or leave out --public for one session's pack."
            )
        from workshop.export.public_pack import write_public_pack

        with (
            terminal_progress(steps=2) as progress,
            Programme.open(args.file, read_only=True) as programme,
        ):
            progress.step("Building the public document")
            written = write_public_pack(
                programme,
                args.output,
                html=not args.no_html,
                accept_detected=args.accept_detected,
                print_in=languages.parse_list(args.languages),
                large_print=args.large_print,
            )
            progress.step("Checking for quotes left out")
            left = _left_out_note(args)
        for path in written:
            print(f"Wrote {path}")
        return 0

    if args.languages:
        raise ValidationError(
            "The partner pack is printed in English. Use --languages with --public, for "
            "the 'You said, we did' document."
        )
    from workshop.export.pack import write_pack

    audience = INTERNAL if args.internal else PARTNER
    with (
        terminal_progress() as progress,
        Programme.open(args.file, read_only=True) as programme,
    ):
        written = write_pack(
            programme,
            args.output,
            session_id=args.session,
            audience=audience,
            progress=progress,
            html=not args.no_html,
            accept_detected=args.accept_detected,
            summary_only=args.summary,
        )
        left = _left_out_note(args)
    for path in written:
        print(f"Wrote {path}")
    if left:
        print(left)
    return 0


def _left_out_note(args) -> str:
    """What --accept-detected left out, said after the pack is written."""
    if not args.accept_detected or args.internal:
        return ""
    from workshop.export.review import PUBLIC, findings

    with Programme.open(args.file, read_only=True) as programme:
        count = len(findings(programme, PUBLIC if args.public else PARTNER, args.session))
    if not count:
        return ""
    look = "looks" if count == 1 else "look"
    was = "was" if count == 1 else "were"
    return f"{counted(count, 'quote')} that {look} personal {was} left out (not reviewed)."


def cmd_export(args) -> int:
    from workshop.export.record import export_record

    with terminal_progress() as progress:
        out = export_record(args.file, args.output, progress)
    print(f"Wrote {out}")
    return 0


def cmd_import(args) -> int:
    from workshop.export.record import import_record

    # Held even when the file does not exist yet: a second import into the same new file
    # is refused instead of both saying "Imported" and one being lost.
    # (The folder was checked before: see `outputs` above.)
    folder = args.file.parent if str(args.file.parent) else Path(".")
    with terminal_progress(steps=1) as progress, instance_lock.writing(args.file, "import"):
        remove_leftovers(folder, mine=args.file)
        progress.step(f"Reading {args.input.name} and writing {args.file.name}")
        counts = import_record(args.file, args.input)
    total = sum(counts.values())
    sessions = counts.get("sessions", 0)
    print(f"Imported {total} rows ({sessions} sessions) into {args.file}", file=sys.stdout)
    return 0
