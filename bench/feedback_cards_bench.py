"""How long printing 500 feedback cards takes, against the bare cost of their QR codes.

Run: .venv/bin/python bench/feedback_cards_bench.py
Target: 500 cards (plan the codes, lay out the PDF, record the batch) in under 2 s.
The baseline encodes the same 500 addresses with reportlab's QR encoder as it stands
(`QRCode.make()`, which lays the symbol out for each of the 8 masks) and draws the
matrices straight onto a reportlab canvas as filled rectangles, 8 a page, with no text.
Wall-clock and CPU time are both shown: the machine is shared, and CPU time is steadier.
"""

from __future__ import annotations

import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from workshop.core import feedback
from workshop.core.store import Programme
from workshop.demo import write_demo
from workshop.export.feedback_cards_pdf import build_cards_pdf

COUNT = 500
ROUNDS = 5


def qr_matrix(url: str) -> list[list[bool]]:
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(url)
    qr.make()
    return [[bool(m) for m in row] for row in qr.modules]


def draw_matrices(matrices: list[list[list[bool]]]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    size = 33 * mm
    for i, matrix in enumerate(matrices):
        slot = i % 8
        x = 10 * mm + (slot % 2) * 95 * mm
        y = 12 * mm + (slot // 2) * 68 * mm
        module = size / (len(matrix) + 8)
        path = canvas.beginPath()
        for r, row in enumerate(matrix):
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    path.rect(
                        x + (start + 4) * module,
                        y + size - (r + 5) * module,
                        (c - start) * module,
                        module,
                    )
                else:
                    c += 1
        canvas.drawPath(path, stroke=0, fill=1)
        if slot == 7:
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        programme = Programme.create(Path(folder) / "bench.workshop")
        sessions = write_demo(programme)
        session_id = sessions["food_bank"]
        session = programme.get("sessions", session_id)
        template = programme.programme()["feedback_url_template"]
        whole, pdf_only, baseline, baseline_draw = [], [], [], []
        whole_cpu, baseline_cpu = [], []
        size = 0
        for round_number in range(ROUNDS):
            rng = random.Random(round_number)
            start, cpu = time.perf_counter(), time.process_time()
            plan = feedback.plan_cards(programme, session_id, COUNT, rng=rng)
            t_pdf = time.perf_counter()
            data = build_cards_pdf(programme.programme(), session, plan)
            t_pdf_end = time.perf_counter()
            feedback.record_cards(programme, plan)
            whole.append(time.perf_counter() - start)
            whole_cpu.append(time.process_time() - cpu)
            pdf_only.append(t_pdf_end - t_pdf)
            size = len(data)

            urls = [feedback.card_url(template, card.code) for card in plan.cards]
            start, cpu = time.perf_counter(), time.process_time()
            matrices = [qr_matrix(url) for url in urls]
            t_draw = time.perf_counter()
            draw_matrices(matrices)
            end = time.perf_counter()
            baseline.append(end - start)
            baseline_cpu.append(time.process_time() - cpu)
            baseline_draw.append(end - t_draw)
        programme.close()

    def show(label: str, values: list[float]) -> None:
        print(f"{label:58} median {statistics.median(values):.3f} s  (min {min(values):.3f})")

    print(f"{COUNT} cards, {ROUNDS} rounds, Python {sys.version.split()[0]}")
    show("print 500 cards: plan codes + build PDF + record batch", whole)
    show("  CPU time (less disturbed by other work on the machine)", whole_cpu)
    show("  of which building the PDF", pdf_only)
    show("baseline: encode 500 QR matrices + draw them on a canvas", baseline)
    show("  CPU time", baseline_cpu)
    show("  of which drawing only", baseline_draw)
    ratio = statistics.median(whole) / statistics.median(baseline)
    print(f"cards / baseline: {ratio:.2f}x   PDF size {size / 1024:.0f} KiB, 126 pages")
    cpu, fastest = statistics.median(whole_cpu), min(whole)
    verdict = "met" if cpu < 2 and fastest < 2 else "NOT met"
    print(f"target < 2 s: {verdict} (CPU median {cpu:.2f} s, fastest wall-clock {fastest:.2f} s)")


if __name__ == "__main__":
    main()
