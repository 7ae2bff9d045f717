"""Feedback cards and what comes back on them (values 10d, 11, 12a).

A facilitator prints numbered cards for a session; each card has a unique code. People
answer online (the form's export is imported as CSV), on paper, by phone or by text; the
facilitator types the paper, phone and text returns in. Every response is attached to
its card and session, and nothing is added twice or guessed silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop.core import feedback_codes as codes
from workshop.core import languages
from workshop.core.clock import utc_now
from workshop.core.errors import ValidationError
from workshop.core.feedback_csv import (
    ANSWER,
    PERSONAL,
    WHEN,
    FeedbackImportError,
    cell,
    choose_columns,
    classify_columns,
    clean,
    code_in_cell,
    day_first_dates,
    header_key,
    parse_when,
    read_table,
    response_text,
)
from workshop.core.validation import require_choice, require_whole_number
from workshop.core.vocab import Choice, Vocabulary

if TYPE_CHECKING:
    from workshop.core.store import Programme

CHANNELS = Vocabulary(
    "way of answering",
    [
        Choice("online", "Online", "Answered on the feedback web page (imported from its export)."),
        Choice("paper", "Paper", "Wrote on the back of the card and handed or posted it back."),
        Choice("phone", "Phone", "Rang the feedback number; the words were typed in."),
        Choice("text", "Text message", "Sent a text message with the card code."),
        Choice(
            "post_scanned",
            "Post (scanned)",
            "Wrote on the back of the card; the card was scanned and the words typed beside its picture.",
        ),
    ],
)

LAYOUTS = Vocabulary(
    "card layout",
    [
        Choice(
            "a4_sheet",
            "A4 sheets, cut into cards",
            "4 cards a sheet, each about A6 (2 in large print).",
        ),
        Choice("a6", "A6 single cards", "One card a page (A5 in large print, so the text fits)."),
    ],
)

DEFAULT_QUESTION = (
    "Now you have had time to think: what should we know, or do differently, "
    "before anything is decided?"
)
MAX_CARDS_AT_ONCE = 2000


# ----- printing cards ------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedCard:
    serial: int
    code: str


@dataclass
class CardPlan:
    """Cards about to be printed: codes chosen, nothing recorded yet (so a preview costs
    nothing). `record_cards` keeps them once they are printed or saved."""

    session_id: str
    cards: list[PlannedCard]
    question: str = DEFAULT_QUESTION
    layout: str = "a4_sheet"
    large_print: bool = False
    printed_at: str = ""


def card_url(template: str, code: str) -> str:
    return template.replace("{code}", code)


def require_card_settings(programme_row: dict[str, Any]) -> None:
    template = programme_row.get("feedback_url_template") or ""
    if "{code}" not in template:
        raise ValidationError(
            "Set the programme's feedback address first, with {code} where each card's "
            "code goes, for example https://example.gov.uk/have-your-say?card={code}."
        )


def next_serial(programme: Programme, session_id: str) -> int:
    row = programme.db.execute(
        "SELECT COALESCE(MAX(serial), 0) FROM feedback_cards WHERE session_id = ?", [session_id]
    ).fetchone()
    return row[0] + 1


def plan_cards(
    programme: Programme,
    session_id: str,
    count: int,
    *,
    question: str | None = None,
    layout: str = "a4_sheet",
    large_print: bool = False,
    rng: random.Random | None = None,
) -> CardPlan:
    """Choose codes for `count` new cards, numbered on from any printed before."""
    if programme.get("sessions", session_id) is None:
        raise ValidationError(
            "There is no session with id {session_id}. Run 'workshop sessions FILE' to see them.",
            session_id=session_id,
        )
    require_card_settings(programme.programme())
    require_choice(layout, LAYOUTS)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_CARDS_AT_ONCE:
        raise ValidationError(
            "The number of cards must be between 1 and {most}. Choose how many to print.",
            most=MAX_CARDS_AT_ONCE,
        )
    taken = {row[0] for row in programme.db.execute("SELECT code FROM feedback_cards")}
    first = next_serial(programme, session_id)
    cards = []
    while len(cards) < count:
        code = codes.new_code(rng)
        if code in taken:
            continue
        taken.add(code)
        cards.append(PlannedCard(first + len(cards), code))
    return CardPlan(
        session_id=session_id,
        cards=cards,
        question=(question or "").strip() or DEFAULT_QUESTION,
        layout=layout,
        large_print=large_print,
    )


def record_cards(programme: Programme, plan: CardPlan, printed_at: str | None = None) -> str:
    """Keep a printed batch, so its codes are known when answers come back and are never
    printed again. Refused (nothing kept) if another print took these numbers meanwhile."""
    when = printed_at or utc_now()
    plan.printed_at = when
    if plan.cards and plan.cards[0].serial != next_serial(programme, plan.session_id):
        raise ValidationError(
            "Cards were printed for this session since this preview was made. "
            "Make the preview again so the numbers carry on from the last card."
        )
    with programme.transaction():
        batch_id = programme.insert(
            "feedback_batches",
            {
                "session_id": plan.session_id,
                "printed_at": when,
                "first_serial": plan.cards[0].serial if plan.cards else 0,
                "card_count": len(plan.cards),
                "layout": plan.layout,
                "large_print": int(plan.large_print),
                "question": plan.question,
            },
        )
        for card in plan.cards:
            programme.insert(
                "feedback_cards",
                {
                    "session_id": plan.session_id,
                    "batch_id": batch_id,
                    "code": card.code,
                    "serial": card.serial,
                    "printed_at": when,
                },
            )
    return batch_id


NOT_PRINTED = "not printed"


def keep_then_write(programme: Programme, plan: CardPlan, write: Callable[[], object]) -> str:
    """Keep the batch's codes (committed) and only then write or print the cards. If the
    commit fails nothing is written, so no card exists whose code the file does not know.
    If writing fails the batch is marked 'not printed': its codes and numbers are still
    never used again. Returns the batch id; the writing error is raised again."""
    batch_id = record_cards(programme, plan)
    try:
        write()
    except BaseException:
        # The write failed; its error is what the facilitator needs to see.
        with contextlib.suppress(Exception):
            mark_not_printed(programme, batch_id)
        raise
    return batch_id


def mark_not_printed(programme: Programme, batch_id: str) -> None:
    """A batch whose cards never reached paper or a file (its codes stay taken)."""
    programme.update("feedback_batches", batch_id, {"print_status": NOT_PRINTED})


def cards_for_session(programme: Programme, session_id: str) -> list[dict[str, Any]]:
    return programme.rows("feedback_cards", "session_id = ?", [session_id], order_by="serial")


def batches_for_session(programme: Programme, session_id: str) -> list[dict[str, Any]]:
    return programme.rows(
        "feedback_batches", "session_id = ?", [session_id], order_by="first_serial"
    )


def issued_cards(programme: Programme) -> dict[str, dict[str, Any]]:
    """Every printed card in the programme, by code."""
    return {row["code"]: row for row in programme.rows("feedback_cards")}


# ----- responses typed in (paper, phone, text) -----------------------------------------


@dataclass
class CodeCheck:
    ok: bool
    code: str
    message: str  # in English; a screen shows `problem` translated, or its own words
    card: dict[str, Any] | None = None
    nearest: str | None = None
    problem: ValidationError | None = None  # why the code was not accepted


def check_code(programme: Programme, typed: str) -> CodeCheck:
    """Is `typed` a card printed in this programme? Says why not, and the nearest printed
    code when one is close (a suggestion only)."""
    code = codes.normalise(typed)
    problem = codes.code_problem(typed)
    found = [] if problem else programme.rows("feedback_cards", "code = ?", [code])
    if found:
        row = found[0]
        session = programme.get("sessions", row["session_id"]) or {}
        return CodeCheck(
            True, code, f"Card {row['serial']} for {session.get('title', 'a session')}.", row
        )
    if problem is None:
        problem = ValidationError("No card with this code was printed in this programme.")
    nearest = None
    if len(code) >= codes.CODE_LENGTH - 1:
        nearest = codes.nearest_valid_code(code, issued_cards(programme))
    if nearest:
        problem = ValidationError(
            "{problem} Did you mean {nearest}? Check the card.",
            problem=problem,
            nearest=codes.format_code(nearest),
        )
    return CodeCheck(False, code, str(problem), None, nearest, problem)


def dedupe_key(kind: str, code: str, content: str) -> str:
    return hashlib.sha256(f"{kind}\n{code}\n{content}".encode()).hexdigest()


def add_typed_response(
    programme: Programme,
    typed_code: str,
    text: str,
    channel: str,
    received_at: str = "",
) -> str:
    """A paper, phone or text return typed in by the facilitator. One undoable action."""
    require_choice(channel, CHANNELS)
    check = check_code(programme, typed_code)
    if not check.ok or check.card is None:
        raise check.problem or ValidationError("That card code was not accepted.")
    words = (text or "").strip()
    if not words:
        raise ValidationError("Type the words from the card (or what was said) before adding it.")
    received = date.today().isoformat()
    if (received_at or "").strip():
        parsed = parse_when(received_at, day_first=True, allow_serial=False)
        if parsed is None:
            raise ValidationError(
                "The date received '{received_at}' is not a date. "
                "Type it like 2027-02-14 or 14/02/2027.",
                received_at=received_at.strip(),
            )
        received = parsed[:10] if parsed.endswith("T00:00:00") else parsed
    key = dedupe_key("typed", check.code, " ".join(words.split()).casefold())
    if programme.db["feedback_responses"].count_where("dedupe_key = ?", [key]):
        raise ValidationError(
            "These words from card {code} are already recorded.", code=codes.format_code(check.code)
        )
    return programme.insert(
        "feedback_responses",
        {
            "session_id": check.card["session_id"],
            "card_id": check.card["id"],
            "channel": channel,
            "received_at": received,
            "text": words,
            "language": languages.propose(words),
            "source": "typed in",
            "dedupe_key": key,
        },
    )


# ----- responses imported from an online form's CSV ------------------------------------


@dataclass(frozen=True)
class RejectedRow:
    row: int  # as a spreadsheet numbers it: the header is row 1
    reason: str
    typed: str = ""
    nearest: str | None = None

    def as_text(self) -> str:
        text = f"row {self.row}: {self.reason}"
        if self.nearest:
            text += f" The nearest printed code is {codes.format_code(self.nearest)}."
        return text


@dataclass
class ImportReport:
    source: str
    code_column: str = ""
    date_column: str | None = None
    added: int = 0
    duplicates: int = 0
    blank_rows: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    response_ids: list[str] = field(default_factory=list)
    # Each column's role (answer, code, when, personal, ignore), as used for this import.
    columns: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "code_column": self.code_column,
            "date_column": self.date_column,
            "columns": self.columns,
            "added": self.added,
            "skipped_duplicates": self.duplicates,
            "blank_rows": self.blank_rows,
            "rejected": [
                {"row": r.row, "reason": r.reason, "typed": r.typed, "nearest_code": r.nearest}
                for r in self.rejected
            ],
        }

    def summary(self) -> str:
        return (
            f"{self.added} added, {self.duplicates} skipped as already imported, "
            f"{len(self.rejected)} rejected."
        )


def import_responses_csv(
    programme: Programme,
    path: Path | str,
    channel: str = "online",
    *,
    answer_columns: list[str] | None = None,
    roles: dict[str, str] | None = None,
) -> ImportReport:
    """Bring in an online form's export. All or nothing for the file as a whole: a file
    that cannot be read raises FeedbackImportError and changes nothing; rows that can be
    read but not matched to a printed card are listed in the report, never guessed."""
    return import_responses_data(
        programme,
        read_responses_file(path),
        Path(path).name,
        channel,
        answer_columns=answer_columns,
        roles=roles,
    )


def read_responses_file(path: Path | str) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FeedbackImportError(
            "Could not read {file}: {reason}. Check the file name and try again.",
            file=path.name,
            reason=exc.strerror,
        ) from exc


def remembered_columns(programme: Programme, header: list[str]) -> dict[str, str]:
    """How this form's columns were classified when it was last imported, if ever."""
    if "feedback_forms" not in programme.db.table_names():
        return {}
    found = programme.rows("feedback_forms", "header_key = ?", [header_key(header)])
    if not found:
        return {}
    try:
        roles = json.loads(found[0]["columns_json"] or "{}")
    except ValueError:
        return {}
    return roles if isinstance(roles, dict) else {}


