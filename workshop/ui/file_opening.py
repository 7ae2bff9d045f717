"""Opening a programme file for a window: the one place that decides how a file is opened
(integrity, read-only when another window has it, backups) and says what went wrong.

In order: a damaged, half-copied or missing file is not opened; if a good backup of it
exists the facilitator is offered it (the damaged file is kept beside it, renamed, never
overwritten). Then the file is claimed for this window (`instance_lock`); if another
window, app or command has it, it opens read-only and the window's banner says why.
Then a snapshot is taken (before any migration can touch the file) unless the newest one
already holds the file exactly, and the file opens.
Closing the programme makes a last snapshot if anything changed and frees the claim.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workshop.core import backups, instance_lock, purge_waiting
from workshop.core.errors import ProgrammeFileError, WorkshopError
from workshop.core.files import remove_leftovers
from workshop.core.paths import data_dir, default_file
from workshop.core.store import Programme, inspect_file
from workshop.i18n import error_text
from workshop.ui import dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_opening", text)


@dataclass
class OpenState:
    """What this window holds for one open programme."""

    lock: instance_lock.InstanceLock | None
    auto_backup: backups.AutoBackup | None
    read_only_reason: str = ""
    closed: bool = False


_states: weakref.WeakKeyDictionary[Programme, OpenState] = weakref.WeakKeyDictionary()


def open_for_window(path: Path | None, parent: QWidget | None) -> Programme | None:
    """The programme at `path` (the default file when None, made with the demo on first
    run), or None after telling the facilitator why it could not be opened."""
    if path is None:
        path = default_file()
        if not path.exists():
            try:
                programme = Programme.create(path)
                # Imported here: the demo is only written on first run, not on every start-up.
                from workshop.demo import write_demo

                write_demo(programme)
            except ProgrammeFileError as exc:
                dialogs.show_error(parent, error_text(exc), title=_tr("Could not open the file"))
                return None
            return _attach_new(programme)
    path = Path(path)
    if not _sound_or_restored(path, parent):
        return None
    handed_over = _claim_of_same_file(parent, path)
    if handed_over is not None:
        lock, reason = handed_over.lock, ""  # this window reopens its own file
        handed_over.lock = None
    else:
        try:
            lock = instance_lock.acquire(path, "window")
            reason = ""
        except instance_lock.FileInUseError as exc:
            lock, reason = None, error_text(exc)
    try:
        if lock is not None:
            # Hidden half-made copies (an import or save that was interrupted) each hold
            # the whole record: they go now, while this window holds the file.
            remove_leftovers(path.parent, mine=path)
            remove_leftovers(data_dir())
            try:
                backups.snapshot_on_open(path)
            except backups.BackupError:
                pass  # a full disk must not stop the facilitator opening their file
        programme = Programme.open(path, read_only=lock is None)
    except WorkshopError as exc:
        if handed_over is not None:
            handed_over.lock = lock
        elif lock is not None:
            lock.release()
        dialogs.show_error(parent, error_text(exc), title=_tr("Could not open the file"))
        return None
    _attach(programme, lock, reason)
    _finish_interrupted_purge(programme)
    return programme


def _finish_interrupted_purge(programme: Programme) -> None:
    """A purge that was stopped after its commit, before it reached the backups and kept
    copies, finishes when the file is next opened for writing."""
    if programme.read_only or not purge_waiting.copies_pending(programme):
        return  # the usual case, answered without importing the purge
    from workshop.core import purge

    try:
        purge.finish_interrupted(programme)
    except WorkshopError:
        pass  # tried again at the next open or purge; opening must not fail for it


def _claim_of_same_file(parent: QWidget | None, path: Path) -> OpenState | None:
    """The open state of `parent`'s current programme when it is `path` and holds the
    claim: reopening your own file (Open recent) must not make it read-only."""
    ctx = getattr(parent, "ctx", None)
    current = getattr(ctx, "programme", None)
    if current is None:
        return None
    state = _states.get(current)
    if state is None or state.lock is None or state.closed:
        return None
    try:
        same = Path(current.path).resolve() == path.resolve()
    except OSError:
        return None
    return state if same else None


def create_for_window(path: Path, title: str, parent: QWidget | None) -> Programme | None:
    try:
        programme = Programme.create(path, title)
    except ProgrammeFileError as exc:
        dialogs.show_error(parent, error_text(exc), title=_tr("Could not create the file"))
        return None
    return _attach_new(programme)


def banner_text(programme: Programme) -> str:
    """A line shown above the window's content, or '' when all is well."""
    if programme.read_only:
        state = _states.get(programme)
        reason = state.read_only_reason if state else ""
        lead = f"{reason} " if reason else ""
        return lead + _tr("This window is read-only: nothing you change here can be saved.")
    return ""


