"""How long the summary pack takes: the demo programme, and a large programme of 30
sessions with 6,000 board notes, each against the same text laid out by bare reportlab
(bench/floor.py: plain paragraphs, one pass, no contents) in the same run.

Targets (issue 7): demo under 2 s, large under 15 s on the 2-core VM.

    .venv/bin/python bench/pack_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

from floor import bare_platypus  # bench/ is on the path: scripts run from it
from make_programme import make_programme

from workshop.core.store import Programme
from workshop.demo import write_demo
from workshop.export.document.html import render_html
from workshop.export.pack import build_pack
from workshop.export.pack.build import pack_document
from workshop.export.record import export_record, import_record


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.workshop"
        with Programme.create(demo) as programme:
            write_demo(programme)
        large = Path(folder) / "large.workshop"
        start = time.perf_counter()
        make_programme(large)  # the big programme everyone's benches share
        print(f"made the large programme in {time.perf_counter() - start:.1f} s")
        for name, path, target in (("demo", demo, 2.0), ("large", large, 15.0)):
            with Programme.open(path, read_only=True) as programme:
                t_pack, pdf = timed(lambda p=programme: build_pack(p), args.runs)
                t_doc, document = timed(lambda p=programme: pack_document(p), args.runs)
                t_bare, bare = timed(lambda d=document: bare_platypus(d), args.runs)
                t_html, _ = timed(lambda d=document: render_html(d), args.runs)
            out = Path(folder) / f"{name}.json"
            t_json, _ = timed(lambda p=path, o=out: export_record(p, o), args.runs)
            t_zip, _ = timed(
                lambda p=path, o=Path(folder) / f"{name}.zip": export_record(p, o), args.runs
            )

            def import_once(o=out, n=name):
                target = Path(folder) / f"{n}-imported.workshop"
                for leftover in Path(folder).glob(f"{n}-imported.workshop*"):
                    leftover.unlink()
                import_record(target, o)

            t_import, _ = timed(import_once, args.runs)
            print(
                f"{name}: record export JSON {t_json:.2f} s ({out.stat().st_size / 1024:.0f} KiB), "
                f"zip {t_zip:.2f} s, import {t_import:.2f} s"
            )
            verdict = "meets" if t_pack < target else "MISSES"
            print(
                f"{name}: pack {t_pack:.2f} s ({pages(pdf)} pages, {len(pdf) / 1024:.0f} KiB; "
                f"gathering {t_doc:.2f} s), bare reportlab {t_bare:.2f} s "
                f"({pages(bare)} pages), HTML copy {t_html:.2f} s; "
                f"target < {target:.0f} s: {verdict}"
            )


if __name__ == "__main__":
    main()
