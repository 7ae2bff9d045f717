"""How long the safety features take on a big programme: a snapshot, its check, opening
with the lock and the backup, merging a colleague's file, and purging personal data.

Run: .venv/bin/python bench/reliability_bench.py   (results go in bench/RESULTS.md)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

folder = Path(tempfile.mkdtemp(prefix="workshop-bench-"))
os.environ["WORKSHOP_DATA_DIR"] = str(folder / "data")

from workshop.core import backups, instance_lock, merge, purge  # noqa: E402
from workshop.core.sessions import add_session  # noqa: E402
from workshop.core.store import Programme  # noqa: E402
from workshop.demo import write_demo  # noqa: E402

SESSIONS = 1000
PEOPLE_PER_SESSION = 10


def best(fn, runs=3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def build(path: Path) -> None:
    with Programme.create(path) as p:
        write_demo(p)
        with p.transaction():
            for n in range(SESSIONS):
                s = add_session(
                    p,
                    {
                        "title": f"Session {n}",
                        "starts_at": "2026-01-05T10:00",
                        "purge_after": "2026-07-05",
                    },
                )
                for k in range(PEOPLE_PER_SESSION):
                    p.insert(
                        "participants",
                        {
                            "session_id": s,
                            "code": f"P-{n}-{k}",
                            "name": f"Person {n} {k}",
                            "consent_recorded_at": "2026-01-05",
                        },
                    )


def main() -> int:
    big = folder / "big.workshop"
    started = time.perf_counter()
    build(big)
    print(
        f"built: {SESSIONS} sessions, {SESSIONS * 8} reach rows, "
        f"{SESSIONS * PEOPLE_PER_SESSION} participants in {time.perf_counter() - started:.1f} s;"
        f" file {big.stat().st_size / 1e6:.1f} MB"
    )

    with Programme.open(big) as p:
        snap = best(lambda: backups.backup_programme(p, "manual"))
    print(f"snapshot of the open file (backup API + quick_check + rotate): {snap * 1000:.0f} ms")
    newest = backups.list_backups(big)[0].path
    check = best(lambda: backups.check_backup(newest))
    print(f"quick_check of a snapshot: {check * 1000:.0f} ms")

    def open_like_a_window():
        lock = instance_lock.acquire(big, "window")
        backups.backup_file(big, "open")
        Programme.open(big).close()
        lock.release()

    opening = best(open_like_a_window)
    print(f"open like a window (lock + snapshot + open): {opening * 1000:.0f} ms")

    laptop_b = folder / "laptop-b.workshop"
    shutil.copy(big, laptop_b)
    with Programme.open(laptop_b) as b, b.transaction():
        for n in range(200):
            add_session(b, {"title": f"On laptop B {n}"})
        for s in b.rows("sessions")[:300]:
            b.update("sessions", s["id"], {"attended": 7})
    with Programme.open(big) as a:
        started = time.perf_counter()
        report = merge.merge(a, laptop_b)
        merging = time.perf_counter() - started
        again = best(lambda: merge.merge(a, laptop_b), runs=1)
    print(
        f"merge ({report.total_added()} added, {report.total_updated()} updated): "
        f"{merging:.2f} s; merging again (nothing new): {again:.2f} s"
    )

    with Programme.open(big) as p:
        started = time.perf_counter()
        due = purge.due(p)
        listing = time.perf_counter() - started
        started = time.perf_counter()
        result = purge.purge(p)
        purging = time.perf_counter() - started
        started = time.perf_counter()
        scrubbed = purge.scrub_backups(p)
        scrubbing = time.perf_counter() - started
    print(
        f"purge: list {len(due)} due sessions {listing:.2f} s; remove {result.total} details "
        f"{purging:.2f} s; scrub {scrubbed} backups {scrubbing:.2f} s"
    )
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
