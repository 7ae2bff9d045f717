"""The language residents' words are in: proposed from the letters, chosen by the
facilitator, kept on the row, carried by the record and by a merge, marked in the HTML
copies, used to choose which quotes appear, and the public document and the feedback
cards printed bilingual English and Welsh."""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop.cli import main as cli
from workshop.core import (
    agenda,
    boards,
    card_responses,
    decks,
    feedback,
    languages,
    merge,
    points,
    privacy,
    questions,
)
from workshop.core.errors import ValidationError
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export import print_languages
from workshop.export.feedback_cards_pdf import build_cards_pdf
from workshop.export.public_pack import (
    QUOTES_PER_POINT,
    build_public_pack,
    build_public_pack_html,
    choose_quotes,
)
from workshop.export.record import import_record, record_document

URDU = "ہمیں بتایا جائے کہ فیصلہ کمپیوٹر نے کیا یا کسی انسان نے۔"
ARABIC = "نريد أن نعرف من يراجع قرار الحاسوب."
WELSH = "Dw i eisiau gwybod pwy sy'n gwirio'r cyfrifiadur."
POLISH = "Chcę wiedzieć, kto sprawdza decyzję komputera."
TEMPLATE = "https://example.gov.uk/have-your-say?card={code}"


def _board(programme: Programme) -> tuple[str, str]:
    session = add_session(programme, {"title": "Library evening", "status": "done"})
    board = agenda.add_exercise(
        programme, session, "board", "Hopes and fears", 30, template="hopes_fears"
    )
    return session, boards.columns(programme, board)[0]["id"]


# ----- proposed from the letters ---------------------------------------------------------


def test_the_language_is_proposed_from_the_letters():
    assert languages.propose(URDU) == "ur"  # ے ہ and ۔ are Urdu's own
    assert languages.propose("ٹیکس") == "ur"  # ٹ alone tells
    assert languages.propose(ARABIC) == "ar"
    assert languages.propose("12 — " + ARABIC) == "ar"  # the first letter decides, not a digit
    assert languages.propose("আমরা জানতে চাই") == "bn"
    # Latin script is never guessed: Welsh, Polish and English share it.
    for text in (WELSH, POLISH, "Who checks the computer?", "", "123"):
        assert languages.propose(text) == languages.NOT_SET


def test_a_note_question_card_response_and_feedback_keep_their_language(programme):
    session, column = _board(programme)
    urdu_note = boards.add_note(programme, column, URDU)
    welsh_note = boards.add_note(programme, column, WELSH, language="cy")
    plain_note = boards.add_note(programme, column, "Who checks it?")
    assert programme.get("board_notes", urdu_note)["language"] == "ur"  # proposed
    assert programme.get("board_notes", welsh_note)["language"] == "cy"  # chosen
    assert programme.get("board_notes", plain_note)["language"] == ""  # not set

    question = questions.add(programme, session, ARABIC)
    assert programme.get("questions", question)["language"] == "ar"

    # A card response typed one answer at a time: the Urdu answer proposes Urdu.
    card = decks.deck_cards(programme, decks.use_builtin_deck(programme))[0]["id"]
    response = card_responses.record(programme, session, card, "Table 1", hopes="Faster answers")
    assert programme.get("card_responses", response)["language"] == ""
    card_responses.record(programme, session, card, "Table 1", fears=URDU)
    assert programme.get("card_responses", response)["language"] == "ur"

    # A point copies the language with the words, so a quote keeps it when its note goes.
    point = points.raise_point(
        programme, [("board_notes", welsh_note), ("board_notes", urdu_note)], "Who checks"
    )
    copies = {r["source_id"]: r["language"] for r in programme.rows("point_sources")}
    assert copies == {welsh_note: "cy", urdu_note: "ur"}
    programme.delete("board_notes", welsh_note)
    kept = {s.source_id: s.language for s in points.point_sources(programme, point)}
    assert kept[welsh_note] == "cy"


