"""The programme file: opening it safely, and every change to it as one transaction.

A `Programme` wraps one SQLite file. Every write goes through `insert`, `update`,
`delete` or `restore` (or a `transaction()` grouping several), is validated first, is
committed before the call returns, and is then announced to subscribers as `Change`s so
screens can refresh only what changed.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from workshop.core import clock, schema_map
from workshop.core.backups import backup_if_migrating
from workshop.core.clock import new_id, utc_now
from workshop.core.errors import ProgrammeFileError, ValidationError
from workshop.core.files import create_private_file, make_private, private_folder
from workshop.core.schema import APPLICATION_ID, known_migration_names, migrations
from workshop.core.schema_map import SchemaMap
from workshop.core.storage_errors import storage_error

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
FILE_SUFFIX = ".workshop"


def plain_database(target: Path | sqlite3.Connection) -> Database:
    """sqlite-utils' wrapper on `target` without its plugins: no third-party code runs on a
    programme's connection, and looking for plugins read every installed package's entry
    points each time the app started (about 20 ms of CPU before the window showed).
    Imported here, when first needed: a programme is opened and read with plain sqlite3,
    and importing sqlite-utils (with click, dateutil and pluggy) cost the app's start-up
    about 0.1 s of CPU and 10 MiB."""
    from sqlite_utils import Database

    return Database(target, execute_plugins=False)


@dataclass(frozen=True)
class Change:
    """What one committed operation did to one table."""

    table: str
    kind: str  # "insert", "update" or "delete"
    ids: tuple[str, ...]
    fields: tuple[str, ...] = ()


@dataclass
class Snapshot:
    """Rows removed by a delete (the row and everything that hung off it), parents first,
    so that `Programme.restore` can put them all back exactly as they were."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # Rows that stay but lose their link (foreign keys with ON DELETE SET NULL), kept as
    # they were so that restoring links them again.
    relinked: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def tables(self) -> set[str]:
        return {table for table, _ in self.rows}

    def ids_by_table(self, rows: list[tuple[str, dict[str, Any]]]) -> dict[str, tuple[str, ...]]:
        grouped: dict[str, list[str]] = {}
        for table, row in rows:
            grouped.setdefault(table, []).append(row["id"])
        return {table: tuple(ids) for table, ids in grouped.items()}


Listener = Callable[[list[Change]], None]


def inspect_file(path: Path) -> None:
    """Check, without writing a byte, that `path` is a programme file this app can open.

    Raises ProgrammeFileError with a message for the facilitator otherwise.
    """
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise ProgrammeFileError(
            "Could not read {name}: {reason}.", name=name, reason=exc.strerror
        ) from exc
    if size == 0 or not header.startswith(SQLITE_HEADER):
        raise ProgrammeFileError(
            "{name} is not a Workshop programme file. Choose a .workshop file, "
            "or use File > New to start a new programme.",
            name=name,
        )
    if len(header) < 100 or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProgrammeFileError(
            "{name} is a database, but not a Workshop programme file. "
            "Choose a .workshop file, or use File > New to start a new programme.",
            name=name,
        )
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) or _damaged(name) from exc
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise _damaged(name)
        applied = set(schema_map.applied_migrations(conn) or ())
        newer = applied - known_migration_names()
        if newer:
            raise ProgrammeFileError(
                "{name} was saved by a newer version of Workshop. "
                "Install the newer version to open it; the file has not been changed.",
                name=name,
            )
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        # A full disk or a read-only folder is not damage: say which it is.
        honest = storage_error(exc, path)
        if honest is not None:
            raise honest from exc
        # A damaged page can make SQLite's own report unreadable as text: still damaged.
        raise _damaged(name) from exc
    finally:
        conn.close()


_PLAIN_TYPES = frozenset({str, int, float, bytes, bool, type(None)})


