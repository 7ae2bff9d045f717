"""Points raised and their published responses ("you said, we did", GMCA value 12).

A point is a short statement of something residents said that needs an answer. It is
raised from any note, theme, card response, question or returned feedback, and more
sources can be attached later. Sources are `(source_table, source_id)` pairs: they live
in many tables, so the link copies the words and the session at the time it is made, and
the source row is read generically when it still exists.

Ordering rule (value 12c): significant points always come first, and no filter on
numbers (how many sources) can hide a significant point. Points are never ranked by how
many sources they have alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from workshop.core import languages, validation
from workshop.core.errors import ValidationError
from workshop.core.vocab import Choice, Vocabulary

if TYPE_CHECKING:
    from workshop.core.store import Programme

SourceRef = tuple[str, str]

RESPONSE_STATUSES = Vocabulary(
    "response status",
    [
        Choice("changed", "Changed", "We have already changed what we do."),
        Choice("will_change", "Will change", "We have agreed a change and will make it."),
        Choice(
            "considering",
            "Still being considered",
            "We have not decided yet; we say when we will.",
        ),
        Choice("not_changing", "Not changing", "We are not making this change, and say why."),
        Choice(
            "outside_scope",
            "Outside what this engagement can change",
            "This engagement cannot change it; we say who we passed it to.",
        ),
    ],
)

NEEDS_REASONING = ("not_changing", "outside_scope")

# Plain names for the tables a point can come from. Tables not listed get a name made
# from the table name, so a new kind of source still works.
SOURCE_KINDS: dict[str, str] = {
    "notes": "Board note",
    "board_notes": "Board note",
    "clusters": "Theme",
    "board_clusters": "Theme",
    "themes": "Theme",
    "card_responses": "Scenario card response",
    "questions": "Question",
    "feedback_responses": "Returned feedback",
    "returned_feedback": "Returned feedback",
    "feedback_returns": "Returned feedback",
}

# Which fields hold a source's words, in order of preference.
_WORD_FIELDS = (
    "text",
    "words",
    "statement",
    "question",
    "comment",
    "comments",
    "body",
    "content",
    "message",
    "response",
    "answer_text",
    "title",
)
# Card responses carry several answers; these are joined with labels.
_PART_FIELDS = (
    ("hopes", "Hopes"),
    ("fears", "Fears"),
    ("questions", "Questions"),
    ("changes", "Changes"),
)
# Never copied into a point, whatever table they are in.
_PERSONAL_FIELDS = {"name", "contact", "code", "participant_code", "email", "phone", "address"}


def source_kind(table: str) -> str:
    return SOURCE_KINDS.get(table) or table.replace("_", " ").rstrip("s").capitalize()


# ----- reading a source generically ------------------------------------------------------


@dataclass(frozen=True)
class SourceInfo:
    table: str
    source_id: str
    exists: bool
    words: str
    session_id: str
    exercise_id: str
    significant: bool
    significance_reason: str
    language: str = ""  # the words' language (BCP 47), "" when not set

    @property
    def kind(self) -> str:
        return source_kind(self.table)


def _words_of(row: dict[str, Any]) -> str:
    parts = [
        f"{label}: {str(row[key]).strip()}"
        for key, label in _PART_FIELDS
        if isinstance(row.get(key), str) and row[key].strip()
    ]
    if len(parts) > 1 or (parts and not any(row.get(k) for k in _WORD_FIELDS)):
        return "\n".join(parts)
    for key in _WORD_FIELDS:
        value = row.get(key)
        if key not in _PERSONAL_FIELDS and isinstance(value, str) and value.strip():
            return value.strip()
    return parts[0] if parts else ""


def _significance_of(row: dict[str, Any]) -> tuple[bool, str]:
    flag = False
    reason = ""
    for key, value in row.items():
        if "significan" in key and "reason" not in key and isinstance(value, int):
            flag = flag or bool(value)
        elif "reason" in key and isinstance(value, str) and value.strip():
            reason = reason or value.strip()
    return flag, reason if flag else ""


def _table_exists(programme: Programme, table: str) -> bool:
    return table in programme.db.table_names()


class SourceReader:
    """The reads behind many sources' details (a pack's points): the file's tables, each
    table's foreign keys and each parent row (a board, a session) read once, not once per
    source. For one pass over a programme that does not change meanwhile."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        self._tables: set[str] | None = None
        self._foreign_keys: dict[str, list] = {}
        self._rows: dict[tuple[str, Any], dict[str, Any] | None] = {}

    def has_table(self, table: str) -> bool:
        if self._tables is None:
            self._tables = set(self.programme.db.table_names())
        return table in self._tables

    def foreign_keys(self, table: str) -> list:
        if table not in self._foreign_keys:
            self._foreign_keys[table] = list(self.programme.db[table].foreign_keys)
        return self._foreign_keys[table]

    def get(self, table: str, row_id: Any) -> dict[str, Any] | None:
        key = (table, row_id)
        if key not in self._rows:
            self._rows[key] = self.programme.get(table, row_id)
        return self._rows[key]

    def read_ahead(self, table: str, row_ids: Iterable[Any]) -> None:
        """Read the rows about to be asked for (a point's sources) in one query, not one
        each."""
        wanted = [i for i in dict.fromkeys(row_ids) if (table, i) not in self._rows]
        if not wanted or not self.has_table(table):
            return
        found = self.programme.get_many(table, wanted)
        for row_id in wanted:
            self._rows[(table, row_id)] = found.get(row_id)


