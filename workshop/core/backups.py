"""Automatic snapshots of a programme file, kept in the user's data folder.

A snapshot is a complete, self-contained SQLite file made with SQLite's online backup
API (so a file open in WAL mode is copied with every committed change, never half a
page). Each one is checked with `PRAGMA quick_check` before older snapshots are allowed
to rotate out, so a bad snapshot can never push the last good one away.

Snapshots live in `paths.backups_dir()/<file name>-<hash of its folder>/`, never beside
the document: a document folder may be synced by OneDrive or Dropbox.

When snapshots are made (see DESIGN / issue 8):
- on open, before any migration (`backup_if_migrating` from the store, `snapshot_on_open`
  from the window opener, which makes none when the newest snapshot already holds the
  file byte for byte);
- every 10 minutes while there are changes (`AutoBackup.tick`, called from a QTimer);
- on close when there were changes since the last one (`AutoBackup.on_close`).

Rotation keeps the newest `KEEP_LATEST` snapshots plus the newest one of each of the
last `KEEP_DAYS` days.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from workshop.core import paths
from workshop.core.errors import ProgrammeFileError, WorkshopError
from workshop.core.files import (
    PRIVATE_FILE,
    create_private_file,
    make_folder_private,
    make_private,
    private_folder,
)
from workshop.core.schema import APPLICATION_ID, known_migration_names
from workshop.core.schema_map import applied_migrations

if TYPE_CHECKING:
    from workshop.core.store import Change, Programme

KEEP_LATEST = 10
KEEP_DAYS = 7
INTERVAL_MINUTES = 10

_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
# The stamp's parts are read by the pattern rather than by `strptime`, whose module (with
# `calendar` and `locale`) opening the app would otherwise import to list the snapshots.
_NAME = re.compile(
    r"^(?P<year>\d{4})(?P<month>\d\d)(?P<day>\d\d)"
    r"T(?P<hour>\d\d)(?P<minute>\d\d)(?P<second>\d\d)(?P<micro>\d{6})Z"
    r"-(?P<reason>[a-z-]+)\.workshop$"
)
_STAMP_PARTS = ("year", "month", "day", "hour", "minute", "second", "micro")

REASON_LABELS = {
    "open": "when the file was opened",
    "migration": "before the file was updated to this version",
    "auto": "automatic, while you worked",
    "close": "when the file was closed",
    "manual": "made by you",
    "restore": "before a backup was restored",
    "merge": "before another file was merged in",
    "purge": "before personal data was removed",
}


class BackupError(WorkshopError):
    """A backup could not be made or used. The programme file was not changed."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # UTC
    reason: str

    @property
    def reason_label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)

    def local_time_text(self) -> str:
        return self.made_at.astimezone().strftime("%a %d %b %Y, %H:%M:%S")


# ----- where the snapshots of one file live ---------------------------------------------


def folder_for(document: Path) -> Path:
    """The backup folder of one programme file (named after it, plus a short hash of its
    full path so two files called the same in different folders never mix)."""
    resolved = Path(os.path.abspath(document))
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", resolved.stem)[:60] or "programme"
    return paths.backups_dir() / f"{stem}-{digest}"


def list_backups(document: Path) -> list[Backup]:
    """The snapshots of `document`, newest first."""
    folder = folder_for(document)
    found: list[Backup] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        backup = parse_backup(entry)
        if backup is not None:
            found.append(backup)
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def parse_backup(path: Path) -> Backup | None:
    """The snapshot at `path` (when and why it was made), or None if the name is not one."""
    match = _NAME.match(Path(path).name)
    if not match:
        return None
    try:
        made = datetime(*(int(match[part]) for part in _STAMP_PARTS), tzinfo=UTC)
    except ValueError:  # digits that are no moment ("20261399T...")
        return None
    return Backup(Path(path), made, match["reason"])


