"""Re-take the README's pictures of the app from the demo programme.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/take_screenshots.py
Writes docs/screenshots/<name>.png for the overview, every programme view and every
session page (of the library session).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
OUT = HERE / "screenshots"


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    os.environ["WORKSHOP_DATA_DIR"] = str(folder)
    from workshop.core.store import Programme
    from workshop.demo import write_demo
    from workshop.ui.app import build_window, make_application
    from workshop.ui.main_window import PROGRAMME_VIEWS
    from workshop.ui.session_editor import SESSION_PAGES

    path = folder / "demo.workshop"
    with Programme.create(path) as programme:
        sessions = write_demo(programme)
    app = make_application()
    window = build_window(path)
    window.resize(1280, 820)
    window.show()
    OUT.mkdir(exist_ok=True)
    for index, (title, _) in enumerate(PROGRAMME_VIEWS):
        window.sidebar.choose_view(index)
        app.processEvents()
        window.grab().save(str(OUT / f"view-{slug(title)}.png"))
    window.sidebar.choose_session(sessions["library"])
    app.processEvents()
    editor = window.current_screen()
    for title, _ in SESSION_PAGES:
        editor.show_page(title)
        app.processEvents()
        window.grab().save(str(OUT / f"session-{slug(title)}.png"))
    window.close()
    print(f"Saved screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
