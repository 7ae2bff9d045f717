"""handouts, ledger: the paper a facilitator packs for a session, and the money for finance."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workshop.core import instance_lock, ledger, monitoring, returns_csv
from workshop.core.errors import ValidationError
from workshop.core.files import write_atomically
from workshop.core.sessions import format_pounds
from workshop.core.store import Programme
from workshop.export.handouts import (
    PART_CHOICES,
    PART_KEYS,
    POSTER_SIZES,
    parse_parts,
    write_handouts,
)


def register(subparsers) -> None:
    handouts = subparsers.add_parser(
        "handouts",
        help="print a session's handouts: run sheet, poster, consent, sign-in, forms, receipts",
        description=(
            "Print the paper for one session, each part on its own pages: "
            + ", ".join(PART_KEYS)
            + ". Forms carry printed codes so a returned form is typed in once."
        ),
    )
    handouts.add_argument("file", type=Path)
    handouts.add_argument("--session", required=True, help="the session id")
    handouts.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    handouts.add_argument("--large-print", action="store_true", help="larger type throughout")
    handouts.add_argument(
        "--only",
        default="",
        help=f"print only these parts, comma-separated: {','.join(PART_CHOICES)}",
    )
    handouts.add_argument(
        "--poster-size",
        default="A4",
        type=str.upper,
        choices=POSTER_SIZES,
        help="paper for the expectations poster: A4 (default) or A3, its type scaled up",
    )
    handouts.add_argument(
        "--copies", type=int, default=None, help="how many of each form (default: people expected)"
    )
    handouts.set_defaults(handler=cmd_handouts, inputs=("file",), outputs=("output",))

    money = subparsers.add_parser(
        "ledger",
        help="write the money ledger as CSV: vouchers by serial, incentives, provisions",
        description=(
            "One line per voucher or payment receipt (issued or returned unused), per other "
            "incentive and per costed access provision; 'counted_pence' adds up to the total "
            "once, with nothing counted twice."
        ),
    )
    money.add_argument("file", type=Path)
    money.add_argument("-o", "--output", type=Path, required=True, help="the CSV to write")
    money.set_defaults(handler=cmd_ledger, inputs=("file",), outputs=("output",))

    online = subparsers.add_parser(
        "import-returns",
        help="bring in monitoring forms or evaluation slips filled in online (CSV)",
        description=(
            "Read an online form's CSV export as returns of one session: columns are matched "
            "to the questions by their headers and answers to the options, ignoring case. One "
            "answer that is not an option stops it and nothing is kept. Personal columns "
            "(names, emails, phones) are never stored. Importing the same file again adds "
            "nothing."
        ),
    )
    online.add_argument("file", type=Path)
    online.add_argument("csv", type=Path, help="the CSV exported from the online form")
    online.add_argument("--session", required=True, help="the session id")
    online.add_argument(
        "--kind",
        default="monitoring",
        choices=("monitoring", "evaluation"),
        help="monitoring forms (default) or evaluation slips",
    )
    online.set_defaults(handler=cmd_import_returns, inputs=("file", "csv"))


def _check_suffix(path: Path, suffix: str, example: str) -> None:
    if path.suffix.lower() != suffix:
        raise ValidationError(
            "{name} should end in {suffix}. Choose a name like {example}.",
            name=path.name,
            suffix=suffix,
            example=example,
        )


def cmd_handouts(args) -> int:
    _check_suffix(args.output, ".pdf", "handouts.pdf")
    parts = parse_parts(args.only)
    size = write_handouts(
        args.file,
        args.session,
        args.output,
        parts,
        args.large_print,
        args.copies,
        args.poster_size,
    )
    kind = "large-print " if args.large_print else ""
    print(f"Wrote {args.output}: {kind}handouts ({', '.join(parts)}), {size:,} bytes")
    return 0


def ledger_csv(programme: Programme) -> str:
    lines = ledger.ledger_lines(programme)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ledger.COLUMNS)
    for line in lines:
        writer.writerow(line.as_row())
    return buffer.getvalue()


def cmd_ledger(args) -> int:
    _check_suffix(args.output, ".csv", "ledger.csv")
    with Programme.open(args.file, read_only=True) as programme:
        text = ledger_csv(programme)
        total = ledger.total_pence(ledger.ledger_lines(programme))
    # With a byte-order mark, so a spreadsheet opens the £ signs right.
    write_atomically(args.output, ("\ufeff" + text).encode("utf-8"))
    print(f"Wrote {args.output}: total {format_pounds(total)}, each amount counted once")
    return 0


RETURN_KINDS = {"monitoring": monitoring.MONITORING, "evaluation": monitoring.EVALUATION}


@instance_lock.guarded("import-returns")
def cmd_import_returns(args) -> int:
    kind = RETURN_KINDS[args.kind]
    try:
        data = args.csv.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "Cannot read {name}: {problem}. Nothing was changed.",
            name=args.csv.name,
            problem=exc.strerror or str(exc),
        ) from None
    with Programme.open(args.file) as programme:
        plan = returns_csv.import_returns(programme, data, args.csv.name, args.session, kind)
    for line in plan.describe_columns():
        print(line)
    what = monitoring.KINDS[kind] + ("" if len(plan.rows) == 1 else "s")
    already = f"; {plan.already} brought in before, skipped" if plan.already else ""
    print(f"{len(plan.rows)} {what} brought in from {args.csv.name}{already}")
    return 0
