"""Residents' words printed right in every language: paragraphs in Welsh, Polish,
Romanian, Somali, Urdu and Arabic, some mixed, printed at several widths and read back
from the PDF character by character (where each one is, and in which font)."""

from __future__ import annotations

import ctypes
import io
import unicodedata

import pypdfium2
import pypdfium2.raw as pdfium
import pytest
from PIL import Image
from reportlab.pdfbase import pdfmetrics

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.export.bidi_text import (
    Run,
    base_is_rtl,
    isolate,
    join_letters,
    line_runs,
    print_line,
)
from workshop.export.board_image import board_png, font_file, wrap_lines
from workshop.export.document.model import Bullets, Document, Heading, Para
from workshop.export.document.paragraph import BidiParagraph, visual_lines
from workshop.export.document.pdf import render_pdf
from workshop.export.document.styles import RUNNING_TEXT, markup, styles
from workshop.export.fonts import ARABIC, ARABIC_BOLD, SANS, SANS_BOLD, register_fonts

WELSH = "Dw i eisiau gwybod pwy sy'n gwneud y penderfyniad am fy nhŷ, a pham: ŵyr, ŷd."
POLISH = "Zażółć gęślą jaźń: chcę wiedzieć, kto podjął decyzję w sprawie mojego zasiłku."
ROMANIAN = "Vreau să știu cine a luat decizia și de ce nu mi s-a spus în țara mea."
SOMALI = "Waxaan rabaa inaan ogaado qofka go'aanka gaaray iyo sababta aan loo ii sheegin."
URDU = (
    "میں جاننا چاہتی ہوں کہ جب کمپیوٹر انکار کرے تو فیصلہ کون کرتا ہے، اور میں کونسل کے "
    "دفتر میں اپنی زبان میں اس کی شکایت کیسے کر سکتی ہوں۔"
)
# "The council took a decision (3 points) about housing, and we want to know why."
ARABIC_TEXT = "اتخذ المجلس قرارًا (3 نقاط) بشأن السكن، ونريد أن نعرف لماذا وكيف يعمل النظام الآلي."
ENGLISH_WITH_ARABIC = (
    f"The theme «{isolate('الصحة والسكن')}» came up most {isolate('(2 dots)', 'L')} "
    "and people asked who checks the computer's answers."
)
PARAGRAPHS = [WELSH, POLISH, ROMANIAN, SOMALI, URDU, ARABIC_TEXT, ENGLISH_WITH_ARABIC]
MIRROR = {"(": ")", ")": "(", "«": "»", "»": "«"}


def _font_cmaps() -> dict[str, frozenset[int]]:
    register_fonts()
    out = {}
    for name in (SANS, SANS_BOLD, ARABIC, ARABIC_BOLD):
        face = pdfmetrics.getFont(name).face
        out[face.name.decode() if isinstance(face.name, bytes) else face.name] = frozenset(
            face.charToGlyph
        )
    return out


def _chars(data: bytes) -> list[dict]:
    """Every character printed on every page: its Unicode, box, font and page."""
    document = pypdfium2.PdfDocument(data)
    out = []
    try:
        for page_index in range(len(document)):
            textpage = document[page_index].get_textpage()
            for i in range(textpage.count_chars()):
                code = pdfium.FPDFText_GetUnicode(textpage, i)
                ch = chr(code)
                if ch.isspace() or code in (0, 0xFFFE, 0xFFFF) or ch in "\r\n":
                    continue
                buffer = ctypes.create_string_buffer(256)
                flags = ctypes.c_int()
                pdfium.FPDFText_GetFontInfo(textpage, i, buffer, 256, ctypes.byref(flags))
                left, bottom, right, top = textpage.get_charbox(i)
                x, y = ctypes.c_double(), ctypes.c_double()
                pdfium.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y))
                out.append(
                    {
                        "ch": ch,
                        "font": buffer.value.decode().split("+")[-1],
                        "left": left,
                        "right": right,
                        "mid": y.value,  # the baseline
                        "page": page_index,
                    }
                )
    finally:
        document.close()
    return out