def _session_and_exercise(
    programme: Programme, table: str, row: dict[str, Any], reader: SourceReader | None = None
) -> tuple[str, str]:
    """Walk up the foreign keys (note -> board -> exercise -> session) to find where a
    source was said, whatever table it is in."""
    reader = reader or SourceReader(programme)
    session_id = row.get("session_id") or ""
    exercise_id = row.get("exercise_id") or ""
    seen = {(table, row.get("id"))}
    frontier = [(table, row)]
    for _ in range(5):
        if session_id and exercise_id:
            break
        next_frontier = []
        for current_table, current in frontier:
            for fk in reader.foreign_keys(current_table):
                parent_id = current.get(fk.column)
                if not parent_id or (fk.other_table, parent_id) in seen:
                    continue
                seen.add((fk.other_table, parent_id))
                parent = reader.get(fk.other_table, parent_id)
                if parent is None:
                    continue
                if fk.other_table == "sessions":
                    session_id = session_id or parent["id"]
                    continue
                if fk.other_table == "exercises":
                    exercise_id = exercise_id or parent["id"]
                session_id = session_id or parent.get("session_id") or ""
                exercise_id = exercise_id or parent.get("exercise_id") or ""
                next_frontier.append((fk.other_table, parent))
        frontier = next_frontier
        if not frontier:
            break
    if exercise_id and not session_id:
        exercise = reader.get("exercises", exercise_id)
        session_id = (exercise or {}).get("session_id") or ""
    return session_id, exercise_id


def source_info(
    programme: Programme, table: str, source_id: str, reader: SourceReader | None = None
) -> SourceInfo:
    reader = reader or SourceReader(programme)
    row = reader.get(table, source_id) if reader.has_table(table) else None
    if row is None:
        return SourceInfo(table, source_id, False, "", "", "", False, "")
    session_id, exercise_id = _session_and_exercise(programme, table, row, reader)
    flag, reason = _significance_of(row)
    language = row.get("language")
    return SourceInfo(
        table,
        source_id,
        True,
        _words_of(row),
        session_id,
        exercise_id,
        flag,
        reason,
        language if isinstance(language, str) else "",
    )


# ----- points and their sources -----------------------------------------------------------


def tags_of(point: dict[str, Any]) -> list[str]:
    try:
        tags = json.loads(point.get("tags") or "[]")
    except (TypeError, ValueError):
        return []
    return [str(t) for t in tags if str(t).strip()] if isinstance(tags, list) else []


def tags_json(tags: Iterable[str]) -> str:
    seen: list[str] = []
    for tag in tags:
        tag = tag.strip()
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen.append(tag)
    return json.dumps(seen, ensure_ascii=False)


def parse_tags(text: str) -> list[str]:
    """'housing, appeals ,  ' -> ['housing', 'appeals']"""
    return json.loads(tags_json(text.split(",")))


def suggested_statement(programme: Programme, sources: Sequence[SourceRef]) -> str:
    """The first source's words, as a starting point for a new point's statement."""
    for table, source_id in sources:
        words = source_info(programme, table, source_id).words
        if words:
            first = words.splitlines()[0]
            return first if len(first) <= 200 else first[:197].rstrip() + "…"
    return ""


def _source_values(info: SourceInfo, point_id: str) -> dict[str, Any]:
    return {
        "point_id": point_id,
        "source_table": info.table,
        "source_id": info.source_id,
        "words": info.words,
        "session_id": info.session_id,
        "exercise_id": info.exercise_id,
        "language": info.language,
    }


def _carried_significance(infos: Sequence[SourceInfo]) -> tuple[bool, str]:
    flagged = [i for i in infos if i.significant]
    if not flagged:
        return False, ""
    reasons = [i.significance_reason for i in flagged if i.significance_reason]
    return True, reasons[
        0
    ] if reasons else f"Flagged as significant on the {flagged[0].kind.lower()}."


