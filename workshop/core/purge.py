"""Removing personal data once a session's purge date has passed.

Each session has `purge_after` (by default six months after it). Personal data of a
session is: participants' names and contact details, which incentive each person
received, any column that links a row to a participant, and any column another feature
marks as personal (with `mark_personal`, or a `-- personal` comment after the column in
its CREATE TABLE). Purging blanks those values and keeps everything anonymous: the
participant codes, notes, counts, card responses, feedback and tallies stay as they
were. Each purge writes a line in `purge_log` (counts only, never the data), and merging
a colleague's file re-applies earlier purges so the data cannot come back that way.

Deleted values are overwritten on disk (`secure_delete`) and the write-ahead log is
folded back in, so the words do not linger in free pages of the file.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from workshop.core import backups, paths, privacy
from workshop.core.clock import utc_now
from workshop.core.files import remove_leftovers
from workshop.core.purge_waiting import any_past_purge_date, copies_pending
from workshop.core.schema_map import Column
from workshop.core.store import Programme

# table -> {column: the value it has once purged}
_MARKED: dict[str, dict[str, Any]] = {
    "participants": {"name": "", "contact": "", "incentive_id": None},
    # A form's personal columns (name, phone, email...), kept apart from its answers.
    "feedback_responses": {"personal_json": "{}"},
    # "What would have made it better?" on an evaluation slip: free text that may name
    # someone; never printed in a pack, and blanked at the session's purge date.
    "evaluation_returns": {"better": ""},
}

_LABELS = {
    ("participants", "name"): ("name", "names"),
    ("participants", "contact"): ("contact detail", "contact details"),
    ("feedback_responses", "answers_json"): (
        "contact detail given on a feedback form",
        "contact details given on feedback forms",
    ),
    ("feedback_responses", "personal_json"): (
        "personal detail given on a feedback form",
        "personal details given on feedback forms",
    ),
    ("evaluation_returns", "better"): (
        "comment written on an evaluation slip",
        "comments written on evaluation slips",
    ),
    ("participants", "incentive_id"): (
        "record of who received an incentive",
        "records of who received an incentive",
    ),
}

# Pictures of returned paper (`core.scans`, `-- personal` in their tables): blanked like
# any personal column; a page no code tied to a session goes at the next purge.
PICTURE_COLUMNS = {"picture"}
_UNCLAIMED_PAGES = "SELECT id FROM scan_pages WHERE session_id IS NULL AND picture IS NOT NULL"

_PERSONAL_COMMENT = re.compile(
    r"^\s*\[?(\w+)\]?\s[^,\n]*,?\s*--\s*personal\b", re.IGNORECASE | re.MULTILINE
)


# (table, JSON column) -> (text column, pattern of personal questions)
_ANSWERS: dict[tuple[str, str], tuple[str, str]] = {
    # An online form may ask for an email or phone number "if you want a reply".
    ("feedback_responses", "answers_json"): (
        "text",
        r"e-?mail|phone|mobile|\btel\b|contact|address|post ?code|\byour name\b|^name$"
        r"|full name|first name|surname",
    ),
}
_REMOVED_TEXT = "(personal details removed)"


def mark_personal_answers(
    table: str,
    json_column: str,
    text_column: str,
    questions: str,
    label: tuple[str, str] | None = None,
) -> None:
    """Declare that `json_column` holds answers (a JSON object of question -> answer)
    some of which are personal: those whose question matches the regular expression
    `questions` are blanked on purge, and their lines taken out of `text_column`."""
    _ANSWERS[(table, json_column)] = (text_column, questions)
    if label:
        _LABELS[(table, json_column)] = label


def mark_personal(
    table: str, column: str, blank: Any = "", label: tuple[str, str] | None = None
) -> None:
    """Declare `table.column` personal data: it is blanked to `blank` when its session's
    purge date has passed. `label` is (singular, plural) for the lists shown."""
    _MARKED.setdefault(table, {})[column] = blank
    if label:
        _LABELS[(table, column)] = label


@dataclass(frozen=True)
class PersonalColumn:
    """A column holding personal data. Most are blanked whole; a JSON column of answers
    (`json_keys` set) has only the answers to personal questions blanked, and their
    'Question: answer' lines are taken out of `text_column` too."""

    table: str
    column: str
    blank: Any
    json_keys: str = ""  # a regular expression matching the personal questions
    text_column: str = ""

    def label(self, count: int) -> str:
        singular, plural = _LABELS.get(
            (self.table, self.column),
            (f"{self.column.replace('_', ' ')} in {self.table.replace('_', ' ')}",) * 2,
        )
        return f"{count} {singular if count == 1 else plural}"

    def personal_keys(self, value: Any) -> list[str]:
        """For a JSON answers column: the personal questions that have an answer."""
        try:
            answers = json.loads(value or "{}")
        except (TypeError, ValueError):
            return []
        if not isinstance(answers, dict):
            return []
        pattern = re.compile(self.json_keys, re.IGNORECASE)
        return [k for k, v in answers.items() if pattern.search(str(k)) and str(v).strip()]

    def blanked(self, row: dict[str, Any]) -> dict[str, Any]:
        """The changes that remove this column's personal data from `row`."""
        if not self.json_keys:
            return {self.column: self.blank}
        keys = self.personal_keys(row.get(self.column))
        answers = json.loads(row[self.column])
        for key in keys:
            answers[key] = ""
        changes: dict[str, Any] = {self.column: json.dumps(answers, ensure_ascii=False)}
        text = row.get(self.text_column) if self.text_column else None
        if isinstance(text, str):
            kept = [
                line
                for line in text.split("\n")
                if not any(line.startswith(f"{key}: ") for key in keys)
            ]
            changes[self.text_column] = "\n".join(kept).strip() or _REMOVED_TEXT
        return changes


