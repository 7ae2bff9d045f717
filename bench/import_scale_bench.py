"""`workshop import`, merge and JSON export on the big programme at 1x, 4x and 16x
(issue 18): CPU time per row, and how it grows with size (the exponent k in
time ~ rows^k, from the smallest and largest scale; 1.0 is linear).

The programmes come from bench/make_programme.py (built once per run, not timed). Import
reads the JSON record into a new file; merge brings the whole programme into a new, empty
one (every row is added); export writes the JSON record. Export memory is the peak of
Python's allocations while writing (tracemalloc, a separate pass) against the file's size.

Floors, measured in the same run at each scale, so an exponent can be read against what
any reader of the same record pays on this machine (past the processor's caches every
part of the work costs a little more a row): parsing the same record file with
`json.loads` alone, and writing the same rows with a bare `executemany` per table into an
empty file of the same schema (sqlite3, one transaction, the journal in memory as import
has it, no checks). Each exponent is printed next to the floor's and the difference.

    .venv/bin/python bench/import_scale_bench.py [--scales 1 4 16]
Targets: import and merge ≤ 0.1 ms of CPU a row, 100,000 notes imported in under 15 s,
growth exponent ≤ 1.1; export memory ≤ 2x the file size plus a constant.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sqlite3
import statistics
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


def bare_write(path: Path, document: dict) -> None:
    """The document's rows into `path` (an empty programme file) with one plain
    executemany per table and set of fields: no checks, no change log."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        for table, rows in document.items():
            if not isinstance(rows, list) or not rows or not isinstance(rows[0], dict):
                continue
            names = list(rows[0])
            sql = (
                f"INSERT OR REPLACE INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
                f"VALUES ({', '.join('?' for _ in names)})"
            )
            conn.executemany(sql, [tuple(row[n] for n in names) for row in rows])
        conn.execute("COMMIT")
    finally:
        conn.close()


def floors(record: Path, folder: Path, scale: int, repeats: int = 3) -> tuple[float, float]:
    """The two floors' CPU (median of `repeats`, each write into a new empty file)."""
    parse = statistics.median(
        cpu(lambda: json.loads(record.read_text(encoding="utf-8"))) for _ in range(repeats)
    )
    document = json.loads(record.read_text(encoding="utf-8"))
    writes = []
    for attempt in range(repeats):
        bare = folder / f"bare{scale}-{attempt}.workshop"
        Programme.create(bare).close()
        writes.append(cpu(lambda bare=bare: bare_write(bare, document)))
        bare.unlink()
    return parse, statistics.median(writes)


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
    parse_cpu, write_cpu = floors(record, folder, scale)
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
        "parse": parse_cpu,
        "write": write_cpu,
        "floor": parse_cpu + write_cpu,
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
        # Warm up once: the first import, merge and export of a process also pay for
        # importing their modules and reading the schema, which made the smallest scale
        # look dearer (0.45-0.50 s at 1x against 0.29-0.34 s the second time) and the
        # growth exponent smaller than it is.
        (Path(tmp) / "warm").mkdir()
        measure(Path(tmp) / "warm", min(args.scales))
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
    print()
    print(
        "| scale | json.loads floor (s) | bare executemany floor (s) | floor, both (s) "
        "| import / floor | merge / floor |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for scale, r in results.items():
        print(
            f"| {scale}x | {r['parse']:.2f} | {r['write']:.2f} | {r['floor']:.2f} "
            f"| {r['import'] / r['floor']:.2f} | {r['merge'] / r['floor']:.2f} |"
        )
    if len(results) > 1:
        low, high = results[min(results)], results[max(results)]
        growth = math.log(high["rows"] / low["rows"])

        def exponent(what: str) -> float:
            return math.log(high[what] / low[what]) / growth

        print()
        print(
            f"growth exponent {min(results)}x -> {max(results)}x; floors: json.loads "
            f"{exponent('parse'):.2f}, bare executemany {exponent('write'):.2f}, "
            f"both {exponent('floor'):.2f}"
        )
        for what, floor in (("import", "floor"), ("merge", "floor"), ("export", "parse")):
            print(
                f"growth exponent, {what}: {exponent(what):.2f} "
                f"(floor {exponent(floor):.2f}, difference {exponent(what) - exponent(floor):+.2f})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
