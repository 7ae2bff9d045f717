"""cards, import-feedback: printing feedback cards and bringing answers back in."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.cli.progress import terminal_progress
from workshop.cli.words import counted
from workshop.core import feedback, instance_lock, languages
from workshop.core.errors import ValidationError, WorkshopError
from workshop.core.feedback_codes import format_code
from workshop.core.feedback_csv import describe_columns
from workshop.core.files import existing_folder, write_atomically
from workshop.core.store import Programme


def register(subparsers) -> None:
    cards = subparsers.add_parser(
        "cards",
        help="print QR feedback cards for a session",
        description=(
            "Make a PDF of feedback cards for one session. Each card gets a new code, "
            "recorded in the programme so answers can be matched to it; a reprint carries "
            "on the numbering and never reuses a code."
        ),
    )
    cards.add_argument("file", type=Path)
    cards.add_argument(
        "--session", required=True, help="the session's id (see 'workshop sessions')"
    )
    cards.add_argument("--count", required=True, type=int, help="how many cards to print")
    cards.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    cards.add_argument("--a6", action="store_true", help="one card a page (A6; A5 in large print)")
    cards.add_argument(
        "--large-print",
        action="store_true",
        help="16 pt text and bigger QR codes (2 cards a sheet, or A5 cards with --a6)",
    )
    cards.add_argument("--question", default="", help="the question printed on the cards")
    cards.add_argument(
        "--languages",
        metavar="CODES",
        default="",
        help=(
            "the languages our own printed words are in, first one first, e.g. en,cy (default: "
            "the programme's print languages, else English); residents' words are printed as typed"
        ),
    )
    cards.set_defaults(handler=cmd_cards, inputs=("file",), outputs=("output",))

    imp = subparsers.add_parser(
        "import-feedback",
        help="bring in answers exported as CSV from the online form",
        description=(
            "Add answers from an online form's CSV export. The column with the card code "
            "(or the whole feedback address) is found by its values. Importing the same file "
            "again adds nothing twice; rows whose code is unknown are listed, never guessed. "
            "Each column is classified (answer, code, when, personal, ignore) and the "
            "classification is printed and remembered for the form: only answer columns can "
            "ever be quoted in a pack; personal ones (name, phone, email, address) are kept "
            "apart and removed at the purge date."
        ),
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("responses", type=Path, help="the CSV file exported from the form")
    imp.add_argument(
        "--answer-column",
        action="append",
        metavar="NAME",
        help="the column holding people's answers (repeat for several); other columns "
        "that looked like answers are not imported",
    )
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(handler=cmd_import_feedback, inputs=("file", "responses"))


@instance_lock.guarded("cards")
def cmd_cards(args) -> int:
    if args.count < 1:
        raise ValidationError("--count must be 1 or more. Say how many cards to print.")
    existing_folder(args.output)  # checked before by `outputs` too: no codes kept for a typo
    with terminal_progress(steps=3) as progress, Programme.open(args.file) as programme:
        progress.step(f"Numbering {args.count} cards")
        plan = feedback.plan_cards(
            programme,
            args.session,
            args.count,
            question=args.question,
            layout="a6" if args.a6 else "a4_sheet",
            large_print=args.large_print,
        )
        session = programme.get("sessions", args.session) or {}
        progress.step("Drawing the cards")
        # Imported here: reportlab is heavy and only this command needs it.
        from workshop.export.feedback_cards_pdf import build_cards_pdf

        data = build_cards_pdf(
            programme.programme(),
            session,
            plan,
            print_in=languages.parse_list(args.languages),
        )
        progress.step(f"Writing {args.output.name}")
        # The codes are committed before the PDF is written: a failed commit leaves no PDF,
        # and a PDF that cannot be written leaves its batch marked "not printed".
        try:
            feedback.keep_then_write(programme, plan, lambda: write_atomically(args.output, data))
        except WorkshopError as exc:
            if programme.rows("feedback_cards", "code = ?", [plan.cards[0].code]):
                raise ValidationError(
                    "{problem} The codes of cards {first} to {last} are marked 'not printed' "
                    "and will not be used again; run the command again for new cards.",
                    problem=exc,
                    first=plan.cards[0].serial,
                    last=plan.cards[-1].serial,
                ) from exc
            raise
    first, last = plan.cards[0], plan.cards[-1]
    print(
        f"Wrote {args.output}: {len(plan.cards)} cards for '{session.get('title', '')}', "
        f"numbers {first.serial} to {last.serial} "
        f"(codes {format_code(first.code)} to {format_code(last.code)})"
    )
    return 0


@instance_lock.guarded("import-feedback")
def cmd_import_feedback(args) -> int:
    with terminal_progress(steps=1) as progress, Programme.open(args.file) as programme:
        progress.step(f"Reading {args.responses.name}")
        report = feedback.import_responses_csv(
            programme, args.responses, answer_columns=args.answer_column
        )
    if args.json:
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"{args.responses.name}: {report.summary()}")
    print(f"Card codes read from the column '{report.code_column}'.")
    print("Columns, as read (only answers can be quoted in a pack):")
    for line in describe_columns(report.columns):
        print(f"  {line}")
    if report.blank_rows:
        print(f"{counted(report.blank_rows, 'blank row')} ignored.")
    for rejected in report.rejected:
        print(f"  rejected {rejected.as_text()}")
    return 0
