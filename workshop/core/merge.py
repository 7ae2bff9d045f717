"""Bringing in what a colleague recorded on another laptop.

Rows are matched by id across every table of the programme, discovered from the schema
(so tables added by later features are merged too), parents before children. For each
row of the other file:
- not here yet: it is added exactly as it is (same id and timestamps), unless this file
  deleted it after its last change there;
- the same here: nothing happens (so merging twice changes nothing the second time);
- different here: field by field, the later change wins (each change is stamped by the
  hybrid logical clock in `clock`; rows from before the change log compare
  `updated_at`; on a tie this file's value is kept), and the row is listed in the report.
A row the other laptop deleted goes here too unless it was changed here after the
deletion (then it is kept and listed). A file whose changes are dated more than a day
after this laptop's clock is refused until the user confirms. Personal data removed here
(see `purge`) stays removed. The other file is only read. docs/data-format.md says it all
for people.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from workshop.core import clock, schema_map, table_rules
from workshop.core.errors import Label, ProgrammeFileError, ValidationError, WorkshopError
from workshop.core.schema_map import ForeignKey
from workshop.core.store import Change, Programme, Snapshot, inspect_file

# Columns that tell a person which row is meant, in order of preference (never a
# person's name: reports are shown and printed).
_LABEL_COLUMNS = (
    "title",
    "text",
    "group_name",
    "adjustment",
    "question",
    "code",
    "kind",
    "id",
)


class DifferentProgrammeError(WorkshopError):
    """The other file holds a different programme; merge only after the user confirms.
    The message tells the command line's user about --yes; a screen asks its own question
    from the file's name and the two titles."""

    @property
    def file_name(self) -> str:
        return str(self.values["file"])

    @property
    def their_title(self) -> str:
        return str(self.values["theirs"])

    @property
    def our_title(self) -> str:
        return str(self.values["ours"])


class ClocksDisagreeError(WorkshopError):
    """The other file holds changes dated well after this laptop's clock: one of the two
    clocks is probably wrong, and merging would let those changes win every clash. Merge
    only after the user confirms (`trust_clocks`). The message tells the command line's
    user about --trust-clocks; a screen asks its own question from the values."""

    @property
    def file_name(self) -> str:
        return str(self.values["file"])

    @property
    def days_ahead(self) -> int:
        return int(self.values["days"])

    @property
    def latest_day(self) -> str:
        return str(self.values["latest_day"])

    @property
    def today(self) -> str:
        return str(self.values["today_day"])


@dataclass(frozen=True)
class RowDifference:
    table: str
    row_id: str
    label: str
    # "theirs" (every differing field came from the other file), "ours" (none did) or
    # "both" (each field kept its later edit, some from each side)
    kept: str
    ours_updated_at: str
    theirs_updated_at: str
    fields: tuple[str, ...]
    # field -> (this file's value, the other file's value), shortened; personal data masked
    values: dict[str, tuple[str, str]] = field(default_factory=dict)
    taken: tuple[str, ...] = ()  # the fields whose value came from the other file


