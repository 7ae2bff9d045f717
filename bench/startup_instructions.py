"""Start-up in instructions, which a busy machine does not change: Workshop on the demo
programme against a bare PySide6 main window, counted by valgrind (callgrind) up to two
moments: when the event loop first runs with the window shown ("shown"), and the first
time after that the loop is about to wait with nothing left to do ("idle").

CPU time on these shared 2-core machines wanders by ±10 % between runs of
`startup_bench.py`, more than one change to start-up usually saves; the count of
instructions is the same run after run (PYTHONHASHSEED fixed), so it says whether a
change did anything. It is not time: an instruction of Qt's C++ and one of the Python
interpreter take different times. Results go in bench/RESULTS.md by hand.

Run: .venv/bin/python bench/startup_instructions.py [--source CHECKOUT ...]
Needs valgrind (Debian: apt install valgrind); about 25 s a count.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from startup_bench import prepare_folder

# Exits (without tearing down) at the moment asked for in MOMENT.
PROBE = """
import os, sys
from PySide6.QtCore import QAbstractEventDispatcher, QTimer
def idle():
    os._exit(0)
def shown():
    if os.environ["MOMENT"] == "shown":
        os._exit(0)
    QAbstractEventDispatcher.instance().aboutToBlock.connect(idle)
QTimer.singleShot(0, shown)
if sys.argv[1] == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow(); window.resize(1280, 820); window.show(); app.exec()
else:
    import workshop.cli
    workshop.cli.main([sys.argv[1]])
"""

MOMENTS = ("shown", "idle")


def count(env: dict, what: str, moment: str) -> int:
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        + [sys.executable, "-c", PROBE, what],
        capture_output=True,
        text=True,
        env={**env, "MOMENT": moment},
        cwd=env["WORKSHOP_DATA_DIR"],
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise SystemExit(f"valgrind counted nothing for {what}: {done.stderr[-500:]}")
    return int(found.group(1))


def warm_up(env: dict, what: str) -> None:
    subprocess.run(
        [sys.executable, "-c", PROBE, what],
        capture_output=True,
        env={**env, "MOMENT": "idle"},
        cwd=env["WORKSHOP_DATA_DIR"],
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--source", type=Path, action="append", default=[], help="checkouts to count"
    )
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    sources = [s.resolve() for s in args.source] or [Path(__file__).resolve().parents[1]]
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory() as folder:
        demo = prepare_folder(env, folder, sources[0])
        # Each program once without counting: compiles its modules (and, for Workshop, makes
        # the first open's snapshot, which a facilitator reopening their file does not pay).
        warm_up(env, "bare")
        rows = {"bare PySide6 window": {m: count(env, "bare", m) for m in MOMENTS}}
        for source in sources:
            source_env = {**env, "PYTHONPATH": str(source)}
            warm_up(source_env, str(demo))
            rows[f"Workshop ({source})"] = {m: count(source_env, str(demo), m) for m in MOMENTS}
    bare = rows["bare PySide6 window"]
    print("| what | instructions, shown | ratio | instructions, idle | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, counts in rows.items():
        print(
            f"| {name} | {counts['shown'] / 1e6:,.0f} M | {counts['shown'] / bare['shown']:.2f}x "
            f"| {counts['idle'] / 1e6:,.0f} M | {counts['idle'] / bare['idle']:.2f}x |"
        )


if __name__ == "__main__":
    main()
