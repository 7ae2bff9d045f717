"""Every screen and window extension the app shows, as plain imports.

A feature adds one entry here. Titles are plain English literals, first in each entry: the
screens translate them at run time and the translation build reads them from these lists.

A screen's module is imported the first time the screen is shown, not at start-up: each
entry names a small function below with a plain `import` of its class inside, so a rename
still shows in "find usages", and `tests/test_screens_wiring.py` resolves every entry (a
broken import fails the tests, loudly, rather than hiding a screen). Call `screen_class`
to get the class.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QWidget

from workshop.ui import (
    export_menu,
    facilitator_menu,
    glossary_dock,
    reliability_menu,
    scan_bring_in,
)
from workshop.ui.agenda.menus import install_menus

# A function that imports one screen's module and returns its class.
ScreenLoader = Callable[[], type[QWidget]]


def _overview_page() -> type[QWidget]:
    from workshop.ui.overview_page import OverviewPage

    return OverviewPage


def _expectations_page() -> type[QWidget]:
    from workshop.ui.expectations_page import ExpectationsPage

    return ExpectationsPage


def _points_page() -> type[QWidget]:
    from workshop.ui.points_page import PointsPage

    return PointsPage


def _details_page() -> type[QWidget]:
    from workshop.ui.details_page import DetailsPage

    return DetailsPage


def _access_page() -> type[QWidget]:
    from workshop.ui.access_page import AccessPage

    return AccessPage


def _incentives_page() -> type[QWidget]:
    from workshop.ui.incentives_page import IncentivesPage

    return IncentivesPage


def _reach_page() -> type[QWidget]:
    from workshop.ui.reach_page import ReachPage

    return ReachPage


def _agenda_page() -> type[QWidget]:
    from workshop.ui.agenda.page import AgendaPage

    return AgendaPage


def _card_mode_page() -> type[QWidget]:
    from workshop.ui.card_mode import CardModePage

    return CardModePage


def _question_wall_page() -> type[QWidget]:
    from workshop.ui.question_wall import QuestionWallPage

    return QuestionWallPage


def _feedback_page() -> type[QWidget]:
    from workshop.ui.feedback_page import FeedbackPage

    return FeedbackPage


def _paper_page() -> type[QWidget]:
    from workshop.ui.paper_page import PaperPage

    return PaperPage


# Programme-level screens at the top of the sidebar, built as screen_class(loader)(ctx).
PROGRAMME_VIEWS: list[tuple[str, ScreenLoader]] = [
    ("Overview", _overview_page),
    ("Expectations", _expectations_page),
    ("Points and responses", _points_page),
]

# The tabs of one session, built as screen_class(loader)(ctx, session_id).
SESSION_PAGES: list[tuple[str, ScreenLoader]] = [
    ("Details", _details_page),
    ("Expectations", _expectations_page),
    ("Access and facilities", _access_page),
    ("Incentives", _incentives_page),
    ("Attendance and reach", _reach_page),
    ("Agenda and boards", _agenda_page),
    ("Scenario cards", _card_mode_page),
    ("Questions", _question_wall_page),
    ("Feedback cards", _feedback_page),
    ("Paper and returns", _paper_page),
]

# Called once with the main window after its own menus are built (menus, docks, timers).
# Imported before the window first shows: each module holds the menu items only, and the
# dialog an item opens is imported inside the item's function.
WINDOW_EXTENSIONS: list[Callable[[QMainWindow], None]] = [
    install_menus,
    reliability_menu.install,
    facilitator_menu.install,
    export_menu.install,
    scan_bring_in.install,
    glossary_dock.install,
]


def screen_class(loader: ScreenLoader) -> type[QWidget]:
    """The class a PROGRAMME_VIEWS or SESSION_PAGES entry names, its module imported now
    (once: Python keeps it)."""
    return loader()
