"""Residents write in many languages; every one prints, with no boxes, and Urdu and
Arabic come out joined and right to left (and stay in logical order in the HTML copy)."""

from __future__ import annotations

import io
import re

import pypdfium2
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from workshop.core import agenda, boards
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.export.bidi_text import print_line
from workshop.export.document.styles import markup
from workshop.export.fonts import ARABIC, SANS, register_fonts
from workshop.export.pack import build_pack, build_pack_html

NOTES = {
    "Welsh": "Dw i eisiau gwybod pwy sy'n gwneud y penderfyniad: ŵyr, ŷd, ẃ",
    "Polish": "Zażółć gęślą jaźń: chcę wiedzieć, kto podjął decyzję",
    "Romanian": "Vreau să știu cine a luat decizia și de ce: ă â î ș ț Ș Ț",
    "Somali": "Waxaan rabaa inaan ogaado qofka go'aanka gaaray",
    "Urdu": "ہمیں بتائیں کہ فیصلہ کمپیوٹر نے کیا یا انسان نے۔ یہ ٹھیک نہیں ہے",
    "Arabic": "نريد أن نعرف من يتخذ القرار، الإنسان أم الحاسوب؟",
}


def _board_with_notes(path):
    programme = Programme.create(path, "Languages")
    session = add_session(programme, {"title": "Multilingual evening", "status": "done"})
    exercise = agenda.add_exercise(
        programme, session, "board", "Hopes and fears", 30, template="hopes_fears"
    )
    column = boards.columns(programme, exercise)[0]
    for text in NOTES.values():
        boards.add_note(programme, column["id"], text)
    return programme


def test_every_language_prints_and_reads_back(tmp_path):
    with _board_with_notes(tmp_path / "languages.workshop") as programme:
        data = build_pack(programme, invariant=True)
        html = build_pack_html(programme)
    reader = PdfReader(io.BytesIO(data))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))
    for language in ("Welsh", "Polish", "Romanian", "Somali"):
        assert NOTES[language] in text, language
    for language in ("Urdu", "Arabic"):
        printed, rtl = print_line(NOTES[language])
        assert rtl
        # Joined letter forms (presentation forms) are what is on the page.
        assert re.search(r"[\uFB50-\uFDFF\uFE70-\uFEFF]", printed)
        assert any("\ufb50" <= ch <= "\ufeff" for ch in text), language
        # The HTML copy keeps the words as typed, for screen readers and copying.
        assert NOTES[language] in html
    assert 'dir="rtl"' in html  # from the first strong letter
    document = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(document)):
            image = document[index].render(scale=0.25, grayscale=True).to_pil()
            assert sum(1 for v in image.tobytes() if v < 200) > 150
    finally:
        document.close()


def test_no_character_falls_back_to_a_box():
    """Every character is drawn in a font that has a glyph for it."""
    register_fonts()
    sans = pdfmetrics.getFont(SANS).face.charToGlyph
    arabic = pdfmetrics.getFont(ARABIC).face.charToGlyph
    run = re.compile(rf'<font name="{ARABIC}">(.*?)</font>')
    for language, note in NOTES.items():
        xml, rtl = markup(note)
        assert rtl == (language in ("Urdu", "Arabic"))
        arabic_text = "".join(run.findall(xml))
        other_text = run.sub("", xml)
        other_text = re.sub(r"<[^>]+>|&\w+;", "", other_text)
        missing = [c for c in arabic_text if ord(c) not in arabic]
        missing += [c for c in other_text if ord(c) not in sans]
        assert not missing, f"{language}: no glyph for {missing!r}"


def test_right_to_left_reads_right_to_left():
    printed, _ = print_line("سلام دنیا")
    # In print order the first word typed ends up on the right, i.e. last.
    assert printed.split()[-1] != printed.split()[0]
    xml, rtl = markup("سلام دنیا")
    assert rtl and f'<font name="{ARABIC}">' in xml
