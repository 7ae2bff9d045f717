"""The summary pack, read back as a partner would: every session, note, response and
term is there; no personal data is; pages are not blank; the HTML copy says the same."""

from __future__ import annotations

import io
import re

import pypdfium2
import pytest
from privacy_support import review_all
from pypdf import PdfReader

from workshop.core import agenda, boards, glossary, points, questions
from workshop.core.privacy import INTERNAL, PARTNER, left_out, policy_for
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.demo import write_demo
from workshop.export.fonts import is_right_to_left
from workshop.export.pack import build_pack, build_pack_html, write_pack

# Personal data planted in every place the file can hold it.
PLANTED_NAME = "Zebedee Quartermaine"
PLANTED_EMAIL = "zebedee.q@example.org"
PLANTED_PHONE = "07700 900123"
PLANTED_CODE = "P-917"
PLANTED_FACILITATOR = "Oluwaseun Abernathy"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return _flat(" ".join(page.extract_text() or "" for page in reader.pages))


def _plant_personal_data(programme: Programme) -> None:
    session = programme.rows("sessions", order_by="starts_at")[0]
    with programme.transaction():
        incentive = programme.rows("incentives", "session_id = ?", [session["id"]])[0]
        programme.insert(
            "participants",
            {
                "session_id": session["id"],
                "code": PLANTED_CODE,
                "name": PLANTED_NAME,
                "contact": f"{PLANTED_EMAIL}, {PLANTED_PHONE}",
                "consent_recorded_at": "2027-02-04",
                "incentive_id": incentive["id"],
            },
        )
        programme.update(
            "sessions",
            session["id"],
            {"facilitators": f"{PLANTED_FACILITATOR}; {session['facilitators']}"},
        )
        programme.insert(
            "access_requests",
            {"session_id": session["id"], "adjustment": f"Wheelchair space for {PLANTED_NAME}"},
        )
        board = programme.rows("exercises", "session_id = ? AND kind = 'board'", [session["id"]])[0]
        column = boards.columns(programme, board["id"])[0]
        boards.add_note(
            programme,
            column["id"],
            f"Ring me on {PLANTED_PHONE} or {PLANTED_EMAIL}, {PLANTED_NAME} ({PLANTED_CODE})",
            participant_code=PLANTED_CODE,
        )
        questions.add(programme, session["id"], "Who checks the computer's decision?", PLANTED_NAME)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "demo.workshop"
    with Programme.create(path) as programme:
        write_demo(programme)
        _plant_personal_data(programme)
        # The facilitator reviews the quotes that look personal and keeps them: what
        # the detectors take out is still taken out of what is printed.
        assert review_all(programme)
    return path


@pytest.fixture(scope="module")
def partner_pdf(demo_file) -> bytes:
    return build_pack(demo_file, audience=PARTNER, invariant=True, today="2027-07-01")


@pytest.fixture(scope="module")
def internal_pdf(demo_file) -> bytes:
    return build_pack(demo_file, audience=INTERNAL, invariant=True, today="2027-07-01")


@pytest.fixture(scope="module")
def partner_html(demo_file) -> str:
    return build_pack_html(demo_file, audience=PARTNER, today="2027-07-01")


def test_partner_pack_holds_every_session_note_response_and_term(demo_file, partner_pdf):
    text = _pdf_text(partner_pdf)
    with Programme.open(demo_file, read_only=True) as programme:
        policy = policy_for(programme, PARTNER)
        for session in programme.rows("sessions"):
            assert _flat(session["title"]) in text
        notes = programme.rows("board_notes")
        assert notes
        for note in notes:
            if not is_right_to_left(note["text"]):
                assert _flat(policy.redact(note["text"])) in text, note["text"]
        published = [p for p in programme.rows("points") if p["published_on"]]
        assert published
        for point in published:
            assert _flat(policy.redact(point["statement"])) in text
            assert _flat(policy.redact(point["decision"])) in text
        for term in glossary.terms(programme):
            assert _flat(term.term) in text
            assert _flat(term.meaning) in text
        for question in programme.rows("questions"):
            assert _flat(policy.redact(question["text"])) in text