def _lines(chars: list[dict]) -> list[list[dict]]:
    """Characters grouped into printed lines, top line first, each left to right."""
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (c["page"], -c["mid"])):
        if rows and rows[-1][0]["page"] == c["page"] and abs(rows[-1][0]["mid"] - c["mid"]) < 4:
            rows[-1].append(c)
        else:
            rows.append([c])
    return [sorted(row, key=lambda c: c["left"]) for row in rows]


def _drawn_lines(text: str, width: float, bullet: bool = False) -> list[str]:
    """The lines of a paragraph exactly as reportlab is given them to draw (left to
    right, brackets mirrored). Text extractors (pdfium, pypdf, poppler) each apply their
    own bidi reordering and mirroring on the way out, so brackets are checked here."""
    xml, rtl = markup(text)
    style = styles()["bullet_rtl" if bullet and rtl else "body"]
    paragraph = BidiParagraph(xml, style, base_rtl=rtl)
    paragraph.wrap(width, 10_000)
    return [
        "".join(f.text for f in line.words) for line in visual_lines(paragraph.blPara, rtl).lines
    ]


def _right_to_left_reading(line: list[dict]) -> str:
    """A printed line read right to left; a ligature's letters (one glyph, one box)
    keep their own order."""
    units: list[list[str]] = []
    last = None
    for c in line:
        if last is not None and abs(c["left"] - last) < 0.01:
            units[-1].append(c["ch"])
        else:
            units.append([c["ch"]])
        last = c["left"]
    return "".join("".join(unit) for unit in reversed(units))


def _letters(text: str) -> str:
    """Letters and digits only, presentation forms folded back, harakat dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if ch.isalnum() and unicodedata.category(ch) != "Mn")


def _print(paragraphs: list, width_mm: float) -> tuple[bytes, float, float]:
    """The paragraphs printed in a text column `width_mm` wide; returns the PDF and
    the column's left and right edges in points."""
    layout = RUNNING_TEXT
    from reportlab.lib.units import mm

    side = (210 * mm - width_mm * mm) / 2
    layout = type(layout)(**{**layout.__dict__, "side_margin": side})
    doc = Document("t", "a", "s", "footer", "en-GB", layout, [], paragraphs)
    return render_pdf(doc, invariant=True), side, 210 * mm - side


@pytest.mark.parametrize("width_mm", [60, 95, 160])
def test_each_language_prints_in_reading_order_at_several_widths(width_mm):
    cmaps = _font_cmaps()
    for text in PARAGRAPHS:
        data, left_edge, right_edge = _print([Para(text)], width_mm)
        chars = [c for c in _chars(data) if c["mid"] > 60]  # not the footer
        # Every character printed is in the font it was printed in: no boxes.
        for c in chars:
            assert ord(c["ch"]) in cmaps[c["font"]], (text[:20], c["ch"], c["font"])
        lines = _lines(chars)
        rtl = base_is_rtl(text)
        if rtl:
            # Read each line right to left, brackets turned back: the paragraph as typed.
            read = "".join(_letters(_right_to_left_reading(line)) for line in lines)
            # The first word typed starts the first line, at the right edge.
            first = lines[0][-1]
            assert abs(first["right"] - right_edge) < 2.5, (width_mm, first)
            assert _letters(first["ch"]) == _letters(text[0])
        else:
            read = "".join(_letters("".join(c["ch"] for c in line)) for line in lines)
            assert abs(lines[0][0]["left"] - left_edge) < 2.5
        if rtl:
            # Digits inside right-to-left text read left to right: "3" is one digit.
            assert read == _letters(text)
        elif text is ENGLISH_WITH_ARABIC:
            # The Arabic theme name is reversed within its run; compare the English.
            assert read.startswith("Thetheme") and "cameupmost2dots" in read
        else:
            assert read == _letters(text), width_mm
        assert len(lines) >= (2 if width_mm == 60 else 1)


