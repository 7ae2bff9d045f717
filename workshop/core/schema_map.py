"""What the programme file's tables are and how they hang together, read from the file.

The migrations in `schema.py` build the tables; this module reads what they built, so a
table added by a later feature is known here without a change. It answers what the store
(undo of a delete), merge and the record export ask of the schema: the programme's
tables parents first, the foreign keys between them and what a delete does along each,
the unique keys that say two rows are the same item, each column's type and default, and
which migrations a file has had. `Programme.schema` keeps one map per open file and
reads it again only when SQLite's schema version says the tables changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from workshop.core.schema import migrations


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # the declared type in capitals; TEXT when none is declared
    not_null: bool
    has_default: bool
    default: Any  # the default as a value ('' for DEFAULT ''); None when there is none
    primary_key: bool


@dataclass(frozen=True)
class ForeignKey:
    table: str  # the table holding the link (the child)
    column: str
    parent: str
    parent_column: str  # "id" when the link names no column
    on_delete: str  # CASCADE, SET NULL, NO ACTION, ...


@dataclass(frozen=True)
class SchemaMap:
    version: int  # SQLite's schema version when this was read
    created: tuple[str, ...]  # the programme's tables in the order they were made
    columns: Mapping[str, tuple[Column, ...]]
    links: Mapping[str, tuple[ForeignKey, ...]]  # by the table holding them
    unique_keys: Mapping[str, tuple[tuple[str, ...], ...]]  # other than the id
    # 0 for a table that refers to no other; else one more than its deepest parent.
    depth: Mapping[str, int]
    # Which of merge's change log tables the file has ("_change_log", "_tombstones"):
    # none in a file made before they were added.
    log_tables: frozenset[str] = frozenset()

    @property
    def tables(self) -> tuple[str, ...]:
        """Parents first (each table after every table it refers to), then A to Z: the
        order of the record document (docs/data-format.md)."""
        return tuple(sorted(self.created, key=lambda t: (self.depth[t], t)))

    def column_names(self, table: str) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns.get(table, ()))

    def defaults(self, table: str) -> dict[str, Any]:
        """Column -> default value, for the columns that have one."""
        return {c.name: c.default for c in self.columns.get(table, ()) if c.has_default}

    def links_from(self, table: str) -> tuple[ForeignKey, ...]:
        return self.links.get(table, ())

    def links_to(self, parent: str) -> list[ForeignKey]:
        """Every foreign key that points at `parent`, tables in the order they were made."""
        return [fk for table in self.created for fk in self.links[table] if fk.parent == parent]


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA schema_version").fetchone()[0]


def current(conn: sqlite3.Connection, known: SchemaMap | None) -> SchemaMap:
    """`known` while the file's tables are unchanged since it was read, else a new map."""
    if known is not None and known.version == schema_version(conn):
        return known
    return read_schema(conn)


def read_schema(conn: sqlite3.Connection) -> SchemaMap:
    version = schema_version(conn)
    every = table_names(conn)
    created = tuple(programme_tables(conn))
    links = {table: _links(conn, table) for table in created}
    return SchemaMap(
        version=version,
        created=created,
        columns={table: columns_of(conn, table) for table in created},
        links=links,
        unique_keys={table: _unique_keys(conn, table) for table in created},
        depth=_depths(created, links),
        log_tables=frozenset(every) & LOG_TABLES,
    )


LOG_TABLES = frozenset({"_change_log", "_tombstones"})


def table_names(conn: sqlite3.Connection) -> list[str]:
    """Every table in the file, SQLite's own and the migration log included."""
    return [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def programme_tables(conn: sqlite3.Connection) -> list[str]:
    """The programme's own tables (not SQLite's, the migration log or search indexes)."""
    return [
        name
        for name in table_names(conn)
        if not name.startswith(("_", "sqlite_")) and "_fts" not in name
    ]


def columns_of(conn: sqlite3.Connection, table: str) -> tuple[Column, ...]:
    return tuple(
        Column(
            name=name,
            type=(type_ or "TEXT").upper(),
            not_null=bool(notnull),
            has_default=default is not None,
            default=None if default is None else unquote_default(default),
            primary_key=bool(pk),
        )
        for _cid, name, type_, notnull, default, pk in conn.execute(
            f"PRAGMA table_info([{table}])"
        ).fetchall()
    )


def unquote_default(sql: str) -> Any:
    """A column default as SQLite reports it (`'consult'`, `0`, `NULL`) as a value."""
    if len(sql) >= 2 and sql[0] == sql[-1] == "'":
        return sql[1:-1].replace("''", "'")
    upper = sql.upper()
    if upper == "NULL":
        return None
    if upper in ("TRUE", "FALSE"):
        return upper == "TRUE"
    if upper.startswith("X'") and sql.endswith("'"):
        try:
            return bytes.fromhex(sql[2:-1])
        except ValueError:
            return sql
    for number in (int, float):
        try:
            return number(sql)
        except ValueError:
            pass
    return sql  # an expression such as CURRENT_TIMESTAMP, kept as written


def _links(conn: sqlite3.Connection, table: str) -> tuple[ForeignKey, ...]:
    return tuple(
        ForeignKey(
            table=table,
            column=row[3],
            parent=row[2],
            parent_column=row[4] or "id",
            on_delete=row[6].upper(),
        )
        for row in conn.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
    )


def _unique_keys(conn: sqlite3.Connection, table: str) -> tuple[tuple[str, ...], ...]:
    """The column sets of the table's UNIQUE constraints and indexes, other than its id."""
    keys = []
    for index in conn.execute(f"PRAGMA index_list([{table}])").fetchall():
        name, unique, origin = index[1], index[2], index[3]
        if unique and origin != "pk":
            columns = tuple(c[2] for c in conn.execute(f"PRAGMA index_info([{name}])"))
            if columns and None not in columns and columns != ("id",):
                keys.append(columns)
    return tuple(keys)


def _depths(tables: tuple[str, ...], links: Mapping[str, tuple[ForeignKey, ...]]) -> dict[str, int]:
    """How many generations of parents each table has. A link to itself or to a table
    that is not the programme's does not count; tables in a cycle of links (there are
    none today; deferred foreign keys would cope) share the next generation."""
    parents = {
        table: {fk.parent for fk in links[table] if fk.parent != table and fk.parent in tables}
        for table in tables
    }
    depth: dict[str, int] = {}
    generation = 0
    while len(depth) < len(tables):
        ready = [t for t in tables if t not in depth and parents[t] <= depth.keys()]
        if not ready:
            ready = [t for t in tables if t not in depth]
        for table in ready:
            depth[table] = generation
        generation += 1
    return depth


# ----- migrations ----------------------------------------------------------------------


def applied_migrations(conn: sqlite3.Connection) -> list[str] | None:
    """The migrations the file's log says it has had (None when it has no log)."""
    has_log = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'"
    ).fetchone()
    if not has_log:
        return None
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [migrations.name]
        )
    ]