@dataclass
class MergeReport:
    other_path: Path
    other_title: str = ""
    different_programme: bool = False
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    differences: list[RowDifference] = field(default_factory=list)
    # Items both files had under different ids (matched on their unique keys): ours kept.
    already_here: dict[str, int] = field(default_factory=dict)
    purged_again: int = 0
    # Rows the other laptop deleted (and not changed here since) deleted here too.
    deleted: dict[str, int] = field(default_factory=dict)
    # (table, label, "theirs"|"ours"): deleted on one laptop but changed later on the
    # other, so kept.
    kept_after_deletion: list[tuple[str, str, str]] = field(default_factory=list)
    # How many days the other file's latest change is ahead of this laptop's clock, when
    # more than a day (its laptop's clock is probably wrong).
    their_clock_ahead_days: int = 0
    backup: Any = None  # what `before` returned (a backups.Backup from the callers)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted)

    def total_added(self) -> int:
        return sum(self.added.values())

    def total_updated(self) -> int:
        return sum(self.updated.values())

    def lines(self) -> list[str]:
        """The report in plain English, one line each."""
        name = self.other_path.name
        if not self.changed:
            out = [f"Nothing new in {name}: this file already had everything in it."]
        else:
            parts = []
            if self.added:
                parts.append(f"{_count(self.total_added(), 'item')} added")
            if self.updated:
                parts.append(f"{_count(self.total_updated(), 'item')} updated with newer changes")
            if self.deleted:
                parts.append(
                    f"{_count(sum(self.deleted.values()), 'item')} deleted "
                    "(deleted on the other laptop)"
                )
            out = [f"Merged {name}: {_and(parts)}."]
        for table, count in sorted(self.added.items()):
            out.append(f"  added {count} to {_table_label(table)}")
        for table, count in sorted(self.updated.items()):
            out.append(f"  updated {count} in {_table_label(table)}")
        for table, count in sorted(self.deleted.items()):
            out.append(f"  deleted {count} from {_table_label(table)}")
        if self.differences:
            out.append("")
            out.append(
                f"{_count(len(self.differences), 'item')} differed between the two files. "
                "For each detail the more recent change was kept:"
            )
            for d in self.differences:
                side = {
                    "theirs": f"took the change from {name}",
                    "ours": "kept this file's, which is more recent",
                    "both": f"kept the more recent change of each detail, some from {name}",
                }[d.kept]
                out.append(f"  {_table_label(d.table)}, {d.label!r}: {side}")
                for column in d.fields:
                    ours, theirs = d.values.get(column, ("", ""))
                    what = column.replace("_", " ")
                    if column in d.taken:
                        out.append(f"      {what}: now {theirs} (was {ours})")
                    else:
                        out.append(f"      {what}: still {ours} ({name} had {theirs})")
        if self.kept_after_deletion:
            out.append("")
        for table, label, where in self.kept_after_deletion:
            deleted_on = "this laptop" if where == "theirs" else "the other laptop"
            changed_on = name if where == "theirs" else "this file"
            out.append(
                f"  {_table_label(table)}, {label!r}: deleted on {deleted_on} but changed "
                f"later in {changed_on}, so it was kept"
            )
        if self.their_clock_ahead_days:
            out.append("")
            out.append(
                f"{name} holds changes dated {_days_in_words(self.their_clock_ahead_days)} "
                "after this laptop's clock: one of the two clocks is probably wrong. They were "
                "merged as you asked; any change made from now on counts as later than them. "
                "Check the date and time on both laptops."
            )
        for table, count in sorted(self.already_here.items()):
            out.append(
                f"  {count} of its {_table_label(table)} were already here under another "
                "name (recorded on both laptops); this file's were kept"
            )
        if self.purged_again:
            out.append(
                f"{_count(self.purged_again, 'personal detail')} already removed from this "
                "file were removed again."
            )
        return out


def _count(n: int, thing: str) -> str:
    return f"1 {thing}" if n == 1 else f"{n} {thing}s"


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _days_in_words(days: int) -> str:
    years = round(days / 365.25)
    if years >= 2:
        return f"about {years} years ({days} days)"
    if years == 1:
        return f"about a year ({days} days)"
    return "more than a day" if days <= 1 else f"{days} days"


# What the facilitator calls the rows of each table; later tables fall back to their name.
_TABLE_LABELS = {
    "programme": "the programme's details",
    "reach": "target groups and tallies",
    "access_provisions": "access arrangements",
    "exercises": "agenda items",
    "board_columns": "board columns",
    "board_clusters": "themes",
    "board_notes": "sticky notes",
    "cards": "scenario cards",
    "glossary": "glossary terms",
    "points": "points raised",
    "point_sources": "links from points to what was said",
    "purge_log": "the log of personal data removed",
}


def _table_label(table: str) -> str:
    return _TABLE_LABELS.get(table, table.replace("_", " "))


def merge(
    programme: Programme,
    other_path: Path | str,
    confirm_different: bool = False,
    before: Callable[[], Any] | None = None,
    trust_clocks: bool = False,
) -> MergeReport:
    """Bring the rows of `other_path` into `programme` (one transaction: all or nothing).

    Raises DifferentProgrammeError when the other file is of another programme and
    `confirm_different` is False; ClocksDisagreeError when it brings changes stamped more
    than a day after this laptop's clock and `trust_clocks` is False (the merge itself is
    the same either way: this only decides whether it happens); ProgrammeFileError when it cannot be read; and
    ValidationError when a row in it is refused (then nothing is merged). `before` is
    called once the other file has been read and something will change (the callers
    make a backup there); what it returns is kept as `report.backup`."""
    other_path = Path(other_path)
    if not other_path.exists():
        raise ProgrammeFileError(
            "There is no file called {file} in {folder}. Check the name of the file to merge.",
            file=other_path.name,
            folder=other_path.parent,
        )
    try:
        if other_path.resolve() == Path(programme.path).resolve():
            raise ProgrammeFileError(
                "That is this same file. Choose the file from the other laptop to merge."
            )
    except OSError:
        pass
    programme._check_writable()
    inspect_file(other_path)
    uri = f"file:{quote(str(other_path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return _merge(programme, other_path, conn, confirm_different, before, trust_clocks)
    except sqlite3.IntegrityError as exc:
        raise ValidationError(
            "{file} could not be merged: some of its items clash with items "
            "in this file ({problem}). Nothing was merged.",
            file=other_path.name,
            problem=exc,
        ) from exc
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise ProgrammeFileError(
            "{file} could not be read to the end; it looks damaged. Nothing was merged.",
            file=other_path.name,
        ) from exc
    finally:
        conn.close()