def test_numbers_and_brackets_stay_with_their_words_in_arabic():
    line = _drawn_lines(ARABIC_TEXT, 160 * 72 / 25.4)[0]
    # Drawn left to right the words come last-first; "(3 نقاط)" is drawn as "(" + نقاط +
    # " 3" + ")": the opening bracket mirrored on the right, where an Arabic reader starts,
    # the number inside it next to its word.
    points = "".join(reversed(join_letters("نقاط")))
    assert f"({points} 3)" in line
    decision = "".join(reversed(join_letters("قرارًا")))
    assert line.index(f"({points} 3)") < line.index(decision)


def test_an_english_paragraph_with_an_arabic_phrase_stays_left_aligned():
    data, left_edge, right_edge = _print([Para(ENGLISH_WITH_ARABIC)], 160)
    first = _lines([c for c in _chars(data) if c["mid"] > 60])[0]
    assert abs(first[0]["left"] - left_edge) < 2.5 and first[0]["ch"] == "T"
    shown = "".join(c["ch"] for c in first)
    assert "(2dots)" in shown.replace(" ", "")


def test_harakat_kept_and_no_doubled_full_stop():
    data, _, _ = _print([Para(ARABIC_TEXT)], 160)
    printed = "".join(c["ch"] for c in _chars(data))
    assert "\u064b" in printed  # the tanween of قرارًا
    assert printed.count(".") == 1


def test_right_to_left_bullets_keep_their_bullet_on_the_right():
    note = URDU + isolate(" (2 dots)", "L")
    data, left_edge, right_edge = _print([Bullets([note, "An English point (3 dots)"])], 95)
    chars = [c for c in _chars(data) if c["mid"] > 60]
    bullets = [c for c in chars if c["ch"] == "•"]
    assert len(bullets) == 2
    urdu_bullet, english_bullet = sorted(bullets, key=lambda c: -c["mid"])
    assert urdu_bullet["right"] > right_edge - 8 and english_bullet["left"] < left_edge + 8
    # "(2 dots)" is printed as it is written, not "(dots 2)", at the left end of the
    # note's last line (where a right-to-left line ends).
    lines = _drawn_lines(note, 95 * 72 / 25.4 - 6 * 72 / 25.4, bullet=True)
    urdu_last = next(i for i, line in enumerate(lines) if "(2 dots)" in line)
    assert lines[urdu_last].lstrip().startswith("(2 dots)")


def test_headings_and_one_line_labels_in_print_order():
    printed, rtl = print_line("ٹھیک ہے (2)")
    assert rtl and printed.startswith("(2)")
    runs = line_runs("Theme: " + isolate("الصحة") + " (2 dots)", False)
    assert [run.font for run in runs][:2] == [SANS, ARABIC]
    assert runs[-1] == Run("(2 dots)", "(2 dots)", SANS, False)
    data, _, right_edge = _print([Heading(URDU[:30], 1)], 160)
    assert max(c["right"] for c in _chars(data) if c["mid"] > 60) > right_edge - 3


# ----- the board picture --------------------------------------------------------------


def test_board_picture_draws_every_character_in_a_font_that_has_it(programme):
    session_id = add_session(programme, {"title": "Al-Noor Community Centre"})
    board = agenda.add_exercise(
        programme, session_id, "board", "Hopes and fears", 30, template="hopes_fears"
    )
    column = boards.columns(programme, board)[0]["id"]
    for text in PARAGRAPHS:
        boards.add_note(programme, column, text)
    title = "Tai a chartrefi – Housing – " + isolate("السكن")
    cmaps = {name: _font_cmaps() for name in ("x",)}["x"]
    register_fonts()
    for size in (13, 40):
        for text in [*PARAGRAPHS, title]:
            for line in wrap_lines(text, size, 500, 10):
                for run in line_runs(line, base_is_rtl(text)):
                    face = pdfmetrics.getFont(run.font).face.name
                    face = face.decode() if isinstance(face, bytes) else face
                    missing = [ch for ch in run.shown if ord(ch) not in cmaps[face]]
                    assert not missing, (run, missing)
                    assert font_file(run.font, size).getlength(run.shown) > 0
    png = board_png(programme, board, dpi=96)
    assert Image.open(io.BytesIO(png)).width > 300