def column_roles(
    programme: Programme,
    data: bytes,
    source: str,
    *,
    answer_columns: list[str] | None = None,
    roles: dict[str, str] | None = None,
) -> dict[str, str]:
    """How the columns of a form's export would be read (nothing is written): remembered
    for a form imported before, otherwise worked out from the headers and values. The
    screen shows this for the facilitator to confirm or change (`roles`)."""
    header, records = read_table(data, source)
    template = programme.programme().get("feedback_url_template") or ""
    found = classify_columns(
        header, records, template, source, {**remembered_columns(programme, header)}
    )
    if roles:
        found.update({k: v for k, v in roles.items() if k in found})
    return choose_columns(found, source, answer_columns)


def _remember_columns(programme: Programme, header: list[str], roles: dict[str, str]) -> None:
    if "feedback_forms" not in programme.db.table_names():
        return
    key = header_key(header)
    columns = json.dumps(roles, ensure_ascii=False)
    found = programme.rows("feedback_forms", "header_key = ?", [key])
    if not found:
        programme.insert(
            "feedback_forms",
            {
                "header_key": key,
                "header_json": json.dumps(header, ensure_ascii=False),
                "columns_json": columns,
            },
        )
    elif found[0]["columns_json"] != columns:
        programme.update("feedback_forms", found[0]["id"], {"columns_json": columns})


