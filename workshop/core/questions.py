"""The question wall: questions residents ask, kept in their own words (GMCA 9e, 13c).

A question is answered there and then (the answer given is written down), or parked
with an owner and a date by which a written answer is due. "Still owed" lists the
parked ones (and any not dealt with yet), so nothing asked is forgotten.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from workshop.core import languages
from workshop.core.clock import long_date
from workshop.core.validation import (
    ValidationError,
    parse_date,
    require_choice,
    require_text,
)
from workshop.core.vocab import Choice, Vocabulary

if TYPE_CHECKING:
    from workshop.core.store import Programme

STATUSES = Vocabulary(
    "question status",
    [
        Choice("open", "Not answered yet", "Asked, but not answered or parked yet."),
        Choice("answered", "Answered on the day", "Answered there and then; the answer is kept."),
        Choice("owed", "Written answer owed", "Parked with an owner and a date it is due."),
        Choice("sent", "Written answer sent", "The written answer has gone out."),
    ],
)
STILL_OWED = ("open", "owed")


def question_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["text"], "question")
    languages.require_language(row)
    require_choice(row["status"], STATUSES)
    due = parse_date(row["due"], "date the answer is due")
    parse_date(row["answered_on"], "date it was answered")
    if row["status"] in ("answered", "sent") and not row["answer"].strip():
        raise ValidationError("Write down the answer that was given, so it can be shared later.")
    if row["status"] == "owed":
        if not row["owner"].strip():
            raise ValidationError(
                "A parked question needs an owner: the person or team who will answer it."
            )
        if due is None:
            raise ValidationError(
                "A parked question needs a date the written answer is due. Use the form 2027-03-14."
            )


def add(programme: Programme, session_id: str, text: str, asked_by: str = "", **values) -> str:
    position = programme.db["questions"].count_where("session_id = ?", [session_id])
    return programme.insert(
        "questions",
        {
            "session_id": session_id,
            "text": text.strip(),
            "asked_by": asked_by.strip(),
            "position": position,
            # Proposed from the letters unless the facilitator chose one.
            "language": languages.propose(text),
            **values,
        },
    )


def answer_now(programme: Programme, question_id: str, answer: str, on: str = "") -> None:
    programme.update(
        "questions",
        question_id,
        {
            "status": "answered",
            "answer": answer.strip(),
            "answered_on": on or date.today().isoformat(),
        },
    )


def park(programme: Programme, question_id: str, owner: str, due: str) -> None:
    programme.update(
        "questions", question_id, {"status": "owed", "owner": owner.strip(), "due": due.strip()}
    )


def send_written_answer(programme: Programme, question_id: str, answer: str, on: str = "") -> None:
    programme.update(
        "questions",
        question_id,
        {"status": "sent", "answer": answer.strip(), "answered_on": on or date.today().isoformat()},
    )


def for_session(
    programme: Programme, session_id: str, still_owed_only: bool = False
) -> list[dict[str, Any]]:
    where = "session_id = ?"
    if still_owed_only:
        where += f" AND status IN ({', '.join('?' * len(STILL_OWED))})"
    return programme.rows(
        "questions",
        where,
        [session_id, *(STILL_OWED if still_owed_only else ())],
        order_by="position, created_at",
    )


def still_owed(programme: Programme) -> list[dict[str, Any]]:
    """Every question across the programme still waiting for an answer, soonest due first."""
    return programme.rows(
        "questions",
        f"status IN ({', '.join('?' * len(STILL_OWED))})",
        list(STILL_OWED),
        order_by="due = '', due, created_at",
    )


def is_overdue(row: dict[str, Any], today: date | None = None) -> bool:
    if row["status"] not in STILL_OWED or not row["due"]:
        return False
    return date.fromisoformat(row["due"]) < (today or date.today())


# How an owed question stands: %1 the status label, %2 the owner, %3 the due date. The UI
# translates these (and the STATUSES labels) in the shared context; see workshop.i18n.
STATUS_TEXT_LABELS: dict[str, str] = {
    "owed": "%1: %2 by %3",
    "overdue": "%1: %2 by %3 (overdue)",
}


def status_parts(row: dict[str, Any], today: date | None = None) -> tuple[str, str]:
    """(English template, English status label) for `status_text`: the template is "%1"
    or one of STATUS_TEXT_LABELS, so a screen can translate both and fill in the rest."""
    label = STATUSES.label(row["status"])
    if row["status"] == "owed":
        return STATUS_TEXT_LABELS["overdue" if is_overdue(row, today) else "owed"], label
    return "%1", label


def status_text(row: dict[str, Any], today: date | None = None) -> str:
    """How a question stands, in words (never colour alone)."""
    template, label = status_parts(row, today)
    pieces = [label, row.get("owner") or "", long_date(row.get("due") or "")]
    return re.sub(r"%([1-3])", lambda m: pieces[int(m.group(1)) - 1], template)
