"""Before `make run`: say exactly which system libraries Qt's window plugin lacks on Linux,
instead of Qt's cryptic abort. Runs without loading the plugin."""

import os
import subprocess
import sys
from pathlib import Path

PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def missing_libraries() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return []
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    except OSError:
        return []
    missing = []
    for line in out.splitlines():
        if "not found" in line:
            missing.append(line.split()[0])
    return missing


def main() -> int:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return 0
    missing = missing_libraries()
    if not missing:
        return 0
    packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
    print("Qt needs some system libraries to open a window on this Linux machine:")
    print("  missing: " + ", ".join(missing))
    print("Install them, then run `make run` again:")
    print("  sudo apt-get install " + " ".join(packages))
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
