"""Every screen and window extension the app shows, as plain imports.

A feature adds one line here. Titles are plain English literals, first in each entry: the
screens translate them at run time and the translation build reads them from these lists.
A broken import fails at start-up, loudly, rather than hiding a screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QWidget

from workshop.ui import (
    export_dialog,
    facilitator_menu,
    glossary_panel,
    reliability_menu,
    scan_bring_in,
)
from workshop.ui.access_page import AccessPage
from workshop.ui.agenda.menus import install_menus
from workshop.ui.agenda.page import AgendaPage
from workshop.ui.card_mode import CardModePage
from workshop.ui.details_page import DetailsPage
from workshop.ui.expectations_page import ExpectationsPage
from workshop.ui.feedback_page import FeedbackPage
from workshop.ui.incentives_page import IncentivesPage
from workshop.ui.overview_page import OverviewPage
from workshop.ui.paper_page import PaperPage
from workshop.ui.points_page import PointsPage
from workshop.ui.question_wall import QuestionWallPage
from workshop.ui.reach_page import ReachPage

# Programme-level screens at the top of the sidebar, built as Class(ctx).
PROGRAMME_VIEWS: list[tuple[str, type[QWidget]]] = [
    ("Overview", OverviewPage),
    ("Expectations", ExpectationsPage),
    ("Points and responses", PointsPage),
]

# The tabs of one session, built as Class(ctx, session_id).
SESSION_PAGES: list[tuple[str, type[QWidget]]] = [
    ("Details", DetailsPage),
    ("Expectations", ExpectationsPage),
    ("Access and facilities", AccessPage),
    ("Incentives", IncentivesPage),
    ("Attendance and reach", ReachPage),
    ("Agenda and boards", AgendaPage),
    ("Scenario cards", CardModePage),
    ("Questions", QuestionWallPage),
    ("Feedback cards", FeedbackPage),
    ("Paper and returns", PaperPage),
]

# Called once with the main window after its own menus are built (menus, docks, timers).
WINDOW_EXTENSIONS: list[Callable[[QMainWindow], None]] = [
    install_menus,
    reliability_menu.install,
    facilitator_menu.install,
    export_dialog.install,
    scan_bring_in.install,
    glossary_panel.install,
]
