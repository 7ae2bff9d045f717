"""The printed deck, read back: every card's words, the right pages, the glossary."""

import re

import pypdf
import pytest

from workshop.cli import main
from workshop.core import decks, glossary
from workshop.export.deck_pdf import build_deck_pdf, card_sheet_count


def _pages(pdf_path):
    return [p.extract_text() for p in pypdf.PdfReader(pdf_path).pages]


def _squash(text):
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def standard(tmp_path_factory):
    out = tmp_path_factory.mktemp("deck") / "deck.pdf"
    assert main(["deck", "-o", str(out)]) == 0
    return out


def test_four_up_deck_has_every_card_front_and_mirrored_back(standard):
    deck = decks.builtin_deck()
    pages = _pages(standard)
    sheets = card_sheet_count(len(deck.cards))
    assert sheets == 8  # 13 cards, four to a sheet, fronts and backs
    text = _squash(" ".join(pages[:sheets]))
    for card in deck.cards:
        for words in (
            card.title,
            card.story,
            card.system,
            card.opportunity,
            card.risk,
            *card.questions,
        ):
            assert _squash(words) in text, words[:40]
    # fronts on odd pages, backs on even; then "More detail", then the glossary
    for sheet in range(sheets // 2):
        assert "· front" in pages[2 * sheet] and "· back" not in pages[2 * sheet]
        assert "· back" in pages[2 * sheet + 1] and "· front" not in pages[2 * sheet + 1]
    rest = _squash(" ".join(pages[sheets:]))
    assert "More detail" in rest and "Key terms" in rest
    for card in deck.cards:
        for _label, words in card.detail():
            assert _squash(words) in rest, words[:40]
        for note in card.law:
            assert _squash(note.says) in text or _squash(note.says) in rest
            assert note.source.address in rest.replace(" ", "")
    for term in glossary.builtin_terms():
        assert _squash(term.meaning) in rest
    reader = pypdf.PdfReader(standard)
    assert reader.metadata.title == deck.title


def test_welsh_and_polish_letters_come_back_as_letters(standard):
    text = " ".join(_pages(standard))
    for word in ("Tŷ Newydd", "Siân", "Wójcik", "Łukasz"):
        assert word in text


def test_backs_are_mirrored_for_double_sided_printing():
    deck = decks.builtin_deck()
    data = build_deck_pdf(deck, list(glossary.builtin_terms()), invariant=True)
    import io

    reader = pypdf.PdfReader(io.BytesIO(data))

    def x_of(page, needle):
        found = []

        def visit(text, cm, tm, font, size):
            if needle in text:
                found.append(tm[4] * cm[0] + cm[4])

        page.extract_text(visitor_text=visit)
        return found[0]

    front, back = reader.pages[0], reader.pages[1]
    # card 1 is on the left of the front and on the right of the back
    assert x_of(front, "Card 1 of") < 250 < x_of(back, "Card 1 ·")


def test_large_print_has_one_card_side_per_page_in_big_type(tmp_path):
    out = tmp_path / "large.pdf"
    assert main(["deck", decks.DEFAULT_DECK_KEY, "--large-print", "-o", str(out)]) == 0
    deck = decks.builtin_deck()
    pages = _pages(out)
    for number in range(1, len(deck.cards) + 1):
        assert f"Card {number} · front" in pages[2 * number - 2]
        assert f"Card {number} · back" in pages[2 * number - 1]
    assert "More detail" in pages[2 * len(deck.cards)]
    assert any("Key terms" in page for page in pages[2 * len(deck.cards) :])
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(size * tm[0] * cm[0] if tm[0] else size)

    for page in pypdf.PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
    assert min(sizes) >= 18


def test_deck_file_and_programme_file_print_too(tmp_path, demo_path):
    own = tmp_path / "own.toml"
    decks.save_deck(decks.Deck(title="Own", cards=[decks.Card(title="Bins", story="Ana.")]), own)
    assert main(["deck", str(own), "-o", str(tmp_path / "own.pdf")]) == 0
    assert "Bins" in _pages(tmp_path / "own.pdf")[0]
    assert main(["deck", str(demo_path), "-o", str(tmp_path / "demo.pdf")]) == 0
    assert len(_pages(tmp_path / "demo.pdf")) >= 7


def test_bad_deck_names_fail_cleanly(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["deck", "no-such-deck", "-o", str(out)]) == 2
    assert "no deck file or built-in deck called 'no-such-deck'" in capsys.readouterr().err
    broken = tmp_path / "broken.toml"
    broken.write_text("title = 'x'\n[[cards]]\ntitle = 'A'\nstory = 3\n", encoding="utf-8")
    assert main(["deck", str(broken), "-o", str(out)]) == 2
    assert "card 1 ('A'): 'story' must be text in quotes" in capsys.readouterr().err
    assert not out.exists()