def import_responses_data(
    programme: Programme,
    data: bytes,
    source: str,
    channel: str = "online",
    *,
    answer_columns: list[str] | None = None,
    roles: dict[str, str] | None = None,
) -> ImportReport:
    require_choice(channel, CHANNELS)
    header, records = read_table(data, source)
    template = programme.programme().get("feedback_url_template") or ""
    issued = issued_cards(programme)
    columns = column_roles(programme, data, source, answer_columns=answer_columns, roles=roles)
    code_col = header.index(next(k for k, v in columns.items() if v == "code"))
    when = [k for k, v in columns.items() if v == WHEN]
    date_col = header.index(when[0]) if when else None
    day_first = day_first_dates(records, date_col) if date_col is not None else True
    # Every column with a value, as before: the key that stops a row coming in twice.
    kept = [
        i
        for i in range(len(header))
        if i != code_col and any(cell(r, i).strip() for _, r in records)
    ]
    published = [i for i in range(len(header)) if columns[header[i]] == ANSWER]
    personal = [i for i in range(len(header)) if columns[header[i]] == PERSONAL]
    known_keys = {
        row[0] for row in programme.db.execute("SELECT dedupe_key FROM feedback_responses")
    }
    report = ImportReport(
        source, header[code_col], header[date_col] if date_col is not None else None
    )
    report.columns = columns
    has_personal = "personal_json" in programme.db["feedback_responses"].columns_dict
    to_add: list[dict[str, Any]] = []
    for number, record in records:
        if not any(cell.strip() for cell in record):
            report.blank_rows += 1
            continue
        raw = cell(record, code_col).strip()
        code = code_in_cell(raw, template)
        answers = {header[i]: clean(cell(record, i)) for i in kept}
        if not code:
            report.rejected.append(RejectedRow(number, "There is no card code in this row.", raw))
            continue
        if code not in issued:
            problem = codes.problem_with(code)
            reason = (
                f"'{raw}' is not a valid card code ({problem.rstrip('.')})."
                if problem
                else f"No card with code {codes.format_code(code)} was printed in this programme."
            )
            nearest = codes.nearest_valid_code(code, issued)
            report.rejected.append(RejectedRow(number, reason, raw, nearest))
            continue
        words = {header[i]: clean(cell(record, i)) for i in published}
        text = response_text(words, None)
        if not text:
            report.rejected.append(
                RejectedRow(
                    number, f"Card {codes.format_code(code)} came back with no answer.", raw
                )
            )
            continue
        key = dedupe_key("csv", code, json.dumps(answers, sort_keys=True, ensure_ascii=False))
        if key in known_keys:
            report.duplicates += 1
            continue
        known_keys.add(key)
        card = issued[code]
        received = ""
        if date_col is not None:
            received = parse_when(cell(record, date_col), day_first) or ""
            words[header[date_col]] = clean(cell(record, date_col))
        values = {
            "session_id": card["session_id"],
            "card_id": card["id"],
            "channel": channel,
            "received_at": received,
            "text": text,
            "language": languages.propose(text),
            "answers_json": json.dumps(words, ensure_ascii=False),
            "source": source,
            "dedupe_key": key,
        }
        if has_personal:
            private = {header[i]: clean(cell(record, i)) for i in personal}
            values["personal_json"] = json.dumps(
                {k: v for k, v in private.items() if v}, ensure_ascii=False
            )
        to_add.append(values)
    with programme.transaction():
        for values in to_add:
            report.response_ids.append(programme.insert("feedback_responses", values))
        _remember_columns(programme, header, columns)
    report.added = len(to_add)
    return report