@dataclass
class DueSession:
    session_id: str
    title: str
    starts_at: str
    purge_after: str
    counts: dict[PersonalColumn, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def what(self) -> str:
        return ", ".join(c.label(n) for c, n in self.counts.items() if n)


# ----- finding personal data ---------------------------------------------------------------------


def personal_columns(programme: Programme) -> list[PersonalColumn]:
    """Every personal column in the file: marked ones, `-- personal` ones, and nullable
    links to a participant. Read from the schema map and each table's CREATE statement
    (plain sqlite3: opening a file asks this, before the window shows)."""
    found: dict[tuple[str, str], PersonalColumn] = {}
    schema = programme.schema
    tables = set(schema.created)
    for table, columns in _MARKED.items():
        if table not in tables:
            continue
        existing = set(schema.column_names(table))
        for column, blank in columns.items():
            if column in existing:
                found[(table, column)] = PersonalColumn(table, column, blank)
    created_by = dict(
        programme.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
    )
    for table in sorted(tables):
        defaults = schema.defaults(table)
        info = {c.name: c for c in schema.columns.get(table, ())}
        for column in _PERSONAL_COMMENT.findall(created_by.get(table) or ""):
            if column in info and (table, column) not in found:
                found[(table, column)] = PersonalColumn(
                    table, column, _blank_for(info[column], defaults.get(column))
                )
        for link in schema.links_from(table):
            if link.parent == "participants" and (table, link.column) not in found:
                if not info[link.column].not_null:
                    found[(table, link.column)] = PersonalColumn(table, link.column, None)
    for (table, column), (text_column, questions) in _ANSWERS.items():
        existing = set(schema.column_names(table))
        if table in tables and column in existing:
            text = text_column if text_column in existing else ""
            found[(table, column)] = PersonalColumn(table, column, None, questions, text)
    return list(found.values())


def _blank_for(column: Column, default: Any) -> Any:
    if default is not None:
        return default
    if not column.not_null:
        return None
    return 0 if "INT" in column.type else ""


def _session_path(programme: Programme, table: str) -> list[tuple[str, str, str]] | None:
    """Foreign-key steps (table, column, parent) from `table` up to `sessions`."""
    if table == "sessions":
        return []
    queue: list[tuple[str, list[tuple[str, str, str]]]] = [(table, [])]
    seen = {table}
    while queue:
        current, path = queue.pop(0)
        for link in programme.schema.links_from(current):
            step = path + [(current, link.column, link.parent)]
            if link.parent == "sessions":
                return step
            if link.parent not in seen:
                seen.add(link.parent)
                queue.append((link.parent, step))
    return None


def _rows_holding(
    programme: Programme, column: PersonalColumn, session_id: str
) -> list[dict[str, Any]]:
    """The `column.table` rows of one session whose personal value is not blank."""
    path = _session_path(programme, column.table)
    if path is None:
        return []
    joins = []
    alias = "t0"
    for n, (_, fk_column, parent) in enumerate(path[:-1] if path else []):
        joins.append(f"JOIN [{parent}] t{n + 1} ON t{n + 1}.id = {alias}.[{fk_column}]")
        alias = f"t{n + 1}"
    session_expr = f"{alias}.[{path[-1][1]}]" if path else "t0.id"
    params: list[Any] = [session_id]
    if column.json_keys:
        holding = f"t0.[{column.column}] IS NOT NULL"
    elif column.blank is None:
        holding = f"t0.[{column.column}] IS NOT NULL"
    else:
        holding = f"t0.[{column.column}] IS NOT ?"
        params.append(column.blank)
    sql = (
        f"SELECT t0.* FROM [{column.table}] t0 {' '.join(joins)} "
        f"WHERE {session_expr} = ? AND {holding}"
    )
    cursor = programme.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    if column.json_keys:
        rows = [r for r in rows if column.personal_keys(r.get(column.column))]
    return rows


def due(programme: Programme, today: date | None = None) -> list[DueSession]:
    """Sessions whose purge date has passed and that still hold personal data."""
    if not any_past_purge_date(programme, today):
        return []
    today_text = (today or date.today()).isoformat()
    columns = personal_columns(programme)
    out = []
    for session in programme.rows(
        "sessions",
        "purge_after != '' AND purge_after <= ?",
        [today_text],
        order_by="purge_after, starts_at",
    ):
        item = _survey(programme, session, columns)
        if item.total:
            out.append(item)
    return out


def _survey(
    programme: Programme, session: dict[str, Any], columns: list[PersonalColumn]
) -> DueSession:
    item = DueSession(session["id"], session["title"], session["starts_at"], session["purge_after"])
    for column in columns:
        count = len(_rows_holding(programme, column, session["id"]))
        if count:
            item.counts[column] = count
    return item


# ----- purging -----------------------------------------------------------------------------------


@dataclass
class PurgeResult:
    sessions: list[DueSession]

    @property
    def total(self) -> int:
        return sum(s.total for s in self.sessions)


def purge(
    programme: Programme, session_ids: list[str] | None = None, today: date | None = None
) -> PurgeResult:
    """Remove the personal data of the given sessions (by default every session that is
    due), as one action, and log it. Only sessions whose purge date has passed are
    purged, whatever ids are given."""
    programme._check_writable()
    items = due(programme, today)
    if session_ids is not None:
        wanted = set(session_ids)
        items = [i for i in items if i.session_id in wanted]
    if not items:
        return PurgeResult([])
    columns = personal_columns(programme)
    programme.db.execute("PRAGMA secure_delete = ON")
    now = utc_now()
    with programme.transaction():
        if "scan_pages" in programme.table_names():
            for (page_id,) in programme.db.execute(_UNCLAIMED_PAGES).fetchall():
                programme.update("scan_pages", page_id, {"picture": None})
        for item in items:
            _blank_session(programme, item.session_id, columns)
            details = [
                {"table": c.table, "column": c.column, "count": n} for c, n in item.counts.items()
            ]
            programme.insert(
                "purge_log",
                {
                    "session_id": item.session_id,
                    "session_title": item.title,
                    "purge_after": item.purge_after,
                    "purged_at": now,
                    "items": item.total,
                    "what": item.what(),
                    "details": json.dumps(details),
                },
            )
    _fold_log(programme)
    return PurgeResult(items)


def _blank_session(programme: Programme, session_id: str, columns: list[PersonalColumn]) -> int:
    changes: dict[tuple[str, str], dict[str, Any]] = {}
    purged: list[str] = []
    for column in columns:
        for row in _rows_holding(programme, column, session_id):
            changes.setdefault((column.table, row["id"]), {}).update(column.blanked(row))
            purged.extend(_personal_values(column, row))
    # Keyed hashes of the names and contacts, so the packs still catch them afterwards.
    privacy.remember_purged(programme, purged)
    for (table, row_id), values in changes.items():
        programme.update(table, row_id, values)
    return sum(len(v) for v in changes.values())


def _personal_values(column: PersonalColumn, row: dict[str, Any]) -> list[str]:
    """The names and contacts a purge of `column` removes from `row` (not links)."""
    value = row.get(column.column)
    if column.column.endswith("_id") or not isinstance(value, str):
        return []
    if column.column in PICTURE_COLUMNS:  # a picture of handwriting: no words to remember
        return []
    keys = column.personal_keys(value) if column.json_keys else None
    if keys is not None or value.lstrip().startswith("{"):
        try:
            answers = json.loads(value or "{}")
        except ValueError:
            return [value]
        if not isinstance(answers, dict):
            return []
        wanted = keys if keys is not None else list(answers)
        return [str(answers[k]) for k in wanted if str(answers.get(k) or "").strip()]
    return [value]


def reapply_purges(programme: Programme) -> int:
    """Blank again any personal data of sessions purged before (used after a merge brought
    in rows from a laptop that still had them). Returns how many values were blanked."""
    logged = {
        row[0]
        for row in programme.db.execute(
            "SELECT DISTINCT session_id FROM purge_log WHERE session_id != ''"
        ).fetchall()
    }
    if not logged:
        return 0
    columns = personal_columns(programme)
    programme.db.execute("PRAGMA secure_delete = ON")
    total = 0
    with programme.transaction():
        for session_id in sorted(logged):
            if programme.get("sessions", session_id) is not None:
                total += _blank_session(programme, session_id, columns)
    return total


def _fold_log(programme: Programme) -> None:
    # Old page images in the write-ahead log still hold the words until a checkpoint, and
    # a file made before secure_delete was on may keep old words in free pages: rewrite
    # it whole, then empty the log.
    with contextlib.suppress(sqlite3.Error):
        programme.db.execute("VACUUM")
    with contextlib.suppress(sqlite3.Error):
        programme.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def purge_log(programme: Programme) -> list[dict[str, Any]]:
    return programme.rows("purge_log", order_by="purged_at DESC")


# ----- every copy the app made -------------------------------------------------------------------
#
# A purge commits first, then scrubs the copies. Its log rows keep `copies_done_at` empty
# until every copy is done, so a purge that was interrupted in between (a closed lid, a
# killed command) is finished by `finish_interrupted` at the next run.


@dataclass
class CopiesReport:
    """What scrubbing the copies of one file did."""

    scrubbed: list[Path] = field(default_factory=list)  # copies the data was removed from
    removed: list[Path] = field(default_factory=list)  # half-made copies deleted
    unreadable: list[Path] = field(default_factory=list)  # copies that could not be checked

    def names(self) -> list[str]:
        return [_copy_name(p) for p in self.scrubbed + self.removed]


def copies_of(document: Path) -> list[Path]:
    """Every whole copy of `document` the app made: its backups (including those made
    before a merge or a restore) and the copies a restore kept beside it."""
    return [b.path for b in backups.list_backups(document)] + backups.kept_copies(document)


def scrub_copies(programme: Programme) -> CopiesReport:
    """Apply every logged purge to every copy of the file, delete half-made copies that
    interrupted runs left (hidden `.part`, `.partial`, `.restoring` files), and mark the
    purges waiting for this done, with the copies they reached."""

    report = CopiesReport()
    logged = [
        row[0]
        for row in programme.db.execute(
            "SELECT DISTINCT session_id FROM purge_log WHERE session_id != ''"
        ).fetchall()
    ]
    if not logged:
        return report
    columns = personal_columns(programme)
    for copy in copies_of(programme.path):
        outcome = _scrub_one(copy, logged, columns)
        if outcome is None:
            report.unreadable.append(copy)
        elif outcome:
            report.scrubbed.append(copy)
    for leftover in backups.leftover_temporaries(programme.path):
        with contextlib.suppress(OSError):
            leftover.unlink()
            report.removed.append(leftover)
    if not programme.read_only:
        # The caller holds the file (or it is closed elsewhere): its own leftovers go.
        report.removed.extend(remove_leftovers(programme.path.parent, mine=programme.path))
        _mark_copies_done(programme, report)
    return report


def scrub_backups(programme: Programme) -> int:
    """Scrub every copy (see `scrub_copies`); returns how many copies were changed."""
    return len(scrub_copies(programme).scrubbed)


def finish_interrupted(programme: Programme) -> CopiesReport | None:
    """Finish a purge that was interrupted before its copies were scrubbed (called when a
    file is opened and before `workshop purge`); None when nothing was waiting."""
    if programme.read_only or not copies_pending(programme):
        return None
    try:
        return scrub_copies(programme)
    except (sqlite3.Error, OSError):
        return None  # a full disk, say: still marked as waiting, so tried again next time


def _mark_copies_done(programme: Programme, report: CopiesReport) -> None:
    pending = programme.rows("purge_log", "copies_done_at = ''")
    if not pending:
        return
    now = utc_now()
    names = json.dumps(report.names(), ensure_ascii=False)
    with programme.transaction():
        for row in pending:
            programme.update("purge_log", row["id"], {"copies_done_at": now, "copies": names})


def _copy_name(path: Path) -> str:
    # The log travels with the file (exports, merges): name the copy, not the user's
    # folders. A backup is named with its folder so it can be found.
    try:
        return str(Path(path).relative_to(paths.data_dir()))
    except ValueError:
        return Path(path).name


def _scrub_one(path: Path, session_ids: list[str], columns: list[PersonalColumn]) -> bool | None:
    """Blank the purged sessions' personal data in one copy. True when something was
    removed, False when it held none, None when the copy could not be read."""
    from sqlite_utils import Database

    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA secure_delete = ON")
        copy = Programme(path, Database(conn, execute_plugins=False))
        tables = set(copy.table_names())
        changed = 0
        for column in columns:
            if (
                column.table not in tables
                or column.column not in copy.db[column.table].columns_dict
            ):
                continue
            for session_id in session_ids:
                for row in _rows_holding(copy, column, session_id):
                    values = column.blanked(row)
                    settings = ", ".join(f"[{name}] = ?" for name in values)
                    conn.execute(
                        f"UPDATE [{column.table}] SET {settings} WHERE id = ?",
                        [*values.values(), row["id"]],
                    )
                    changed += 1
        if "scan_pages" in tables:
            unclaimed = conn.execute(_UNCLAIMED_PAGES).fetchall()
            conn.executemany("UPDATE scan_pages SET picture = NULL WHERE id = ?", unclaimed)
            changed += len(unclaimed)
        conn.commit()
        if changed:
            # Rewritten whole, so no free page keeps the words; a kept copy in WAL mode
            # has its log folded in and emptied.
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return bool(changed)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
