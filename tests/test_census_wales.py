"""A programme in Wales prints the 2021 Census ethnic groups as asked in Wales: chosen on
the Expectations page, followed by the printed monitoring form, the keyboard form, the
CSV import and the equality appendix."""

from __future__ import annotations

import subprocess

from pypdf import PdfReader
from ui_support import shown_window

from workshop.cli import main
from workshop.core import legal_sources, monitoring
from workshop.core.store import Programme
from workshop.export.document.pdf import render_pdf
from workshop.export.pack.build import pack_document

WELSH_WHITE = "Welsh, English, Scottish, Northern Irish or British"


def test_the_welsh_categories_are_sourced_and_keep_englands_numbers():
    wales = monitoring.ETHNICITY_QUESTIONS[monitoring.WALES]
    england = monitoring.ETHNICITY_QUESTIONS[monitoring.ENGLAND]
    assert wales.printed()[0] == (13, WELSH_WHITE)
    assert sorted(wales.order) == list(range(1, 20)) and len(wales.options) == 19
    # Same group for the same number, whichever form: only wording and order differ.
    for number in range(1, 20):
        assert (wales.group_of(number) == "White") == (england.group_of(number) == "White")
    assert wales.group_of(3) == "Asian, Asian Welsh or Asian British"
    assert wales.group_of(6) == "Black, Black Welsh, Black British, Caribbean or African"
    for source in monitoring.CENSUS_WALES_SOURCES:
        assert source.checked == "2026-12-02" and source.address.startswith("https://")
        assert not legal_sources.source_problem(
            {"source": source.title, "address": source.address, "checked": source.checked}
        )


def _choose_wales(qtbot, window) -> None:
    session_id = window.ctx.programme.rows("sessions", order_by="starts_at")[0]["id"]
    window.sidebar.choose_session(session_id)
    page = window.current_screen().show_page("Expectations")
    box = page.census_form
    assert box.currentData() == "england"
    box.setCurrentIndex(box.findData("wales"))
    box.activated.emit(box.currentIndex())
    assert window.ctx.programme.programme()["census_form"] == "wales"
    window.undo_action.trigger()
    assert window.ctx.programme.programme()["census_form"] == "england"
    window.redo_action.trigger()
    assert window.ctx.programme.programme()["census_form"] == "wales"


def test_a_wales_programme_prints_types_imports_and_reports_the_welsh_groups(
    qtbot, demo_path, tmp_path, capsys
):
    window = shown_window(qtbot, demo_path)
    _choose_wales(qtbot, window)
    programme = window.ctx.programme
    session_id = programme.rows("sessions", order_by="starts_at")[0]["id"]
    # The printed form: White first, the Welsh wording, the Welsh headings.
    pdf = tmp_path / "forms.pdf"
    assert (
        main(
            [
                "handouts",
                str(demo_path),
                "--session",
                session_id,
                "--only",
                "monitoring",
                "--copies",
                "1",
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.replace("\u00a0", " ").split())
    assert f"White: ☐ {WELSH_WHITE} (13)".replace("☐ ", "") in flat.replace("☐ ", "")
    assert flat.index("White:") < flat.index("Mixed or multiple ethnic groups:")
    assert flat.index("Mixed or multiple") < flat.index("Asian, Asian Welsh or Asian British:")
    assert "Black, Black Welsh, Black British, Caribbean or African:" in flat
    assert "English, Welsh, Scottish" not in flat
    # The keyboard form shows the Welsh wording for the number printed beside the box.
    page = window.current_screen().show_page("Paper and returns")
    entry = page.entry
    entry._show_questions(monitoring.MONITORING)
    entry.answers["ethnicity"].setText("13")
    assert entry.shown["ethnicity"].text() == WELSH_WHITE
    # A CSV in the Welsh wording comes in; the English form's wording is refused.
    good = tmp_path / "wales.csv"
    good.write_text(
        f'What is your ethnic group?,How old are you?\n"{WELSH_WHITE}",18 to 24\nIndian,25 to 34\n',
        encoding="utf-8",
    )
    args = ["import-returns", str(demo_path), str(good), "--session", session_id]
    assert main(args) == 0
    bad = tmp_path / "england.csv"
    bad.write_text(
        'What is your ethnic group?\n"English, Welsh, Scottish, Northern Irish or British"\n',
        encoding="utf-8",
    )
    assert main(["import-returns", str(demo_path), str(bad), "--session", session_id]) == 2
    assert WELSH_WHITE in capsys.readouterr().err
    with Programme.open(demo_path, read_only=True) as reader:
        forms = monitoring.returns(reader, monitoring.MONITORING, [session_id])[-2:]
        assert [f["ethnicity"] for f in forms] == [13, 3]
        # The appendix: the Welsh headings, in the Welsh form's order.
        path = tmp_path / "pack.pdf"
        path.write_bytes(render_pdf(pack_document(reader, today="2027-07-01")))
    pack = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    appendix = pack[pack.index("Equality appendix") :]
    assert "Asian, Asian Welsh or Asian British" in appendix
    assert "Asian or Asian British" not in appendix
    assert appendix.index("White") < appendix.index("Asian, Asian Welsh or Asian British")