def newest_good_backup(document: Path, same_name_elsewhere: bool = False) -> Backup | None:
    """The newest snapshot of `document` that passes its check. With
    `same_name_elsewhere`, when `document` has none of its own, also look at backups of
    files with the same name in other folders: a file half-copied to a USB stick has no
    backups of its own, but the laptop's original does (see `source_of`)."""
    for backup in list_backups(document):
        if check_backup(backup.path) is None:
            return backup
    if not same_name_elsewhere:
        return None
    own = folder_for(document)
    candidates: list[Backup] = []
    pattern = re.compile(re.escape(own.name[: -len("-0123456789")]) + r"-[0-9a-f]{10}$")
    if paths.backups_dir().is_dir():
        for folder in paths.backups_dir().iterdir():
            if folder != own and folder.is_dir() and pattern.match(folder.name):
                candidates.extend(filter(None, map(parse_backup, folder.iterdir())))
    for backup in sorted(candidates, key=lambda b: b.made_at, reverse=True):
        if check_backup(backup.path) is None:
            return backup
    return None


def source_of(backup: Backup) -> str:
    """The full path of the file `backup` was made from, as noted in its folder."""
    try:
        text = (backup.path.parent / "source.txt").read_text(encoding="utf-8").strip()
    except OSError:
        return ""
    return text.removeprefix("Backups of ").strip()


# ----- making a snapshot -------------------------------------------------------------------


def backup_programme(programme: Programme, reason: str = "manual") -> Backup:
    """Snapshot an open programme (all committed changes, including those still in the
    write-ahead log)."""
    return _make(programme.path, programme.db.conn, reason)


def backup_file(document: Path, reason: str = "open") -> Backup:
    """Snapshot a programme file that is not open here (read-only; never writes to it)."""
    uri = f"file:{quote(str(Path(document).resolve()))}?mode=ro"
    try:
        source = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise BackupError(
            "Could not read {file} to back it up: {problem}.", file=document.name, problem=exc
        ) from exc
    try:
        return _make(Path(document), source, reason)
    finally:
        source.close()


def snapshot_on_open(document: Path) -> Backup:
    """The snapshot that holds `document` as a window opens it: made now, or the newest
    one when that already holds exactly this file (opened and closed without a change,
    nothing else has written to it since). A copy identical to the last would only push
    the day's earlier, different versions out of the rotation, and costs a write and a
    wait for the disk at every start."""
    newest = newest_holding(document)
    return newest if newest is not None else backup_file(document, "open")


def newest_holding(document: Path) -> Backup | None:
    """The newest snapshot of `document` when it holds the same database, byte for byte
    but for SQLite's bookkeeping in the header; None when it does not, when there is none,
    or when committed changes may still be in the write-ahead log (after a crash)."""
    document = Path(document)
    for leftover in (Path(f"{document}-wal"), Path(f"{document}-journal")):
        with contextlib.suppress(OSError):
            if leftover.stat().st_size > 0:
                return None
    snapshots = list_backups(document)
    if not snapshots:
        return None
    try:
        same = _same_database(document, snapshots[0].path)
    except OSError:
        return None
    return snapshots[0] if same else None


# Header bytes a snapshot holds differently from its file while holding the same database:
# the file format versions (the snapshot has no write-ahead log), the change counter, the
# schema cookie (bumped by the change of journal mode) and the SQLite version that last
# wrote it. Everything else, the other 92 bytes of the header and every page, must match.
_BOOKKEEPING = (slice(18, 20), slice(24, 28), slice(40, 44), slice(92, 100))
_CHUNK = 1 << 20


