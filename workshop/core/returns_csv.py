"""Monitoring forms and evaluation slips filled in online: an online form's CSV export
brought in as returns of one session. Qt-free.

The file is read as feedback's is (`core.feedback_csv`: encodings, separators, Excel's
dates) and its columns are classified the same way (answer / code / when / personal /
ignore), except that an answer column is matched to one of the form's questions by its
header, and each value to that question's options, ignoring case ("prefer not to say",
"YES"). Personal columns (name, email, phone...) are never stored.

All or nothing: one value that is not one of its question's options stops the import
with a message naming the row, the column and the allowed values, and nothing is
written.

Form codes. An online form has no printed code, so each return gets a fresh code of the
session, numbered down from the highest a session can have (printed forms count up from
1, so the two meet only past `monitoring.MAX_FORMS // 2` forms a session). A column of
printed form codes is used when the file has one (a form that asked for the code).

Importing the same file twice adds nothing: each return's id is made from the session,
the kind of form and the row's cells except personal ones (with how many identical rows
came before it), so a row imported before has an id already in the file and is skipped.
A later export of the same form, with more rows, brings in only the new ones.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workshop.core import feedback_codes, feedback_csv, monitoring
from workshop.core.detectors import looks_personal
from workshop.core.errors import Label, ValidationError

if TYPE_CHECKING:
    from workshop.core.store import Programme

_NAMESPACE = uuid.UUID("8f7c1f9e-2b7e-4b8e-9a53-6d1b1e0c4a17")

# A header names a question by its text, or by one of these words (checked in this order,
# so "sexual orientation" is not taken for "sex").
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "sexual_orientation": ("sexual orientation", "orientation"),
    "gender_identity": ("gender identity", "gender", "registered at birth", "trans"),
    "age_band": ("how old", "age"),
    "disability": ("disability", "disabled", "health condition"),
    "ethnicity": ("ethnic", "ethnicity"),
    "sex": ("sex",),
    "religion": ("religion", "belief"),
    "carer": ("carer", "look after", "unpaid care"),
    "income_band": ("income",),
    "digital_access": ("internet", "online", "digital"),
    "listened": ("listened",),
    "took_part": ("take part", "took part", "part fully"),
    "better": ("better", "improve"),
}
FREE_TEXT = "better"  # the evaluation slip's words: stored, purged with the session


class ReturnsImportError(ValidationError):
    """A returns file that cannot be brought in; nothing was changed."""


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w£]+", " ", text.lower()).split())


def _question_for(header: str, questions: dict[str, monitoring.Question | None]) -> str | None:
    said = _words(header)
    for key, question in questions.items():
        if question is not None and _words(question.text) in said:
            return key
    for key, words in _HEADER_WORDS.items():
        if key in questions and any(re.search(rf"\b{re.escape(w)}\b", said) for w in words):
            return key
    return None


def _option(value: str, question: monitoring.Question) -> int | None:
    """The option number of a cell's value; None for a blank; -1 when it is not one."""
    said = _words(value)
    if not said:
        return None
    if said == _words(monitoring.PREFER_NOT):
        return 0
    for number, option in enumerate(question.options, start=1):
        if said == _words(option):
            return number
    return -1


@dataclass
class ReturnsImport:
    kind: str
    session_id: str
    columns: dict[str, str]  # header -> question key, or a feedback_csv role
    rows: list[dict[str, Any]] = field(default_factory=list)  # new returns, ready to insert
    already: int = 0  # rows brought in by an earlier import

    def describe_columns(self) -> list[str]:
        out = []
        for name, role in self.columns.items():
            if role in feedback_csv.ROLE_LABELS:
                label = feedback_csv.ROLE_LABELS[role]
                if role == feedback_csv.PERSONAL:
                    label = "personal (never stored)"
                elif role == feedback_csv.WHEN:
                    label = "when it was sent (tells rows apart; not stored)"
            elif role == FREE_TEXT:
                label = f"'{monitoring.EVALUATION_FREE_TEXT}'"
            else:
                label = f"'{monitoring.question(self.kind, role).text}'"
            out.append(f"'{name}': {label}")
        return out