def test_an_arabic_note_stays_inside_its_sticky_note(programme):
    session_id = add_session(programme, {"title": "Evening"})
    board = agenda.add_exercise(programme, session_id, "board", "Fears", 30, template="hopes_fears")
    column = boards.columns(programme, board)[0]["id"]
    boards.add_note(programme, column, ARABIC_TEXT * 3)
    dpi = 96
    image = Image.open(io.BytesIO(board_png(programme, board, dpi=dpi))).convert("RGB")
    note = boards.notes(programme, board)[0]
    lefts = boards.column_lefts(boards.columns(programme, board))
    x, y = boards.note_scene_pos(note, lefts)
    # Board units are pixels at 96 dpi, shifted by the picture's margin.
    top, bottom = int(y + 24), int(y + 24 + boards.NOTE_H)
    left, right = int(x + 24), int(x + 24 + boards.NOTE_W)
    below = image.crop((left + 4, bottom + 2, right - 4, bottom + 12))
    assert all(sum(px) > 600 for px in below.get_flattened_data()), "ink below the note"
    inside = image.crop((left + 4, top + 4, right - 4, bottom - 24))
    assert any(sum(px) < 200 for px in inside.get_flattened_data()), "the words are drawn"


# ----- which quotes the public document shows -----------------------------------------


def test_quotes_chosen_include_every_writing_system_present():
    from workshop.core import points, privacy
    from workshop.export.public_pack import QUOTES_PER_POINT, choose_quotes

    words = [
        "The letters never say a computer was involved",
        "Nobody told us who to ask",
        "We want a person to check it",
        "Pwy sy'n gwirio'r cyfrifiadur?",
        URDU,
        "One more English quote",
    ]
    sources = [
        points.PointSource(
            id=str(i),
            table="board_notes",
            source_id=str(i),
            kind="note",
            words=text,
            exists=True,
            session_id="s",
            session_title="Evening",
            exercise_title="Hopes and fears",
        )
        for i, text in enumerate(words)
    ]
    point = {"statement": "Say when a computer decides", "detail": ""}
    quotes = choose_quotes(point, sources, privacy.PrivacyPolicy())
    assert len(quotes) == QUOTES_PER_POINT
    assert URDU in quotes  # the fifth quote, in Urdu, is not crowded out
    assert quotes[0] == words[0]  # the order they came in is kept


def test_left_to_right_lines_skip_the_algorithm_and_come_out_the_same():
    """The short cut for lines with nothing to reorder gives exactly the runs the whole
    algorithm gives; a line with anything right to left or invisible takes the long way."""
    from workshop.export.bidi_text import left_to_right_only, line_runs, reordered_runs

    lines = [
        "",
        "Plain words, 12 dots (and a bracket).",
        "Tai a chartrefi – ŵyr ŷd – Housing",
        "Tab\tseparated 3.5% “quoted” café",
        "x = a + b – c; 2024-11-25 [note] {brace} <angle>",
        "Émilie’s Łódź Ørsted ñ ß — ünïcödé",
    ]
    for bold in (False, True):
        for line in lines:
            assert left_to_right_only(line), line
            assert line_runs(line, False, bold) == reordered_runs(line, False, bold), line
    for line in ("Housing السكن", "ہماری ضرورت", "a\u200bb", "x\u2067y\u2069", "١٢٣"):
        assert not left_to_right_only(line), line


def test_plain_ascii_is_one_run_in_the_latin_font_as_the_long_way_gives():
    from workshop.export import bidi_text
    from workshop.export.fonts import SANS, SANS_BOLD

    for bold, font in ((False, SANS), (True, SANS_BOLD)):
        for text in ("Plain words, 12 dots (and a bracket).", " ~{}|^`", "x"):
            assert bidi_text.font_runs(text, bold) == [(text, font)]
            # As the per-character rules give: the latin font has every one of them.
            assert all(bidi_text.has_glyph(font, ch) for ch in text)
        # With one letter only the Arabic font has, the long way cuts the same text.
        assert bidi_text.font_runs("Housing ے", bold)[0] == ("Housing ", font)
        assert bidi_text.font_runs("", bold) == []
