"""Kill the app at any moment after an edit is shown as saved: reopening shows that edit."""

import os
import signal
import subprocess
import sys
import textwrap

from workshop.core.store import Programme

CHILD = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from workshop.core.store import Programme
    from workshop.ui.app import make_application
    from workshop.ui.main_window import MainWindow
    app = make_application()
    win = MainWindow(Programme.open(sys.argv[1]))
    win.show()
    item = win.sidebar.list.item(len(win.sidebar.views) + 1)
    win.sidebar.choose_session(item.data(Qt.ItemDataRole.UserRole + 1))
    details = win.current_screen().page("Details")
    for n in range(int(sys.argv[2])):
        details.title.setText(f"Edit number {n}")
        details.title.editingFinished.emit()
        app.processEvents()
        print(f"SAVED {n}", flush=True)   # shown as saved: the commit has returned
    time.sleep(60)
""")


def test_edits_survive_sigkill(demo_path, tmp_path):
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    edits = 25
    child = subprocess.Popen(
        [sys.executable, str(script), str(demo_path), str(edits)], stdout=subprocess.PIPE, text=True
    )
    last = None
    for line in child.stdout:
        last = int(line.split()[1])
        if last == edits - 1:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert last == edits - 1
    with Programme.open(demo_path) as p:
        titles = [s["title"] for s in p.rows("sessions")]
        assert f"Edit number {last}" in titles
        assert p.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