def test_a_language_that_is_not_a_code_is_refused_and_nothing_changes(programme):
    _, column = _board(programme)
    note = boards.add_note(programme, column, WELSH, language="cy")
    with pytest.raises(ValidationError, match="is not a language code"):
        programme.update("board_notes", note, {"language": "Welsh please"})
    assert programme.get("board_notes", note)["language"] == "cy"
    with pytest.raises(ValidationError, match="such as en,cy"):
        programme.update_programme({"print_languages": "en, Cymraeg!"})
    assert programme.programme()["print_languages"] == ""


def test_feedback_typed_in_and_imported_gets_a_language_proposed(programme):
    session = add_session(programme, {"title": "Library evening"})
    programme.update_programme({"feedback_url_template": TEMPLATE})
    plan = feedback.plan_cards(programme, session, 2, rng=random.Random(5))
    feedback.record_cards(programme, plan)
    response = feedback.add_typed_response(programme, plan.cards[0].code, URDU, "paper")
    assert programme.get("feedback_responses", response)["language"] == "ur"


# ----- the record and a merge carry it ---------------------------------------------------


def test_the_language_goes_through_the_record_and_older_records_read_as_not_set(
    programme, tmp_path
):
    _, column = _board(programme)
    note = boards.add_note(programme, column, WELSH, language="cy")
    document = record_document(programme)
    assert "m010_part_language" in document["migrations"]
    path = tmp_path / "record.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_record(tmp_path / "copy.workshop", path)
    with Programme.open(tmp_path / "copy.workshop", read_only=True) as copy:
        assert copy.get("board_notes", note)["language"] == "cy"

    # A record written before languages were kept: no language fields, no m008.
    older = json.loads(json.dumps(document))
    older["migrations"].remove("m010_part_language")
    for table in ("board_notes", "card_responses", "questions", "feedback_responses"):
        for row in older[table]:
            del row["language"]
    for row in older["point_sources"]:
        del row["language"]
    del older["programme"][0]["print_languages"]
    path.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    import_record(tmp_path / "older.workshop", path)
    with Programme.open(tmp_path / "older.workshop", read_only=True) as copy:
        assert copy.get("board_notes", note)["language"] == ""
        assert copy.get("board_notes", note)["text"] == WELSH


def test_a_merge_brings_the_language_with_the_note(programme_path, tmp_path):
    with Programme.create(programme_path, "Fair decisions") as mine:
        _, column = _board(mine)
    theirs_path = tmp_path / "laptop-b.workshop"
    shutil.copy(programme_path, theirs_path)
    with Programme.open(theirs_path) as theirs:
        urdu = boards.add_note(theirs, column, URDU)
        welsh = boards.add_note(theirs, column, WELSH, language="cy")
    with Programme.open(programme_path) as mine:
        merge.merge(mine, theirs_path)
        assert mine.get("board_notes", urdu)["language"] == "ur"
        assert mine.get("board_notes", welsh)["language"] == "cy"


# ----- which quotes appear, and how the HTML marks them ----------------------------------


def _source(i: int, words: str, language: str = "") -> points.PointSource:
    return points.PointSource(
        id=str(i),
        table="board_notes",
        source_id=str(i),
        kind="note",
        words=words,
        exists=True,
        session_id="s",
        session_title="Evening",
        exercise_title="Hopes and fears",
        language=language,
    )


def test_quotes_chosen_include_every_language_present():
    said = [
        ("The letters never say a computer was involved", "en"),
        ("Nobody told us who to ask", "en"),
        ("We want a person to check it", "en"),
        (WELSH, "cy"),  # Latin script like the English: only its language tells
        (POLISH, "pl"),
        ("One more English quote", "en"),
    ]
    sources = [_source(i, words, language) for i, (words, language) in enumerate(said)]
    point = {"statement": "Say when a computer decides", "detail": ""}
    quotes = choose_quotes(point, sources, privacy.PrivacyPolicy())
    assert len(quotes) == QUOTES_PER_POINT
    assert {q.language for q in quotes} == {"en", "cy", "pl"}
    assert quotes[0] == said[0][0]  # the order they came in is kept
    # Without languages (older rows), the writing system still brings in the Urdu.
    unset = [_source(i, words) for i, words in enumerate([s for s, _ in said[:3]] + [URDU])]
    assert URDU in choose_quotes(point, unset, privacy.PrivacyPolicy())


