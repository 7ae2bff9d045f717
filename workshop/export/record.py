"""The whole programme as data: one documented, versioned JSON document (and a zip with
CSVs and board pictures), and the same document read back into a new or empty file.

The document is generic over the file's tables, so tables added by later features are
exported and imported without changes here. Its format is described in
docs/data-format.md. Export, import, export gives the same JSON: no timestamp of the
export is written, tables come parents first and rows are ordered by id.

Import checks the whole document before writing anything and refuses, naming the place
(e.g. `sessions[3].starts_at`), a document with the wrong format or version, missing
or unknown fields, values of the wrong type, duplicate ids or references to rows that
are not in it. A refused import leaves the target file exactly as it was.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sqlite3
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from workshop.core import schema_map
from workshop.core.errors import ValidationError, WorkshopError
from workshop.core.exercise_kinds import EXERCISE_KINDS
from workshop.core.files import built_beside, write_atomically, writing_atomically
from workshop.core.schema import known_migration_names, migration_names
from workshop.core.schema_map import Column
from workshop.core.store import Programme, Snapshot

FORMAT = "workshop-record"
FORMAT_VERSION = 1
RECORD_NAME = "record.json"
# Board pictures in the zip: a little sharper than the board on screen at 100%, and quick
# to make for a programme with thousands of notes.
PICTURE_DPI = 110
# Keys of the document that are not tables.
META_KEYS = ("format", "version", "migrations")
# The largest record read back: a real programme's record.json is a few megabytes and
# compresses about five times; a "zip bomb" unpacks thousands of times its size.
MAX_RECORD_BYTES = 500 * 1024 * 1024
MAX_UNPACK_RATIO = 20
SMALL_RECORD_BYTES = 64 * 1024 * 1024  # below this no ratio is asked of a zip
# A cell a spreadsheet would run as a formula starts with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[float, str], None]


class RecordError(WorkshopError):
    """The document cannot be imported; nothing was changed."""


# ----- the shape of the file -------------------------------------------------------------


def _required(column: Column) -> bool:
    """A row in the document must give this field (NOT NULL without a default, or the id)."""
    return column.name == "id" or (column.not_null and not column.has_default)


def _nullable(column: Column) -> bool:
    return not column.not_null and column.name != "id"


def applied_migrations(programme: Programme) -> list[str]:
    applied = set(schema_map.applied_migrations(programme.db.conn) or ())
    return [name for name in migration_names() if name in applied]


# ----- export ---------------------------------------------------------------------------------


def record_document(programme: Programme) -> dict[str, Any]:
    """The whole programme as a JSON-ready dict (for the zip's CSVs; the JSON itself is
    written row by row by `write_record_json`)."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "migrations": applied_migrations(programme),
    }
    for table in programme.schema.tables:
        document[table] = list(_table_rows(programme, table))
    return document


def _table_rows(programme: Programme, table: str) -> Iterator[dict[str, Any]]:
    columns = programme.schema.column_names(table)
    select = ", ".join(f"[{c}]" for c in columns)
    for row in programme.db.execute(f"SELECT {select} FROM [{table}] ORDER BY id"):
        yield dict(zip(columns, row, strict=True))


def write_record_json(programme: Programme, write: Callable[[str], Any]) -> None:
    """The record as JSON, exactly as json.dumps(record_document(...), indent=1) would
    lay it out, handed to `write` a row at a time: memory stays flat however big the
    programme (the whole document was 198 MiB at 24,000 notes)."""
    head = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "migrations": applied_migrations(programme),
    }
    write(json.dumps(head, ensure_ascii=False, indent=1)[:-2])  # without the closing "\n}"
    for table in programme.schema.tables:
        write(f",\n {json.dumps(table, ensure_ascii=False)}: [")
        first = True
        for row in _table_rows(programme, table):
            text = json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            write(("\n  " if first else ",\n  ") + text)
            first = False
        write("]" if first else "\n ]")
    write("\n}\n")


def record_json(programme: Programme) -> str:
    parts: list[str] = []
    write_record_json(programme, parts.append)
    return "".join(parts)


