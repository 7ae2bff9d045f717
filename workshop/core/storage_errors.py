"""What went wrong when the disk or the folder refused: a full disk, or a read-only file,
folder or medium, found anywhere in an exception's chain (SQLite and the operating system
each say it their own way). The message says the file is not damaged and what to do."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from workshop.core.errors import WorkshopError


class StorageError(WorkshopError):
    """The disk or the folder refused; the file itself is not damaged."""


_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_IOERR = 13, 8, 14, 10


def storage_error(exc: BaseException, where: Path | str | None = None) -> StorageError | None:
    """The honest message for a full disk or a read-only file or folder found anywhere in
    `exc`'s chain, or None when the problem is something else."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 10:
        kind = _storage_kind(current, where)
        if kind:
            named = getattr(current, "filename", None) if isinstance(current, OSError) else None
            return _storage_message(kind, named or where)
        current = current.__cause__ or current.__context__
        seen += 1
    return None


def _storage_kind(exc: BaseException, where: Path | str | None) -> str:
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL:
            return "full"
        if exc.errno in _READ_ONLY:
            return "read-only"
        return ""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        text = str(exc).lower()
        if code == _SQLITE_FULL or "disk is full" in text:
            return "full"
        if code == _SQLITE_READONLY or "readonly" in text or "read-only" in text:
            return "read-only"
        if code == _SQLITE_IOERR and where is not None and _disk_nearly_full(Path(where)):
            return "full"  # SQLite says "disk I/O error" when its shared memory cannot grow
        if code == _SQLITE_CANTOPEN and where is not None:
            folder = Path(where).parent
            if not os.access(folder, os.W_OK) or _on_read_only_medium(folder):
                return "read-only"
    return ""


def _disk_nearly_full(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _on_read_only_medium(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _storage_message(kind: str, where: Path | str | None) -> StorageError:
    if kind == "full":
        return StorageError(
            "The disk is full, so nothing was saved; the file is not damaged and is as it "
            "was. Free some space (empty the recycle bin, move old files off), then try again."
        )
    folder = Path(where).parent if where is not None else Path(".")
    return StorageError(
        "The folder {folder} is read-only, so Workshop cannot write there; the file is not "
        "damaged and nothing was changed. Copy it to a folder you can write to, or choose "
        "another folder.",
        folder=folder,
    )
