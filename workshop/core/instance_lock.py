"""Who has a programme file open for writing: one window, app or command at a time.

SQLite itself never lets two writers corrupt the file (WAL plus a busy timeout), but two
windows editing the same sessions would each show stale screens and undo each other's
work. So the first opener takes an exclusive lock on a small lock file beside the
document (`<name>.workshop.lock`); a second window, app or command sees who holds it and
opens read-only, or refuses, and says so.

The lock is an operating-system lock (`flock` on Linux and macOS, `msvcrt.locking` on
Windows): it disappears when the holder exits or crashes, so a stale lock never blocks
anybody. The text in the file (who, which process, since when) is only for the message.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from workshop.core.errors import WorkshopError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

LOCK_SUFFIX = ".lock"
# Windows locks are mandatory: lock a byte far past the text so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 30

# Locks held by this process, by resolved document path: a second window of the same app
# must see them too (Windows byte-range locks do not conflict within one process).
_held: dict[str, InstanceLock] = {}


class FileInUseError(WorkshopError):
    """Another window, app or command is writing to the file."""

    def __init__(self, message: str, holder: dict, /, **values: object):
        super().__init__(message, **values)
        self.holder = holder


def lock_path(document: Path) -> Path:
    document = Path(document)
    return document.with_name(document.name + LOCK_SUFFIX)


class InstanceLock:
    """An exclusive claim to write one programme file. Release it (or use `with`)."""

    def __init__(self, document: Path, fd: int, key: str):
        self.document = document
        self._fd: int | None = fd
        self._key = key

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _held.pop(self._key, None)
        # Remove the file while still holding the lock; anyone who opened the old file
        # notices (see _try_lock) and tries again with a fresh one.
        with contextlib.suppress(OSError):
            os.unlink(lock_path(self.document))
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock must not outlive its owner object
        with contextlib.suppress(Exception):
            self.release()


def acquire(document: Path, holder: str = "window") -> InstanceLock:
    """Claim `document` for writing, or raise FileInUseError naming who has it.

    `holder` says what is asking, for the other side's message: "window" (the app) or
    the name of a command such as "merge"."""
    document = Path(document)
    key = os.path.normcase(os.path.abspath(document))
    if key in _held and _held[key].held:
        raise _in_use(document, _read_holder(document))
    path = lock_path(document)
    for _ in range(20):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            # A folder we cannot write to (a CD, a read-only share): nobody else can
            # write there either, so there is nothing to guard.
            raise FileInUseError(
                "{file} is in a folder Workshop cannot write to "
                "({reason}), so it can only be opened read-only.",
                {},
                file=document.name,
                reason=exc.strerror,
            ) from exc
        if not _try_lock(fd):
            os.close(fd)
            info = _read_holder(document)
            raise _in_use(document, info)
        # The holder before us may have removed the file after we opened it.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except OSError:
            same = False
        if not same:
            _unlock(fd)
            os.close(fd)
            continue
        _write_holder(fd, holder)
        lock = InstanceLock(document, fd, key)
        _held[key] = lock
        return lock
    raise FileInUseError(
        "{file} is being opened and closed repeatedly. Try again.", {}, file=document.name
    )


@contextlib.contextmanager
def writing(document: Path, command: str) -> Iterator[InstanceLock]:
    """For commands: hold the lock while writing, or refuse with a plain message."""
    lock = acquire(document, command)
    try:
        yield lock
    finally:
        lock.release()


def guarded(command: str, file_argument: str = "file"):
    """For a headless command handler `cmd_x(args)` that writes to `args.file`: hold the
    file's lock while it runs, or refuse (exit 2) naming the window that has it open.

        @instance_lock.guarded("import-feedback")
        def cmd_import_feedback(args) -> int: ...
    """

    def wrap(handler):
        def run(args) -> int:
            document = Path(getattr(args, file_argument))
            if not document.exists():
                return handler(args)  # nothing to guard; the handler explains or creates
            with writing(document, command):
                return handler(args)

        run.__name__ = getattr(handler, "__name__", "run")
        run.__doc__ = handler.__doc__
        return run

    return wrap


def holder_of(document: Path) -> dict | None:
    """Who holds the lock now, or None when the file is free (checked without taking it
    for longer than an instant)."""
    try:
        lock = acquire(document, "check")
    except FileInUseError as exc:
        return exc.holder or {"holder": "unknown"}
    lock.release()
    return None


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover
        try:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _this_computer() -> str:
    """The computer's network name, as `socket.gethostname()` gives it. Linux and macOS
    give it in `os.uname()`, which spares opening the app the `socket` module and the
    three it imports; Windows has no `uname`."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # pragma: no cover - Windows only

    return socket.gethostname()  # pragma: no cover


def _write_holder(fd: int, holder: str) -> None:
    info = {
        "holder": holder,
        "pid": os.getpid(),
        "host": _this_computer(),
        "since": datetime.now().isoformat(timespec="seconds"),
    }
    data = json.dumps(info).encode("utf-8")
    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, data)


def _read_holder(document: Path) -> dict:
    try:
        text = lock_path(document).read_text(encoding="utf-8")
        info = json.loads(text)
        return info if isinstance(info, dict) else {}
    except (OSError, ValueError):
        return {}


def _in_use(document: Path, info: dict) -> FileInUseError:
    """The refusal naming who holds `document`: one whole sentence for each case (since
    when, on which computer), so that each translates as a sentence."""
    holder = info.get("holder", "")
    since = str(info.get("since", ""))
    if since.startswith(datetime.now().date().isoformat()):
        since = since[11:16]  # today: the time is enough
    else:
        since = since.replace("T", " ")[:16]
    host = info.get("host") or ""
    if host == _this_computer():
        host = ""
    values = {"file": document.name, "since": since, "host": host, "command": holder}
    if holder in ("window", ""):
        if since and host:
            return FileInUseError(
                "{file} is already open in another Workshop window since {since} on the "
                "computer {host}. Close it there first, then try again.",
                info,
                **values,
            )
        if since:
            return FileInUseError(
                "{file} is already open in another Workshop window since {since}. "
                "Close it there first, then try again.",
                info,
                **values,
            )
        if host:
            return FileInUseError(
                "{file} is already open in another Workshop window on the computer {host}. "
                "Close it there first, then try again.",
                info,
                **values,
            )
        return FileInUseError(
            "{file} is already open in another Workshop window. "
            "Close it there first, then try again.",
            info,
            **values,
        )
    if since and host:
        return FileInUseError(
            "{file} is already open in the 'workshop {command}' command since {since} on "
            "the computer {host}. Close it there first, then try again.",
            info,
            **values,
        )
    if since:
        return FileInUseError(
            "{file} is already open in the 'workshop {command}' command since {since}. "
            "Close it there first, then try again.",
            info,
            **values,
        )
    if host:
        return FileInUseError(
            "{file} is already open in the 'workshop {command}' command on the computer "
            "{host}. Close it there first, then try again.",
            info,
            **values,
        )
    return FileInUseError(
        "{file} is already open in the 'workshop {command}' command. "
        "Close it there first, then try again.",
        info,
        **values,
    )
