"""The "Agenda and boards" tab and its menu items, by the names the main window and the
session's tab list use; the screen itself is the `workshop.ui.agenda` package."""

from workshop.ui.agenda.menus import install_menus
from workshop.ui.agenda.page import AgendaPage

__all__ = ["AgendaPage", "install_menus"]