def _merge(
    programme: Programme,
    other_path: Path,
    conn: sqlite3.Connection,
    confirm_different: bool,
    before: Callable[[], Any] | None,
    trust_clocks: bool = False,
) -> MergeReport:
    report = MergeReport(other_path)
    theirs_programme = conn.execute("SELECT * FROM programme LIMIT 1").fetchone()
    if theirs_programme is None:
        raise ProgrammeFileError(
            "{file} holds no programme. Nothing was merged.", file=other_path.name
        )
    ours_programme = programme.programme()
    report.other_title = theirs_programme["title"]
    if theirs_programme["id"] != ours_programme["id"]:
        report.different_programme = True
        if not confirm_different:
            raise DifferentProgrammeError(
                "{file} holds a different programme "
                "('{theirs}'), not "
                "'{ours}'. Merge it only if you are sure: "
                "confirm, or use --yes.",
                file=other_path.name,
                theirs=theirs_programme["title"] or "untitled",
                ours=ours_programme["title"] or "untitled",
            )
    from workshop.core import purge  # purge imports store and merge's neighbours

    personal = {(c.table, c.column) for c in purge.personal_columns(programme)}
    their_tables = set(schema_map.table_names(conn))
    schema = programme.schema
    theirs_log = _Log.read(conn, their_tables)
    ours_log = _Log.read(programme.db.conn, set(schema.log_tables))
    if not trust_clocks:
        _check_clocks(other_path, theirs_log, ours_log)
    incoming: list[tuple[str, dict[str, Any]]] = []
    leaving: list[tuple[str, str]] = []  # our rows the other laptop deleted
    gone: set[tuple[str, str]] = set()  # rows deleted, here or there, that stay deleted
    # Items recorded on both laptops under different ids (the same feedback CSV imported
    # twice, say) match on the table's other unique keys: they are the same item, ours is
    # kept, and rows of theirs that point at it are pointed at ours.
    same_as_ours: dict[tuple[str, str], str] = {}
    for table in tables_in_merge_order(programme):
        tombstones = _union(ours_log.tombstones(table), theirs_log.tombstones(table))
        if table not in their_tables:
            continue
        if table == "programme" and report.different_programme:
            continue  # another programme's title and promises never replace ours
        ours_columns = set(schema.column_names(table))
        their_columns = [c.name for c in schema_map.columns_of(conn, table)]
        columns = [c for c in their_columns if c in ours_columns]
        if "id" not in columns:
            continue
        fields = [c for c in columns if c not in ("id", "created_at", "updated_at")]
        column_sql = ", ".join(f"[{c}]" for c in columns)
        unique_keys = schema.unique_keys[table]
        links = schema.links_from(table)
        cascades = [link for link in links if link.on_delete == "CASCADE"]
        their_rows = [
            _pointed_at_ours(table, dict(theirs), links, same_as_ours)
            for theirs in conn.execute(f"SELECT {column_sql} FROM [{table}] ORDER BY rowid")
        ]
        their_ids = {theirs["id"] for theirs in their_rows}
        # Ours, looked up for the whole table at once, not one query per row.
        ours_by_id = programme.get_many(table, [theirs["id"] for theirs in their_rows])
        ours_stamps, their_stamps = ours_log.stamps(table), theirs_log.stamps(table)
        twins = _UniqueKeys(programme, table, unique_keys)
        for theirs in their_rows:
            row_id = theirs["id"]
            ours = ours_by_id.get(row_id)
            deleted_at = tombstones.get(row_id)
            theirs_at = their_stamps.get(row_id, {})
            if ours is None:
                if deleted_at is not None and _latest(theirs_at, theirs) <= deleted_at:
                    gone.add((table, row_id))  # deleted here after their last change
                    continue
                if any((link.parent, theirs.get(link.column)) in gone for link in cascades):
                    gone.add((table, row_id))  # what it belongs to was deleted
                    continue
                twin = twins.find(theirs)
                if twin is not None:
                    same_as_ours[(table, row_id)] = twin
                    report.already_here[table] = report.already_here.get(table, 0) + 1
                    continue
                incoming.append((table, theirs))
                report.added[table] = report.added.get(table, 0) + 1
                if row_id in ours_log.tombstones(table):
                    report.kept_after_deletion.append((table, _label(theirs), "theirs"))
                continue
            ours_at = ours_stamps.get(row_id, {})
            merged, taken = dict(ours), []
            for c in fields:
                if ours.get(c) == theirs[c]:
                    continue
                mine, other = _field_stamp(ours_at, ours, c), _field_stamp(theirs_at, theirs, c)
                # Two different values never share a stamp (each names its laptop), except
                # in rows from before the change log, or a link this merge pointed at our
                # own copy of the same item: then this file's value stays, as it always has.
                if other > mine:
                    merged[c] = theirs[c]
                    taken.append(c)
            differing = tuple(c for c in fields if ours.get(c) != theirs[c])
            newer_at = (theirs.get("updated_at") or "") > (ours.get("updated_at") or "")
            if not differing:
                if newer_at:  # the same values, saved again later there: keep the later time
                    incoming.append((table, {**ours, "updated_at": theirs["updated_at"]}))
                continue
            report.differences.append(
                RowDifference(
                    table,
                    row_id,
                    _label(ours),
                    "theirs" if len(taken) == len(differing) else "ours" if not taken else "both",
                    ours.get("updated_at") or "",
                    theirs.get("updated_at") or "",
                    differing,
                    {c: _shown(table, c, ours.get(c), theirs[c], personal) for c in differing},
                    tuple(taken),
                )
            )
            if taken:
                report.updated[table] = report.updated.get(table, 0) + 1
            if newer_at:
                merged["updated_at"] = theirs["updated_at"]
            if taken or newer_at:
                incoming.append((table, merged))
        # Our rows the other laptop deleted: they go unless changed here since.
        deleted_there = theirs_log.tombstones(table)
        candidates = [row_id for row_id in deleted_there if row_id not in their_ids]
        for row_id, ours in programme.get_many(table, candidates).items():
            deleted_at = deleted_there[row_id]
            if _latest(ours_stamps.get(row_id, {}), ours) <= deleted_at:
                leaving.append((table, row_id))
                gone.add((table, row_id))
            else:
                report.kept_after_deletion.append((table, _label(ours), "ours"))
    new_tombstones = theirs_log.newer_tombstones(ours_log)
    new_stamps = [s for s in theirs_log.newer_stamps(ours_log) if (s[0], s[1]) not in gone]
    clock.observe(theirs_log.latest)
    ahead = clock.stamp_moment(theirs_log.latest or "")
    if ahead is not None and ahead - clock.now() > _FAR_AHEAD:
        report.their_clock_ahead_days = (ahead - clock.now()).days
    if not (incoming or leaving or new_tombstones or new_stamps):
        return report
    # Point sources are read before the rows they name may have been matched: point them
    # at ours now that every table has been read.
    incoming = [(table, _pointed_at_ours(table, row, (), same_as_ours)) for table, row in incoming]
    if before is not None and (incoming or leaving):
        report.backup = before()
    with programme.transaction():
        # Rows of one table may point at each other (a note in a cluster): check the
        # foreign keys once everything is in, at commit.
        programme.db.execute("PRAGMA defer_foreign_keys = ON")
        # Every row that goes, with what went with it: none may keep a change log entry,
        # or a stamp would outlive its value and vouch for an older one brought back later.
        deleted_rows: list[tuple[str, str]] = []
        for table, row_id in reversed(leaving):
            snapshot = programme.snapshot(table, row_id)
            if not snapshot.rows:
                continue  # already gone with what it belonged to
            programme.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
            for child_table, ids in snapshot.ids_by_table(snapshot.rows).items():
                deleted_rows += [(child_table, i) for i in ids]
                report.deleted[child_table] = report.deleted.get(child_table, 0) + len(ids)
                programme._announce(Change(child_table, "delete", ids))
            for child_table, ids in snapshot.ids_by_table(snapshot.relinked).items():
                programme._announce(Change(child_table, "update", ids))
        run_table, run = None, []
        for table, row in incoming:
            if table != run_table and run:
                programme._insert_rows(run_table, run, upsert=True)
                run = []
            run_table = table
            run.append(row)
        if run:
            programme._insert_rows(run_table, run, upsert=True)
        for table, ids in Snapshot().ids_by_table(incoming).items():
            programme._announce(Change(table, "insert", ids))
        if "_change_log" in schema.log_tables:
            programme.db.conn.executemany(
                "INSERT OR REPLACE INTO _change_log VALUES (?, ?, ?, ?)", new_stamps
            )
            programme.db.conn.executemany(
                "INSERT OR REPLACE INTO _tombstones VALUES (?, ?, ?)", new_tombstones
            )
            programme.db.conn.executemany(
                "DELETE FROM _change_log WHERE tbl = ? AND row_id = ?", deleted_rows
            )
        # Each row must meet this file's rules once everything it refers to is in;
        # a refusal rolls the whole merge back.
        ids_by_table: dict[str, list[str]] = {}
        for table, row in incoming:
            ids_by_table.setdefault(table, []).append(row["id"])
        for table, ids in ids_by_table.items():
            stored = programme.get_many(table, ids)
            rows = [stored[row_id] for row_id in ids]
            # The table's parents read once, as a set, not a look-up or two per row.
            with programme.rows_held(programme.parent_ids(table, rows)):
                for row in rows:
                    try:
                        table_rules.validate(table, programme.with_defaults(table, row), programme)
                    except ValidationError as exc:
                        raise ValidationError(
                            "{file} could not be merged: one of its "
                            "{items} was refused ({problem}) Nothing was merged.",
                            file=other_path.name,
                            items=Label(_table_label(table)),
                            problem=exc,
                        ) from exc
        report.purged_again = purge.reapply_purges(programme)
    return report


