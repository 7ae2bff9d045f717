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
    time.sleep(rng.uniform(0.002, 0.07))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    chunks = []
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
    assert ledger.edits > KILLS, "the child should have saved edits between most kills"
    with capsys.disabled():
        sys.stdout.write(
            f"\ncrash test: {KILLS} SIGKILLs, {ledger.edits} reported edits checked "
            f"({len(ledger.added)} sessions added, {len(ledger.deleted)} deleted, "
            f"tally reached {ledger.count}) in {elapsed:.1f} s\n"
        )