def raise_point(
    programme: Programme,
    sources: Sequence[SourceRef],
    statement: str,
    detail: str = "",
    tags: Iterable[str] = (),
    significant: bool = False,
    significance_reason: str = "",
) -> str:
    """A new point from `sources`, in one transaction. A significance flag on any source
    (a board note or theme) carries over with its reason."""
    infos = [source_info(programme, t, i) for t, i in _unique(sources)]
    carried, carried_reason = _carried_significance(infos)
    if carried and not significant:
        significant, significance_reason = True, carried_reason
    with programme.transaction():
        point_id = programme.insert(
            "points",
            {
                "statement": statement.strip(),
                "detail": detail.strip(),
                "tags": tags_json(tags),
                "significant": int(bool(significant)),
                "significance_reason": significance_reason.strip(),
            },
        )
        for info in infos:
            programme.insert("point_sources", _source_values(info, point_id))
    return point_id


@dataclass
class Attached:
    """What attaching did, so it can be undone exactly."""

    source_row_ids: list[str] = field(default_factory=list)
    point_before: dict[str, Any] = field(default_factory=dict)


def attach_sources(programme: Programme, point_id: str, sources: Sequence[SourceRef]) -> Attached:
    """Link more sources to an existing point (ones already linked are skipped). A flag
    on a new source makes the point significant if it was not."""
    point = programme.get("points", point_id)
    if point is None:
        raise ValidationError("That point no longer exists; it may have been deleted.")
    linked = {(s["source_table"], s["source_id"]) for s in _source_rows(programme, point_id)}
    infos = [source_info(programme, t, i) for t, i in _unique(sources) if (t, i) not in linked]
    done = Attached()
    with programme.transaction():
        for info in infos:
            done.source_row_ids.append(
                programme.insert("point_sources", _source_values(info, point_id))
            )
        carried, reason = _carried_significance(infos)
        if carried and not point["significant"]:
            done.point_before = programme.update(
                "points", point_id, {"significant": 1, "significance_reason": reason}
            )
    return done


def detach(programme: Programme, attached: Attached, point_id: str) -> None:
    """Undo `attach_sources`."""
    with programme.transaction():
        for row_id in attached.source_row_ids:
            programme.delete("point_sources", row_id)
        if attached.point_before:
            programme.update("points", point_id, attached.point_before)


def _unique(sources: Sequence[SourceRef]) -> list[SourceRef]:
    out: list[SourceRef] = []
    for ref in sources:
        ref = (str(ref[0]), str(ref[1]))
        if ref not in out:
            out.append(ref)
    return out


def _source_rows(programme: Programme, point_id: str) -> list[dict[str, Any]]:
    """Each source of a point once (a merge of two laptops can link the same one twice)."""
    rows = programme.rows("point_sources", "point_id = ?", [point_id], order_by="created_at, rowid")
    seen: set[tuple[str, str]] = set()
    unique = []
    for row in rows:
        key = (row["source_table"], row["source_id"])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    return unique


@dataclass(frozen=True)
class PointSource:
    id: str
    table: str
    source_id: str
    kind: str
    words: str  # the source's words now, or the copy made when linked if it has gone
    exists: bool
    session_id: str
    session_title: str
    exercise_title: str
    place: str = ""  # where in the exercise: the board column, the scenario card…
    language: str = ""  # the words' language (BCP 47), "" when not set


def _place_of(
    programme: Programme, table: str, source_id: str, reader: SourceReader | None = None
) -> str:
    """The title of the source's nearest named parent other than its session and
    exercise: a note's column ("Fears"), a card response's card ("Waiting list")."""
    reader = reader or SourceReader(programme)
    if not reader.has_table(table):
        return ""
    row = reader.get(table, source_id)
    if row is None:
        return ""
    fks = sorted(
        reader.foreign_keys(table), key=lambda fk: fk.column not in ("column_id", "card_id")
    )
    for fk in fks:
        if fk.other_table in ("sessions", "exercises", "participants") or not row.get(fk.column):
            continue
        parent = reader.get(fk.other_table, row[fk.column]) or {}
        title = parent.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
    return ""