# A file whose latest change is further ahead of this laptop's clock than this was made on
# a laptop whose clock is wrong: the report says so.
_FAR_AHEAD = timedelta(days=1)


def _check_clocks(other_path: Path, theirs: _Log, ours: _Log) -> None:
    """Refuse (until confirmed) a file that brings stamps more than a day after both this
    laptop's clock and the latest stamp this file already holds. Stamps as late as those
    this file holds were accepted (or made here) before: they never ask again, so a clock
    error accepted once does not ask at every later merge, only when the wrong clock has
    moved on by more than another day."""
    moment = clock.stamp_moment(theirs.latest or "")
    if moment is None:
        return
    now = clock.now()
    known = clock.stamp_moment(ours.latest or "")
    reference = max(now, known) if known is not None else now
    if moment - reference <= _FAR_AHEAD:
        return
    days = (moment - now).days
    raise ClocksDisagreeError(
        "{file} holds changes dated as late as {latest_day}, {ahead} after this "
        "laptop's clock ({today_day}). One of the two clocks is probably wrong: if you "
        "merge, its changes will win wherever a detail was changed on both laptops, even "
        "over changes made since. Check the date and time on both laptops, then merge "
        "again, or use --trust-clocks to merge anyway. Nothing was merged.",
        file=other_path.name,
        latest_day=clock.long_date(moment.date().isoformat()),
        ahead=_days_in_words(days).split(" (")[0],
        today_day=clock.long_date(now.date().isoformat()),
        days=days,
    )