def _csv(rows: Iterable[dict[str, Any]], columns: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([spreadsheet_cell(row[c]) for c in columns])
    # A byte-order mark so spreadsheet programs read Welsh, Polish and Urdu correctly.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def spreadsheet_cell(value: Any) -> Any:
    """A value as a CSV cell that a spreadsheet shows as text, never runs: text starting
    with =, +, -, @, a tab or a carriage return gets a leading apostrophe (the JSON keeps
    the text as it is)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def board_pictures(
    programme: Programme, progress: Progress | None = None
) -> Iterator[tuple[str, bytes]]:
    """(file name, PNG) for every board that has notes (none in a file made before boards)."""
    from workshop.export.board_image import board_png

    if "board_notes" not in programme.table_names():
        return
    used: set[str] = set()
    kinds = EXERCISE_KINDS.with_board()
    rows = programme.db.execute(
        f"""SELECT exercises.id, exercises.title, sessions.title FROM exercises
           JOIN sessions ON sessions.id = exercises.session_id
           WHERE exercises.kind IN ({", ".join("?" * len(kinds))})
             AND EXISTS (SELECT 1 FROM board_notes WHERE board_notes.exercise_id = exercises.id)
           ORDER BY sessions.starts_at, exercises.position""",
        kinds,
    ).fetchall()
    for index, (exercise_id, title, session_title) in enumerate(rows):
        if progress:
            progress(0.1 + 0.9 * index / len(rows), "Drawing the boards")
        name = _file_name(f"{session_title} - {title}", used)
        # zlib's fastest level: a third less time encoding, the file about 10% bigger.
        yield (
            f"boards/{name}.png",
            board_png(programme, exercise_id, dpi=PICTURE_DPI, compress_level=1),
        )


def _file_name(text: str, used: set[str]) -> str:
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text).strip()[:80]
    safe = safe or "board"
    name, n = safe, 2
    while name in used:
        name, n = f"{safe} ({n})", n + 1
    used.add(name)
    return name


def record_zip(programme: Programme, progress: Progress | None = None) -> bytes:
    """The JSON document, one CSV per table and the board pictures, in one zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # Streamed a row at a time, as the JSON file is: json.dumps of the whole document
        # with an indent runs Python's own encoder over every value (4 s of the big
        # programme's zip, against 0.2 s for the same text written row by row).
        with archive.open(RECORD_NAME, "w") as member:
            write_record_json(programme, lambda text: member.write(text.encode("utf-8")))
        for table in programme.schema.tables:
            columns = list(programme.schema.column_names(table))
            archive.writestr(f"tables/{table}.csv", _csv(_table_rows(programme, table), columns))
        for name, png in board_pictures(programme, progress):
            # PNGs are compressed already: store them as they are.
            archive.writestr(name, png, compress_type=zipfile.ZIP_STORED)
    return buffer.getvalue()


def export_record(
    programme_path_or_programme: Programme | Path | str,
    out: Path | str,
    progress: Progress | None = None,
) -> Path:
    """Write the record to OUT.json or OUT.zip, atomically."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".json", ".zip"):
        raise ValidationError(
            "{file} must end in .json or .zip. Choose OUT.json for the data alone, "
            "or OUT.zip for the data with a CSV per table and the board pictures.",
            file=out.name,
        )
    if isinstance(programme_path_or_programme, Programme):
        programme, opened = programme_path_or_programme, False
    else:
        programme, opened = Programme.open(Path(programme_path_or_programme), read_only=True), True
    try:
        if suffix == ".json":
            with writing_atomically(out) as handle:
                write_record_json(programme, lambda text: handle.write(text.encode("utf-8")))
        else:
            write_atomically(out, record_zip(programme, progress))
    finally:
        if opened:
            programme.close()
    if progress:
        progress(1.0, "Done")
    return out


# ----- import: checking -----------------------------------------------------------------------


def read_document(path: Path | str) -> dict[str, Any]:
    """Load a record from .json or from the record.json inside a .zip."""
    path = Path(path)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                if RECORD_NAME not in archive.namelist():
                    raise RecordError(
                        "{file} has no {record} inside. Choose a zip made by "
                        "'workshop export', or the JSON file itself.",
                        file=path.name,
                        record=RECORD_NAME,
                    )
                text = _read_limited(archive, path).decode("utf-8")
        else:
            _refuse_if_too_big(path.stat().st_size, path)
            text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RecordError(
            "Could not read {file}: {reason}.", file=path.name, reason=exc.strerror or exc
        ) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise RecordError(
            "{file} is a damaged zip (its record could not be unpacked). Nothing was "
            "imported; export it again.",
            file=path.name,
        ) from exc
    except UnicodeDecodeError as exc:
        raise RecordError(
            "{file} is not a Workshop record (it is not UTF-8 text). Nothing was imported.",
            file=path.name,
        ) from exc
    try:
        document = json.loads(text)
    except RecursionError:
        raise RecordError(
            "{file} is nested too deeply to be a Workshop record. Nothing was imported.",
            file=path.name,
        ) from None
    except json.JSONDecodeError as exc:
        raise RecordError(
            "{file} is not valid JSON (line {line}, column {column}: "
            "{detail}). Nothing was imported.",
            file=path.name,
            line=exc.lineno,
            column=exc.colno,
            detail=exc.msg,
        ) from exc
    return document


def _read_limited(archive: zipfile.ZipFile, path: Path) -> bytes:
    """record.json from the zip, refused before it is unpacked when it would unpack past
    the limit (its size as the zip declares it), and never read past that size."""
    info = archive.getinfo(RECORD_NAME)
    zip_size = path.stat().st_size
    limit = min(MAX_RECORD_BYTES, max(SMALL_RECORD_BYTES, MAX_UNPACK_RATIO * zip_size))
    if info.file_size > limit:
        _refuse_if_too_big(info.file_size, path, limit)
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        _refuse_if_too_big(len(data), path, limit)
    return data


def _refuse_if_too_big(size: int, path: Path, limit: int = MAX_RECORD_BYTES) -> None:
    if size > limit:
        raise RecordError(
            "{file} would unpack to {size} MB of data, more than the {limit} MB allowed "
            "for a Workshop record of its size, so it was not read. Nothing was imported; "
            "check where it came from.",
            file=path.name,
            size=size // (1024 * 1024),
            limit=limit // (1024 * 1024),
        )


def _refuse(place: str, problem: str) -> RecordError:
    return RecordError(f"{place}: {problem} Nothing was imported.")


_INT_RANGE = (-(2**63), 2**63 - 1)  # what SQLite can hold


def _type_ok(value: Any, column: Column) -> bool:
    if value is None:
        return _nullable(column)
    if isinstance(value, bool):
        return False
    if column.type.startswith("INT"):
        return isinstance(value, int) and _INT_RANGE[0] <= value <= _INT_RANGE[1]
    if column.type in ("REAL", "FLOAT", "DOUBLE", "NUMERIC"):
        if isinstance(value, float):
            return math.isfinite(value)
        return isinstance(value, int) and _INT_RANGE[0] <= value <= _INT_RANGE[1]
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")  # a lone surrogate from a \ud800 escape cannot be stored
    except UnicodeEncodeError:
        return False
    return True


_TYPE_WORDS = {"INTEGER": "a whole number", "REAL": "a number", "TEXT": "text"}


def check_document(document: Any, programme: Programme) -> list[str]:
    """Check `document` against the target's tables; return the tables in import order.

    Raises RecordError naming the first place that is wrong.
    """
    if not isinstance(document, dict):
        raise _refuse("document", "is not a JSON object, so it is not a Workshop record.")
    if document.get("format") != FORMAT:
        raise _refuse("format", f'should be "{FORMAT}"; this is not a Workshop record.')
    version = document.get("version")
    if version != FORMAT_VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > 1
        hint = (
            "It was made by a newer version of Workshop; install that version to import it."
            if newer
            else f"This version of Workshop reads version {FORMAT_VERSION}."
        )
        raise _refuse("version", f"is {json.dumps(version)}, not {FORMAT_VERSION}. {hint}")
    applied = document.get("migrations")
    if not isinstance(applied, list) or not all(isinstance(m, str) for m in applied):
        raise _refuse("migrations", "is missing or is not a list of names.")
    unknown = [m for m in applied if m not in known_migration_names()]
    if unknown:
        raise _refuse(
            "migrations",
            f"names {unknown[0]}, which this version of Workshop does not know. Install the "
            "newer version of Workshop that made the record.",
        )
    target_migrations = applied_migrations(programme)
    same_schema = applied == target_migrations
    order = list(programme.schema.tables)
    for key in document:
        if key not in META_KEYS and key not in order:
            raise _refuse(key, "is not a table this version of Workshop knows.")
    if "programme" not in document:
        raise _refuse("programme", "is missing: a record holds exactly one programme.")

    ids: dict[str, set[str]] = {}
    for table in order:
        rows = document.get(table, [])
        if not isinstance(rows, list):
            raise _refuse(table, "should be a list of rows.")
        columns = {c.name: c for c in programme.schema.columns[table]}
        seen: set[str] = set()
        for index, row in enumerate(rows):
            place = f"{table}[{index}]"
            if not isinstance(row, dict):
                raise _refuse(place, "should be an object with one value per field.")
            for name in row:
                if name not in columns:
                    raise _refuse(f"{place}.{name}", f"is not a field of {table}.")
            for column in columns.values():
                if column.name not in row:
                    if same_schema or _required(column):
                        raise _refuse(f"{place}.{column.name}", "is missing.")
                    continue
                if not _type_ok(row[column.name], column):
                    word = _TYPE_WORDS.get(column.type, column.type.lower())
                    raise _refuse(
                        f"{place}.{column.name}",
                        f"should be {word}, not {json.dumps(row[column.name])[:40]}.",
                    )
            if not row["id"]:
                raise _refuse(f"{place}.id", "is empty.")
            if row["id"] in seen:
                raise _refuse(f"{place}.id", f"repeats the id {row['id']} of another row.")
            seen.add(row["id"])
        ids[table] = seen
    if len(document["programme"]) != 1:
        raise _refuse("programme", f"holds {len(document['programme'])} rows; it should hold 1.")
    for table in order:
        links = programme.schema.links_from(table)
        for index, row in enumerate(document.get(table, [])):
            for link in links:
                value = row.get(link.column)
                if value is None or link.parent_column != "id":
                    continue
                if value not in ids.get(link.parent, set()):
                    raise _refuse(
                        f"{table}[{index}].{link.column}",
                        f"points to {link.parent} {value}, which is not in the document.",
                    )
    return order


def _is_empty(programme: Programme) -> bool:
    for table in programme.table_names():
        if table == "programme":
            continue
        if programme.db[table].count:
            return False
    row = programme.programme()
    # A title alone (as `workshop new FILE --title` gives) is not content to protect.
    blank = {
        c.name
        for c in programme.schema.columns["programme"]
        if c.name not in ("id", "created_at", "updated_at", "title")
    }
    column_defaults = programme.schema.defaults("programme")
    for name in blank:
        default = column_defaults.get(name)
        if row[name] not in (default, "", None):
            return False
    return True


# ----- import: writing ------------------------------------------------------------------------


def _write(programme: Programme, document: dict[str, Any], order: list[str]) -> None:
    snapshot = Snapshot()
    for table in order:
        for row in document.get(table, []):
            snapshot.rows.append((table, row))
    with programme.transaction():
        for existing in programme.rows("programme"):
            programme.delete("programme", existing["id"])
        # The file holds no rows yet: its indexes are built once from the rows (a sort)
        # rather than kept up to date row by row, which grows as log n a row. Unique ones
        # stay, so they still refuse a repeat as each row goes in.
        indexes = programme.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND upper(sql) NOT LIKE 'CREATE UNIQUE%'"
        ).fetchall()
        for name, _ in indexes:
            programme.conn.execute(f"DROP INDEX [{name}]")
        programme.restore(snapshot)
        for _, sql in indexes:
            programme.conn.execute(sql)
        problems = programme.db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid, parent, _ = problems[0]
            raise RecordError(
                "{table}: a row points to a missing {parent} row. Nothing was imported.",
                table=table,
                parent=parent,
            )


def _validate_rows(programme: Programme, document: dict[str, Any], order: list[str]) -> None:
    """Run the app's own rules on every row (after its parents are in place)."""
    from workshop.core import table_rules

    for table in order:
        rows = document.get(table, [])
        # Each table's parents read once, as a set, not a look-up or two per row.
        with programme.rows_held(programme.parent_ids(table, rows)):
            for index, row in enumerate(rows):
                full = programme.with_defaults(table, row)
                try:
                    table_rules.validate(table, full, programme)
                except ValidationError as exc:
                    raise _refuse(f"{table}[{index}]", str(exc)) from None
                except (KeyError, TypeError):
                    continue


def import_record(target: Path | str, source: Path | str) -> dict[str, int]:
    """Read a record into TARGET, a new file or an empty programme. Returns rows per table.

    Everything is checked before anything is written; a refused import leaves TARGET
    exactly as it was (a new file is not created at all).
    """
    target = Path(target)
    document = read_document(source)
    if target.exists() and target.stat().st_size > 0:
        programme = Programme.open(target)
        try:
            if not _is_empty(programme):
                raise RecordError(
                    "{file} already holds a programme, so nothing was imported. "
                    "Import into a new file name, or into an empty programme.",
                    file=target.name,
                )
            order = check_document(document, programme)
            _import_checked(programme, document, order)
            return _counts(document, order)
        finally:
            programme.close()
    # A new file is built beside the target and only moved into place once complete.
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise RecordError(
            "The folder {folder} does not exist. Choose a folder that exists.", folder=target.parent
        )
    with built_beside(target) as temp, Programme.create(temp) as programme:
        order = check_document(document, programme)
        # Nobody sees this file until it is complete and moved into place, so its rows go
        # in with the rollback journal in memory: the write-ahead log wrote every page
        # twice (to the log, then back into the file), a third of a big import's CPU.
        # It is a write-ahead-log file again before it is moved.
        programme.conn.execute("PRAGMA journal_mode = MEMORY")
        _import_checked(programme, document, order)
        programme.conn.execute("PRAGMA journal_mode = wal")
        counts = _counts(document, order)
    return counts


def _import_checked(programme: Programme, document: dict[str, Any], order: list[str]) -> None:
    try:
        with programme.transaction():
            _write(programme, document, order)
            _validate_rows(programme, document, order)
    except ValidationError as exc:
        raise RecordError("{problem} Nothing was imported.", problem=exc) from None
    except (sqlite3.Error, OverflowError, ValueError) as exc:
        # Checked above already; this is the last guard, and the transaction rolled back.
        raise RecordError(
            "The record could not be written ({problem}). Nothing was imported.", problem=exc
        ) from None


def _counts(document: dict[str, Any], order: list[str]) -> dict[str, int]:
    return {table: len(document.get(table, [])) for table in order}
