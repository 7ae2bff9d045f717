"""Scanning returned paper (issue 19): 100 pages at 200 dpi brought in by `scan_files`.

The pages are real print from the app (card backs, 4 a sheet; monitoring forms; pages of
evaluation slips), written on and degraded as an office scanner would (1-3 degrees of
skew, noise, JPEG at quality 60), one page in ten upside down, in one PDF. CPU time
(user + system, this process) for the whole scan (drawing each page at 200 dpi,
finding, matching, cropping, keeping), against a floor measured in the same run:
zxing-cpp reading the QR codes of one already-drawn page, times 100.

    PYTHONPATH=. python bench/scan_bench.py
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import scan_support as ss  # noqa: E402
import zxingcpp  # noqa: E402

from workshop.core.store import Programme  # noqa: E402
from workshop.paperscan.engine import scan_files  # noqa: E402

PAGES = 100


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.workshop"
        with Programme.create(path, "Scan bench") as programme:
            _, cards_pdf, forms_pdf, _ = ss.set_up(programme, cards=120, forms=40)
        card_pages = ss.render(cards_pdf)
        form_pages = ss.render(forms_pdf)
        # Backs only (fronts carry no writing), then forms: 100 pages that carry marks.
        written = [ss.write_on(p) for p in card_pages[1::2] + form_pages]
        written = (written * 2)[:PAGES]
        rng = random.Random(11)
        scanned = [ss.as_scanned(p, rng, upside_down=(n % 10 == 3)) for n, p in enumerate(written)]
        scan_pdf = Path(folder) / "scanner.pdf"
        scan_pdf.write_bytes(ss.as_pdf(scanned))
        one_page = ss.render(scan_pdf.read_bytes())[0]

        zxingcpp.read_barcodes(one_page)  # warm up
        start = cpu()
        for _ in range(5):
            zxingcpp.read_barcodes(one_page, formats=zxingcpp.BarcodeFormat.QRCode)
        floor = (cpu() - start) / 5

        with Programme.open(path) as programme:
            start, wall = cpu(), time.perf_counter()
            report = scan_files(programme, [scan_pdf])
            spent, wall = cpu() - start, time.perf_counter() - wall
        with Programme.open(path) as programme:
            start = cpu()
            again = scan_files(programme, [scan_pdf])
            rescan = cpu() - start
    print(
        f"pages: {report.pages}, codes matched: {len(report.matched)}, "
        f"duplicates: {len(report.duplicates)}, pages with no code read: {len(report.unmatched)}"
    )
    print(f"floor (zxing, one page): {floor * 1000:.0f} ms CPU; x{PAGES} = {floor * PAGES:.1f} s")
    print(
        f"scan of {PAGES} pages: {spent:.1f} s CPU ({wall:.1f} s wall), "
        f"{spent / (floor * PAGES):.1f}x the floor; target < 30 s CPU"
    )
    print(f"the same file again: {rescan:.2f} s CPU, {len(again.matched)} added")


if __name__ == "__main__":
    main()
