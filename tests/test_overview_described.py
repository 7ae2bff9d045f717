"""The Overview shows, beside the facilitators' head-counts, how people described
themselves on the anonymous monitoring forms: the same figures as the partner pack's
equality appendix, with 1 to 4 shown as "fewer than 5"."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel
from ui_support import shown_window

from workshop.core import monitoring
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export.document.pdf import render_pdf
from workshop.export.pack.build import pack_document


def _pack_text(programme: Programme, tmp_path) -> str:
    path = tmp_path / "pack.pdf"
    path.write_bytes(render_pdf(pack_document(programme, today="2027-07-01")))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _screen_rows(qtbot, window) -> list[tuple[str, str, str]]:
    window.sidebar.choose_view(0)
    qtbot.wait(5)  # the widgets of a rebuilt box are deleted later
    screen = window.current_screen()
    box = screen.findChild(object, "overview_described")
    assert box is not None and box.isVisible()

    def texts(name: str) -> list[str]:
        return [label.text() for label in box.findChildren(QLabel, name)]

    return list(
        zip(
            texts("described_group"),
            texts("described_said"),
            texts("described_counted"),
            strict=True,
        )
    )


def _figure(label: str, suffix: str) -> str:
    assert label.startswith("<b>") and label.endswith(suffix), label
    return label[3 : label.index("</b>")]


def test_overview_shows_the_partner_packs_self_described_figures(qtbot, demo_path, tmp_path):
    window = shown_window(qtbot, demo_path)
    rows = _screen_rows(qtbot, window)
    assert [group for group, _, _ in rows] == [g for g, _ in monitoring.DESCRIBED_GROUPS]
    appendix = _pack_text(window.ctx.programme, tmp_path)
    appendix = appendix[appendix.index("Self-described beside head-counts") :]
    for group, said, counted in rows:
        said_figure = _figure(said, "said on monitoring forms")
        counted_figure = _figure(counted, "counted by facilitators")
        assert said_figure.isdigit() and counted_figure.isdigit()
        assert f"{group} {said_figure} {counted_figure}" in appendix
    forms = len(monitoring.returns(window.ctx.programme, monitoring.MONITORING))
    lead = window.current_screen().findChild(QLabel, "described_lead").text()
    assert lead.startswith(f"{forms} people filled in a monitoring form")


def test_small_counts_show_as_fewer_than_5_on_screen_and_in_the_pack(
    qtbot, programme_path, tmp_path
):
    with Programme.create(programme_path, "Small numbers") as programme:
        session_id = add_session(programme, {"title": "Library", "status": "done"})
        programme.db.execute("UPDATE reach SET reached = 7 WHERE group_name = 'Disabled people'")
        programme.db.commit()
        for code in monitoring.form_codes(monitoring.MONITORING, session_id, 3):
            monitoring.record_return(programme, code, {"disability": 1, "carer": 2})
    window = shown_window(qtbot, programme_path)
    rows = {group: (said, counted) for group, said, counted in _screen_rows(qtbot, window)}
    assert rows["Disabled people"] == (
        "<b>fewer than 5</b> said on monitoring forms",
        "<b>7</b> counted by facilitators",
    )
    # Nobody said they were a carer; nobody counted carers on the day.
    assert rows["Carers"] == (
        "<b>0</b> said on monitoring forms",
        "<b>0</b> counted by facilitators",
    )
    appendix = _pack_text(window.ctx.programme, tmp_path)
    appendix = appendix[appendix.index("Self-described beside head-counts") :]
    assert "Disabled people fewer than 5 7" in appendix
    # A fourth and fifth form typed in: the screen follows at once, 5 is shown as 5.
    programme = window.ctx.programme
    for code in monitoring.form_codes(monitoring.MONITORING, session_id, 2, first=4):
        monitoring.record_return(programme, code, {"disability": 1})
    rows = {group: (said, counted) for group, said, counted in _screen_rows(qtbot, window)}
    assert rows["Disabled people"][0] == "<b>5</b> said on monitoring forms"


def test_overview_never_scrolls_sideways_in_welsh_at_200_percent(qtbot, demo_path):
    """A group box's title does not wrap: the reach box's Welsh title at 200 % made the
    page 948 px wide in a 1024 px window under Xvfb. Offscreen fonts are narrower and hid
    it, so the test also checks that no box on the page has a title that cannot wrap."""
    from PySide6.QtWidgets import QGroupBox, QScrollArea

    from workshop import i18n
    from workshop.ui import theme
    from workshop.ui.app import make_application

    make_application()
    theme.set_text_scale(200)
    assert i18n.install_translator(code="cy") == "cy"
    try:
        window = shown_window(qtbot, demo_path)
        window.resize(1024, 728)
        window.sidebar.choose_view(0)
        qtbot.wait(20)
        area = window.current_screen().findChild(QScrollArea)
        assert area.horizontalScrollBar().maximum() == 0
        assert area.widget().minimumSizeHint().width() <= area.viewport().width()
        boxes = area.widget().findChildren(QGroupBox)
        assert len(boxes) == 3 and all(box.title() == "" for box in boxes)
        headings = area.widget().findChildren(QLabel, "box_heading")
        assert len(headings) == 3 and all(h.wordWrap() for h in headings)
    finally:
        i18n.install_translator(code="en")
        theme.set_text_scale(100)
