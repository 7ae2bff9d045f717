"""Rules a row must meet before it is saved. A broken rule raises ValidationError with a
message that says what was wrong and what to do; nothing is written.

Here: the small checks many tables share, and the rules for the foundation's tables.
Each feature writes the rules for its own tables beside its code; `table_rules` lists
which rule guards which table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from workshop.core import languages, vocab
from workshop.core.errors import Label, ValidationError

if TYPE_CHECKING:
    from workshop.core.store import Programme

# A rule looks at the whole row as it would be stored (and the programme, for rows it
# refers to) and raises ValidationError when the row must not be saved.
Rule = Callable[[dict[str, Any], "Programme"], None]


# ----- small checks shared by many tables ---------------------------------------------


def require_choice(value: Any, vocabulary: vocab.Vocabulary) -> None:
    if value not in vocabulary:
        options = ", ".join(c.label for c in vocabulary)
        raise ValidationError(
            "'{value}' is not a known {what}. Choose one of: {options}.",
            value=value,
            what=Label(vocabulary.name),
            options=options,
        )


def require_whole_number(value: Any, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("The {what} must be a whole number.", what=Label(what))
    if value < 0:
        raise ValidationError("The {what} cannot be negative. Enter 0 or more.", what=Label(what))


def require_text(value: Any, what: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("The {what} cannot be empty. Type a few words.", what=Label(what))


def parse_local_datetime(value: str, what: str) -> datetime | None:
    """Session times are local wall-clock times, stored as 'YYYY-MM-DDTHH:MM'."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(
            "The {what} '{value}' is not a date and time. Use the form 2026-03-14 18:30.",
            what=Label(what),
            value=value,
        ) from None


def parse_date(value: str, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(
            "The {what} '{value}' is not a date. Use the form 2026-03-14.",
            what=Label(what),
            value=value,
        ) from None


# ----- the foundation's tables -----------------------------------------------------------


def programme_rule(row: dict[str, Any], programme: Programme) -> None:
    require_choice(row["influence_level"], vocab.INFLUENCE_LEVELS)
    require_choice(row.get("census_form") or "england", vocab.CENSUS_FORMS)
    languages.require_print_languages(row)
    parse_date(row["responses_due"], "date responses are due")
    template = row.get("feedback_url_template") or ""
    if template and "{code}" not in template:
        raise ValidationError(
            "The feedback address must contain {code} where each card's code goes, "
            "for example https://example.gov.uk/have-your-say?card={code}."
        )


def session_rule(row: dict[str, Any], programme: Programme) -> None:
    require_choice(row["format"], vocab.SESSION_FORMATS)
    require_choice(row["status"], vocab.SESSION_STATUSES)
    starts = parse_local_datetime(row["starts_at"], "start")
    ends = parse_local_datetime(row["ends_at"], "end")
    if starts and ends and ends <= starts:
        raise ValidationError(
            "The session must end after it starts. Check the start and end times."
        )
    parse_date(row["purge_after"], "date to remove personal data")
    require_whole_number(row["incentive_budget_pence"], "incentive budget")
    require_whole_number(row["attended"], "number who attended")
    require_whole_number(row["prefer_not_to_say"], "number who preferred not to say")


def provision_rule(row: dict[str, Any], programme: Programme) -> None:
    require_choice(row["kind"], vocab.PROVISION_KINDS)
    require_choice(row["status"], vocab.PROVISION_STATUSES)
    require_whole_number(row["cost_pence"], "cost")


def request_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["adjustment"], "adjustment asked for")
    require_choice(row["outcome"], vocab.REQUEST_OUTCOMES)


def incentive_rule(row: dict[str, Any], programme: Programme) -> None:
    require_choice(row["kind"], vocab.INCENTIVE_KINDS)
    require_whole_number(row["unit_pence"], "value of each")
    require_whole_number(row["planned"], "number planned")
    require_whole_number(row["given"], "number given")


def reach_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["group_name"], "group name")
    require_whole_number(row["planned"], "number hoped for")
    require_whole_number(row["reached"], "number reached")


def participant_rule(row: dict[str, Any], programme: Programme) -> None:
    require_text(row["code"], "participant code")
    parse_date(row.get("consent_recorded_at") or "", "date consent was recorded")
    if (row.get("name") or row.get("contact")) and not row.get("consent_recorded_at"):
        raise ValidationError(
            "A name or contact can only be kept once the person's consent is recorded. "
            "Record consent first, or keep just the participant code."
        )
