"""Start the app in a fresh process, as `workshop FILE` does, and read back what a probe in
it reported: for the checks that need an interpreter nothing else has touched (what start-up
imports, what it leaves the cycle collector)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def report_from_fresh_process(child: str, path: Path, home: Path) -> dict:
    """Run `child` (Python source, given `path` as its argument) with its own settings and
    data folders under `home`; return the JSON it printed after "REPORT "."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        WORKSHOP_DATA_DIR=str(home / "workshop"),
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("REPORT ")]
    assert lines, done.stderr
    return json.loads(lines[0][len("REPORT ") :])
