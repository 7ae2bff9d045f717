"""How a document's pattern is made fast without changing what it finds (issue 18).

The participant codes and names a pattern looks for are written as a tree of their
shared beginnings (`detectors.literal_trie`), so a thousand codes cost one look a letter,
not a thousand tries (issue 18). It must find exactly what the plain alternation, longest
first, finds: checked here on random words and texts, and on the words of residents in six
languages. And a text without a digit is searched without the detectors that need one
(`DocumentPattern`): the same hits, checked on texts near every detector.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.core import detectors

LETTERS = "abAB-.ł'é sſkKKıiİ"  # with the letters IGNORECASE pairs specially


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _both(words: list[str], flags: str = "") -> tuple[re.Pattern, re.Pattern]:
    fence = r"(?<![\w-])(?{f}:{body})(?![\w-])"
    tree = detectors.literal_trie(words, ignore_case="i" in flags)
    return (
        re.compile(fence.format(f=flags, body=_plain(words))),
        re.compile(fence.format(f=flags, body=tree)),
    )


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(LETTERS, min_size=1, max_size=6), min_size=1, max_size=12),
    text=st.text(LETTERS, max_size=60),
)
def test_the_tree_finds_what_the_alternation_finds(words, text):
    for flags in ("", "i"):
        plain, tree = _both(words, flags)
        assert _spans(tree, text) == _spans(plain, text), (words, text, flags)


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.text(LETTERS, min_size=1, max_size=6), min_size=1, max_size=12))
def test_every_word_is_found_whole_in_a_text_of_the_words(words):
    text = " ; ".join(words)
    plain, tree = _both(words)
    assert _spans(tree, text) == _spans(plain, text)


def _alternation_pattern(names: list[str], codes: list[str]) -> re.Pattern:
    """build_pattern as it was, with plain alternations: what the tree must agree with."""
    parts = [f"(?P<{name}>{source})" for name, source in detectors.GENERIC]
    parts.insert(0, rf"(?P<codes>(?<![\w-])(?:{_plain(codes)})(?![\w-]))")
    parts.append(rf"(?P<names>(?<!\w)(?i:{_plain(names)})(?!\w))")
    return re.compile("|".join(parts))


def test_a_thousand_codes_and_residents_words_in_six_languages():
    codes = [f"P-{n:04d}" for n in range(1000)] + [f"W{n}" for n in range(1, 200)]
    names = ["Siân", "Siân Llywelyn", "Zbigniew", "Zbigniew Łukasiewicz", "Ioana", "Ayaan"]
    folded = [detectors.fold(n)[0] for n in names]
    texts = [
        "Dywedodd Siân Llywelyn (P-0042) fod y system yn annheg i bobl hŷn; P-00421 nid yw.",
        "Zbigniew Łukasiewicz, kod P-0999-b, powiedział, że decyzja była niesprawiedliwa.",
        "Ioana (W12) a spus că algoritmul nu explică de ce cererea a fost respinsă. W1W2",
        "Ayaan wuxuu yiri P-0007 nidaamku si cadaalad ah uma qaybiyo guryaha, 07700 900123.",
        "ثانيًا، قال P-0100 إن القرار الآلي لم يشرح سبب الرفض، zbigniew@example.org",
        "انہوں نے کہا W199 کہ نظام منصفانہ نہیں ہے، P-1000 نہیں، SW1A 1AA",
    ]
    plain = _alternation_pattern(folded, codes)
    tree = detectors.build_pattern(names=folded, codes=codes)
    found_any = set()
    for text in texts:
        expected = detectors.find(text, plain)
        assert detectors.find(text, tree) == expected, text
        found_any.update(hit.kind for hit in expected)
    assert len(found_any) >= 3  # codes, names and the generic detectors all took part


def test_words_that_differ_only_in_case_share_a_branch_when_case_is_ignored():
    # Found by hypothesis: "B" and "b." as two branches, "B" tried first, matched only "B"
    # of "B." where the alternation, longest first, matches "B.".
    plain, tree = _both(["B", "b."], "i")
    assert _spans(tree, "B.") == _spans(plain, "B.") == [(0, 2)]
    plain, tree = _both(["ſam", "Sammy"], "i")  # a long s is an s to IGNORECASE
    assert _spans(tree, "sammy") == _spans(plain, "sammy") == [(0, 5)]


def test_no_words_matches_nothing():
    assert re.search(detectors.literal_trie([]), "anything") is None
    assert re.search(detectors.literal_trie([""]), "anything") is None


# Texts near every detector, with and without their digits: addresses, phone numbers,
# postcodes (GIR 0AA, and GIR OAA with a letter O), codes, e-mails spelled out, titles.
NEAR_MISSES = st.sampled_from(
    [
        "Flat 3, 12 High Street, Cardiff CF10 1AA",
        "Flat A, High Street, Cardiff",
        "ul. Długa 5/7",
        "ulica Długa",
        "call 07700 900123 or +44 20 7946 0958",
        "call oh seven seven",
        "GIR 0AA",
        "GIR OAA",
        "P-12 and p7",
        "P-twelve",
        "jan dot kowalski at example dot com",
        "jan@example.org",
        "Cllr Siân Evans",
        "٣ شارع",  # Arabic-Indic digit three: a digit to `\d` as well
        " ",
        ", ",
        "Siân",
    ]
)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(NEAR_MISSES, min_size=1, max_size=6))
def test_a_text_without_digits_is_searched_without_the_detectors_that_need_one(pieces):
    text = " ".join(pieces)
    pattern = detectors.build_pattern(names=["sian"], codes=["W-ABC", "P-0042"])
    plain, index = detectors.fold(text)
    expected = [(m.lastgroup, m.span()) for m in pattern.full.finditer(plain)]
    assert [(m.lastgroup, m.span()) for m in pattern.finditer(plain)] == expected
    if not re.search(r"\d", plain):
        assert not {group for group, _ in expected} & detectors.NEED_A_DIGIT


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Nd", "Cs")), max_size=80))
def test_the_detectors_that_need_a_digit_find_nothing_without_one(text):
    for name, source in detectors.GENERIC:
        if name in detectors.NEED_A_DIGIT:
            assert re.search(source, text) is None, (name, text)
