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
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from workshop.core.errors import WorkshopError

TEMP_SUFFIX = ".part"


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
        _set_mode(temp_name, path)
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


def _set_mode(temp_name: str, path: Path) -> None:
    # mkstemp makes the file private (0600); give it the mode an ordinary save would.
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temp_name, mode)


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
