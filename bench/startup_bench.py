"""Start-up time to a shown window, and peak memory: Workshop on the demo programme
against a bare PySide6 main window, in the same run on the same machine.

Run: .venv/bin/python bench/startup_bench.py [--runs N] [--source CHECKOUT]   (uses Xvfb when DISPLAY is set,
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
r = resource.getrusage(resource.RUSAGE_SELF)
print("SHOWN", r.ru_utime + r.ru_stime, r.ru_maxrss, flush=True)
"""

# The way `workshop FILE` starts: through the command line's entry point, which decides
# to open the app; the figures are taken once the event loop runs with the window shown.
# Imports in the entry point's order (`python -m workshop` imports workshop.cli first, then
# Qt): PySide6 reads the source of every module imported after it (its __feature__
# check), so the order changes the cost.
WORKSHOP = """
import resource, sys
import workshop.cli
from PySide6.QtCore import QTimer
from workshop.ui.app import make_application
app = make_application()
def shown():
    r = resource.getrusage(resource.RUSAGE_SELF)
    print("SHOWN", r.ru_utime + r.ru_stime, r.ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(0, shown)
workshop.cli.main([sys.argv[1]])
"""


def measure(code: str, env: dict, *args: str) -> tuple[float, float, float]:
    start = time.perf_counter()
    # Run from the temporary folder: `python -c` puts the current folder first on the
    # path, which would shadow --source when the bench is run from a checkout.
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=env["WORKSHOP_DATA_DIR"],
    )
    elapsed = time.perf_counter() - start
    line = next(x for x in out.stdout.splitlines() if x.startswith("SHOWN"))
    _, cpu, rss = line.split()
    return elapsed, float(cpu), int(rss) / 1024  # seconds wall, seconds CPU, MiB


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--source", type=Path, help="another checkout to measure (e.g. main, for before-figures)"
    )
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    if args.source:
        env["PYTHONPATH"] = str(args.source.resolve())
    with tempfile.TemporaryDirectory() as folder:
        # Compiled modules kept for the run, as an installed app has them (these machines
        # set PYTHONDONTWRITEBYTECODE, which would recompile every module in every run).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        env["WORKSHOP_DATA_DIR"] = folder
        env["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        demo = Path(folder) / "demo.workshop"
        subprocess.run(
            [sys.executable, "-m", "workshop", "demo", str(demo)],
            check=True,
            capture_output=True,
            env=env,
            cwd=folder,
        )
        measure(BARE, env)  # warm up: compile once
        measure(WORKSHOP, env, str(demo))
        results = {"bare PySide6 window": [], "Workshop on the demo": []}
        for _ in range(args.runs):  # interleaved so both see the same machine load
            results["bare PySide6 window"].append(measure(BARE, env))
            results["Workshop on the demo"].append(measure(WORKSHOP, env, str(demo)))
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    print(f"platform: {platform}, runs: {args.runs}, Python {sys.version.split()[0]}")
    print("| what | wall (median, s) | CPU (median, s) | peak memory (median, MiB) |")
    print("|---|---:|---:|---:|")
    medians = {}
    for name, runs in results.items():
        wall, cpu, memory = (statistics.median(r[i] for r in runs) for i in range(3))
        medians[name] = (cpu, memory)
        print(f"| {name} | {wall:.2f} | {cpu:.2f} | {memory:.0f} |")
    (bare_cpu, bare_mem), (app_cpu, app_mem) = medians.values()
    pairs = zip(results["bare PySide6 window"], results["Workshop on the demo"], strict=True)
    ratios = sorted(app[1] / bare[1] for bare, app in pairs)
    print(f"CPU ratio of each interleaved pair: {ratios[0]:.2f}x to {ratios[-1]:.2f}x")
    print(
        f"ratio to the bare window: CPU {app_cpu / bare_cpu:.2f}x, memory {app_mem / bare_mem:.2f}x"
    )


if __name__ == "__main__":
    main()
