"""The first-run welcome: what the app is for, in three short steps, and a way straight into
the demo programme. Shown once (remembered in the settings); Help > Welcome shows it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
)

from workshop.core.paths import data_dir
from workshop.core.store import Programme
from workshop.ui import settings
from workshop.ui.page_layout import flow_row
from workshop.ui.window_geometry import FittingDialog

SHOWN_KEY = settings.WELCOME_SHOWN
DEMO_FILE_NAME = "demo.workshop"


def welcome_was_shown() -> bool:
    return settings.read(SHOWN_KEY)


def remember_welcome_shown(shown: bool = True) -> None:
    settings.write(SHOWN_KEY, bool(shown))


def demo_file() -> Path:
    """The demo programme in the user's data folder, written the first time it is asked for."""
    path = data_dir() / DEMO_FILE_NAME
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with Programme.create(path) as programme:
            # Imported here: the demo is only written on first run, not on every start-up.
            from workshop.demo import write_demo

            write_demo(programme)
    return path


def _showing_the_demo(window: QMainWindow) -> bool:
    """True when the window already shows the demo programme (the default file made on
    first run, or the demo file itself)."""
    ctx = getattr(window, "ctx", None)
    if ctx is None:
        return False
    # Imported here: the demo module is only needed when the button is pressed.
    from workshop.demo.foundation import PROGRAMME

    return ctx.programme.programme()["title"] == PROGRAMME["title"]


class WelcomeDialog(FittingDialog):
    def __init__(self, window: QMainWindow | None = None):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("WelcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Workshop"))
        heading = QLabel(self.tr("Welcome to Workshop"))
        heading.setObjectName("screen_heading")
        intro = QLabel(
            self.tr(
                "Workshop helps you run sessions where residents shape how automated "
                "decisions and AI are used in their public services. It works without the "
                "internet and saves everything as you go."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        steps = [
            (
                self.tr("1. Plan each session"),
                self.tr(
                    "Say what people can and cannot change, who you want to hear from, and "
                    "what support and payment you offer so they can take part."
                ),
            ),
            (
                self.tr("2. Run it on the day"),
                self.tr(
                    "Type up sticky notes, reactions to scenario cards and questions as "
                    "people give them, and show them on a projector."
                ),
            ),
            (
                self.tr("3. Close the loop"),
                self.tr(
                    "Turn what people said into points, publish what you did about each one, "
                    "and send partners a summary pack."
                ),
            ),
        ]
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        for title, text in steps:
            step = QLabel(f"<b>{title}</b><br>{text}")
            step.setWordWrap(True)
            step.setObjectName("welcome_step")
            step.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(step)
        self.demo_button = QPushButton(self.tr("Open the &demo programme"))
        self.demo_button.setObjectName("open_demo")
        self.demo_button.setAccessibleName(self.tr("Open the demo programme"))
        self.demo_button.setAccessibleDescription(
            self.tr("A made-up programme with five sessions to explore; your own file is kept")
        )
        self.demo_button.setDefault(True)
        self.own_button = QPushButton(self.tr("&Start with my own programme"))
        self.own_button.setObjectName("start_own")
        self.own_button.setAccessibleName(self.tr("Start with my own programme"))
        hint = QLabel(self.tr("You can see this again from Help > Welcome. Press F1 for help."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(flow_row(self.demo_button, self.own_button))
        self.demo_button.clicked.connect(self.open_demo)
        self.own_button.clicked.connect(self.accept)
        self.finished.connect(lambda _result: remember_welcome_shown())
        self.setMinimumWidth(520)

    def open_demo(self) -> None:
        # On first run the default file was just made with the demo in it: that file is the
        # demo, so a second copy beside it would only confuse (two files, one programme).
        if self.window_ is not None and not _showing_the_demo(self.window_):
            self.window_.open_path(demo_file())
        self.accept()


def show_welcome(window: QMainWindow) -> WelcomeDialog:
    """Show the welcome beside the window without blocking it."""
    dialog = WelcomeDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.activateWindow()
    dialog.demo_button.setFocus()
    return dialog


def maybe_show_welcome(window: QMainWindow, *, offscreen_too: bool = False) -> QDialog | None:
    """The welcome, the first time the app starts on this computer. Not under the offscreen
    platform (tests, screenshots) unless asked, so automated runs never see it."""
    if welcome_was_shown():
        return None
    if QGuiApplication.platformName() == "offscreen" and not offscreen_too:
        return None
    return show_welcome(window)