def auto_backup_of(programme: Programme) -> backups.AutoBackup | None:
    state = _states.get(programme)
    return state.auto_backup if state else None


def ensure_auto_backup(programme: Programme) -> backups.AutoBackup | None:
    """Snapshots for a programme opened some other way (no claim on the file is taken)."""
    state = _states.get(programme)
    if state is None:
        _attach(programme, None, "")
        state = _states[programme]
    return state.auto_backup


def state_of(programme: Programme) -> OpenState | None:
    return _states.get(programme)


# ----- integrity, with a backup offered ----------------------------------------------------


def _sound_or_restored(path: Path, parent: QWidget | None) -> bool:
    """True when `path` can be opened (perhaps after the facilitator restored a backup)."""
    try:
        if not path.exists():
            raise ProgrammeFileError(
                "There is no file called {file} in {folder}. "
                "Check the name, or use File > New to start a programme there.",
                file=path.name,
                folder=path.parent,
            )
        inspect_file(path)
        return True
    except ProgrammeFileError as exc:
        problem = error_text(exc)
    # A sound file saved by a newer version is not damaged: no backup to offer.
    good = None
    if not path.exists() or backups.check_backup(path) is not None:
        good = backups.newest_good_backup(path, same_name_elsewhere=True)
    if good is None:
        dialogs.show_error(parent, problem, title=_tr("Could not open the file"))
        return False
    if good.path.parent == backups.folder_for(path):
        which = _tr("The newest good backup of this file was made on %s (%s).") % (
            good.local_time_text(),
            good.reason_label,
        )
    else:
        which = _tr(
            "This file has no backups of its own, but there is a good backup of a file of "
            "the same name, %s, made on %s (%s)."
        ) % (
            backups.source_of(good) or good.path.parent.name,
            good.local_time_text(),
            good.reason_label,
        )
    question = _tr(
        "%s\n\n%s Put it here and open it? The file as it is now is kept beside it under "
        "a new name; nothing is deleted."
    ) % (problem, which)
    if not dialogs.confirm(
        parent, _tr("Could not open the file"), question, yes=_tr("Restore the backup")
    ):
        return False
    try:
        with instance_lock.writing(path, "restore"):
            kept = backups.restore_backup(path, good.path)
    except WorkshopError as exc:
        dialogs.show_error(parent, error_text(exc), title=_tr("Backup not restored"))
        return False
    note = _tr("Restored the backup from %s.") % good.local_time_text()
    if kept is not None:
        note += " " + _tr("The file it replaced was kept as “%s”.") % kept.name
    dialogs.show_info(parent, note, title=_tr("Backup restored"))
    return True


# ----- what this window holds while the file is open -------------------------------------------


def _attach_new(programme: Programme) -> Programme:
    try:
        lock = instance_lock.acquire(programme.path, "window")
    except instance_lock.FileInUseError:
        lock = None  # made a moment ago by us; another opener raced us: it guards it
    _attach(programme, lock, "")
    return programme


def _attach(programme: Programme, lock: instance_lock.InstanceLock | None, reason: str) -> None:
    auto = backups.AutoBackup(programme) if not programme.read_only else None
    state = OpenState(lock, auto, reason)
    _states[programme] = state
    close_file = programme.close

    def close() -> None:
        if state.closed:
            return close_file()
        state.closed = True
        try:
            if state.auto_backup is not None:
                state.auto_backup.on_close()  # while the file is still open
        finally:
            try:
                close_file()
            finally:
                if state.lock is not None:
                    state.lock.release()

    # Every way the file gets closed (window, switching file, `with`) runs this.
    programme.close = close  # type: ignore[method-assign]
