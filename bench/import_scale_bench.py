"""`workshop import`, merge and JSON export on the big programme at 1x, 4x and 16x
(issue 18): CPU time per row, and how it grows with size (the exponent k in
time ~ rows^k, from the smallest and largest scale; 1.0 is linear).

The programmes come from bench/make_programme.py (built once per run, not timed). Import
reads the JSON record into a new file; merge brings the whole programme into a new, empty
one (every row is added); export writes the JSON record. Export memory is the peak of
Python's allocations while writing (tracemalloc, a separate pass) against the file's size.

    .venv/bin/python bench/import_scale_bench.py [--scales 1 4 16]
Targets: import and merge ≤ 0.1 ms of CPU a row, 100,000 notes imported in under 15 s,
growth exponent ≤ 1.1; export memory ≤ 2x the file size plus a constant.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_programme import make_programme  # noqa: E402

from workshop.core import merge  # noqa: E402
from workshop.core.store import Programme  # noqa: E402
from workshop.export.record import export_record, import_record  # noqa: E402


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def measure(folder: Path, scale: int) -> dict[str, float]:
    source = folder / f"big{scale}.workshop"
    counts = make_programme(source, scale)
    rows = sum(counts.values())
    record = folder / f"big{scale}.json"
    export_cpu = cpu(lambda: export_record(source, record))
    size = record.stat().st_size
    tracemalloc.start()
    export_record(source, folder / f"again{scale}.json")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    imported = folder / f"imported{scale}.workshop"
    import_cpu = cpu(lambda: import_record(imported, record))
    ours = folder / f"ours{scale}.workshop"
    Programme.create(ours).close()

    def merge_all() -> None:
        with Programme.open(ours) as programme:
            merge.merge(programme, source, confirm_different=True)

    merge_cpu = cpu(merge_all)
    return {
        "rows": rows,
        "notes": counts["board_notes"],
        "import": import_cpu,
        "merge": merge_cpu,
        "export": export_cpu,
        "size": size,
        "peak": peak,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    args = parser.parse_args()
    print(
        f"Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales:
            results[scale] = measure(Path(tmp), scale)
    print(
        "| scale | rows | notes | import CPU (s) | ms a row | merge CPU (s) | ms a row "
        "| export JSON CPU (s) | file (MiB) | export peak (MiB) | peak / file |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    mib = 1024 * 1024
    for scale, r in results.items():
        print(
            f"| {scale}x | {r['rows']:,} | {r['notes']:,} | {r['import']:.2f} "
            f"| {1000 * r['import'] / r['rows']:.3f} | {r['merge']:.2f} "
            f"| {1000 * r['merge'] / r['rows']:.3f} | {r['export']:.2f} | {r['size'] / mib:.1f} "
            f"| {r['peak'] / mib:.1f} | {r['peak'] / r['size']:.2f} |"
        )
    if len(results) > 1:
        low, high = results[min(results)], results[max(results)]
        growth = math.log(high["rows"] / low["rows"])
        for what in ("import", "merge", "export"):
            exponent = math.log(high[what] / low[what]) / growth
            print(f"growth exponent, {what}: {exponent:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