def _values_of(names: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A row's values for `names`, in order and as SQLite keeps them (`_stored`): plain
    values taken as they are, in one C call a row (an import writes 2 million)."""
    take = itemgetter(*names)
    one = len(names) == 1

    def values(row: dict[str, Any]) -> tuple[Any, ...]:
        got = (take(row),) if one else take(row)
        if _PLAIN_TYPES.issuperset(map(type, got)):
            return got
        return tuple(_stored(value) for value in got)

    return values


def _stored(value: Any) -> Any:
    """A value as SQLite keeps it; lists and dicts as JSON, as sqlite-utils wrote them."""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=repr, ensure_ascii=False)
    return value


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes a byte. A file in WAL mode needs a
    shared-memory file beside it; where that cannot be made (a read-only folder or
    medium, a full disk) and there is no write-ahead log to read, the file is opened as
    immutable instead: nobody can be writing to it there."""
    base = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(base, uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise
    conn = sqlite3.connect(f"{base}&immutable=1", uri=True)
    conn.execute("PRAGMA schema_version").fetchone()
    return conn


def _damaged(name: str) -> ProgrammeFileError:
    return ProgrammeFileError(
        "{name} looks damaged or only partly copied, so it was not opened and has not "
        "been changed. Copy it again from where it came from, or restore a backup.",
        name=name,
    )


class Programme:
    """One open programme file."""

    def __init__(self, path: Path, db: Database | sqlite3.Connection, read_only: bool = False):
        self.path = path
        if isinstance(db, sqlite3.Connection):
            self.conn, self._db = db, None
        else:
            self.conn, self._db = db.conn, db
        self.read_only = read_only
        self._listeners: list[Listener] = []
        self._pending: list[Change] | None = None
        self._schema: SchemaMap | None = None
        self._schema_checked = False  # in this transaction (see `schema`)
        self._names_of: SchemaMap | None = None  # the map _names was taken from
        self._names: dict[str, tuple[str, ...]] = {}
        self._clock_seen = False  # the file's latest stamp passed to the clock
        self._held: dict[str, dict[str, dict[str, Any]]] = {}  # by table, id (`rows_held`)
        self.closed = False

    # ----- opening and closing -------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, title: str = "") -> Programme:
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise ProgrammeFileError(
                "{file} already exists. Choose another name, or open it instead.", file=path.name
            )
        made = not path.exists()
        conn = None
        try:
            private_folder(path.parent)
            create_private_file(path)
            conn = sqlite3.connect(str(path))
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            programme = cls._prepare(path, conn)
        except (OSError, sqlite3.Error) as exc:
            if conn is not None:
                conn.close()
            if made:  # nothing half-made is left behind
                for own in (path, path.with_name(path.name + "-wal")):
                    with contextlib.suppress(OSError):
                        own.unlink()
                with contextlib.suppress(OSError):
                    path.with_name(path.name + "-shm").unlink()
            raise storage_error(exc, path) or ProgrammeFileError(
                "Could not create {file}: {problem}.", file=path.name, problem=exc
            ) from exc
        if title:
            programme.update_programme({"title": title})
        return programme

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False) -> Programme:
        path = Path(path)
        if not path.exists():
            raise ProgrammeFileError(
                "There is no file called {file} in {folder}. "
                "Check the name, or use File > New to start a programme there.",
                file=path.name,
                folder=path.parent,
            )
        inspect_file(path)
        if read_only:
            try:
                conn = connect_read_only(path)
            except sqlite3.Error as exc:
                raise storage_error(exc, path) or ProgrammeFileError(
                    "Could not open {file}: {problem}.", file=path.name, problem=exc
                ) from exc
            conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' wrapper sets
            conn.execute("PRAGMA foreign_keys = ON")
            return cls(path, conn, read_only=True)
        # Reliability hook (issue 8): snapshot the file before a migration changes it.
        backup_if_migrating(path)
        # A file made by an older version may be readable by everyone: its log follows it.
        for own in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if own.exists():
                make_private(own)
        try:
            return cls._prepare(path, sqlite3.connect(str(path)))
        except sqlite3.Error as exc:
            honest = storage_error(exc, path)
            if honest is None:
                raise
            raise honest from exc

    @classmethod
    def open_or_create(cls, path: Path | str, title: str = "") -> Programme:
        path = Path(path)
        if path.exists():
            return cls.open(path)
        return cls.create(path, title)

    @classmethod
    def _prepare(cls, path: Path, conn: sqlite3.Connection) -> Programme:
        # Plain sqlite3 until something needs sqlite-utils' table helpers (see `db`).
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' wrapper sets
        # WAL + synchronous=FULL: a committed edit survives a crash or a power cut.
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Deleted and overwritten words are zeroed on disk, so a purge, a later backup
        # or a copy of the file never carries them in free space.
        conn.execute("PRAGMA secure_delete = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA synchronous = FULL")
        # 64 MiB of page cache at most (SQLite allocates it only as pages are read): the
        # default 2 MiB made a 100,000-note import spend a third of its time re-reading
        # index pages from the operating system.
        conn.execute("PRAGMA cache_size = -65536")
        programme = cls(path, conn)
        if migrations.pending(conn):
            migrations.apply(programme.db)
        if not conn.execute("SELECT count(*) FROM programme").fetchone()[0]:
            now = utc_now()
            with conn:  # commits
                conn.execute(
                    "INSERT INTO programme (id, created_at, updated_at) VALUES (?, ?, ?)",
                    [new_id(), now, now],
                )
        return programme

    @property
    def db(self) -> Database:
        """sqlite-utils' wrapper on this file's connection, made when first needed (a
        write's transaction, a table helper): opening and reading use the connection."""
        if self._db is None:
            self._db = plain_database(self.conn)
        return self._db

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                # Fold the write-ahead log back in so the file can be copied on its own.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def save_copy(self, destination: Path | str) -> None:
        """Write a consistent, compact copy of the whole programme to a new file."""
        destination = Path(destination)
        if destination.exists():
            raise ProgrammeFileError(
                "{file} already exists. Choose a new name for the copy.", file=destination.name
            )
        try:
            create_private_file(destination)  # VACUUM INTO fills an empty file
            self.conn.execute("VACUUM INTO ?", [str(destination)])
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                destination.unlink()
            raise storage_error(exc, destination) or ProgrammeFileError(
                "Could not write {file}: {problem}.", file=destination.name, problem=exc
            ) from exc

    def __enter__(self) -> Programme:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- listening -----------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _announce(self, change: Change) -> None:
        if self._pending is not None:
            self._pending.append(change)
        else:
            for listener in list(self._listeners):
                listener([change])

    def announce(self, changes: list[Change]) -> None:
        """Tell subscribers of `changes` committed to this file through another connection
        (work done off the UI thread opens one of its own): they refresh as if the changes
        had been made here."""
        if changes:
            for listener in list(self._listeners):
                listener(list(changes))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Programme]:
        """Group several writes into one commit (one user action). Subscribers hear of
        the changes only once everything is committed; on error nothing is kept."""
        if self._pending is not None:
            with self.db.atomic():
                yield self
            return
        self._pending = []
        self._schema_checked = False
        try:
            with self.db.atomic():
                yield self
            changes = self._pending
        finally:
            self._pending = None
            self._schema_checked = False
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    # ----- reading -------------------------------------------------------------------

    def _column_names(self, table: str) -> tuple[str, ...]:
        schema = self.schema
        if self._names_of is not schema:
            self._names_of, self._names = schema, {}
        names = self._names.get(table)
        if names is None:
            names = self._names[table] = schema.column_names(table)
        return names

    def get_many(self, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The rows of `table` with these ids that exist, by id: a few queries for any
        number of ids (merge asks for every incoming row)."""
        names = self._column_names(table)
        found: dict[str, dict[str, Any]] = {}
        if not names:
            return found
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT * FROM [{table}] WHERE id IN ({marks})"
            for row in self.conn.execute(sql, chunk):
                record = dict(zip(names, row, strict=True))
                found[record["id"]] = record
        return found

    @contextlib.contextmanager
    def rows_held(self, wanted: dict[str, Iterable[str]]) -> Iterator[None]:
        """Within: `get` answers these rows (ids by table) from a few set-based reads
        (`get_many`) made here, not from a query a call. Import and merge check every
        row against its parents (a note asks for its board and its column), and point
        look-ups into a big file grow as log n with cache misses; the parents of a batch
        are few. A row not held is still read from the file. For reading only: any write
        through the store lets go of them, and so does leaving the block."""
        self._held = {table: self.get_many(table, list(ids)) for table, ids in wanted.items()}
        try:
            yield
        finally:
            self._held = {}

    def parent_ids(self, table: str, rows: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
        """The rows these rows of `table` point to (ids by table), for `rows_held`."""
        wanted: dict[str, set[str]] = {}
        links = [link for link in self.schema.links_from(table) if link.parent_column == "id"]
        for row in rows:
            for link in links:
                value = row.get(link.column)
                if value:
                    wanted.setdefault(link.parent, set()).add(value)
        return wanted

    def get(self, table: str, row_id: str) -> dict[str, Any] | None:
        if self._held:
            row = self._held.get(table, {}).get(row_id)
            if row is not None:
                return dict(row)
        # Straight SQL: sqlite-utils' rows_where asks SQLite for the table list first, and
        # every rule check asks for a row or two (a typed note, each imported row).
        names = self._column_names(table)
        if not names:
            return None
        row = self.conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]).fetchone()
        return None if row is None else dict(zip(names, row, strict=True))

    def rows(
        self,
        table: str,
        where: str | None = None,
        params: list | tuple = (),
        order_by: str | None = None,
    ) -> list[dict[str, Any]]:
        # Straight SQL, as `get`: sqlite-utils lists the views and tables on each call.
        names = self._column_names(table)
        if not names:
            return []
        sql = f"SELECT * FROM [{table}]"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        return [dict(zip(names, row, strict=True)) for row in self.conn.execute(sql, list(params))]

    def programme(self) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM programme LIMIT 1").fetchone()
        return dict(zip(self.schema.column_names("programme"), row, strict=True))

    @property
    def schema(self) -> SchemaMap:
        """The file's tables and how they link, read again only after they changed.

        Inside a transaction it is checked once: the app's writes never change tables
        (only migrations do, outside any transaction), and asking SQLite for its schema
        version on every row was a third of an import's time."""
        if self._pending is None or not self._schema_checked:
            self._schema = schema_map.current(self.conn, self._schema)
            self._schema_checked = self._pending is not None
        return self._schema

    # ----- writing -------------------------------------------------------------------

    def _check_writable(self) -> None:
        self._held = {}  # rows held for checks may be about to change
        if self.read_only:
            raise ValidationError(
                "This programme is open read-only, so nothing can be changed. "
                "Close the other window that has it open, then open it again."
            )

    # ----- the change log merge reads (see core/merge.py and docs/data-format.md) -----

    def stamp(self) -> str:
        """A new change stamp, later than every stamp already in this file."""
        if not self._clock_seen:
            self._clock_seen = True
            clock.observe(self.latest_stamp())
        return clock.stamp()

    def latest_stamp(self) -> str | None:
        found = [
            self.conn.execute(f"SELECT max(stamp) FROM [{log}]").fetchone()[0]
            for log in ("_change_log", "_tombstones")
            if log in self.schema.log_tables
        ]
        return max((f for f in found if f), default=None)

    def _log_rows(self, table: str, ids: list[str], when: str) -> None:
        """Rows added or written whole at `when`: their earlier field entries give way."""
        if "_change_log" not in self.schema.log_tables:
            return
        # In key order: the log is a B-tree on (table, id, field), so sorted ids append
        # to it rather than land at random places (an import writes one per row).
        self.conn.executemany(
            "INSERT OR REPLACE INTO _change_log VALUES (?, ?, '', ?)",
            [(table, row_id, when) for row_id in sorted(ids)],
        )

    def _log_fields(self, table: str, row_id: str, fields: list[str], when: str) -> None:
        if "_change_log" not in self.schema.log_tables:
            return
        self.conn.executemany(
            "INSERT OR REPLACE INTO _change_log VALUES (?, ?, ?, ?)",
            [(table, row_id, f, when) for f in fields if f not in ("updated_at", "created_at")],
        )

    def _log_deleted(self, rows: list[tuple[str, dict[str, Any]]], when: str) -> None:
        """Deleted rows leave a tombstone and no change log (which never held values)."""
        if "_tombstones" not in self.schema.log_tables:
            return
        pairs = [(table, row["id"]) for table, row in rows]
        self.conn.executemany(
            "INSERT OR REPLACE INTO _tombstones VALUES (?, ?, ?)",
            [(table, row_id, when) for table, row_id in pairs],
        )
        self.conn.executemany("DELETE FROM _change_log WHERE tbl = ? AND row_id = ?", pairs)

    def _validate(self, table: str, row: dict[str, Any]) -> None:
        """Check `row` against its table's rule (`table_rules.validate`)."""
        # The rules, and the feature modules they live in, come with the first write:
        # opening a file to show it needs none of them (start-up, issue 18).
        from workshop.core import table_rules

        table_rules.validate(table, row, self)

    def insert(self, table: str, values: dict[str, Any]) -> str:
        self._check_writable()
        now = utc_now()
        row = {"id": new_id(), "created_at": now, "updated_at": now, **values}
        self._validate(table, self.with_defaults(table, row))
        with self.transaction():
            self._insert_rows(table, [row], upsert=False)
            self._log_rows(table, [row["id"]], self.stamp())
            self._announce(Change(table, "insert", (row["id"],), tuple(values)))
        return row["id"]

    def _insert_rows(self, table: str, rows: list[dict[str, Any]], upsert: bool) -> None:
        """Write rows with one prepared statement per set of columns (executemany), the
        columns known from the schema map: sqlite-utils' insert and upsert read the table
        list and the table's columns again for every row (1 ms a row on an import).
        With `upsert`, a row whose id is already there is updated in place (never
        deleted and inserted again, which would cascade to its children)."""
        known = set(self.schema.column_names(table))
        if not known:  # a mistake in our code, never the facilitator's
            raise ValueError(f"There is no table called {table}.")
        batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            batches.setdefault(tuple(row), []).append(row)
        for names, batch in batches.items():
            unknown = set(names) - known
            if unknown:
                raise _unknown_fields(table, unknown)
            columns = ", ".join(f"[{n}]" for n in names)
            marks = ", ".join("?" for _ in names)
            sql = f"INSERT INTO [{table}] ({columns}) VALUES ({marks})"
            if upsert:
                others = [n for n in names if n != "id"]
                action = (
                    "DO UPDATE SET " + ", ".join(f"[{n}] = excluded.[{n}]" for n in others)
                    if others
                    else "DO NOTHING"
                )
                sql += f" ON CONFLICT(id) {action}"
            # Each row's values made as SQLite takes them, not a list of them all first.
            self.conn.executemany(sql, map(_values_of(names), batch))

    def write_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Bulk write for import and merge: rows already checked by the caller are
        inserted, or updated in place when their id is there, in the caller's
        transaction; announced as one change."""
        self._check_writable()
        if not rows:
            return
        with self.transaction():
            self._insert_rows(table, rows, upsert=True)
            self._log_rows(table, [r["id"] for r in rows], self.stamp())
            self._announce(Change(table, "insert", tuple(r["id"] for r in rows)))

    def update(self, table: str, row_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Apply `changes` to one row; return the old values of the changed fields."""
        self._check_writable()
        old = self.get(table, row_id)
        if old is None:
            raise ValidationError("That item no longer exists; it may have been deleted.")
        unknown = set(changes) - set(old)
        if unknown:
            raise _unknown_fields(table, unknown)
        self._validate(table, {**old, **changes})
        with self.transaction():
            self.db[table].update(row_id, {**changes, "updated_at": utc_now()})
            self._log_fields(table, row_id, list(changes), self.stamp())
            self._announce(Change(table, "update", (row_id,), tuple(changes)))
        return {key: old[key] for key in changes}

    def update_programme(self, changes: dict[str, Any]) -> dict[str, Any]:
        return self.update("programme", self.programme()["id"], changes)

    def delete(self, table: str, row_id: str) -> Snapshot:
        """Delete a row and (through the foreign keys) everything that belongs to it.
        The returned snapshot puts it all back with `restore`."""
        self._check_writable()
        snapshot = self.snapshot(table, row_id)
        if not snapshot.rows:
            return snapshot
        with self.transaction():
            self.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
            when = self.stamp()
            self._log_deleted(snapshot.rows, when)
            gone = {(t, row["id"]) for t, row in snapshot.rows}
            for child_table, child in snapshot.relinked:
                unlinked = [
                    link.column
                    for link in self.schema.links_from(child_table)
                    if (link.parent, child.get(link.column)) in gone
                ]
                self._log_fields(child_table, child["id"], unlinked, when)
            for child_table, ids in snapshot.ids_by_table(snapshot.rows).items():
                self._announce(Change(child_table, "delete", ids))
            for child_table, ids in snapshot.ids_by_table(snapshot.relinked).items():
                self._announce(Change(child_table, "update", ids))
        return snapshot

    def restore(self, snapshot: Snapshot) -> None:
        """Put back rows exactly as they were (used by undo, restore and merge)."""
        self._check_writable()
        with self.transaction():
            # Runs of rows of one table in one statement each; parents still come first.
            run_table, run = None, []
            for table, row in [*snapshot.rows, *snapshot.relinked]:
                if table != run_table and run:
                    self._insert_rows(run_table, run, upsert=True)
                    run = []
                run_table = table
                run.append(row)
            if run:
                self._insert_rows(run_table, run, upsert=True)
            # Put back by a person (an undo): a change made now, so it travels as one.
            when = self.stamp()
            if "_tombstones" in self.schema.log_tables:
                self.conn.executemany(
                    "DELETE FROM _tombstones WHERE tbl = ? AND row_id = ?",
                    [(table, row["id"]) for table, row in snapshot.rows],
                )
            for table, ids in snapshot.ids_by_table(snapshot.rows).items():
                self._log_rows(table, list(ids), when)
            for table, ids in snapshot.ids_by_table(snapshot.relinked).items():
                self._log_rows(table, list(ids), when)
            for table, ids in snapshot.ids_by_table(snapshot.rows).items():
                self._announce(Change(table, "insert", ids))
            for table, ids in snapshot.ids_by_table(snapshot.relinked).items():
                self._announce(Change(table, "update", ids))

    def snapshot(self, table: str, row_id: str) -> Snapshot:
        """The row and every row deleted with it (ON DELETE CASCADE, followed down), parents
        first; plus the rows that would only lose their link to it (ON DELETE SET NULL)."""
        snapshot = Snapshot()
        root = self.get(table, row_id)
        if root is None:
            return snapshot
        schema = self.schema
        queue = [(table, root)]
        seen: set[tuple[str, str]] = set()
        relinked: dict[tuple[str, str], dict[str, Any]] = {}
        while queue:
            current_table, row = queue.pop(0)
            if (current_table, row["id"]) in seen:
                continue
            seen.add((current_table, row["id"]))
            snapshot.rows.append((current_table, row))
            for link in schema.links_to(current_table):
                for child in self.rows(link.table, f"[{link.column}] = ?", [row["id"]]):
                    if link.on_delete == "CASCADE":
                        queue.append((link.table, child))
                    elif link.on_delete == "SET NULL":
                        relinked.setdefault((link.table, child["id"]), child)
        snapshot.relinked = [
            (child_table, child)
            for (child_table, child_id), child in relinked.items()
            if (child_table, child_id) not in seen
        ]
        return snapshot

    def with_defaults(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """`row` completed with the table's column defaults: the whole row the validation
        rules see, as it would be stored (for checking rows before writing them)."""
        return {**self.schema.defaults(table), **row}

    def table_names(self) -> list[str]:
        """The programme's own tables (not SQLite's or the migration log), in the order
        they were made."""
        return list(self.schema.created)


def _unknown_fields(table: str, unknown: set[str]) -> ValidationError:
    """The one-line refusal for fields a table does not have, its plural written out."""
    fields = ", ".join(sorted(unknown))
    if len(unknown) == 1:
        return ValidationError("Unknown field for {table}: {fields}.", table=table, fields=fields)
    return ValidationError("Unknown fields for {table}: {fields}.", table=table, fields=fields)
