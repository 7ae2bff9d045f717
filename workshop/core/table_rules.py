"""Which rule guards each table: every row is checked against its table's rule before it
is written (by `Programme.insert` and `update`, by merge and by record import).

The rules live beside the features that own the tables; this module only lists them, so
the whole set exists as soon as the first row is checked and a missing one fails loudly.
The store imports it with the first write, not when a file is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from workshop.core import (
    agenda,
    boards,
    card_responses,
    decks,
    feedback,
    glossary,
    monitoring,
    points,
    questions,
    scans,
    text_limits,
    validation,
)
from workshop.core.validation import Rule

if TYPE_CHECKING:
    from workshop.core.store import Programme

RULES: dict[str, Rule] = {
    # the foundation
    "programme": validation.programme_rule,
    "sessions": validation.session_rule,
    "access_provisions": validation.provision_rule,
    "access_requests": validation.request_rule,
    "incentives": validation.incentive_rule,
    "reach": validation.reach_rule,
    "participants": validation.participant_rule,
    # agendas and boards
    "exercises": agenda.exercise_rule,
    "board_columns": boards.column_rule,
    "board_clusters": boards.cluster_rule,
    "board_notes": boards.note_rule,
    # scenario cards, the glossary and the question wall
    "decks": decks.deck_rule,
    "cards": decks.card_rule,
    "glossary": glossary.glossary_rule,
    "card_responses": card_responses.card_response_rule,
    "questions": questions.question_rule,
    # feedback cards and what comes back
    "feedback_batches": feedback.batch_rule,
    "feedback_cards": feedback.feedback_card_rule,
    "feedback_responses": feedback.feedback_response_rule,
    # points raised and their responses
    "points": points.point_rule,
    "point_sources": points.point_source_rule,
    "point_status_history": points.point_status_history_rule,
    # anonymous returns typed in from paper (never linked to people or their words)
    "monitoring_returns": monitoring.monitoring_return_rule,
    "evaluation_returns": monitoring.evaluation_return_rule,
    # scanned paper that came back, waiting to be typed in
    "scan_pages": scans.scan_page_rule,
    "scan_crops": scans.scan_crop_rule,
}


def validate(table: str, row: dict[str, Any], programme: Programme) -> None:
    """Raise ValidationError when `row` (the whole row, as it would be stored) must not be
    written to `table`. A table with no rule takes any row its columns allow."""
    text_limits.check_lengths(table, row)
    rule = RULES.get(table)
    if rule is not None:
        rule(row, programme)
