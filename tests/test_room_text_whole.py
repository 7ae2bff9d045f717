"""Ready for the room, the parts the layout walk cannot see: words in item views that end
in "…", and a card form squeezed beside lists it should sit under."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from ui_support import shown_window

from workshop import i18n
from workshop.ui import settings, theme
from workshop.ui.app import make_application
from workshop.ui.deck_editor import DeckEditor
from workshop.ui.window_geometry import TASKBAR_ROOM, client_area


@pytest.fixture
def welsh_200(qtbot):
    make_application()
    settings.set_language("cy")
    assert i18n.install_translator(code="cy") == "cy"
    theme.set_text_scale(200)
    yield client_area(QRect(0, 0, 1024, 768 - TASKBAR_ROOM)).size()
    settings.set_language("en")
    i18n.install_translator(code="en")
    theme.set_text_scale(100)


def test_sidebar_and_session_pages_show_every_word_whole(welsh_200, qtbot, demo_path):
    settings.write(settings.WELCOME_SHOWN, True)
    window = shown_window(qtbot, demo_path)
    window.resize(welsh_200)
    sessions = window.ctx.programme.rows("sessions", order_by="starts_at")
    window.sidebar.choose_session(sessions[-1]["id"])
    window.current_screen().show_page("Agenda and boards")
    qtbot.wait(1)
    QApplication.processEvents()
    assert window.menuBar().actions()[0].text().replace("&", "") != "File"  # Welsh
    for view in (window.sidebar.list, window.current_screen().nav):
        assert view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideNone
        room = view.viewport().width()
        metrics = view.fontMetrics()
        for row in range(view.count()):
            item = view.item(row)
            bold = item.font().bold()
            for word in item.text().split():
                # Bold words are wider: measured with the item's own font.
                width = (metrics if not bold else type(metrics)(item.font())).horizontalAdvance(
                    word
                )
                assert width <= room, f"{word!r} ({width} px) is cut in a {room} px list"
            rect = view.visualItemRect(item)
            lines = item.text().count("\n") + 1
            assert rect.height() >= lines * metrics.height(), item.text()
    window.close()


def test_card_form_goes_under_the_lists_when_narrow(welsh_200, qtbot, demo):
    from PySide6.QtGui import QUndoStack

    from workshop.ui.context import AppContext, ProgrammeBridge

    ctx = AppContext(demo, ProgrammeBridge(demo), QUndoStack())
    editor = DeckEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(welsh_200)
    editor.show()
    qtbot.waitExposed(editor)
    QApplication.processEvents()
    assert not editor.columns.side_by_side()
    assert editor.form_box.width() >= 0.8 * editor.width(), editor.form_box.width()
    theme.set_text_scale(100)
    editor.resize(1346, 688)
    QApplication.processEvents()
    assert editor.columns.side_by_side()
    editor.close()
    ctx.bridge.detach()