def read_returns(
    programme: Programme, data: bytes, source: str, session_id: str, kind: str
) -> ReturnsImport:
    """What importing `data` would add; checks every row and writes nothing."""
    if programme.get("sessions", session_id) is None:
        raise ReturnsImportError(
            "There is no session {session}. Run 'workshop sessions FILE' to see the ids.",
            session=session_id,
        )
    header, records = feedback_csv.read_table(data, source)
    questions: dict[str, monitoring.Question | None] = {
        q.key: q for q in monitoring.questions(programme, kind)
    }
    if kind == monitoring.EVALUATION:
        questions[FREE_TEXT] = None
    columns: dict[str, str] = {}
    taken: set[str] = set()
    code_col = next(
        (
            i
            for i, name in enumerate(header)
            if re.search(r"\bcode\b", name, re.IGNORECASE)
            and any(
                monitoring.KINDS.get(feedback_codes.normalise(feedback_csv.cell(r, i))[:1])
                for _, r in records
            )
        ),
        None,
    )
    date_col = feedback_csv.find_date_column(header, records, -1 if code_col is None else code_col)
    for i, name in enumerate(header):
        values = [feedback_csv.cell(r, i).strip() for _, r in records]
        key = _question_for(name, {k: q for k, q in questions.items() if k not in taken})
        if i == code_col:
            role = feedback_csv.CODE
        elif i == date_col:
            role = feedback_csv.WHEN
        elif feedback_csv.is_personal_header(name):
            role = feedback_csv.PERSONAL
        elif key is not None:
            role = key
            taken.add(key)
        elif any(looks_personal(v) for v in values if v):
            role = feedback_csv.PERSONAL
        else:
            role = feedback_csv.IGNORE
        columns[name] = role
    if not taken - {FREE_TEXT}:
        raise ReturnsImportError(
            "No column of {source} matches a question of the {what}, so nothing was brought "
            "in. Its columns are: {columns}.",
            source=source,
            what=Label(monitoring.KINDS[kind]),
            columns=", ".join(header),
        )
    table = monitoring.TABLES[kind]
    have = {row[0] for row in programme.db.execute(f"SELECT id FROM [{table}]")}
    used_codes = {row[0] for row in programme.db.execute(f"SELECT form_code FROM [{table}]")}
    plan = ReturnsImport(kind, session_id, columns)
    seen: dict[str, int] = {}
    next_number = monitoring.MAX_FORMS
    for line, record in records:
        if not any(c.strip() for c in record):
            continue
        row: dict[str, Any] = {"session_id": session_id}
        kept: dict[str, str] = {}
        code = ""
        for i, name in enumerate(header):
            role, value = columns[name], feedback_csv.cell(record, i)
            if role == feedback_csv.PERSONAL:
                continue  # never stored, and not part of the row's fingerprint
            kept[name] = value.strip()
            if role == feedback_csv.CODE:
                code = feedback_codes.normalise(value)
            elif role == FREE_TEXT:
                row[FREE_TEXT] = feedback_csv.clean(value)
            elif role in questions:
                question = questions[role]
                number = _option(value, question)
                if number == -1:
                    raise ReturnsImportError(
                        "Row {row}, column '{column}': '{value}' is not one of the answers. "
                        "Use one of: {allowed}. Nothing was brought in.",
                        row=line,
                        column=name,
                        value=value.strip(),
                        allowed="; ".join((*question.options, monitoring.PREFER_NOT)),
                    )
                row[role] = number
        fingerprint = json.dumps([kind, session_id, kept], ensure_ascii=False, sort_keys=True)
        seen[fingerprint] = seen.get(fingerprint, 0) + 1
        row_id = str(uuid.uuid5(_NAMESPACE, f"{fingerprint}|{seen[fingerprint]}"))
        if row_id in have or code in used_codes:
            plan.already += 1
            continue
        if code:
            got_kind, got_session, code = monitoring.session_for_code(programme, code)
            if got_kind != kind or got_session != session_id:
                raise ReturnsImportError(
                    "Row {row}: the form code {code} is not a {what} of this session. "
                    "Nothing was brought in.",
                    row=line,
                    code=code,
                    what=Label(monitoring.KINDS[kind]),
                )
        else:
            while (
                code := monitoring.form_code(kind, session_id, next_number)
            ) in used_codes and next_number > 1:
                next_number -= 1
        used_codes.add(code)
        row.update(id=row_id, form_code=code)
        plan.rows.append(row)
    return plan


def write_returns(programme: Programme, plan: ReturnsImport) -> int:
    """Keep every new return in one commit (one undo step); how many."""
    table = monitoring.TABLES[plan.kind]
    with programme.transaction():
        for row in plan.rows:
            programme.insert(table, row)
    return len(plan.rows)


def import_returns(
    programme: Programme, data: bytes, source: str, session_id: str, kind: str
) -> ReturnsImport:
    plan = read_returns(programme, data, source, session_id, kind)
    write_returns(programme, plan)
    return plan
