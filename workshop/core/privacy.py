"""What a summary pack may show, and what it leaves out.

A partner pack is sent outside the council and may be published, so by default it holds
no personal data: no names, contact details or participant codes, no individual access
requests (they can reveal a disability), and nothing about who received an incentive.
Counts of one to four people in reach and access figures are shown as "fewer than 5",
because a small number at a named session can point to a person.

An internal pack, for the council's own files, shows exact counts, the access requests
and the notes on provisions, and is marked INTERNAL on every page. Even an internal pack
never prints names or contact details: those stay in the programme file.

The export dialog shows `left_out(...)` before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workshop.core.store import Programme

PARTNER = "partner"
INTERNAL = "internal"
AUDIENCES = (PARTNER, INTERNAL)

# Counts from 1 to SMALL_NUMBER - 1 are hidden in a partner pack. Zero is shown: it
# points to nobody, and "nobody came from this group" is the gap the pack must name.
SMALL_NUMBER = 5
FEWER_THAN = f"fewer than {SMALL_NUMBER}"

NAME_REMOVED = "[name removed]"
EMAIL_REMOVED = "[email removed]"
PHONE_REMOVED = "[phone number removed]"
CODE_REMOVED = "[participant code removed]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# UK-style phone numbers: 07700 900123, +44 7700 900123, (0161) 496 0000, 0300-123-4567.
_PHONE = re.compile(
    r"(?<![\w])(?:\+44\s?\(?0?\)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w])"
)
# Participant codes as the app writes them: P-017, P017, p-3.
_CODE = re.compile(r"(?<![\w-])[Pp]-?\d{1,4}(?![\w-])")


def check_audience(audience: str) -> str:
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    return audience


@dataclass
class PrivacyPolicy:
    """Applied by every pack section to the numbers and free text it prints."""

    audience: str = PARTNER
    known_names: list[str] = field(default_factory=list)
    known_codes: list[str] = field(default_factory=list)
    _names: re.Pattern | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        check_audience(self.audience)
        names = sorted({n for n in self.known_names if len(n) >= 3}, key=len, reverse=True)
        if names:
            self._names = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE
            )

    @property
    def internal(self) -> bool:
        return self.audience == INTERNAL

    def count(self, number: int) -> str:
        """A count of people (reach, attendance, access requests) as it may be printed."""
        if not self.internal and 0 < number < SMALL_NUMBER:
            return FEWER_THAN
        return f"{number:,}"

    def is_hidden(self, number: int) -> bool:
        return not self.internal and 0 < number < SMALL_NUMBER

    def redact(self, text: str) -> str:
        """Residents' own words with contact details, participant codes and the names the
        file knows about taken out. Used for every free text in either pack."""
        if not text:
            return text
        text = _EMAIL.sub(EMAIL_REMOVED, text)
        text = _PHONE.sub(PHONE_REMOVED, text)
        for code in self.known_codes:
            text = re.sub(rf"(?<![\w-]){re.escape(code)}(?![\w-])", CODE_REMOVED, text)
        text = _CODE.sub(CODE_REMOVED, text)
        if self._names is not None:
            text = self._names.sub(NAME_REMOVED, text)
        return text


def split_people(text: str) -> list[str]:
    """'Priya Shah; Amina Yusuf (community connector)' -> the names, and each part of them
    long enough to identify someone (a first name on its own is still a name).

    For a `PrivacyPolicy`'s known names: a document that knows more people than
    `policy_for` does (the public one reads every table) adds them this way."""
    names: list[str] = []
    for part in re.split(r"[;,/\n]|\band\b", text or ""):
        part = re.sub(r"\(.*?\)", "", part).strip()
        if not part:
            continue
        names.append(part)
        names.extend(word for word in part.split() if len(word) >= 3 and word[0].isupper())
    return names


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


# Columns in feature tables that say who someone is (a participant's code, or who asked
# a question). Their values are taken out of residents' words wherever they appear.
_CODE_COLUMNS = {("board_notes", "participant_code")}
_NAME_COLUMNS = {("questions", "asked_by")}


def policy_for(programme: Programme, audience: str = PARTNER) -> PrivacyPolicy:
    """The policy for one pack, knowing the names and codes held in this file."""
    check_audience(audience)
    names: list[str] = []
    codes: list[str] = []
    for row in programme.rows("participants"):
        codes.append(row["code"])
        names.extend(split_people(row["name"]))
        if row["contact"]:
            names.append(row["contact"])
    for row in programme.rows("sessions"):
        names.extend(split_people(row["facilitators"]))
    tables = set(programme.db.table_names())
    for table, column in _CODE_COLUMNS | _NAME_COLUMNS:
        if table not in tables:
            continue
        for (value,) in programme.db.execute(f"SELECT DISTINCT [{column}] FROM [{table}]"):
            value = (value or "").strip()
            if not value:
                continue
            if (table, column) in _CODE_COLUMNS:
                codes.append(value)
            elif _looks_like_name(value):
                names.extend(split_people(value))
    return PrivacyPolicy(audience=audience, known_names=names, known_codes=codes)


def _scope(session_id: str | None) -> tuple[str, list[str]]:
    return ("session_id = ?", [session_id]) if session_id else ("1 = 1", [])


# The sentences `left_out` says, as templates: %1 and %2 are numbers. Screens translate
# them in the shared context (see workshop.i18n) and fill the numbers in.
LEFT_OUT_LABELS: dict[str, str] = {
    "named_one": "Names and contact details of %1 participant.",
    "named": "Names and contact details of %1 participants.",
    "named_none": "Names and contact details of participants (none are recorded here).",
    "internal_names": "Even in this internal pack, names and contact details stay in the "
    "programme file and are not printed.",
    "internal_codes": "Participant codes (%1) are printed only beside incentives received.",
    "codes": "Participant codes (%1).",
    "requests_one": "The %1 individual access request: the pack gives only how many were met.",
    "requests": "The %1 individual access requests: the pack gives only how many were met.",
    "provisions": "Notes on access provisions, which can point to one person's needs.",
    "recipients_one": "Who received an incentive (%1 record); only totals are shown.",
    "recipients": "Who received an incentive (%1 records); only totals are shown.",
    "recipients_none": "Who received an incentive; only totals are shown.",
    "facilitators": "The names of facilitators.",
    "small_numbers": "Counts of 1 to %1 people in reach and access figures are shown as "
    '"fewer than %2".',
    "removed": "Email addresses, phone numbers, participant codes and known names typed into "
    "residents' words are replaced with [removed].",
}


def fill(template: str, numbers: list[int] | tuple[int, ...]) -> str:
    """`template` with %1, %2... replaced by `numbers`."""
    return re.sub(r"%(\d)", lambda m: str(numbers[int(m.group(1)) - 1]), template)


def left_out(
    programme: Programme, audience: str = PARTNER, session_id: str | None = None
) -> list[str]:
    """Plain sentences saying what the pack will leave out, for the export dialog and the
    pack's own methods note. Counts are of what this file holds for the chosen scope."""
    return [
        fill(template, numbers)
        for template, numbers in left_out_templates(programme, audience, session_id)
    ]