# ----- reading back ----------------------------------------------------------------------


def responses_for_session(
    programme: Programme, session_id: str, channel: str | None = None
) -> list[dict[str, Any]]:
    """Returned feedback with its card's code and number, oldest first."""
    sql = (
        "SELECT r.*, c.code AS card_code, c.serial AS card_serial "
        "FROM feedback_responses r LEFT JOIN feedback_cards c ON c.id = r.card_id "
        "WHERE r.session_id = ?"
    )
    params: list[Any] = [session_id]
    if channel:
        sql += " AND r.channel = ?"
        params.append(channel)
    sql += " ORDER BY r.received_at, r.created_at"
    cursor = programme.db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def channel_counts(programme: Programme, session_id: str) -> dict[str, int]:
    counts = dict.fromkeys(CHANNELS.keys(), 0)
    for channel, n in programme.db.execute(
        "SELECT channel, COUNT(*) FROM feedback_responses WHERE session_id = ? GROUP BY channel",
        [session_id],
    ):
        counts[channel] = n
    return counts


# ----- rules -----------------------------------------------------------------------------


def batch_rule(row: dict[str, Any], programme: Programme) -> None:
    require_choice(row["layout"], LAYOUTS)
    require_whole_number(row["card_count"], "number of cards")


def feedback_card_rule(row: dict[str, Any], programme: Programme) -> None:
    if not codes.is_valid(row["code"]):
        raise ValidationError(
            "'{code}' is not a valid card code. Print new cards instead.", code=row["code"]
        )
    require_whole_number(row["serial"], "card number")


def feedback_response_rule(row: dict[str, Any], programme: Programme) -> None:
    require_choice(row["channel"], CHANNELS)
    languages.require_language(row)
    if not (row.get("text") or "").strip():
        raise ValidationError("A returned response needs some words. Type what the card says.")
