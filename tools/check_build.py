"""Build the wheel the way pip does and fail on any licence warning from the build backend.

    python tools/check_build.py

Takes about 12 s (pip sets up an isolated build environment with setuptools), so it is a
release check rather than a test; tests/test_packaging.py checks pyproject.toml itself
quickly. Exit 0: the wheel was built, its metadata carries the SPDX licence and the licence
files, and the build printed no warning about the licence.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", out, str(ROOT)],
            capture_output=True,
            text=True,
        )
        log = run.stdout + run.stderr
        if run.returncode != 0:
            print(log[-3000:])
            print("check_build: the wheel did not build")
            return 1
        warnings = [
            line.strip()
            for line in log.splitlines()
            if "warning" in line.lower() and "licen" in line.lower()
        ]
        (wheel,) = Path(out).glob("*.whl")
        with zipfile.ZipFile(wheel) as archive:
            (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
            text = archive.read(metadata).decode()
    problems = [f"build warned: {w}" for w in warnings]
    if "License-Expression: MIT" not in text:
        problems.append("the wheel's METADATA has no 'License-Expression: MIT'")
    licence_files = [line for line in text.splitlines() if line.startswith("License-File:")]
    if not any(line.endswith("LICENSE") for line in licence_files):
        problems.append("the wheel carries no LICENSE file")
    for problem in problems:
        print(problem)
    print(
        f"check_build: {wheel.name}, {len(licence_files)} licence file(s), "
        f"{len(warnings)} licence warning(s)"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
