"""Paper that came back, scanned: which printed code each card or form carries, the
pictures of what was written, and typing the words in. Qt-free and image-free: the
pictures arrive as JPEG bytes from `workshop.paperscan`, which does the image work.

A code is matched against what this programme printed (feedback cards; monitoring forms
and evaluation slips by their form codes). A code that has already come back (typed in
before, or found on an earlier scan) is kept but flagged as a duplicate and never counted
twice; a file scanned again adds nothing (pages are keyed by the file's SHA-256 and the
page number).

Typing them in is `core.scan_typing` (kept apart: it reaches the privacy review, which
the table rules listed here must not import).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workshop.core import feedback_codes, monitoring, paper_marks
from workshop.core.errors import ValidationError
from workshop.core.validation import require_choice
from workshop.core.vocab import Choice, Vocabulary

if TYPE_CHECKING:
    from workshop.core.store import Programme

WAITING = "waiting"
TYPED = "typed"
UNREADABLE = "unreadable"
BLANK = "blank"
LEFT_OUT = "left_out"
STATUSES = Vocabulary(
    "state of a scanned card",
    [
        Choice(WAITING, "Waiting", "Not typed in yet."),
        Choice(TYPED, "Typed", "The words are in, as returned feedback."),
        Choice(UNREADABLE, "Can't read", "The handwriting could not be read."),
        Choice(BLANK, "Blank", "Nothing was written."),
        Choice(LEFT_OUT, "Left out of publications", "Typed in, never quoted in a pack."),
    ],
)
KIND_OF_FORM = {
    monitoring.MONITORING: paper_marks.MONITORING,
    monitoring.EVALUATION: paper_marks.EVALUATION,
}


@dataclass(frozen=True)
class Match:
    """What a printed code is in this programme."""

    code: str
    kind: str  # paper_marks.CARD, MONITORING or EVALUATION
    session_id: str
    layout: str = "a4_sheet"  # for a card: how it was printed
    large_print: bool = False

    def area(self) -> paper_marks.Area:
        if self.kind == paper_marks.CARD:
            return paper_marks.card_back_area(self.layout, self.large_print)
        return paper_marks.form_area(self.kind)


class Matcher:
    """Matches codes against what the programme printed, reading the cards once."""

    def __init__(self, programme: Programme):
        self.programme = programme
        batches = {b["id"]: b for b in programme.rows("feedback_batches")}
        self.cards: dict[str, Match] = {}
        for card in programme.rows("feedback_cards"):
            batch = batches.get(card["batch_id"]) or {}
            self.cards[card["code"]] = Match(
                card["code"],
                paper_marks.CARD,
                card["session_id"],
                batch.get("layout") or "a4_sheet",
                bool(batch.get("large_print")),
            )
        self._card_ids = {c["code"]: c["id"] for c in programme.rows("feedback_cards")}

    def match(self, text: str) -> Match | None:
        """The printed card or form `text` (a mark's contents, or a typed code) stands
        for, or None. The check character is verified first."""
        code = feedback_codes.normalise(text)
        if not feedback_codes.is_valid(code):
            return None
        if code in self.cards:
            return self.cards[code]
        if code[0] in monitoring.KINDS:
            try:
                kind, session_id, code = monitoring.session_for_code(self.programme, code)
            except ValidationError:
                return None
            return Match(code, KIND_OF_FORM[kind], session_id)
        return None

    def already_back(self, match: Match) -> bool:
        """Has this card or form come back before (typed in, or on an earlier scan)?"""
        db = self.programme.db
        if db["scan_crops"].count_where("code = ? AND duplicate = 0", [match.code]):
            return True
        if match.kind == paper_marks.CARD:
            card_id = self._card_ids.get(match.code)
            return bool(db["feedback_responses"].count_where("card_id = ?", [card_id]))
        table = monitoring.TABLES[match.code[0]]
        return bool(db[table].count_where("form_code = ?", [match.code]))


@dataclass
class FoundCode:
    """One mark read on a page: its match and the straightened crop (JPEG bytes)."""

    match: Match
    picture: bytes


@dataclass
class ScannedPage:
    number: int  # from 1
    found: list[FoundCode] = field(default_factory=list)
    picture: bytes = b""  # the whole page (JPEG), kept only when nothing matched on it
    unreadable_marks: int = 0  # marks seen whose code did not check out or was not ours
    fronts: int = 0  # card fronts (their QR code opens the web page): nothing written


@dataclass
class ScanReport:
    pages: int = 0
    skipped: int = 0  # pages of a file scanned before
    fronts: int = 0  # pages of card fronts only (nothing written on them)
    matched: list[dict[str, Any]] = field(default_factory=list)
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "matched": len(self.matched),
            "unmatched": len(self.unmatched),
            "duplicates": len(self.duplicates),
            "skipped_pages": self.skipped,
            "fronts": self.fronts,
            "matched_list": self.matched,
            "unmatched_list": self.unmatched,
            "duplicates_list": self.duplicates,
        }


def encode_picture(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def decode_picture(text: str | None) -> bytes:
    return base64.b64decode(text) if text else b""


def pages_scanned(programme: Programme, digest: str) -> set[int]:
    return {
        n
        for (n,) in programme.db.execute(
            "SELECT page_number FROM scan_pages WHERE source_digest = ?", [digest]
        )
    }


def keep_pages(
    programme: Programme,
    matcher: Matcher,
    digest: str,
    source_name: str,
    pages: list[ScannedPage],
    report: ScanReport,
) -> None:
    """Keep the pages of one file not kept before, in one transaction."""
    done = pages_scanned(programme, digest)
    # A page with no readable code most likely belongs with the rest of its file.
    sessions = [f.match.session_id for p in pages for f in p.found]
    file_session = max(set(sessions), key=sessions.count) if sessions else None
    with programme.transaction():
        for page in pages:
            report.pages += 1
            if page.number in done:
                report.skipped += 1
                continue
            session_id = page.found[0].match.session_id if page.found else file_session
            page_id = programme.insert(
                "scan_pages",
                {
                    "session_id": session_id,
                    "source_digest": digest,
                    "source_name": source_name,
                    "page_number": page.number,
                    # None on a page of card fronts too: nothing to type its code from.
                    "picture": encode_picture(page.picture)
                    if page.picture and not page.found
                    else None,
                },
            )
            where = {"file": source_name, "page": page.number}
            if not page.found and page.fronts:
                report.fronts += 1
            elif not page.found:
                report.unmatched.append({**where, "page_id": page_id})
            for found in page.found:
                duplicate = matcher.already_back(found.match)
                crop_id = programme.insert(
                    "scan_crops",
                    {
                        "page_id": page_id,
                        "session_id": found.match.session_id,
                        "code": found.match.code,
                        "kind": found.match.kind,
                        "picture": encode_picture(found.picture),
                        "duplicate": int(duplicate),
                    },
                )
                item = {**where, "code": found.match.code, "kind": found.match.kind}
                (report.duplicates if duplicate else report.matched).append(
                    {**item, "crop_id": crop_id}
                )


def queue(programme: Programme) -> list[dict[str, Any]]:
    """Crops waiting to be typed, oldest scan first (duplicates are not asked for)."""
    return programme.rows(
        "scan_crops", "status = ? AND duplicate = 0", [WAITING], order_by="created_at, rowid"
    )


def waiting_count(programme: Programme) -> int:
    """How many crops and code-less pages are waiting to be typed in: `queue` and
    `unmatched_pages` counted without reading their pictures (asked each time the File menu
    opens)."""
    crops = programme.conn.execute(
        "SELECT count(*) FROM scan_crops WHERE status = ? AND duplicate = 0", [WAITING]
    ).fetchone()[0]
    pages = programme.conn.execute(
        "SELECT count(*) FROM scan_pages"
        " WHERE picture IS NOT NULL AND id NOT IN (SELECT page_id FROM scan_crops)"
    ).fetchone()[0]
    return crops + pages


def unmatched_pages(programme: Programme) -> list[dict[str, Any]]:
    """Pages on which no printed code was read and none has been typed yet."""
    return programme.rows(
        "scan_pages",
        "picture IS NOT NULL AND id NOT IN (SELECT page_id FROM scan_crops)",
        [],
        order_by="created_at, rowid",
    )


def parse_numbers(kind: str, typed: str) -> dict[str, Any]:
    """A form's ticked options typed as numbers in question order ('3 2 - 1'; '-' for a
    question left blank); an evaluation slip's words follow the numbers."""
    questions = monitoring.QUESTIONS[{v: k for k, v in KIND_OF_FORM.items()}[kind]]
    parts = (typed or "").split()
    answers: dict[str, Any] = {}
    for question in questions:
        if not parts:
            break
        word = parts.pop(0)
        if word in ("-", "–"):
            answers[question.key] = None
            continue
        if not word.isdigit():
            raise ValidationError(
                "Type the number ticked for each question, in order, a space between "
                "('-' for none); '{word}' is not a number.",
                word=word,
            )
        answers[question.key] = int(word)
    if kind == paper_marks.EVALUATION and parts:
        answers["better"] = " ".join(parts)
    elif parts:
        raise ValidationError(
            "This form has {count} questions; more numbers were typed.", count=len(questions)
        )
    return answers


# ----- rules -----------------------------------------------------------------------------


def scan_page_rule(row: dict[str, Any], programme: Programme) -> None:
    if not isinstance(row.get("page_number"), int) or row["page_number"] < 1:
        raise ValidationError("A scanned page needs its page number (1 or more).")


def scan_crop_rule(row: dict[str, Any], programme: Programme) -> None:
    require_choice(row["status"], STATUSES)
    if row["kind"] not in paper_marks.KINDS:
        raise ValidationError("'{kind}' is not a kind of returned paper.", kind=row["kind"])
    if not feedback_codes.is_valid(row["code"]):
        raise ValidationError("'{code}' is not a printed code.", code=row["code"])