def point_sources(
    programme: Programme, point_id: str, reader: SourceReader | None = None
) -> list[PointSource]:
    """A point's sources as they read now. Pass one `SourceReader` to many calls (a
    pack's points) to read each table's keys and each parent row once."""
    reader = reader or SourceReader(programme)
    out = []
    rows = _source_rows(programme, point_id)
    by_table: dict[str, list[str]] = {}
    for row in rows:
        by_table.setdefault(row["source_table"], []).append(row["source_id"])
    for table, ids in by_table.items():
        reader.read_ahead(table, ids)
    for row in rows:
        live = source_info(programme, row["source_table"], row["source_id"], reader)
        session = reader.get("sessions", row["session_id"]) if row["session_id"] else None
        exercise = reader.get("exercises", row["exercise_id"]) if row["exercise_id"] else None
        out.append(
            PointSource(
                id=row["id"],
                table=row["source_table"],
                source_id=row["source_id"],
                kind=source_kind(row["source_table"]),
                words=(live.words if live.exists and live.words else row["words"]),
                exists=live.exists,
                session_id=row["session_id"],
                session_title=(session or {}).get("title", ""),
                exercise_title=(exercise or {}).get("title", ""),
                place=_place_of(programme, row["source_table"], row["source_id"], reader),
                language=(live.language if live.exists and live.language else row["language"]),
            )
        )
    return out


def points_for_source(programme: Programme, table: str, source_id: str) -> list[dict[str, Any]]:
    """Points a note, theme, question… has already been raised as (for 'Raised as' hints)."""
    return programme.rows(
        "points",
        "id IN (SELECT point_id FROM point_sources WHERE source_table = ? AND source_id = ?)",
        [table, source_id],
        order_by="created_at",
    )


# ----- listing, ordering and filtering ----------------------------------------------------


@dataclass(frozen=True)
class PointFilter:
    """What the facilitator narrowed the list to. `min_sources` is a filter on numbers:
    it never hides a significant point."""

    session_id: str = ""
    tag: str = ""
    status: str = ""  # a response status, or "unanswered", "draft", "published"
    search: str = ""
    min_sources: int = 0


@dataclass(frozen=True)
class PointSummary:
    point: dict[str, Any]
    source_count: int
    session_ids: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.point["id"]

    @property
    def significant(self) -> bool:
        return bool(self.point["significant"])

    @property
    def published(self) -> bool:
        return bool(self.point["published_on"])


def list_points(programme: Programme, filters: PointFilter | None = None) -> list[PointSummary]:
    """Points in their fixed order: significant first, then in the order they were raised.
    Never ranked by how many sources they have."""
    filters = filters or PointFilter()
    counts: dict[str, list[str]] = {}
    seen: set[tuple[str, str, str]] = set()
    for point_id, table, source_id, session_id in programme.db.execute(
        "SELECT point_id, source_table, source_id, session_id FROM point_sources ORDER BY rowid"
    ).fetchall():
        if (point_id, table, source_id) not in seen:  # each source counted once
            seen.add((point_id, table, source_id))
            counts.setdefault(point_id, []).append(session_id)
    words: dict[str, str] = {}
    if filters.search:
        for point_id, text in programme.db.execute("SELECT point_id, words FROM point_sources"):
            words[point_id] = words.get(point_id, "") + "\n" + text
    out = []
    for point in programme.rows("points", order_by="significant DESC, created_at, rowid"):
        sessions = counts.get(point["id"], [])
        summary = PointSummary(point, len(sessions), tuple(dict.fromkeys(s for s in sessions if s)))
        if _matches(summary, filters, words.get(point["id"], "")):
            out.append(summary)
    return out


def _matches(summary: PointSummary, f: PointFilter, source_words: str) -> bool:
    point = summary.point
    if f.session_id and f.session_id not in summary.session_ids:
        return False
    if f.tag and f.tag.casefold() not in {t.casefold() for t in tags_of(point)}:
        return False
    if f.status:
        status = point["response_status"]
        if f.status == "unanswered" and status:
            return False
        if f.status == "draft" and (not status or point["published_on"]):
            return False
        if f.status == "published" and not point["published_on"]:
            return False
        if f.status in RESPONSE_STATUSES and status != f.status:
            return False
    if f.search:
        haystack = "\n".join(
            [
                point["statement"],
                point["detail"],
                point["decision"],
                point["reasoning"],
                " ".join(tags_of(point)),
                source_words,
            ]
        ).casefold()
        if not all(word in haystack for word in f.search.casefold().split()):
            return False
    # A filter on numbers never hides a significant point.
    return not (f.min_sources and summary.source_count < f.min_sources and not summary.significant)


def all_tags(programme: Programme) -> list[str]:
    tags: dict[str, str] = {}
    for (raw,) in programme.db.execute("SELECT tags FROM points"):
        for tag in tags_of({"tags": raw}):
            tags.setdefault(tag.casefold(), tag)
    return sorted(tags.values(), key=str.casefold)


# ----- responses and progress ---------------------------------------------------------------