def _same_database(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    with first.open("rb") as a, second.open("rb") as b:
        head_a, head_b = bytearray(a.read(100)), bytearray(b.read(100))
        for part in _BOOKKEEPING:
            head_a[part] = head_b[part]
        if head_a != head_b:
            return False
        while True:
            chunk = a.read(_CHUNK)
            if chunk != b.read(_CHUNK):
                return False
            if not chunk:
                return True


def backup_if_migrating(document: Path) -> Backup | None:
    """Called by the store just before migrations run on an existing file: snapshot it
    when a migration is about to change it, so the old version can always come back."""
    if not _pending_migrations(document):
        return None
    try:
        return backup_file(document, "migration")
    except BackupError as exc:
        # Never update a file to a new version without a way back.
        raise BackupError(
            "Workshop needs to update {file} to this version, but could not "
            "back it up first, so nothing was changed. {problem} Free some disk space, then "
            "open it again.",
            file=Path(document).name,
            problem=exc,
        ) from exc


def _pending_migrations(document: Path) -> bool:
    uri = f"file:{quote(str(Path(document).resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        applied = applied_migrations(conn)
        if applied is None:
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        return bool(known_migration_names() - set(applied))
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _make(document: Path, source: sqlite3.Connection, reason: str) -> Backup:
    folder = folder_for(document)
    try:
        private_folder(folder)
        # The app's own folders hold every snapshot: only their owner may look inside.
        make_folder_private(paths.data_dir())
        make_folder_private(paths.backups_dir())
        make_folder_private(folder)
        _write_source_note(folder, document)
    except OSError as exc:
        raise BackupError(
            "Could not make the backup folder {folder}: {reason}.",
            folder=folder,
            reason=exc.strerror,
        ) from exc
    made = datetime.now(UTC)
    # Two snapshots in the same microsecond (tests, fast clicks) must not collide.
    while True:
        final = folder / f"{made.strftime(_STAMP_FORMAT)}-{reason}.workshop"
        if not final.exists():
            break
        made += timedelta(microseconds=1)
    temp = folder / f".{final.name}.partial"
    try:
        create_private_file(temp)
        target = sqlite3.connect(temp)
        try:
            source.backup(target)
            # A backup is one file on its own: no write-ahead log beside it.
            target.execute("PRAGMA journal_mode = DELETE")
            target.commit()
        finally:
            target.close()
        problem = check_backup(temp)
        if problem:
            raise BackupError(
                "The new backup of {file} failed its check ({problem}).",
                file=document.name,
                problem=problem,
            )
        _fsync(temp)
        os.replace(temp, final)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            "Could not back up {file}: {problem}.", file=document.name, problem=exc
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    backup = Backup(final, made, reason)
    rotate(document)
    return backup


def _write_source_note(folder: Path, document: Path) -> None:
    note = folder / "source.txt"
    text = f"Backups of {Path(os.path.abspath(document))}\n"
    if not note.exists() or note.read_text(encoding="utf-8") != text:
        note.write_text(text, encoding="utf-8")
        make_private(note)


def check_backup(path: Path) -> str | None:
    """None when `path` is a sound programme snapshot, else a short reason."""
    try:
        with Path(path).open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        return exc.strerror or "unreadable"
    if not header.startswith(b"SQLite format 3\x00") or len(header) < 100:
        return "not a programme file"
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        return "not a Workshop programme file"
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    # A damaged page can make SQLite's own messages invalid UTF-8.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return "damaged"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None


# ----- rotation -------------------------------------------------------------------------------


def rotate(document: Path, now: datetime | None = None) -> list[Path]:
    """Remove snapshots no longer needed: keep the newest KEEP_LATEST, plus the newest of
    each of the last KEEP_DAYS days. Returns the removed paths."""
    now = now or datetime.now(UTC)
    backups = list_backups(document)
    keep: set[Path] = {b.path for b in backups[:KEEP_LATEST]}
    newest_per_day: dict[str, Backup] = {}
    for backup in backups:  # newest first, so the first seen per day is the newest
        day = backup.made_at.astimezone().date().isoformat()
        newest_per_day.setdefault(day, backup)
    oldest_day = (now.astimezone() - timedelta(days=KEEP_DAYS - 1)).date().isoformat()
    keep.update(b.path for day, b in newest_per_day.items() if day >= oldest_day)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


# ----- restoring ----------------------------------------------------------------------------------


def restore_backup(document: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `document`. The current file (even a damaged one) is never
    overwritten: it is renamed beside itself first, with its write-ahead log, and that
    new name is returned (None when there was no current file).

    The caller must make sure no window or command has `document` open
    (see `instance_lock`)."""
    document = Path(document)
    backup = Path(backup)
    if not backup.exists():
        raise BackupError(
            "There is no backup file {backup}. Run 'workshop backup {file} --list' "
            "to see the backups.",
            backup=backup,
            file=document.name,
        )
    problem = check_backup(backup)
    if problem:
        raise BackupError(
            "{file} cannot be restored: {problem}. Choose another backup; "
            "{document} has not been changed.",
            file=backup.name,
            problem=problem,
            document=document.name,
        )
    kept_as = None
    temp = document.with_name(f".{document.name}.restoring")
    try:
        document.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, PRIVATE_FILE)
        make_private(temp)
        with backup.open("rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if document.exists():
            kept_as = _set_aside(document)
        os.replace(temp, document)
        _fsync_dir(document.parent)
    except OSError as exc:
        raise BackupError(
            "Could not restore {file}: {reason}.", file=document.name, reason=exc.strerror
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return kept_as


def kept_copies(document: Path) -> list[Path]:
    """The copies a restore kept beside `document` ("NAME (before restore ...).workshop")."""
    document = Path(document)
    prefix = f"{document.stem} (before restore "
    try:
        entries = list(document.parent.iterdir())
    except OSError:
        return []
    return sorted(
        entry
        for entry in entries
        if entry.name.startswith(prefix) and entry.name.endswith(f"){document.suffix}")
    )


def leftover_temporaries(document: Path) -> list[Path]:
    """Half-made snapshots and restores of `document` that an interrupted run left: each
    may hold the whole record."""
    document = Path(document)
    found = [document.with_name(f".{document.name}.restoring")]
    folder = folder_for(document)
    if folder.is_dir():
        found.extend(p for p in folder.iterdir() if p.name.endswith(".partial"))
    return [p for p in found if p.exists()]


def _set_aside(document: Path) -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    kept = document.with_name(f"{document.stem} (before restore {stamp}){document.suffix}")
    n = 2
    while kept.exists():
        kept = document.with_name(f"{document.stem} (before restore {stamp} {n}){document.suffix}")
        n += 1
    # The write-ahead log holds committed changes too: it moves with its file.
    for suffix in ("-wal", "-shm"):
        side = document.with_name(document.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    os.replace(document, kept)
    return kept


def _fsync(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ----- automatic snapshots while a file is open ----------------------------------------------------


class AutoBackup:
    """Tracks whether an open programme changed since its last snapshot. The UI calls
    `tick()` every INTERVAL_MINUTES (a QTimer) and `on_close()` when the file closes;
    both make a snapshot only when there were changes."""

    def __init__(self, programme: Programme):
        self.programme = programme
        self.dirty = False
        self.last: Backup | None = None
        self.last_error: str = ""
        programme.subscribe(self._changed)

    def _changed(self, changes: list[Change]) -> None:
        self.dirty = True

    def tick(self) -> Backup | None:
        return self._maybe("auto")

    def on_close(self) -> Backup | None:
        backup = self._maybe("close")
        self.programme.unsubscribe(self._changed)
        return backup

    def _maybe(self, reason: str) -> Backup | None:
        if not self.dirty or self.programme.read_only:
            return None
        try:
            self.last = backup_programme(self.programme, reason)
        except WorkshopError as exc:
            self.last_error = str(exc)
            return None
        self.dirty = False
        self.last_error = ""
        return self.last


@contextlib.contextmanager
def _readonly(path: Path) -> Iterator[sqlite3.Connection]:
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        yield conn
    finally:
        conn.close()


def describe(backup: Backup) -> str:
    """One line for lists: when, why, and how many sessions it holds."""
    sessions = "?"
    with contextlib.suppress(sqlite3.Error), _readonly(backup.path) as conn:
        sessions = str(conn.execute("SELECT count(*) FROM sessions").fetchone()[0])
    return f"{backup.local_time_text()}  ({backup.reason_label}; {sessions} sessions)"


def require_restorable(backup: Path) -> None:
    problem = check_backup(backup)
    if problem:
        raise ProgrammeFileError(
            "{file} cannot be restored: {problem}.", file=backup.name, problem=problem
        )
