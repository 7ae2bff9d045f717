"""Write a file so that it is either all there or not changed at all.

A half-written PDF or deck file after a power cut, a full disk or a crash is worse than
none: the facilitator may send it on without noticing. So bytes go to a temporary file in
the same folder, are flushed to the disk, and only then replace the target in one step.

This lives in the core (which imports nothing from `workshop.export`) so that the core's
own files (deck files) and every export share one way of writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from workshop.core import instance_lock
from workshop.core.errors import WorkshopError

TEMP_SUFFIX = ".part"
# What the app writes holds residents' words: only the person who made it may read it,
# whatever the umask says (on Windows the files live in the user's own profile).
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
STALE_SECONDS = 3600
# `.<target>.<random>.part`, with SQLite's companions when the target was a database.
_LEFTOVER = re.compile(
    r"^\.(?P<target>.+)\.[A-Za-z0-9_]+" + re.escape(TEMP_SUFFIX) + r"(-wal|-shm|-journal)?$"
)


class FileWriteError(WorkshopError):
    """The file could not be written; whatever was there before is unchanged."""


def write_atomically(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` atomically (temp file in the same folder, fsync, os.replace).

    On any failure the temporary file is removed, the target is left as it was, and
    FileWriteError says what went wrong in plain words.
    """
    with writing_atomically(path) as handle:
        handle.write(data)
    return Path(path)


@contextlib.contextmanager
def writing_atomically(path: Path | str) -> Iterator[BinaryIO]:
    """A file to write `path` through piece by piece (a record too big to hold in memory
    at once), with write_atomically's promise: all there once the block ends, or the
    target unchanged and FileWriteError."""
    path = Path(path)
    folder = existing_folder(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        make_private(temp_name)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        reason = exc.strerror or str(exc)
        raise FileWriteError(
            "Could not write {file}: {reason}. Nothing was changed; free some space "
            "or choose another folder, then try again.",
            file=path.name,
            reason=reason,
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _sync_folder(folder)


@contextlib.contextmanager
def built_beside(path: Path | str) -> Iterator[Path]:
    """A fresh temporary path in `path`'s folder for building a whole file (a SQLite
    programme, say) that is moved onto `path` only if the block finishes without error.

    Whatever happens, no temporary file (nor SQLite's -wal/-shm companions) is left behind.
    """
    path = Path(path)
    folder = existing_folder(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    os.unlink(temp_name)  # the builder creates the file itself
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, path)
        _sync_folder(folder)
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def existing_folder(path: Path) -> Path:
    """The folder `path` goes in; FileWriteError when it does not exist."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(
            "The folder {folder} does not exist. Choose a folder that exists, or create it first.",
            folder=folder,
        )
    return folder


def make_private(path: Path | str) -> None:
    """Readable and writable by its owner only (0600 on POSIX; Windows keeps the profile's
    own permissions). A file owned by someone else is left as it is."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)


def create_private_file(path: Path | str) -> None:
    """Create `path` empty and private, or make an existing one private. SQLite gives a
    database's -wal and -shm files the mode of the database, so they follow."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    make_private(path)


def private_folder(folder: Path | str) -> Path:
    """Make `folder` (and any missing parents) and keep the folders made here private.
    An existing folder is left as it is: it may be the facilitator's Documents."""
    folder = Path(folder)
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if os.name == "posix":
        for made in missing:
            with contextlib.suppress(OSError):
                os.chmod(made, PRIVATE_FOLDER)
    return folder


def make_folder_private(folder: Path | str) -> None:
    """0700 for a folder that belongs to the app (the data folder, the backups)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_FOLDER)


def remove_leftovers(folder: Path | str, mine: Path | str | None = None) -> list[Path]:
    """Delete the hidden `.part` files (each may hold a whole record) that an interrupted
    import or save left in `folder`. A programme file's leftovers go only when nobody is
    writing to that file now (its lock is free), or when the caller holds it (`mine`).
    Returns what was removed."""
    folder = Path(folder)
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    mine_key = os.path.normcase(os.path.abspath(mine)) if mine is not None else None
    by_target: dict[Path, list[Path]] = {}
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match and entry.is_file():
            by_target.setdefault(folder / match["target"], []).append(entry)
    for target, leftovers in by_target.items():
        if os.path.normcase(os.path.abspath(target)) == mine_key:
            removed.extend(_unlink_all(leftovers))
            continue
        if not target.name.endswith(".workshop"):
            # A PDF or an export has no lock: only one left for an hour is surely dead.
            if all(_age_seconds(p) > STALE_SECONDS for p in leftovers):
                removed.extend(_unlink_all(leftovers))
            continue
        try:
            lock = instance_lock.acquire(target, "cleanup")
        except instance_lock.FileInUseError:
            continue  # being written now (an import in progress): not a leftover
        try:
            removed.extend(_unlink_all(leftovers))
        finally:
            lock.release()
    return removed


def _age_seconds(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def _unlink_all(paths: list[Path]) -> list[Path]:
    gone = []
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
            gone.append(path)
    return gone


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable where the platform allows it (not on Windows).
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
