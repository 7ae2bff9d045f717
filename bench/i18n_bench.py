"""What the Welsh translation and the accessibility settings cost: time to build the main
window on the demo and visit every programme view and session page, in English, in Welsh
(a Python translator subclass answers every string), and at 200% text in high contrast.
Also the bundled app's start-up check, when `dist/Workshop` has been built.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/i18n_bench.py [--runs N]
Results go in bench/RESULTS.md by hand.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

VISIT = """
import os, sys, time
from pathlib import Path
mode = sys.argv[2]
from PySide6.QtWidgets import QApplication
app = QApplication(["workshop"])
from workshop.ui import settings
settings.write(settings.TEXT_SCALE, 200 if mode == "large" else 100)
settings.write(settings.HIGH_CONTRAST, mode == "large")
settings.write(settings.LANGUAGE, "cy" if mode == "welsh" else "en")
settings.write(settings.WELCOME_SHOWN, True)
from workshop.core.store import Programme
from workshop.ui.app import make_application
from workshop.ui.main_window import MainWindow
from workshop.ui.screens import PROGRAMME_VIEWS, SESSION_PAGES
start = time.perf_counter()
make_application()
w = MainWindow(Programme.open(Path(sys.argv[1]))); w.show(); app.processEvents()
shown = time.perf_counter() - start
for index in range(len(PROGRAMME_VIEWS)):
    w.sidebar.choose_view(index); app.processEvents()
for session in w.ctx.programme.rows("sessions"):
    w.sidebar.choose_session(session["id"]); app.processEvents()
    editor = w.current_screen()
    for title, _ in SESSION_PAGES:
        editor.show_page(title); app.processEvents()
print(f"{shown:.3f} {time.perf_counter() - start:.3f}")
w.close()
"""


def run(mode: str, demo: Path, runs: int) -> tuple[float, float]:
    shown, visited = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "XDG_CONFIG_HOME": home, "WORKSHOP_DATA_DIR": home}
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            out = subprocess.run(
                [sys.executable, "-c", VISIT, str(demo), mode],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            ).stdout.split()
        shown.append(float(out[0]))
        visited.append(float(out[1]))
    return statistics.median(shown), statistics.median(visited)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from workshop.core.store import Programme
    from workshop.demo import write_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.workshop"
        with Programme.create(demo) as programme:
            write_demo(programme)
        print("| language and look | window shown | every view and session page visited |")
        print("|---|---|---|")
        for mode, label in [
            ("english", "English"),
            ("welsh", "Welsh (draft)"),
            ("large", "English, 200% text, high contrast"),
        ]:
            shown, visited = run(mode, demo, args.runs)
            print(f"| {label} | {shown:.2f} s | {visited:.2f} s |")
    bundle = ROOT / "dist" / "Workshop" / "Workshop"
    if bundle.exists():
        with tempfile.TemporaryDirectory() as folder:
            result = Path(folder) / "smoke.txt"
            start = time.perf_counter()
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            subprocess.run([str(bundle), "--smoke-test", str(result)], check=True, env=env)
            took = time.perf_counter() - start
            print(f"bundle smoke test: {took:.2f} s; {result.read_text().splitlines()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
