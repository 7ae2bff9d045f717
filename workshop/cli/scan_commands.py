"""`workshop scan FILE SCANS...`: returned paper, matched by its printed code."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.cli.progress import terminal_progress
from workshop.cli.words import counted
from workshop.core import instance_lock
from workshop.core.feedback_codes import format_code
from workshop.core.store import Programme


def register(subparsers) -> None:
    scan = subparsers.add_parser(
        "scan",
        help="bring in scanned or photographed cards and forms, matched by their code",
        description=(
            "Read PDFs from a scanner and photos (JPEG, PNG) of returned feedback cards, "
            "monitoring forms and evaluation slips. Each printed code is read from its small "
            "QR mark, checked and matched to what this programme printed; the writing is "
            "cropped and kept, waiting to be typed in (File > Bring in scans in the app). "
            "A code that came back before is flagged and never counted twice; scanning the "
            "same file again adds nothing."
        ),
    )
    scan.add_argument("file", type=Path)
    scan.add_argument("scans", type=Path, nargs="+", help="PDF, JPEG or PNG files")
    scan.add_argument("--json", action="store_true", help="print the report as JSON")
    scan.set_defaults(handler=cmd_scan, inputs=("file",))


@instance_lock.guarded("scan")
def cmd_scan(args) -> int:
    from workshop.paperscan.engine import scan_files

    with terminal_progress() as progress, Programme.open(args.file) as programme:
        report = scan_files(programme, args.scans, progress)
    if args.json:
        data = report.as_dict()
        out = {k: data[k] for k in ("pages", "matched", "unmatched", "duplicates")}
        out.update(
            matched_list=data["matched_list"],
            unmatched_list=data["unmatched_list"],
            duplicates_list=data["duplicates_list"],
            skipped_pages=data["skipped_pages"],
            fronts=data["fronts"],
        )
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(
        f"{counted(report.pages, 'page')} read: {counted(len(report.matched), 'card or form', 'cards or forms')} "
        f"matched, {counted(len(report.unmatched), 'page')} with no code read, "
        f"{counted(len(report.duplicates), 'duplicate')}."
    )
    if report.skipped:
        print(f"{counted(report.skipped, 'page')} had been brought in before and added nothing.")
    for item in report.duplicates:
        print(
            f"  {format_code(item['code'])} ({item['file']}, page {item['page']}) came back "
            "before: not counted again."
        )
    for item in report.unmatched:
        print(
            f"  {item['file']}, page {item['page']}: no code could be read. Type its code in "
            "the app (File > Bring in scans)."
        )
    return 0
