"""Start-up time to a shown window, and peak memory: Workshop on the demo programme
against a bare PySide6 main window, in the same run on the same machine.

Run: .venv/bin/python bench/startup_bench.py [--runs N]   (uses Xvfb when DISPLAY is set,
otherwise the offscreen platform). Results go in bench/RESULTS.md by hand.
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

BARE = """
import resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 820); w.show(); app.processEvents()
print("SHOWN", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

WORKSHOP = """
import resource, sys
from workshop.ui.app import make_application, build_window
from pathlib import Path
app = make_application()
w = build_window(Path(sys.argv[1])); w.show(); app.processEvents()
print("SHOWN", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
w.close()
"""


def measure(code: str, *args: str) -> tuple[float, float]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - start
    line = next(x for x in out.stdout.splitlines() if x.startswith("SHOWN"))
    return elapsed, int(line.split()[1]) / 1024  # seconds, MiB


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.workshop"
        subprocess.run(
            [sys.executable, "-m", "workshop", "demo", str(demo)], check=True, capture_output=True
        )
        os.environ["WORKSHOP_DATA_DIR"] = folder
        results = {"bare PySide6 window": [], "Workshop on the demo": []}
        for _ in range(args.runs):  # interleaved so both see the same machine load
            results["bare PySide6 window"].append(measure(BARE))
            results["Workshop on the demo"].append(measure(WORKSHOP, str(demo)))
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb")
    print(f"platform: {platform}, runs: {args.runs}, Python {sys.version.split()[0]}")
    print("| what | start to shown window (median, s) | peak memory (median, MiB) |")
    print("|---|---|---|")
    for name, runs in results.items():
        times = statistics.median(r[0] for r in runs)
        memory = statistics.median(r[1] for r in runs)
        print(f"| {name} | {times:.2f} | {memory:.0f} |")


if __name__ == "__main__":
    main()
