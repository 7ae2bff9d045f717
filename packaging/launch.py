"""Entry point of the bundled app (PyInstaller runs this file).

`Workshop [FILE]` opens the app like `workshop-app`. `Workshop --smoke-test RESULT.txt`
is the release check: it builds the demo programme in a temporary folder, opens the main
window on it (in Welsh too, to prove the translation shipped), closes it, and writes what
happened to RESULT.txt (a windowed Windows app has no console to print to). Exit 0 = ok.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path


def smoke_test(result: Path) -> int:
    started = time.perf_counter()
    lines: list[str] = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ.setdefault("WORKSHOP_DATA_DIR", folder)
            from PySide6.QtCore import QCoreApplication

            from workshop import i18n
            from workshop.core.demo import write_demo
            from workshop.core.store import Programme
            from workshop.ui.app import make_application
            from workshop.ui.main_window import MainWindow

            app = make_application()
            path = Path(folder) / "demo.workshop"
            with Programme.create(path) as programme:
                write_demo(programme)
            window = MainWindow(Programme.open(path))
            window.show()
            app.processEvents()
            lines.append(f"window: {window.windowTitle()}")
            lines.append(f"sessions: {len(window.ctx.programme.rows('sessions'))}")
            window.close()
            language = i18n.install_translator(app, "cy")
            welsh = QCoreApplication.translate("MainWindow", "&File")
            lines.append(f"welsh: {language} ({welsh})")
            fonts = Path(i18n.I18N_DIR).parent.parent / "assets" / "fonts"
            lines.append(f"assets: {fonts.exists()}")
            app.processEvents()
        lines.append(f"seconds: {time.perf_counter() - started:.2f}")
        lines.insert(0, "started ok")
        code = 0
    except Exception:  # noqa: BLE001 - the whole point is to report any failure
        lines.insert(0, "FAILED")
        lines.append(traceback.format_exc())
        code = 1
    result.parent.mkdir(parents=True, exist_ok=True)
    result.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return code


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] == "--smoke-test":
        return smoke_test(Path(args[1] if len(args) > 1 else "smoke-test.txt"))
    from workshop.ui.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