def test_partner_pack_and_html_hold_no_personal_data(partner_pdf, partner_html):
    text = _pdf_text(partner_pdf)
    html = partner_html
    for planted in (
        PLANTED_NAME,
        "Zebedee",
        "Quartermaine",
        PLANTED_EMAIL,
        PLANTED_PHONE,
        PLANTED_CODE,
        PLANTED_FACILITATOR,
        "Priya Shah",
        "Wheelchair space",
    ):
        assert planted not in text, planted
        assert planted not in html, planted
    assert "[phone number removed]" in text
    assert "fewer than 5" in text
    # The board whose note holds contact details is not shown as a picture.
    assert "The picture of this board is left out" in text
    # The other three boards are: a picture for each of their columns (2, 3 and 4).
    assert html.count("<img ") == 2 + 3 + 4
    assert html.count('alt="Picture of column ') == 9


def test_internal_pack_is_marked_on_every_page_and_shows_more(internal_pdf, partner_pdf):
    reader = PdfReader(io.BytesIO(internal_pdf))
    for page in reader.pages:
        assert "INTERNAL" in (page.extract_text() or "")
    text = _pdf_text(internal_pdf)
    assert "Wheelchair space" in text  # the individual requests
    assert PLANTED_CODE in text  # beside the incentive received
    assert PLANTED_EMAIL not in text and PLANTED_PHONE not in text
    partner = PdfReader(io.BytesIO(partner_pdf))
    assert all("INTERNAL" not in (p.extract_text() or "") for p in partner.pages)


def test_no_page_is_blank(partner_pdf):
    document = pypdfium2.PdfDocument(partner_pdf)
    try:
        assert len(document) > 5
        for index in range(len(document)):
            image = document[index].render(scale=0.25, grayscale=True).to_pil()
            dark = sum(1 for value in image.tobytes() if value < 200)
            assert dark > 150, f"page {index + 1} looks blank"
    finally:
        document.close()


def test_metadata_contents_and_bookmarks(partner_pdf):
    reader = PdfReader(io.BytesIO(partner_pdf))
    assert reader.metadata.title == "Fair decisions: automated systems in housing and benefits"
    assert reader.metadata.author == "Riverside Borough Council"
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    for section in (
        "What this engagement could change, and what it could not",
        "Who took part, and who we hoped to reach",
        "How we made it accessible",
        "What people wrote on the boards",
        "How tables reacted to the scenario cards",
        "Questions people asked",
        "Feedback that came back afterwards",
        "What you said, and what we did",
        "Words we used, in plain English",
        "How we did this: a note on methods",
    ):
        assert section in titles
    contents = reader.pages[1].extract_text()
    assert "Contents" in contents and "Who took part" in contents
    assert "Page 3" in _pdf_text(partner_pdf)


def test_html_copy_is_accessible(partner_html):
    html = partner_html
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in html
    assert '<th scope="col"' in html and '<th scope="row"' in html
    assert "<h2" in html and "<ul>" in html and '<nav aria-labelledby="contents">' in html
    images = re.findall(r"<img [^>]*>", html)
    assert images and all(re.search(r'alt="[^"]{20,}"', tag) for tag in images)
    charts = re.findall(r"<svg[^>]*>", html)
    assert charts and all('role="img"' in s and "aria-label=" in s for s in charts)


def test_one_session_pack_leaves_other_sessions_out(demo_file):
    with Programme.open(demo_file, read_only=True) as programme:
        sessions = programme.rows("sessions", order_by="starts_at")
        data = build_pack(programme, session_id=sessions[1]["id"], invariant=True)
    text = _pdf_text(data)
    assert sessions[1]["title"] in text
    assert sessions[2]["venue_address"] not in text

    def titles(items):
        for item in items:
            yield from titles(item) if isinstance(item, list) else [item.title]

    outline = " ".join(titles(PdfReader(io.BytesIO(data)).outline))
    assert sessions[1]["title"] in outline
    assert sessions[2]["title"] not in outline


def test_features_without_data_leave_no_section_and_no_placeholder(tmp_path):
    with Programme.create(tmp_path / "bare.workshop", "Bare programme") as programme:
        add_session(programme, {"title": "Only session", "status": "done", "attended": 12})
        glossary_terms = len(glossary.terms(programme))
        data = build_pack(programme, invariant=True)
        html = build_pack_html(programme)
    text = _pdf_text(data)
    for missing in (
        "What people wrote on the boards",
        "scenario cards",
        "Questions people asked",
        "Feedback that came back",
        "What you said, and what we did",
        "The agenda",
    ):
        assert missing not in text
        assert missing not in html
    assert "Only session" in text
    assert glossary_terms == 0 or "Words we used" in text
    assert "TODO" not in text and "placeholder" not in text.lower()


