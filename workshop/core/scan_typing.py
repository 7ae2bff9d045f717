"""Typing in scanned paper beside its picture (`core.scans` keeps the pictures).

Typed words go in exactly as a paper answer typed from the card today
(`feedback.add_typed_response`), with the channel "post (scanned)"; "leave out of
publications" also records the facilitator's review decision, so no pack quotes them.
A form's ticked numbers go in through `monitoring.record_return`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workshop.core import feedback, feedback_codes, monitoring, paper_marks, privacy
from workshop.core.errors import ValidationError
from workshop.core.scans import (
    LEFT_OUT,
    STATUSES,
    TYPED,
    Matcher,
    parse_numbers,
)
from workshop.core.validation import require_choice

if TYPE_CHECKING:
    from workshop.core.store import Programme

CHANNEL = "post_scanned"


def transcribe(programme: Programme, crop_id: str, typed: str, leave_out: bool = False) -> str:
    """Type in what one crop says: a card's words as returned feedback ("post
    (scanned)"), a form's ticked numbers as its return. One undoable action; returns the
    id of the response or return."""
    crop = _crop(programme, crop_id)
    with programme.transaction():
        if crop["kind"] == paper_marks.CARD:
            response_id = feedback.add_typed_response(programme, crop["code"], typed, CHANNEL)
            if leave_out:
                words = " ".join((typed or "").split())
                row = programme.get("feedback_responses", response_id) or {}
                finding = privacy.Finding(
                    "feedback_responses", response_id, row.get("text", words), (), ""
                )
                privacy.save_review(programme, finding, privacy.LEAVE_OUT)
        else:
            response_id = monitoring.record_return(
                programme, crop["code"], parse_numbers(crop["kind"], typed)
            )
        programme.update(
            "scan_crops",
            crop_id,
            {"status": LEFT_OUT if leave_out else TYPED, "response_id": response_id},
        )
    return response_id


def set_status(programme: Programme, crop_id: str, status: str) -> None:
    """Mark a crop "can't read" or "blank" (or waiting again)."""
    require_choice(status, STATUSES)
    _crop(programme, crop_id)
    programme.update("scan_crops", crop_id, {"status": status})


def assign_code(programme: Programme, page_id: str, typed: str) -> str:
    """The facilitator typed the code of a page on which none could be read: the whole
        page becomes that card's or form's picture in the queue (unless the code has come back
    before: then it is kept as a duplicate, never counted). Returns the crop's id."""
    page = programme.get("scan_pages", page_id)
    if page is None:
        raise ValidationError("That scanned page is no longer in this programme.")
    matcher = Matcher(programme)
    match = matcher.match(typed)
    if match is None:
        problem = feedback_codes.code_problem(typed)
        if problem is not None:
            raise problem
        raise ValidationError(
            "Nothing with the code {code} was printed in this programme. Check the code.",
            code=feedback_codes.format_code(typed),
        )
    duplicate = matcher.already_back(match)
    with programme.transaction():
        crop_id = programme.insert(
            "scan_crops",
            {
                "page_id": page_id,
                "session_id": match.session_id,
                "code": match.code,
                "kind": match.kind,
                "picture": page["picture"],
                "duplicate": int(duplicate),
            },
        )
        programme.update("scan_pages", page_id, {"session_id": match.session_id})
    return crop_id


def _crop(programme: Programme, crop_id: str) -> dict[str, Any]:
    crop = programme.get("scan_crops", crop_id)
    if crop is None:
        raise ValidationError("That scanned card is no longer in this programme.")
    return crop
