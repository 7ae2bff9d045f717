"""How long the points screen's list and the public 'You said, we did' PDF take on a big
programme: the demo plus 500 points, each linked to 10 board notes (5,000 sources).

Run: .venv/bin/python bench/points_bench.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from workshop.core import points
from workshop.core.store import Programme
from workshop.demo import write_demo
from workshop.export.public_pack import build_public_pack


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        programme = Programme.create(Path(folder) / "big.workshop")
        write_demo(programme)
        notes = [r["id"] for r in programme.rows("board_notes")]
        column = programme.rows("board_columns")[0]
        with programme.transaction():
            while len(notes) < 5000:
                notes.append(
                    programme.insert(
                        "board_notes",
                        {
                            "exercise_id": column["exercise_id"],
                            "column_id": column["id"],
                            "text": f"Resident note number {len(notes)} about the waiting list",
                        },
                    )
                )
        start = time.perf_counter()
        with programme.transaction():
            for n in range(500):
                sources = [("board_notes", notes[(n * 10 + k) % len(notes)]) for k in range(10)]
                point_id = points.raise_point(
                    programme,
                    sources,
                    f"Point {n}",
                    significant=n % 7 == 0,
                    significance_reason="A risk to one group",
                )
                if n % 2:
                    programme.update(
                        "points",
                        point_id,
                        {
                            "response_status": "changed",
                            "decision": "We changed it.",
                            "published_on": "2027-06-20",
                        },
                    )
        raise_time = time.perf_counter() - start

        def timed(fn, repeat=3):
            best = float("inf")
            for _ in range(repeat):
                t = time.perf_counter()
                result = fn()
                best = min(best, time.perf_counter() - t)
            return best, result

        list_time, _ = timed(lambda: points.list_points(programme))
        search_time, _ = timed(
            lambda: points.list_points(programme, points.PointFilter(search="waiting list"))
        )
        sources_time, _ = timed(lambda: points.point_sources(programme, point_id))
        progress_time, _ = timed(lambda: points.progress(programme))
        pdf_time, data = timed(lambda: build_public_pack(programme), repeat=1)
        print(f"raise 500 points with 10 sources each (one transaction): {raise_time:.2f} s")
        print(f"list_points, 509 points: {list_time * 1000:.0f} ms")
        print(f"list_points with a search: {search_time * 1000:.0f} ms")
        print(f"point_sources for one point (10 sources): {sources_time * 1000:.1f} ms")
        print(f"progress: {progress_time * 1000:.0f} ms")
        print(f"build_public_pack: {pdf_time:.2f} s, {len(data) // 1024} KiB")
        programme.close()


if __name__ == "__main__":
    main()
