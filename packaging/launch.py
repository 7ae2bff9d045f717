"""Entry point of the bundled app (PyInstaller runs this file).

`Workshop [FILE]` opens the app like `workshop-app`. `Workshop --smoke-test RESULT.txt`
is the release check: it builds the demo programme in a temporary folder, opens the main
window on it, loads the Welsh translation, prints a summary pack (fonts, charts) and runs
the file check, and writes what happened to RESULT.txt (a windowed Windows app has no console to print to). Exit 0 = ok.
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
            from workshop.demo import write_demo
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
            # The printed side: a summary pack (fonts, charts, pictures) and a check.
            from workshop.cli import main as cli

            pack = Path(folder) / "pack.pdf"
            pack_status = cli(["pack", str(path), "-o", str(pack)])
            size = pack.stat().st_size if pack.exists() else 0
            lines.append(f"pack: exit {pack_status}, {size} bytes")
            check_status = cli(["check", str(path)])
            lines.append(f"check: exit {check_status}")
            with Programme.open(path) as programme:
                session_id = programme.rows("sessions")[0]["id"]
            cards = Path(folder) / "cards.pdf"
            cards_status = cli(
                ["cards", str(path), "--session", session_id, "--count", "8"]
                + [
                    "-o",
                    str(cards),
                ]
            )
            lines.append(f"feedback cards with QR codes: exit {cards_status}")
            deck_status = cli(["deck", "-o", str(Path(folder) / "deck.pdf")])
            lines.append(f"scenario deck: exit {deck_status}")
            statuses = (pack_status, check_status, cards_status, deck_status)
            failed = any(statuses) or size == 0
            app.processEvents()
        lines.append(f"seconds: {time.perf_counter() - started:.2f}")
        lines.insert(0, "FAILED" if failed else "started ok")
        code = 1 if failed else 0
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
    from workshop.ui.start_up import before_loading_the_app

    before_loading_the_app()
    from workshop.ui.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