def publish_problems(point: dict[str, Any], today: date | None = None) -> list[str]:
    """Why this response cannot be published yet (empty when it can). With `today` (the
    screen's Publish), a published date after today is refused too: the public pack
    would otherwise show a response as published before it was."""
    problems = []
    when = _as_date(point.get("published_on") or "")
    if today is not None and when is not None and when > today:
        problems.append(
            f"The published date {when.isoformat()} is in the future. Use today's date, "
            "or publish it on the day."
        )
    status = point.get("response_status") or ""
    if not status:
        problems.append("Choose what happened (the response status).")
    if not (point.get("decision") or "").strip():
        problems.append("Write the decision in a sentence or two.")
    if status in NEEDS_REASONING and not (point.get("reasoning") or "").strip():
        problems.append(
            f"A '{RESPONSE_STATUSES.label(status)}' response needs the reasoning, in plain "
            "English, before it can be published."
        )
    if status == "outside_scope" and not (point.get("passed_to") or "").strip():
        problems.append("Say who the point was passed to.")
    return problems


def _as_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def point_warnings(point: dict[str, Any], due: str = "", today: date | None = None) -> list[str]:
    """What needs attention on one point, for the points screen, as keys the screen words
    (and translates): "no_owner", "overdue" (unpublished after the promised date) and
    "future_date" (published with a date after today)."""
    today = today or date.today()
    warnings = []
    if not (point.get("owner") or "").strip():
        warnings.append("no_owner")
    due_date = _as_date(due)
    if not point.get("published_on") and due_date is not None and today > due_date:
        warnings.append("overdue")
    published = _as_date(point.get("published_on") or "")
    if published is not None and published > today:
        warnings.append("future_date")
    return warnings


def status_history(programme: Programme, point_id: str) -> list[tuple[str, str]]:
    """Each status the response was published with, oldest first, as (status, date)."""
    return [
        (status, when)
        for status, when in programme.db.execute(
            "SELECT status, published_on FROM point_status_history WHERE point_id = ? "
            "ORDER BY published_on, created_at",
            [point_id],
        )
    ]


def point_status_history_rule(row: dict[str, Any], programme: Programme) -> None:
    validation.require_choice(row["status"], RESPONSE_STATUSES)
    validation.parse_date(row["published_on"], "date the response was published")


@dataclass(frozen=True)
class Progress:
    total: int
    published: int
    drafted: int  # a response written but not published
    unanswered: int
    due: str  # the programme's promised date, '' if none
    overdue: list[dict[str, Any]]  # points without a published response once the date passed
    by_status: dict[str, int]  # published responses by status


def progress(programme: Programme, today: date | None = None) -> Progress:
    today = today or date.today()
    due_text = programme.programme().get("responses_due") or ""
    try:
        due = date.fromisoformat(due_text) if due_text else None
    except ValueError:
        due = None
    points = [s.point for s in list_points(programme)]
    published = [p for p in points if p["published_on"]]
    unpublished = [p for p in points if not p["published_on"]]
    by_status = {key: 0 for key in RESPONSE_STATUSES.keys()}
    for p in published:
        by_status[p["response_status"]] = by_status.get(p["response_status"], 0) + 1
    return Progress(
        total=len(points),
        published=len(published),
        drafted=sum(1 for p in unpublished if p["response_status"]),
        unanswered=sum(1 for p in unpublished if not p["response_status"]),
        due=due_text,
        overdue=unpublished if due is not None and today > due else [],
        by_status=by_status,
    )


# ----- rules ------------------------------------------------------------------------------


def point_rule(row: dict[str, Any], programme: Programme) -> None:
    validation.require_text(row["statement"], "point's statement")
    if row["response_status"]:
        validation.require_choice(row["response_status"], RESPONSE_STATUSES)
    if row["significant"] and not (row.get("significance_reason") or "").strip():
        raise ValidationError(
            "A significant point needs a reason, for example 'a risk of unfair treatment for "
            "one group'. Say why it matters, or untick 'Significant'."
        )
    try:
        json.loads(row.get("tags") or "[]")
    except ValueError:
        raise ValidationError(
            "The tags could not be read. Type them separated by commas."
        ) from None
    if row["published_on"]:
        validation.parse_date(row["published_on"], "date the response was published")
        problems = publish_problems(row)
        if problems:
            raise ValidationError(
                "This response cannot be published yet. {problems}", problems=" ".join(problems)
            )


def point_source_rule(row: dict[str, Any], programme: Programme) -> None:
    validation.require_text(row["source_table"], "source's table")
    languages.require_language(row)
    validation.require_text(row["source_id"], "source's id")
