"""The public "You said, we did" against the partner pack on the same big programme, and
each against bare platypus laying out the same words (issue 18's target: public ≤ 1.2×
partner, both ≤ 3× bare platypus). CPU time of this process, median of a few runs after
one warm-up run.

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

from make_programme import make_programme  # bench/ is on the path: scripts run from it
from pack_bench import bare_reportlab

from workshop.core import points
from workshop.core.store import Programme
from workshop.export.pack import build_pack
from workshop.export.pack.build import pack_document
from workshop.export.public_pack import build_public_pack, public_document


def cpu(fn, runs: int) -> float:
    fn()  # warm up: fonts, caches
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


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
            partner = cpu(lambda: build_pack(programme), args.runs)
            public = cpu(lambda: build_public_pack(programme), args.runs)
            partner_doc = pack_document(programme)
            public_doc = public_document(programme)
            bare_partner = cpu(lambda: bare_reportlab(partner_doc), args.runs)
            bare_public = cpu(lambda: bare_reportlab(public_doc), args.runs)
    print(f"CPU seconds, median of {args.runs} after a warm-up")
    print("| | pack (s) | bare platypus, same text (s) | pack / bare |")
    print("|---|---:|---:|---:|")
    print(f"| partner pack | {partner:.2f} | {bare_partner:.2f} | {partner / bare_partner:.2f} |")
    print(f"| public pack | {public:.2f} | {bare_public:.2f} | {public / bare_public:.2f} |")
    print(f"public / partner: {public / partner:.2f}")


if __name__ == "__main__":
    main()