def left_out_templates(
    programme: Programme, audience: str = PARTNER, session_id: str | None = None
) -> list[tuple[str, tuple[int, ...]]]:
    """`left_out` as (English template from LEFT_OUT_LABELS, numbers) pairs, so a screen
    can translate each template and then fill the numbers in."""
    check_audience(audience)
    where, params = _scope(session_id)
    db = programme.db

    def count(table: str, extra: str = "") -> int:
        return db.execute(
            f"SELECT COUNT(*) FROM [{table}] WHERE {where} {extra}", params
        ).fetchone()[0]

    def say(key: str, *numbers: int) -> None:
        lines.append((LEFT_OUT_LABELS[key], numbers))

    def counted(key: str, number: int) -> None:
        say(f"{key}_one" if number == 1 else key, number)

    participants = count("participants")
    named = count("participants", "AND (name != '' OR contact != '')")
    requests = count("access_requests")
    recipients = count("participants", "AND incentive_id IS NOT NULL")
    facilitated = db.execute(
        "SELECT COUNT(*) FROM sessions WHERE facilitators != ''"
        + (" AND id = ?" if session_id else ""),
        [session_id] if session_id else [],
    ).fetchone()[0]
    lines: list[tuple[str, tuple[int, ...]]] = []
    if named:
        counted("named", named)
    else:
        say("named_none")
    if audience == INTERNAL:
        say("internal_names")
        if participants:
            say("internal_codes", participants)
        say("removed")
        return lines
    if participants:
        say("codes", participants)
    if requests:
        counted("requests", requests)
    say("provisions")
    if recipients:
        counted("recipients", recipients)
    else:
        say("recipients_none")
    if facilitated:
        say("facilitators")
    say("small_numbers", SMALL_NUMBER - 1, SMALL_NUMBER)
    say("removed")
    return lines
