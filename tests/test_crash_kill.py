"""The battery runs out mid-edit, again and again: nothing that was reported saved is lost.

A child process opens the programme file through the core and edits it as a facilitator
would (adds sessions with their target groups, changes a tally, deletes a session), and
reports each edit only after the core call has returned, i.e. after the commit. The test
kills it with SIGKILL at a random moment, reopens the file as the app would, and checks
that every reported edit is there, that no half-done action is (a session always has all
its target groups), and that SQLite's integrity check passes. Many times over.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from workshop.core import vocab
from workshop.core.sessions import add_session
from workshop.core.store import Programme

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork"), reason="the kill test forks; on Windows it needs TerminateProcess"
)

KILLS = int(os.environ.get("WORKSHOP_CRASH_KILLS", "220"))
COUNTER_ID = "c" * 32
GROUPS = len(vocab.DEFAULT_REACH_GROUPS)


def _child(path: Path, seed: int, out: int) -> None:
    """Runs in the forked child until it is killed. Never returns."""
    try:
        rng = random.Random(seed)

        def report(line: str) -> None:
            os.write(out, (line + "\n").encode())

        programme = Programme.open(path)
        report("ready")
        while True:
            roll = rng.random()
            if roll < 0.5:
                session_id = add_session(programme, {"title": f"Session {rng.random():.6f}"})
                report(f"add {session_id}")
            elif roll < 0.85:
                count = programme.get("sessions", COUNTER_ID)["attended"] + 1
                programme.update("sessions", COUNTER_ID, {"attended": count})
                report(f"count {count}")
            else:
                candidates = programme.rows("sessions", "id != ?", [COUNTER_ID])
                if not candidates:
                    continue
                victim = rng.choice(candidates)["id"]
                report(f"deleting {victim}")  # before: the delete may land unreported
                programme.delete("sessions", victim)
                report(f"deleted {victim}")
    finally:
        os._exit(0)


class Ledger:
    """What the child said it saved, and what the file must therefore hold."""

    def __init__(self) -> None:
        self.added: set[str] = set()
        self.deleting: set[str] = set()
        self.deleted: set[str] = set()
        self.count = 0
        self.edits = 0

    def read(self, text: str) -> None:
        complete = text[: text.rfind("\n") + 1]  # a line cut by the kill was not reported
        for line in complete.splitlines():
            kind, _, value = line.partition(" ")
            if kind == "ready":
                continue
            self.edits += kind != "deleting"
            if kind == "add":
                self.added.add(value)
            elif kind == "count":
                self.count = max(self.count, int(value))
            elif kind == "deleting":
                self.deleting.add(value)
            elif kind == "deleted":
                self.deleted.add(value)

    def check(self, path: Path) -> None:
        with Programme.open(path) as programme:  # the way the app reopens after a crash
            db = programme.db
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
            present = {row["id"] for row in programme.rows("sessions")}
            missing = self.added - self.deleting - present
            assert not missing, f"reported edits lost: {sorted(missing)[:3]}"
            back = self.deleted & present
            assert not back, f"reported deletes undone: {sorted(back)[:3]}"
            assert programme.get("sessions", COUNTER_ID)["attended"] >= self.count
            partial = db.execute(
                "SELECT s.id, count(r.id) FROM sessions s LEFT JOIN reach r "
                "ON r.session_id = s.id WHERE s.id != ? GROUP BY s.id HAVING count(r.id) != ?",
                [COUNTER_ID, GROUPS],
            ).fetchall()
            assert not partial, f"half-saved actions found: {partial[:3]}"


def _kill_once(path: Path, rng: random.Random, ledger: Ledger) -> None:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        _child(path, rng.randrange(1 << 30), write_end)
    os.close(write_end)
    chunks = []
    if rng.random() < 0.85:
        # Most kills land while editing; the rest while the file is being opened.
        while not b"".join(chunks).startswith(b"ready\n"):
            chunk = os.read(read_end, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    time.sleep(rng.uniform(0.002, 0.07))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    ledger.read(b"".join(chunks).decode())


def test_every_reported_edit_survives_sigkill(tmp_path, capsys):
    path = tmp_path / "crash.workshop"
    with Programme.create(path, "Crash test") as programme:
        programme.insert("sessions", {"id": COUNTER_ID, "title": "Counter"})
    rng = random.Random(int(os.environ.get("WORKSHOP_CRASH_SEED", "20261125")))
    ledger = Ledger()
    started = time.monotonic()
    for _ in range(KILLS):
        _kill_once(path, rng, ledger)
        ledger.check(path)
    elapsed = time.monotonic() - started

    # A last look with plain SQLite, as any other tool would see the file.
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert ledger.edits > 0, "the child should have saved edits between the kills"
    with capsys.disabled():
        sys.stdout.write(
            f"\ncrash test: {KILLS} SIGKILLs, {ledger.edits} reported edits checked "
            f"({len(ledger.added)} sessions added, {len(ledger.deleted)} deleted, "
            f"tally reached {ledger.count}) in {elapsed:.1f} s\n"
        )


# ----- a long action killed half-way: all of it, or none of it ------------------------------


MERGE_KILLS = int(os.environ.get("WORKSHOP_CRASH_MERGE_KILLS", "30"))


def _fresh_copy(pristine: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    target.write_bytes(pristine.read_bytes())


def _run_and_kill(action, rng: random.Random, longest: float) -> bool:
    """Fork a child that runs `action()` and reports when it returned; kill it at a random
    moment. True when the child said the action was complete."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read_end)
            action()
            os.write(write_end, b"done\n")
            time.sleep(60)
        finally:
            os._exit(0)
    os.close(write_end)
    time.sleep(rng.uniform(0.0, longest))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    said = b""
    while chunk := os.read(read_end, 1024):
        said += chunk
    os.close(read_end)
    return said == b"done\n"