def test_small_counts_are_hidden_from_partners_only(tmp_path):
    with Programme.create(tmp_path / "small.workshop", "Small") as programme:
        session = add_session(programme, {"title": "Tiny session", "status": "done", "attended": 3})
        group = programme.rows("reach", "session_id = ?", [session])[0]
        programme.update("reach", group["id"], {"planned": 8, "reached": 2})
        partner = _pdf_text(build_pack(programme, invariant=True))
        internal = _pdf_text(build_pack(programme, audience=INTERNAL, invariant=True))
    assert "fewer than 5 people came" in partner
    assert "we hoped for 8 and reached fewer than 5" in partner
    assert "3 people came" in internal
    assert "we hoped for 8 and reached 2 (6 fewer)" in internal


def test_gaps_do_not_give_small_numbers_away(tmp_path):
    with Programme.create(tmp_path / "gaps.workshop", "Gaps") as programme:
        session = add_session(programme, {"title": "Evening", "status": "done", "attended": 20})
        groups = programme.rows("reach", "session_id = ?", [session], order_by="position")
        # Hoped for 2 and reached 1: saying "a gap" would tell the reader it was 1.
        programme.update("reach", groups[0]["id"], {"planned": 2, "reached": 1})
        programme.update("reach", groups[1]["id"], {"planned": 2, "reached": 3})
        programme.update("reach", groups[2]["id"], {"planned": 9, "reached": 4})
        text = _pdf_text(build_pack(programme, invariant=True))
    gaps = text[text.index("Gaps: groups") :]
    assert groups[0]["group_name"] + ":" not in gaps
    assert groups[1]["group_name"] + ":" not in gaps
    assert f"{groups[2]['group_name']}: we hoped for 9 and reached fewer than 5." in gaps
    assert "we do not say whether we met that hope" in gaps


def test_left_out_lists_what_the_partner_pack_leaves_out(demo_file):
    with Programme.open(demo_file, read_only=True) as programme:
        partner = " ".join(left_out(programme, PARTNER))
        internal = " ".join(left_out(programme, INTERNAL))
    assert "Names and contact details of 1 participant" in partner
    assert "individual access request" in partner
    assert 'shown as "fewer than 5"' in partner
    assert "names and contact details stay in the programme file" in internal


def test_write_pack_writes_pdf_and_html_atomically(demo_file, tmp_path, monkeypatch):
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"the old pack")
    import workshop.core.files

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workshop.core.files.os, "replace", full_disk)
    with pytest.raises(workshop.core.files.FileWriteError, match="No space left"):
        write_pack(demo_file, out, invariant=True)
    assert out.read_bytes() == b"the old pack"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
    monkeypatch.undo()
    written = write_pack(demo_file, out, invariant=True)
    assert [p.name for p in written] == ["pack.pdf", "pack.html"]
    assert out.read_bytes().startswith(b"%PDF")


def test_progress_is_reported(demo_file):
    seen: list[float] = []
    build_pack(demo_file, progress=lambda fraction, text: seen.append(fraction))
    assert seen[-1] == 1.0
    assert seen == sorted(seen)


def test_agenda_lists_exercises_in_order(tmp_path):
    with Programme.create(tmp_path / "agenda.workshop", "Agenda") as programme:
        session = add_session(programme, {"title": "Evening"})
        agenda.add_exercise(programme, session, "other", "Welcome and tea", 10)
        agenda.add_exercise(programme, session, "questions", "Ask us anything", 20)
        text = _pdf_text(build_pack(programme, invariant=True))
    assert "The agenda" in text
    assert text.index("Welcome and tea") < text.index("Ask us anything")


def test_points_keep_significant_first(demo_file, partner_pdf):
    text = _pdf_text(partner_pdf)
    with Programme.open(demo_file, read_only=True) as programme:
        ordered = points.list_points(programme)
    significant = [s for s in ordered if s.significant]
    ordinary = [s for s in ordered if not s.significant]
    assert significant and ordinary
    section = text[text.index("What you said, and what we did We drew") :]
    last_significant = max(section.index(_flat(s.point["statement"])) for s in significant)
    first_ordinary = min(section.index(_flat(s.point["statement"])) for s in ordinary)
    assert last_significant < first_ordinary
