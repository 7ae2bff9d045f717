"""Reading an online form's CSV export: whatever the form tool or Excel did to it.

Finds the column holding card codes (bare, or inside the feedback address) by looking at
the values, and the column of dates; copes with a UTF-8 byte-order mark, UTF-16 and the
Windows code page, Windows line endings, quoted line breaks and commas, semicolon or tab
separators, Excel's date formats (including dates stored as day numbers) and blank rows.
A file that cannot be read raises FeedbackImportError. Nothing here writes anything.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

from workshop.core import feedback_codes as codes
from workshop.core.detectors import looks_personal
from workshop.core.errors import WorkshopError


class FeedbackImportError(WorkshopError):
    """A responses file could not be read at all. Nothing was changed."""


def cell(record: list[str], index: int) -> str:
    return record[index] if index < len(record) else ""


def clean(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def _decode(data: bytes, source: str) -> str:
    unreadable = FeedbackImportError(
        f"{source} is not a CSV file this app can read. Export the responses from the "
        "form as CSV (comma separated values) and import that file; nothing was changed."
    )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise unreadable from None
    if b"\x00" in data:
        raise unreadable
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # Excel on Windows saves "CSV" in the Windows code page
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise unreadable from None


def read_table(data: bytes, source: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    text = _decode(data, source)
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    if not first_line.count(delimiter):
        delimiter = ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise FeedbackImportError(
            "{source} is not a well-formed CSV file ({problem}); nothing was changed. "
            "Export it from the form again as CSV.",
            source=source,
            problem=exc,
        ) from None
    numbered = [(i + 1, row) for i, row in enumerate(rows)]
    while numbered and not any(c.strip() for c in numbered[0][1]):
        numbered.pop(0)
    if len(numbered) < 2:
        raise FeedbackImportError(
            "{source} holds no responses (it needs a header row and at least one answer); "
            "nothing was changed.",
            source=source,
        )
    _, header_row = numbered[0]
    width = max(len(r) for _, r in numbered)
    header: list[str] = []
    for i in range(width):
        name = clean(cell(header_row, i)) or f"Column {i + 1}"
        while name in header:
            name = f"{name} ({i + 1})"
        header.append(name)
    return header, numbered[1:]


def _template_param(template: str) -> str | None:
    try:
        parts = urlsplit(template.replace("{code}", "CODEHERE"))
    except ValueError:
        return None
    for name, value in parse_qsl(parts.query):
        if "CODEHERE" in value:
            return name
    return None


def code_in_cell(value: str, template: str) -> str | None:
    """The code a cell holds, normalised (it may still be mistyped), or None."""
    value = value.strip()
    if not value:
        return None
    if "://" in value or value.lower().startswith("www.") or "?" in value:
        candidates: list[str] = []
        prefix = template.split("{code}")[0] if "{code}" in template else ""
        if prefix and value.lower().startswith(prefix.lower()):
            candidates.append(re.split(r"[&#/?]", value[len(prefix) :], maxsplit=1)[0])
        try:
            parts = urlsplit(value if "://" in value else "//" + value)
        except ValueError:  # not an address after all (e.g. a stray '[')
            parts = None
        if parts is not None:
            param = _template_param(template)
            query = parse_qsl(parts.query)
            candidates += [v for k, v in query if k == param]
            candidates += [v for k, v in query if k != param]
            candidates += [seg for seg in reversed(parts.path.split("/")) if seg]
        cleaned = [codes.normalise(c) for c in candidates if c]
        for candidate in cleaned:
            if codes.is_valid(candidate):
                return candidate
        return cleaned[0] if cleaned else None
    code = codes.normalise(value)
    if 4 <= len(code) <= 10 and code.isalnum():
        return code
    return None


def find_code_column(
    header: list[str], records: list[tuple[int, list[str]]], template: str, source: str
) -> int:
    best, best_score = -1, 0
    for i in range(len(header)):
        score = sum(
            1 for _, r in records if codes.is_valid(code_in_cell(cell(r, i), template) or "")
        )
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    for i, name in enumerate(header):  # every code mistyped: fall back on the column's name
        if re.search(r"\b(code|card)\b", name, re.IGNORECASE):
            return i
    raise FeedbackImportError(
        "No column in {source} holds card codes or feedback addresses, so it does not look "
        "like this programme's feedback; nothing was changed. Check you chose the right file.",
        source=source,
    )


_DATE_HINT = re.compile(r"time|date|submitted|received|when", re.IGNORECASE)
_NUMERIC_DATE = re.compile(
    r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_EXCEL_EPOCH = datetime(1899, 12, 30)


def find_date_column(
    header: list[str], records: list[tuple[int, list[str]]], code_col: int
) -> int | None:
    best, best_score = None, 0.0
    for i, name in enumerate(header):
        if i == code_col:
            continue
        values = [cell(r, i).strip() for _, r in records if cell(r, i).strip()]
        if not values:
            continue
        hinted = bool(_DATE_HINT.search(name))
        parsed = sum(
            1 for v in values if parse_when(v, True, allow_serial=hinted) or parse_when(v, False)
        )
        score = parsed / len(values) + (0.5 if hinted else 0)
        if parsed / len(values) >= 0.8 and score > best_score:
            best, best_score = i, score
    return best


def day_first_dates(records: list[tuple[int, list[str]]], col: int) -> bool:
    """UK forms put the day first; a US-style export shows itself by a 'month' over 12."""
    for _, record in records:
        match = _NUMERIC_DATE.match(cell(record, col).strip())
        if match and len(match.group(1)) <= 2:
            if int(match.group(1)) > 12:
                return True
            if int(match.group(2)) > 12:
                return False
    return True


def parse_when(value: str, day_first: bool, allow_serial: bool = True) -> str | None:
    """A date (and time) as a form or Excel writes it, as 'YYYY-MM-DDTHH:MM:SS'."""
    value = value.strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.replace(tzinfo=None).isoformat(timespec="seconds")
    except ValueError:
        pass
    match = _NUMERIC_DATE.match(value)
    if match:
        a, b, c, hour, minute, second, ampm = match.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        else:
            year = int(c) + (2000 if len(c) == 2 else 0)
            day, month = (int(a), int(b)) if day_first else (int(b), int(a))
        h = int(hour or 0)
        if ampm:
            h = h % 12 + (12 if ampm.lower() == "pm" else 0)
        try:
            moment = datetime(year, month, day, h, int(minute or 0), int(second or 0))
        except ValueError:
            return None
        return moment.isoformat(timespec="seconds")
    for fmt in (
        "%d %B %Y %H:%M",
        "%d %B %Y",
        "%d %b %Y %H:%M",
        "%d %b %Y",
        "%d-%b-%Y %H:%M",
        "%d-%b-%Y",
        "%d-%b-%y",
        "%B %d, %Y %H:%M",
        "%B %d, %Y",
        "%b %d, %Y",
    ):
        try:
            return datetime.strptime(value, fmt).isoformat(timespec="seconds")
        except ValueError:
            continue
    if allow_serial and re.fullmatch(r"\d{5}(\.\d+)?", value):
        serial = float(value)
        if 30000 <= serial <= 80000:  # 1982 to 2119: a date Excel wrote as a number
            moment = _EXCEL_EPOCH + timedelta(days=serial)
            return moment.replace(microsecond=0).isoformat(timespec="seconds")
    return None


def response_text(answers: dict[str, str], date_column: str | None) -> str:
    """The words, labelled with their question when the form asked more than one."""
    asked = [k for k in answers if k != date_column]
    words = {k: answers[k] for k in asked if answers[k]}
    if len(asked) == 1:
        return next(iter(words.values()), "")
    return "\n".join(f"{k}: {v}" for k, v in words.items())


# ----- what each column of a form holds -------------------------------------------------

ANSWER = "answer"
CODE = "code"
WHEN = "when"
PERSONAL = "personal"
IGNORE = "ignore"
ROLES = (ANSWER, CODE, WHEN, PERSONAL, IGNORE)
ROLE_LABELS = {
    ANSWER: "answer (may be published)",
    CODE: "card code",
    WHEN: "when it was sent",
    PERSONAL: "personal (kept private, removed at the purge date)",
    IGNORE: "not imported",
}

# Checked first: columns a form tool adds that are nobody's words.
_IGNORE_HEADER = re.compile(
    r"^(?:id|#|no\.?|row|response ?(?:id|number)|respondent ?id|submission ?id|ip ?address"
    r"|user ?agent|start(?:ed)? time|completion time|last modified(?: time)?|status"
    r"|consent.*|i agree.*)$",
    re.IGNORECASE,
)
_PERSONAL_HEADER = re.compile(
    r"e-?mail|phone|mobile|\btel\b|contact|address|post ?code|zip|\bname\b|surname"
    r"|date of birth|\bdob\b|a reply|call you|your details|where you live|\bstreet\b",
    re.IGNORECASE,
)


def is_personal_header(name: str) -> bool:
    """A column whose name says it holds who someone is (name, email, phone...)."""
    return bool(_PERSONAL_HEADER.search(name))


def classify_columns(
    header: list[str],
    records: list[tuple[int, list[str]]],
    template: str,
    source: str,
    remembered: dict[str, str] | None = None,
) -> dict[str, str]:
    """Each column's role: the card code, when it was sent, an answer (the only words a
    pack may quote), personal (name, phone, email, address: kept apart and purged) or
    not imported. A form classified before (`remembered`) is read the same way."""
    remembered = {k: v for k, v in (remembered or {}).items() if k in header and v in ROLES}
    if CODE in remembered.values():
        code_col = header.index(next(k for k, v in remembered.items() if v == CODE))
    else:
        code_col = find_code_column(header, records, template, source)
    date_col = find_date_column(header, records, code_col)
    roles: dict[str, str] = {}
    for i, name in enumerate(header):
        values = [cell(r, i).strip() for _, r in records if cell(r, i).strip()]
        if i == code_col:
            role = CODE
        elif i == date_col:
            role = WHEN
        elif not values or _IGNORE_HEADER.search(name.strip()):
            role = IGNORE
        elif _PERSONAL_HEADER.search(name):
            role = PERSONAL
        elif sum(looks_personal(v) for v in values) >= 0.5 * len(values):
            role = PERSONAL
        elif sum(1 for v in values if parse_when(v, True, allow_serial=False)) >= 0.8 * len(values):
            role = IGNORE  # another date or time the form tool added
        else:
            role = ANSWER
        roles[name] = role
    if remembered:
        if CODE in remembered.values():
            roles = {k: (IGNORE if v == CODE else v) for k, v in roles.items()}
        if WHEN in remembered.values():
            roles = {k: (IGNORE if v == WHEN else v) for k, v in roles.items()}
        roles.update(remembered)
    return roles


def choose_columns(
    roles: dict[str, str], source: str, answer_columns: list[str] | None = None
) -> dict[str, str]:
    """`roles` with the facilitator's choice of answer columns: those become the answers
    and every other answer column is not imported. Then checks the whole is usable."""
    roles = dict(roles)
    if answer_columns:
        unknown = [name for name in answer_columns if name not in roles]
        if unknown:
            raise FeedbackImportError(
                "{source} has no column called '{column}'. Its columns are: {columns}. "
                "Nothing was changed.",
                source=source,
                column=unknown[0],
                columns=", ".join(roles),
            )
        for name, role in roles.items():
            if name in answer_columns:
                roles[name] = ANSWER
            elif role == ANSWER:
                roles[name] = IGNORE
    bad = [r for r in roles.values() if r not in ROLES]
    if bad:
        raise FeedbackImportError(
            "'{role}' is not a kind of column; use answer, code, when, personal or ignore. "
            "Nothing was changed.",
            role=bad[0],
        )
    if list(roles.values()).count(CODE) != 1 or list(roles.values()).count(WHEN) > 1:
        raise FeedbackImportError(
            "Choose exactly one column of card codes (and at most one of dates) in {source}; "
            "nothing was changed.",
            source=source,
        )
    if ANSWER not in roles.values():
        raise FeedbackImportError(
            "No column in {source} looks like people's answers, so nothing was imported. "
            "Say which column holds them (--answer-column NAME). Its columns are: {columns}.",
            source=source,
            columns=", ".join(roles),
        )
    return roles


def describe_columns(roles: dict[str, str]) -> list[str]:
    """One line a column: "'Your name (optional)': personal (kept private, ...)"."""
    return [f"'{name}': {ROLE_LABELS[role]}" for name, role in roles.items()]


def header_key(header: list[str]) -> str:
    """Which form a file came from: the same form exports the same columns."""
    import hashlib
    import json

    return hashlib.sha256(json.dumps(header, ensure_ascii=False).encode()).hexdigest()[:32]
