"""Start-up CPU time and peak memory, to a shown window and once it has settled: Workshop
on the demo programme against a bare PySide6 main window, in the same run on the same
machine.

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

# Both programs report their CPU time and peak memory twice: when the event loop first
# runs with the window shown ("shown"), and one second later ("settled"). Idle time costs
# no CPU, so the settled figure counts whatever start-up work runs after the first paint
# (tables fitting their columns, anything put off with a timer): putting work off cannot
# make it look cheaper. The timers are set before the QApplication exists; Qt runs them
# once the event loop starts.
PROBE = """
import resource, sys
from PySide6.QtCore import QCoreApplication, QTimer
def report(moment):
    r = resource.getrusage(resource.RUSAGE_SELF)
    print(moment, r.ru_utime + r.ru_stime, r.ru_maxrss, flush=True)
def shown():
    report("SHOWN")
    QTimer.singleShot(SETTLE_MS, settled)
def settled():
    report("SETTLED")
    QCoreApplication.instance().quit()
QTimer.singleShot(0, shown)
""".replace("SETTLE_MS", "1000")

BARE = (
    PROBE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 820); w.show(); app.exec()
"""
)

# The way `workshop FILE` starts: the command line's entry point, which decides to open
# the app and imports it. `python -m workshop` imports workshop.cli first, then Qt; the
# probe's QtCore comes between them (the only thing the bench adds). PySide6 reads the
# source of every module named in an import after it is loaded, so the order changes the
# cost.
WORKSHOP = (
    """
import workshop.cli
"""
    + PROBE
    + """
workshop.cli.main([sys.argv[1]])
"""
)


def measure(code: str, env: dict, *args: str) -> tuple[float, float, float, float, float]:
    """(wall seconds to shown, CPU seconds and peak MiB when shown, and when settled)."""
    start = time.perf_counter()
    # Run from the temporary folder: `python -c` puts the current folder first on the
    # path, which would shadow --source when the bench is run from a checkout.
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=env["WORKSHOP_DATA_DIR"],
    )
    figures = {}
    for line in process.stdout:
        moment, _, rest = line.partition(" ")
        if moment in ("SHOWN", "SETTLED"):
            cpu, rss = rest.split()
            figures[moment] = (time.perf_counter() - start, float(cpu), int(rss) / 1024)
    if process.wait() != 0 or len(figures) != 2:
        raise SystemExit(f"the measured program failed (exit {process.returncode})")
    wall, cpu, rss = figures["SHOWN"]
    _, settled_cpu, settled_rss = figures["SETTLED"]
    return wall, cpu, rss, settled_cpu, settled_rss


def prepare_folder(env: dict, folder: str, source: Path | None = None) -> Path:
    """Point `env` at `folder` for compiled modules, data and settings, and make the demo
    programme there (with the checkout `source`, else `env`'s); returns the demo's path."""
    # Compiled modules kept for the run, as an installed app has them (these machines
    # set PYTHONDONTWRITEBYTECODE, which would recompile every module in every run).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
    env["WORKSHOP_DATA_DIR"] = folder
    env["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
    demo = Path(folder) / "demo.workshop"
    maker_env = {**env, "PYTHONPATH": str(source)} if source else env
    subprocess.run(
        [sys.executable, "-m", "workshop", "demo", str(demo)],
        check=True,
        capture_output=True,
        env=maker_env,
        cwd=folder,
    )
    return demo


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
        demo = prepare_folder(env, folder)
        measure(BARE, env)  # warm up: compile once
        measure(WORKSHOP, env, str(demo))
        results = {"bare PySide6 window": [], "Workshop on the demo": []}
        for _ in range(args.runs):  # interleaved so both see the same machine load
            results["bare PySide6 window"].append(measure(BARE, env))
            results["Workshop on the demo"].append(measure(WORKSHOP, env, str(demo)))
    platform = env.get("QT_QPA_PLATFORM", "xcb")
    print(f"platform: {platform}, runs: {args.runs}, Python {sys.version.split()[0]}")
    print(
        "| what | wall to shown (median, s) | CPU shown (median, s) | peak memory shown (MiB) "
        "| CPU settled (median, s) | peak memory settled (MiB) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    medians = {}
    for name, runs in results.items():
        figures = [statistics.median(r[i] for r in runs) for i in range(5)]
        medians[name] = figures
        wall, cpu, memory, settled_cpu, settled_memory = figures
        print(
            f"| {name} | {wall:.2f} | {cpu:.3f} | {memory:.0f} "
            f"| {settled_cpu:.3f} | {settled_memory:.0f} |"
        )
    bare, app = medians.values()
    pairs = list(zip(results["bare PySide6 window"], results["Workshop on the demo"], strict=True))
    for label, index in (("shown", 1), ("settled", 3)):
        ratios = sorted(a[index] / b[index] for b, a in pairs)
        print(
            f"{label}: CPU {app[index] / bare[index]:.2f}x the bare window "
            f"(pairs {ratios[0]:.2f}x to {ratios[-1]:.2f}x), "
            f"memory {app[index + 1] / bare[index + 1]:.2f}x"
        )


if __name__ == "__main__":
    main()