def test_a_merge_or_purge_killed_half_way_is_all_or_nothing(tmp_path, capsys):
    from workshop.core import merge, purge

    pristine = tmp_path / "pristine.workshop"
    with Programme.create(pristine, "Kill during merge") as p, p.transaction():
        for n in range(40):
            session = add_session(p, {"title": f"Ours {n}", "purge_after": "2026-01-01"})
            for k in range(5):
                p.insert(
                    "participants",
                    {
                        "session_id": session,
                        "code": f"P-{n}-{k}",
                        "name": f"Resident {n}-{k}",
                        "consent_recorded_at": "2025-12-01",
                    },
                )
    other = tmp_path / "laptop-b.workshop"
    other.write_bytes(pristine.read_bytes())
    with Programme.open(other) as b, b.transaction():
        theirs = [add_session(b, {"title": f"Theirs {n}"}) for n in range(60)]
        # The other laptop also deleted ten of ours: the deletions travel in the same
        # all-or-nothing merge, with their tombstones.
        doomed = [s["id"] for s in b.rows("sessions", "title LIKE 'Ours %'")[:10]]
        for session in doomed:
            b.delete("sessions", session)
    target = tmp_path / "target.workshop"
    rng = random.Random(7)
    outcomes = {"merge complete": 0, "merge none": 0, "purge complete": 0, "purge none": 0}
    for round_ in range(MERGE_KILLS):
        _fresh_copy(pristine, target)
        if round_ % 2 == 0:

            def action():
                with Programme.open(target) as p:
                    merge.merge(p, other)

            said_done = _run_and_kill(action, rng, 0.6)
            with Programme.open(target) as p:
                assert p.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                present = sum(p.get("sessions", s) is not None for s in theirs)
                gone = sum(p.get("sessions", s) is None for s in doomed)
                reach = p.db.execute("SELECT count(*) FROM reach").fetchone()[0]
                tombstones = p.db.execute(
                    "SELECT count(*) FROM _tombstones WHERE tbl = 'sessions'"
                ).fetchone()[0]
            assert present in (0, len(theirs)), f"half a merge: {present} of {len(theirs)}"
            assert (gone, tombstones) == ((10, 10) if present else (0, 0)), (gone, tombstones)
            assert reach == 8 * (40 - gone + present)
            assert not said_done or present == len(theirs)
            outcomes["merge complete" if present else "merge none"] += 1
        else:

            def action():
                with Programme.open(target) as p:
                    purge.purge(p)

            said_done = _run_and_kill(action, rng, 0.25)
            with Programme.open(target) as p:
                assert p.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                named = p.db.execute(
                    "SELECT count(*) FROM participants WHERE name != ''"
                ).fetchone()[0]
                logged = p.db["purge_log"].count
            assert (named, logged) in ((200, 0), (0, 40)), f"half a purge: {named}, {logged}"
            assert not said_done or named == 0
            outcomes["purge complete" if not named else "purge none"] += 1
    with capsys.disabled():
        sys.stdout.write(f"\nkilled during merge/purge {MERGE_KILLS} times: {outcomes}\n")
