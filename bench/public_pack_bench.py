"""The public "You said, we did" against the partner pack on the same big programme, and
each against bare platypus laying out the same words (issue 18's target: public ≤ 1.2×
partner, both ≤ 3× bare platypus, bench/floor.py). CPU time of this process, median of a
few interleaved runs after one warm-up run.

The big programme (bench/make_programme.py: 30 sessions, 6,000 notes) with 300 points
raised from its notes, 10 sources each (3,000 quotes to redact), every second one
published with a decision.

    .venv/bin/python bench/public_pack_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from floor import bare_platypus  # bench/ is on the path: scripts run from it
from make_programme import make_programme

from workshop.core import points
from workshop.core.store import Programme
from workshop.export.pack import build_pack
from workshop.export.pack.build import pack_document
from workshop.export.public_pack import build_public_pack, public_document


def cpu_once(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def raise_points(programme: Programme, count: int = 300) -> None:
    notes = [r["id"] for r in programme.rows("board_notes", order_by="id")]
    with programme.transaction():
        for n in range(count):
            sources = [("board_notes", notes[(n * 10 + k) % len(notes)]) for k in range(10)]
            point_id = points.raise_point(programme, sources, f"Point {n} from the boards")
            if n % 2:
                programme.update(
                    "points",
                    point_id,
                    {
                        "response_status": "changed",
                        "decision": "We changed how the waiting list is explained.",
                        "published_on": "2027-06-20",
                    },
                )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.workshop"
        make_programme(path)
        with Programme.open(path) as programme:
            raise_points(programme)
        with Programme.open(path, read_only=True) as programme:
            partner_doc = pack_document(programme)
            public_doc = public_document(programme)
            jobs = {
                "partner": lambda: build_pack(programme),
                "public": lambda: build_public_pack(programme),
                "partner floor": lambda: bare_platypus(partner_doc),
                "public floor": lambda: bare_platypus(public_doc),
            }
            for job in jobs.values():
                job()  # warm up: fonts, caches
            # Interleaved, so a busier moment of a shared machine weighs on every job.
            times: dict[str, list[float]] = {name: [] for name in jobs}
            for _ in range(args.runs):
                for name, job in jobs.items():
                    times[name].append(cpu_once(job))
    med = {name: statistics.median(values) for name, values in times.items()}
    print(f"CPU seconds (user + system), median of {args.runs} after a warm-up")
    print("| | pack (s) | bare platypus, same text (s) | pack / bare |")
    print("|---|---:|---:|---:|")
    for name in ("partner", "public"):
        pack, bare = med[name], med[f"{name} floor"]
        print(f"| {name} pack | {pack:.2f} | {bare:.2f} | {pack / bare:.2f} |")
    print(f"public / partner: {med['public'] / med['partner']:.2f}")
    print("runs:", {name: [round(v, 2) for v in values] for name, values in times.items()})


if __name__ == "__main__":
    main()