def _point_with_quotes(programme: Programme) -> None:
    _, column = _board(programme)
    notes = [
        boards.add_note(programme, column, URDU),
        boards.add_note(programme, column, WELSH, language="cy"),
        boards.add_note(programme, column, "A person should check it"),
    ]
    point = points.raise_point(
        programme, [("board_notes", n) for n in notes], "Tell us who checks the computer"
    )
    programme.update(
        "points",
        point,
        {
            "response_status": "will_change",
            "decision": "Every letter will name the officer who checked it.",
            "published_on": "2027-03-01",
        },
    )


def test_the_html_copy_marks_each_quote_with_its_language_and_direction(programme):
    _point_with_quotes(programme)
    html = build_public_pack_html(programme)
    assert f'<blockquote class="quote" lang="ur" dir="rtl">“{URDU}”</blockquote>' in html
    assert f'<blockquote class="quote" lang="cy" dir="ltr">“{escape(WELSH)}”</blockquote>' in html
    # A quote whose language is not set is not marked as anything.
    assert '<blockquote class="quote">“A person should check it”</blockquote>' in html


# ----- printing in English and Welsh -----------------------------------------------------


def _pdftotext(data: bytes, tmp_path: Path, mode: str = "-layout") -> str:
    """The PDF's text; "-raw" keeps each paragraph whole where columns sit side by side
    (a card's QR caption beside its body text)."""
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        ["pdftotext", mode, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _words(text: str) -> str:
    return " ".join(text.split())


def _every_character_in_its_font(data: bytes) -> None:
    from test_print_directions import _chars, _font_cmaps

    cmaps = _font_cmaps()
    chars = _chars(data)
    assert chars
    for c in chars:
        assert ord(c["ch"]) in cmaps[c["font"]], (c["ch"], c["font"])


def test_the_public_document_prints_in_english_and_welsh(programme, tmp_path):
    _point_with_quotes(programme)
    programme.update_programme({"title": "Fair decisions", "print_languages": "en,cy"})
    data = build_public_pack(programme, invariant=True)
    text = _words(_pdftotext(data, tmp_path))
    for english, welsh in (
        ("What you said", "Beth ddywedoch chi"),
        ("What we did and why", "Beth wnaethon ni a pham"),
        ("We will change this", "Byddwn yn newid hyn"),
        ("How to challenge a decision", "Sut i herio penderfyniad"),
    ):
        assert english in text and welsh in text, english
    assert "Drafft — i'w adolygu" in text  # the Welsh is a draft and says so
    assert "1 March 2027" in text and "1 Mawrth 2027" in text
    assert WELSH in text  # residents' words are printed once, as typed
    _every_character_in_its_font(data)
    assert len(PdfReader(io.BytesIO(data)).pages) >= 2

    html = build_public_pack_html(programme)
    assert '<p lang="cy" dir="ltr">' in html  # each Welsh line is marked Welsh
    # English only unless asked: the same programme, told to print English.
    english = _words(_pdftotext(build_public_pack(programme, print_in=["en"]), tmp_path))
    assert "Beth ddywedoch chi" not in english and "Drafft" not in english


def test_welsh_first_makes_welsh_the_documents_language(programme):
    _point_with_quotes(programme)
    html = build_public_pack_html(programme, print_in=["cy", "en"])
    assert '<html lang="cy">' in html
    assert "<h2>Beth ddywedoch chi / What you said</h2>" in html


def test_every_printed_string_has_its_welsh(programme):
    _point_with_quotes(programme)
    programme.update_programme(
        {
            "return_phone": "0300 123 4567",
            "return_text": "60777",
            "return_post": "Freepost FAIR",
            "responses_due": "2027-06-30",
        }
    )
    made = []
    original = print_languages.Wording.__init__

    def keep(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(self)

    print_languages.Wording.__init__ = keep
    try:
        build_public_pack(programme, print_in=["en", "cy"])
        session = programme.rows("sessions")[0]
        programme.update_programme({"feedback_url_template": TEMPLATE})
        plan = feedback.plan_cards(programme, session["id"], 2, rng=random.Random(1))
        build_cards_pdf(programme.programme(), session, plan, print_in=["en", "cy"])
    finally:
        print_languages.Wording.__init__ = original
    assert made and all(not w.missing for w in made), [w.missing for w in made]


def test_a_bilingual_card_sheet_prints_both_languages_and_its_qr_codes_still_read(
    programme, tmp_path
):
    from test_feedback_cards import decoded_pages

    session = add_session(programme, {"title": "Library evening"})
    programme.update_programme(
        {
            "organisation": "Cyngor Glan-yr-Afon",
            "feedback_url_template": TEMPLATE,
            "can_change": "Which information the system may use.",
            "publish_when_where": "By 30 June on the council website.",
            "return_phone": "0300 123 4567",
            "print_languages": "en,cy",
        }
    )
    plan = feedback.plan_cards(programme, session, 8, rng=random.Random(3))
    data = build_cards_pdf(programme.programme(), programme.get("sessions", session), plan)
    text = _words(_pdftotext(data, tmp_path, "-raw"))
    for english, welsh in (
        ("Scan to answer online", "Sganiwch i ateb ar-lein"),
        ("Your card code:", "Cod eich cerdyn:"),
        ("No internet?", "Dim rhyngrwyd?"),
        ("Phone 0300 123 4567.", "Ffoniwch 0300 123 4567."),
        ("Write your answer here:", "Ysgrifennwch eich ateb yma:"),
    ):
        assert english in text and welsh in text, english
    assert "Drafft — i'w adolygu" in text
    assert re.search(r"Card \d+ / Cerdyn \d+", text)
    _every_character_in_its_font(data)
    pages = decoded_pages(data)
    # Four cards a sheet, fronts then backs (each back with its code's small mark): the
    # longer text leaves every QR code readable.
    assert [len(p) for p in pages] == [4, 4, 4, 4]


def test_the_cli_prints_in_the_languages_asked_and_refuses_an_unknown_one(
    programme_path, tmp_path, capsys
):
    with Programme.create(programme_path, "Fair decisions") as programme:
        _point_with_quotes(programme)
    out = tmp_path / "public.pdf"
    code = cli(["pack", str(programme_path), "--public", "--languages", "en,cy", "-o", str(out)])
    assert code == 0
    assert "Beth ddywedoch chi" in _words(_pdftotext(out.read_bytes(), tmp_path))

    refused = tmp_path / "refused.pdf"
    code = cli(
        ["pack", str(programme_path), "--public", "--languages", "en,xx", "-o", str(refused)]
    )
    assert code == 2
    error = capsys.readouterr().err.strip()
    assert "no printed wording in 'xx'" in error and len(error.splitlines()) == 1
    assert not refused.exists()


def test_a_quote_with_no_letter_takes_its_direction_from_its_language():
    from test_print_directions import _chars

    from workshop.export.document.html import render_html
    from workshop.export.document.model import Document, Para
    from workshop.export.document.pdf import render_pdf
    from workshop.export.document.styles import RUNNING_TEXT

    def printed(lang: str) -> tuple[str, list[dict]]:
        document = Document(
            "T", "A", "S", "F", "en-GB", RUNNING_TEXT, [], [Para("۱۲ - ۳", "quote", lang=lang)]
        )
        chars = [c for c in _chars(render_pdf(document, invariant=True)) if c["ch"] in "۱۲۳"]
        return render_html(document), chars

    html, urdu = printed("ur")
    assert '<blockquote class="quote" lang="ur" dir="rtl">' in html
    _, unset = printed("")
    # Digits alone: only the language says the line is Urdu, set right to left and
    # right-aligned, so it starts far to the right of the same digits with no language.
    assert min(c["left"] for c in urdu) > min(c["left"] for c in unset) + 200
