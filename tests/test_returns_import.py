"""Monitoring forms and evaluation slips filled in online: an online form's CSV brought in
through `workshop import-returns` and from the Paper page, all or nothing, personal
columns never stored, the same file twice adding nothing."""

from __future__ import annotations

from pathlib import Path

from ui_support import shown_window

from workshop.cli import main
from workshop.core import monitoring
from workshop.core.store import Programme
from workshop.ui import dialogs

HEADER = (
    "Timestamp,Your name (optional),Email address,How old are you?,"
    "Do you have a disability or long-term health condition?,What is your ethnic group?,"
    "What is your sex?,Sexual orientation,Religion,Are you a carer?,Do you use the internet?"
)
ROWS = [
    "02/03/2027 10:15:00,Marcia Campbell,marcia@example.org,25 to 34,yes,Indian,female,"
    'Bisexual,Hindu,no,"Yes, with help"',
    '02/03/2027 10:20:00,,,65 TO 74,No,"English, Welsh, Scottish, Northern Irish or British",'
    "MALE,Straight or heterosexual,Christian,Yes,No",
    "02/03/2027 10:25:00,,,prefer not to say,,,,,,,",
]


def _csv(tmp_path: Path, rows: list[str], name: str = "online.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _first_session(path: Path) -> str:
    with Programme.open(path, read_only=True) as programme:
        return programme.rows("sessions", order_by="starts_at")[0]["id"]


def _forms(path: Path, session_id: str) -> list[dict]:
    with Programme.open(path, read_only=True) as programme:
        return monitoring.returns(programme, monitoring.MONITORING, [session_id])


def test_import_returns_reads_the_answers_and_never_the_names(demo_path, tmp_path, capsys):
    session_id = _first_session(demo_path)
    before = _forms(demo_path, session_id)
    csv_path = _csv(tmp_path, ROWS)
    assert main(["import-returns", str(demo_path), str(csv_path), "--session", session_id]) == 0
    out = capsys.readouterr().out
    assert "'Your name (optional)': personal (never stored)" in out
    assert "'Email address': personal (never stored)" in out
    assert "3 monitoring forms brought in from online.csv" in out
    after = _forms(demo_path, session_id)
    new = after[len(before) :]
    assert len(new) == 3
    age = monitoring.question(monitoring.MONITORING, "age_band")
    ethnicity = monitoring.question(monitoring.MONITORING, "ethnicity")
    digital = monitoring.question(monitoring.MONITORING, "digital_access")
    assert [age.label(f["age_band"]) for f in new] == ["25 to 34", "65 to 74", "Prefer not to say"]
    assert ethnicity.label(new[0]["ethnicity"]) == "Indian"
    assert digital.label(new[0]["digital_access"]) == "Yes, with help"
    assert new[2]["sex"] is None  # left blank: not answered
    # Fresh codes of this session and kind, valid, none printed on paper for it.
    printed = set(monitoring.form_codes(monitoring.MONITORING, session_id, 100))
    with Programme.open(demo_path, read_only=True) as programme:
        for form in new:
            kind, sid, _ = monitoring.session_for_code(programme, form["form_code"])
            assert (kind, sid) == (monitoring.MONITORING, session_id)
            assert form["form_code"] not in printed
    # Names and emails are nowhere in the file.
    for path in (demo_path, Path(str(demo_path) + "-wal")):
        if path.exists():
            data = path.read_bytes()
            assert b"Marcia Campbell" not in data and b"marcia@example.org" not in data


def test_the_same_file_twice_adds_nothing_and_a_longer_export_adds_only_new_rows(
    demo_path, tmp_path, capsys
):
    session_id = _first_session(demo_path)
    before = len(_forms(demo_path, session_id))
    first = _csv(tmp_path, ROWS[:2])
    args = ["import-returns", str(demo_path), str(first), "--session", session_id]
    assert main(args) == 0
    assert main(args) == 0
    assert "0 monitoring forms brought in from online.csv; 2 brought in before" in (
        capsys.readouterr().out
    )
    assert len(_forms(demo_path, session_id)) == before + 2
    # The form exported again a day later, with one more row: only that one comes in.
    longer = _csv(tmp_path, ROWS, "online-later.csv")
    assert main(["import-returns", str(demo_path), str(longer), "--session", session_id]) == 0
    assert "1 monitoring form brought in" in capsys.readouterr().out
    assert len(_forms(demo_path, session_id)) == before + 3


def test_an_unknown_answer_names_row_column_and_allowed_values_and_writes_nothing(
    demo_path, tmp_path, capsys
):
    session_id = _first_session(demo_path)
    before = _forms(demo_path, session_id)
    rows = [ROWS[0], ROWS[1].replace("MALE", "Man")]
    path = _csv(tmp_path, rows)
    assert main(["import-returns", str(demo_path), str(path), "--session", session_id]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "Row 3, column 'What is your sex?': 'Man' is not one of the answers." in err
    assert "Use one of: Female; Male; Prefer not to say." in err
    assert "Nothing was brought in" in err
    # Row 2 was good, but nothing is kept: all or nothing.
    assert _forms(demo_path, session_id) == before


def test_evaluation_slips_from_an_online_form(demo_path, tmp_path, capsys):
    session_id = _first_session(demo_path)
    path = tmp_path / "slips.csv"
    path.write_text(
        "Submitted,Did you feel listened to?,Could you take part fully?,"
        "What would have made it better?,Phone\n"
        "2027-03-02 10:00,Yes,partly,A quieter room,07700 900123\n"
        "2027-03-02 10:05,NO,Prefer not to say,,\n",
        encoding="utf-8",
    )
    args = ["import-returns", str(demo_path), str(path), "--session", session_id]
    assert main([*args, "--kind", "evaluation"]) == 0
    assert "2 evaluation slips brought in" in capsys.readouterr().out
    with Programme.open(demo_path, read_only=True) as programme:
        slips = monitoring.returns(programme, monitoring.EVALUATION, [session_id])[-2:]
    listened = monitoring.question(monitoring.EVALUATION, "listened")
    took_part = monitoring.question(monitoring.EVALUATION, "took_part")
    assert [listened.label(s["listened"]) for s in slips] == ["Yes", "No"]
    assert [took_part.label(s["took_part"]) for s in slips] == ["Partly", "Prefer not to say"]
    assert slips[0]["better"] == "A quieter room"
    assert all(s["form_code"].startswith("E") for s in slips)


def test_the_paper_page_brings_in_online_returns(qtbot, demo_path, tmp_path, monkeypatch):
    session_id = _first_session(demo_path)
    csv_path = _csv(tmp_path, ROWS)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a, **k: str(csv_path))
    window = shown_window(qtbot, demo_path)
    window.sidebar.choose_session(session_id)
    page = window.current_screen().show_page("Paper and returns")
    before = len(monitoring.returns(window.ctx.programme, monitoring.MONITORING, [session_id]))
    assert page.online_kind.currentData() == monitoring.MONITORING
    page.online_button.click()
    qtbot.waitUntil(lambda: page.online_button.isEnabled(), timeout=20000)
    assert page.online_status.text() == "3 returns brought in."
    assert window.notice_bar.isVisible()
    assert window.notice_bar.text.text() == "3 returns brought in."
    # The counts on the page and the file agree.
    after = len(monitoring.returns(window.ctx.programme, monitoring.MONITORING, [session_id]))
    assert after == before + 3
    assert f"{after} monitoring forms" in page.counts.text()
