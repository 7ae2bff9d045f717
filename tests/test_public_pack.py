"""The public "You said, we did" PDF, read back as a resident would read it."""

import io
import re
from datetime import date

import pytest
from privacy_support import review_all
from pypdf import PdfReader

from workshop.core import points
from workshop.core.clock import long_date
from workshop.export.public_pack import build_public_pack, build_public_pack_html


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def demo_with_people(demo):
    """The demo, plus a participant with consent to keep a name and contact, whose code
    and contact were also typed into a note that became a point."""
    session = demo.rows("sessions", order_by="starts_at")[0]["id"]
    demo.insert(
        "participants",
        {
            "session_id": session,
            "code": "P-917",
            "name": "Rosalind Okafor",
            "contact": "rosalind.okafor@example.com",
            "consent_recorded_at": "2027-02-04",
        },
    )
    question = demo.insert(
        "questions",
        {
            "session_id": session,
            "asked_by": "Rosalind Okafor",
            "text": "P-917 here: Rosalind Okafor says email rosalind.okafor@example.com or "
            "ring 07700 900123 about the appeal letters",
        },
    )
    point_id = points.raise_point(demo, [("questions", question)], "Appeal letters are confusing")
    demo.update(
        "points",
        point_id,
        {
            "response_status": "changed",
            "decision": "Appeal letters rewritten with residents.",
            "published_on": "2027-06-21",
        },
    )
    return demo


def test_every_published_point_and_response_is_in_the_pdf(demo_with_people):
    text = pdf_text(build_public_pack(demo_with_people, invariant=True))
    for summary in points.list_points(demo_with_people):
        p = summary.point
        assert squash(p["statement"]) in text
        if p["published_on"]:
            assert squash(p["decision"]) in text
            if p["reasoning"]:
                assert squash(p["reasoning"]) in text
        elif p["decision"]:  # a draft is never printed
            assert squash(p["decision"]) not in text
    assert "Significant: Losing a human contact" in text
    first = points.list_points(demo_with_people)[0]
    assert f"Heard {first.source_count} times across {len(first.session_ids)} sessions." in text
    assert "This engagement cannot change this" in text
    assert "Passed to: Department for Work and Pensions" in text
    assert "How to challenge a decision" in text
    due = long_date(demo_with_people.programme()["responses_due"])
    assert f"Still to answer (3). We promised to answer by {due}." in text


def test_no_participant_code_name_or_contact_anywhere(demo_with_people):
    programme = demo_with_people
    # Unreviewed, the quote is left out; kept after review, it is printed redacted.
    assert "about the appeal letters" not in pdf_text(build_public_pack(programme))
    assert review_all(programme)
    text = pdf_text(build_public_pack(programme, invariant=True))
    codes = {r["participant_code"] for r in programme.rows("board_notes") if r["participant_code"]}
    codes |= {r["code"] for r in programme.rows("participants")}
    assert codes and "P-917" in codes
    for code in codes:
        assert not re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text), code
    for forbidden in (
        "Rosalind",
        "Okafor",
        "rosalind.okafor@example.com",
        "07700 900123",
        "Priya",
        "Amina Yusuf",
        "Tom Elliott",
    ):
        assert forbidden not in text
    # The resident's point is still there, in their words, with the identifying parts out.
    assert "about the appeal letters" in text
    assert "[participant code removed]" in text


def test_small_counts_are_shown_as_fewer_than_five(programme):
    from workshop.core.sessions import add_session, session_rows

    session = add_session(programme, {"title": "Small group", "status": "done", "attended": 3})
    rows = session_rows(programme, "reach", session)
    programme.update("reach", rows[0]["id"], {"reached": 2})
    programme.update("reach", rows[1]["id"], {"reached": 7})
    text = pdf_text(build_public_pack(programme, invariant=True))
    assert "with fewer than 5 people taking part" in text
    assert f"{rows[0]['group_name']} fewer than 5" in text
    assert f"{rows[1]['group_name']} 7" in text
    assert "We have not published any responses yet." in text


def test_metadata_and_repeatable_bytes(demo):
    first = build_public_pack(demo, invariant=True, today=date(2027, 6, 30))
    assert first == build_public_pack(demo, invariant=True, today=date(2027, 6, 30))
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata.title.startswith("You said, we did: Fair decisions")
    assert reader.metadata.author == "Riverside Borough Council"
    assert b"/Lang" in first
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:4] == [
        "What we asked and why",
        "Who we heard from",
        "What you said",
        "What we did and why",
    ]


def test_cli_writes_the_public_pack(demo_path, tmp_path, capsys):
    from workshop.cli import main

    out = tmp_path / "you-said-we-did.pdf"
    assert main(["pack", str(demo_path), "--public", "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "You said, we did" in text and "What we did and why" in text
    assert main(["pack", str(demo_path), "--public", "-o", str(tmp_path / "x.txt")]) == 2
    assert not (tmp_path / "x.txt").exists()


def test_urdu_words_are_printed_in_the_arabic_font(programme):
    session = programme.insert("sessions", {"title": "Community centre", "status": "done"})
    question = programme.insert(
        "questions", {"session_id": session, "text": "کیا کمپیوٹر فیصلہ کرے گا؟"}
    )
    points.raise_point(programme, [("questions", question)], "Will a computer decide?")
    reader = PdfReader(io.BytesIO(build_public_pack(programme, invariant=True)))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoNaskhArabic" in name for name in fonts)
    assert not any("Helvetica" in name for name in fonts)


def test_the_accessible_html_copy_says_the_same_without_personal_data(demo_with_people):
    from html import unescape

    programme = demo_with_people
    html = build_public_pack_html(programme)
    text = squash(unescape(re.sub(r"<[^>]+>", " ", html)))
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en-GB">' in html
    assert html.count("<h1>") == 1 and "<h2>What you said</h2>" in html
    assert '<th scope="col">Group</th>' in html
    for summary in points.list_points(programme):
        p = summary.point
        assert squash(p["statement"]) in text
        if p["published_on"]:
            assert squash(p["decision"]) in text
    for forbidden in ("P-917", "Rosalind", "rosalind.okafor@example.com", "Priya"):
        assert forbidden not in html
    pdf = pdf_text(build_public_pack(programme, invariant=True))
    for heading in re.findall(r"<h[23]>(.*?)</h[23]>", html):
        assert squash(unescape(heading)) in pdf