def _union(*maps: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in maps:
        for key, value in m.items():
            if value > out.get(key, ""):
                out[key] = value
    return out


def _field_stamp(stamps: dict[str, str], row: dict[str, Any], column: str) -> str:
    """When `column` of `row` last changed: its own entry, the row's, or (a row from
    before the change log) its updated_at."""
    whole = stamps.get("") or row.get("updated_at") or ""
    own = stamps.get(column, "")
    return own if own > whole else whole


def _latest(stamps: dict[str, str], row: dict[str, Any]) -> str:
    """When anything in the row last changed."""
    whole = stamps.get("") or row.get("updated_at") or ""
    return max([whole, *stamps.values()])


class _Log:
    """One file's change log and tombstones, read once (empty for a file without them)."""

    def __init__(self) -> None:
        self.by_table: dict[str, dict[str, dict[str, str]]] = {}
        self.dead: dict[str, dict[str, str]] = {}
        self.rows: list[tuple[str, str, str, str]] = []
        self.tomb_rows: list[tuple[str, str, str]] = []
        self.latest: str | None = None

    @classmethod
    def read(cls, conn: sqlite3.Connection, tables: set[str]) -> _Log:
        log = cls()
        if "_change_log" in tables:
            log.rows = conn.execute("SELECT tbl, row_id, field, stamp FROM _change_log").fetchall()
            for tbl, row_id, name, when in log.rows:
                log.by_table.setdefault(tbl, {}).setdefault(row_id, {})[name] = when
        if "_tombstones" in tables:
            log.tomb_rows = conn.execute("SELECT tbl, row_id, stamp FROM _tombstones").fetchall()
            for tbl, row_id, when in log.tomb_rows:
                log.dead.setdefault(tbl, {})[row_id] = when
        stamps = [r[3] for r in log.rows] + [r[2] for r in log.tomb_rows]
        log.latest = max(stamps, default=None)
        return log

    def stamps(self, table: str) -> dict[str, dict[str, str]]:
        return self.by_table.get(table, {})

    def tombstones(self, table: str) -> dict[str, str]:
        return self.dead.get(table, {})

    def newer_tombstones(self, ours: _Log) -> list[tuple[str, str, str]]:
        return [
            (tbl, row_id, when)
            for tbl, row_id, when in self.tomb_rows
            if when > ours.tombstones(tbl).get(row_id, "")
        ]

    def newer_stamps(self, ours: _Log) -> list[tuple[str, str, str, str]]:
        return [
            (tbl, row_id, name, when)
            for tbl, row_id, name, when in self.rows
            if when > ours.stamps(tbl).get(row_id, {}).get(name, "")
        ]


def _pointed_at_ours(
    table: str,
    row: dict[str, Any],
    links: tuple[ForeignKey, ...],
    same_as_ours: dict[tuple[str, str], str],
) -> dict[str, Any]:
    for link in links:
        ours = same_as_ours.get((link.parent, row.get(link.column)))
        if ours is not None:
            row[link.column] = ours
    # A point's sources name their row by table and id, not by a foreign key.
    if table == "point_sources":
        ours = same_as_ours.get((row.get("source_table"), row.get("source_id")))
        if ours is not None:
            row["source_id"] = ours
    return row


class _UniqueKeys:
    """Our rows of one table by each of its unique keys (other than the id), read once
    when first asked: which of our rows is the same item as one of theirs."""

    def __init__(self, programme: Programme, table: str, keys: tuple[tuple[str, ...], ...]):
        self.programme, self.table, self.keys = programme, table, keys
        self._ours: dict[tuple[str, ...], dict[tuple[Any, ...], str]] | None = None

    def find(self, theirs: dict[str, Any]) -> str | None:
        """The id of our row that has the same unique key as `theirs`, if any."""
        if not self.keys:
            return None
        if self._ours is None:
            self._ours = {}
            for columns in self.keys:
                select = ", ".join(f"[{c}]" for c in columns)
                sql = f"SELECT id, {select} FROM [{self.table}]"
                self._ours[columns] = {
                    tuple(row[1:]): row[0] for row in self.programme.db.execute(sql)
                }
        for columns in self.keys:
            values = tuple(theirs.get(c) for c in columns)
            if any(v is None for v in values):
                continue
            found = self._ours[columns].get(values)
            if found is not None:
                return found
        return None


def tables_in_merge_order(programme: Programme) -> list[str]:
    """Every programme table with ids, each after the tables its foreign keys point to
    (then in the order they were made, which the report's list of differences follows)."""
    schema = programme.schema
    by_generation = sorted(schema.created, key=lambda table: schema.depth[table])
    return [table for table in by_generation if "id" in schema.column_names(table)]


def _shown(
    table: str, column: str, ours: Any, theirs: Any, personal: set[tuple[str, str]]
) -> tuple[str, str]:
    if (table, column) in personal:
        return ("(personal data)", "(personal data)")
    return (_short(ours), _short(theirs))


_WHEN = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?)?")


def _short(value: Any) -> str:
    if value is None or value == "":
        return "blank"
    if isinstance(value, int | float):
        return str(value)
    text = " ".join(str(value).split())
    if _WHEN.fullmatch(text):  # "2027-01-20T18:30" as "20 January 2027, 18:30"
        day = clock.long_date(text[:10])
        return day + (f", {text[11:16]}" if len(text) > 10 else "")
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _label(row: dict[str, Any]) -> str:
    for column in _LABEL_COLUMNS:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= 60 else text[:59] + "…"
    return str(row.get("id", ""))
