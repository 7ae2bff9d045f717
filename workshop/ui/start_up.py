"""What opening the app does before Qt loads, and undoes once the window is shown.

Both entry points (`workshop [FILE]` through `workshop.cli`, and the bundled app's
`packaging/launch.py`) call `before_loading_the_app()` before they import `workshop.ui.app`,
and `workshop.ui.app.main` calls `window_shown()` once the window is on screen. Kept free of
Qt at import, so calling it costs nothing before Qt loads.
"""

from __future__ import annotations

import gc
import sys

_paused = False


def before_loading_the_app() -> None:
    """Pause the cycle collector and make PySide6's check of each imported module cheap."""
    global _paused
    # Start-up makes about 39,000 objects that live as long as the app (modules, Qt's
    # enums, the window) and next to no garbage (about 300 objects, 47 KB), yet the
    # collector ran some 60 times over them: 4 % of start-up's instructions. It waits until
    # the window is shown; then those objects are set aside for good (`window_shown`).
    # Objects freed by their reference count are freed at once as ever; only cycles wait.
    if gc.isenabled():
        gc.disable()
        _paused = True
    check_pyside_use_by_reading_bytes()


def window_shown() -> None:
    """Resume the cycle collector, leaving what start-up made out of its way.

    `gc.freeze()` moves every object tracked so far to a generation the collector never
    looks at again: the app's long-lived objects stop costing each later collection. A
    cycle made during start-up that becomes garbage later is not collected; start-up's
    objects stay for the life of the app anyway."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False


def check_pyside_use_by_reading_bytes() -> None:
    """Give PySide6's "does this module use PySide6?" check a cheaper way to read.

    After PySide6 loads, each module named in an import is checked once for the word
    "PySide6" (to know which modules may switch on its `__feature__` options). PySide6 reads
    the source through `inspect.getsource`, which finds the file, works out its encoding,
    decodes it and keeps every line in `linecache`: about 110 modules at start-up, 2 % of
    its instructions, and the sources held in memory. Reading the file's bytes gives
    the same answer for a `.py` file; anything else (a built-in or compiled module, a file
    that cannot be read) still goes to PySide6's own check. This touches a private function
    of PySide6: when a release no longer has it, nothing is replaced, and
    tests/test_start_up.py says so."""
    from PySide6 import QtCore  # noqa: F401  (loads PySide6's import hook and its check)

    feature = sys.modules.get("shibokensupport.feature")
    own_check = getattr(feature, "_mod_uses_pyside", None)
    if own_check is None or getattr(own_check, "reads_bytes", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return own_check(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    uses_pyside.own_check = own_check  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
