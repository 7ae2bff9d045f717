"""Finding what looks personal in residents' words: the patterns, and accent folding.

Pure text work with no file behind it, so both the privacy policy (which knows the
programme) and the feedback-form reader (which classifies a form's columns) use it.

Every text is searched once: one compiled pattern holds every detector (and, in a
`PrivacyPolicy`, the names the file knows), run over the text with accents folded away
("Siân" reads as "Sian"), and the spans found are mapped back to the original text.
`compiles` counts the patterns this module and the privacy policy compile, so a test can
hold a whole pack to a small, fixed number of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Kinds of thing found, and what each is replaced with in a published text.
EMAIL = "email"
PHONE = "phone"
POSTCODE = "postcode"
ADDRESS = "address"
CODE = "code"
TITLED = "titled name"  # Mr Quince, Pani Nowak
KNOWN = "known name"  # a name the file holds, or held before a purge
NAME = "possible name"  # a capitalised word that is not a common word: asked, not removed

REPLACEMENT = {
    EMAIL: "[email removed]",
    PHONE: "[phone number removed]",
    POSTCODE: "[postcode removed]",
    ADDRESS: "[address removed]",
    CODE: "[participant code removed]",
    TITLED: "[name removed]",
    KNOWN: "[name removed]",
}

compiles = 0  # how many patterns have been compiled here and by the privacy policy


def compile_pattern(source: str, flags: int = 0) -> re.Pattern:
    """Every detector pattern is made here, so the count above is honest."""
    global compiles
    compiles += 1
    return re.compile(source, flags)


# Letters NFKD does not take apart.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "’": "'",
        "‘": "'",
        "\u00a0": " ",
        "‐": "-",
        "‑": "-",
        "–": "-",
    }
)


def fold(text: str) -> tuple[str, list[int] | None]:
    """`text` without accents (same case), and for each folded character the index of
    the original character it came from (None when nothing changed length or place)."""
    if text.isascii():
        return text, None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            out.append(ch)
            index.append(i)
            continue
        for part in unicodedata.normalize("NFKD", ch.translate(_EXTRA_FOLDS)):
            if unicodedata.combining(part):
                continue
            out.append(part)
            index.append(i)
    index.append(len(text))
    return "".join(out), index


def fold_key(text: str) -> str:
    """A name or contact as compared: accents folded, case folded, spaces single."""
    return " ".join(fold(text)[0].casefold().split())


def original_span(index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if index is None:
        return start, end
    return index[start], (index[end - 1] + 1) if end > start else index[start]


_TLDS = r"(?:com|net|org|uk|co|gov|ac|nhs|pl|ie|info|io|me|de|fr|edu|biz|eu)"
_STREET = (
    r"(?:street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|court|ct|crescent|cres"
    r"|place|pl|terrace|gardens|grove|walk|row|square|sq|hill|mews|parade|park|view|rise"
    r"|green|fold|brow|estate|house|flats)"
)
_POSTCODE = r"(?:[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2})"
_CAP_WORD = r"[A-Z][A-Za-z'-]+"
TITLES = (
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Prof",
    "Sir",
    "Cllr",
    "Councillor",
    "Pani",
    "Pan",
    "Panna",
    "Herr",
    "Frau",
    "Sr",
    "Sra",
)

# Each detector, as (group name, pattern). Order matters where two could start at the
# same place: the longer, more specific one comes first.
GENERIC = [
    (
        "address",
        rf"(?<![\w/])(?:(?i:flat|apartment|apt)\s*\d+[a-z]?,?\s+)?\d{{1,4}}[a-zA-Z]?,?\s+"
        rf"(?:{_CAP_WORD}\s+){{1,3}}(?i:{_STREET})\b\.?"
        rf"(?:,?\s+{_CAP_WORD}(?=[\s,.]|$))?(?:,?\s+{_POSTCODE}(?![\w]))?"
        r"|(?<!\w)(?i:ul\.|ulica)\s*[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+\d+[a-z]?(?:/\d+)?",
    ),
    # Each starts only where a word starts (the look-behind), so a long run of letters
    # is scanned once, not once from every letter: linear in the length of the text.
    ("email", r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    (
        "spelled_email",
        r"(?<![\w.+-])[\w.+-]+\s*(?i:\s+at\s+|\s*[\(\[\{<]\s*at\s*[\)\]\}>]\s*)[\w-]+"
        r"(?:(?i:\s+dot\s+|\s*[\(\[\{<]\s*dot\s*[\)\]\}>]\s*|\.)[\w-]+)*"
        rf"(?i:\s+dot\s+|\s*[\(\[\{{<]\s*dot\s*[\)\]\}}>]\s*|\.){_TLDS}(?![\w])",
    ),
    (
        "phone",
        r"(?<![\w+])(?:\+|00)\s?\(?\d(?:[\s.\-/()]{0,2}\d){7,14}(?![\w])"
        r"|(?<![\w])\(?0\d(?:[\s.\-/()]{0,2}\d){8,10}(?![\w])",
    ),
    ("postcode", rf"(?<![\w])(?:{_POSTCODE}|(?i:GIR ?0AA))(?![\w])"),
    ("code", r"(?<![\w-])[Pp]-?\d{1,4}(?![\w-])"),
    (
        "titled",
        r"(?<![\w])(?:" + "|".join(TITLES) + r")\.?\s+" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + ")?",
    ),
]

GROUP_KIND = {
    "address": ADDRESS,
    "email": EMAIL,
    "spelled_email": EMAIL,
    "phone": PHONE,
    "postcode": POSTCODE,
    "code": CODE,
    "titled": TITLED,
    "codes": CODE,
    "names": KNOWN,
    "single_names": KNOWN,
}


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int  # in the original text
    end: int
    text: str

    @property
    def removed(self) -> bool:
        """Taken out automatically (a possible name is only asked about)."""
        return self.kind != NAME

    @property
    def replacement(self) -> str:
        return REPLACEMENT.get(self.kind, "[removed]")


# The detectors that cannot match a text without a digit (a house number, a phone number,
# a postcode, a participant code such as P-12): `\d` in each of their patterns is required.
NEED_A_DIGIT = frozenset({"address", "phone", "postcode", "code"})
_DIGIT = re.compile(r"\d")  # the same digits as the patterns' \d (any Unicode decimal digit)


@dataclass(frozen=True)
class DocumentPattern:
    """One document's detectors as one pattern, and the same pattern without the
    detectors that need a digit, for the many texts that have none (most residents'
    words): a text is searched once, by whichever applies. Leaving out groups that cannot
    match anywhere in a text changes nothing that is found in it; they cost two thirds of
    the search (issue 18)."""

    full: re.Pattern
    without_digits: re.Pattern

    def finditer(self, text: str) -> Iterator[re.Match]:
        pattern = self.full if _DIGIT.search(text) else self.without_digits
        return pattern.finditer(text)


def build_pattern(
    names: list[str] = (), single_names: list[str] = (), codes: list[str] = ()
) -> DocumentPattern:
    """One pattern for one document: every detector, then the participant codes and the
    names this file knows (already folded), longest first."""
    return DocumentPattern(
        full=compile_pattern(_pattern_source(GENERIC, names, single_names, codes)),
        without_digits=compile_pattern(
            _pattern_source(
                [(name, source) for name, source in GENERIC if name not in NEED_A_DIGIT],
                names,
                single_names,
                codes,
            )
        ),
    )


def _pattern_source(
    generic: list[tuple[str, str]], names: list[str], single_names: list[str], codes: list[str]
) -> str:
    parts = [f"(?P<{name}>{source})" for name, source in generic]
    if codes:
        parts.insert(0, rf"(?P<codes>(?<![\w-]){literal_trie(codes)}(?![\w-]))")
    if names:
        names_tree = literal_trie(names, ignore_case=True)
        parts.append(rf"(?P<names>(?<!\w)(?i:{names_tree})(?!\w))")
    if single_names:
        single_tree = literal_trie(single_names, ignore_case=True)
        parts.append(rf"(?P<single_names>(?<!\w)(?i:{single_tree})(?!\w))")
    return "|".join(parts)


def literal_trie(words: Iterable[str], ignore_case: bool = False) -> str:
    """A pattern matching any of `words`, longest first, written as a tree of their shared
    beginnings: "ann(?:a|e)?" rather than "anne|anna|ann". Python's regular expressions try
    the branches of an alternation one by one at every place in the text, so a programme's
    thousand participant codes cost a thousand tries a place; as a tree they cost one look
    a letter. It matches what the plain alternation, longest first, matches
    (tests/test_detectors_trie.py): the branches at each step begin with letters that cannot
    both match, so the only choice left is how far to go, and the tree goes furthest first.
    For a pattern used with IGNORECASE, pass `ignore_case`: letters that match each other
    ("B" and "b") share a branch."""
    words = [w for w in set(words) if w]
    same = _case_partners("".join(words)) if ignore_case else {}
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(same.get(char, char), {})
        node[""] = {}  # a word ends here
    return _branches(tree) or "(?!)"


def _case_partners(text: str) -> dict[str, str]:
    """For each letter of `text`, the first letter (in code point order) that IGNORECASE
    matching takes as the same: asked of the regular expression engine itself, so its
    special cases (long s, Kelvin sign, dotless i) are its own."""
    partner: dict[str, str] = {}
    firsts: list[str] = []
    for char in sorted(set(text)):
        for first in firsts:
            if re.fullmatch(re.escape(first), char, re.IGNORECASE):
                partner[char] = first
                break
        else:
            firsts.append(char)
    return partner


def _branches(node: dict) -> str:
    ends = "" in node
    alternatives = []
    for char in sorted(c for c in node if c):
        child = node[char]
        step = re.escape(char)
        # A run of letters with one way on is written as one literal.
        while len(child) == 1 and "" not in child:
            (char,) = child
            step += re.escape(char)
            child = child[char]
        rest = _branches(child)
        alternatives.append(step + rest)
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    # Greedy `?`: the longer word is tried first, the word ending here after it.
    if ends:
        return ("(?:" + body + ")?") if len(alternatives) > 1 or len(body) > 1 else body + "?"
    return body


DEFAULT_PATTERN = build_pattern()

# A word; a possessive 's is not part of it ("Ellis-Jones's" is the name Ellis-Jones).
_WORD = re.compile(r"[^\W\d_]+(?:(?:-|'(?!s\b))[^\W\d_]+)*")
_OPENERS = set('.!?:;\n"“(')


def _opens_sentence(text: str, start: int) -> bool:
    """True when the word at `start` opens the text or a sentence (looks back over
    spaces only, so the cost does not grow with the text)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _OPENERS


def words_with_spans(folded: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]


def words(folded: str) -> list[str]:
    """The words of `words_with_spans` without their places (at C speed)."""
    return _WORD.findall(folded)


def find(
    text: str,
    pattern: DocumentPattern | re.Pattern = DEFAULT_PATTERN,
    folded: tuple[str, list[int] | None] | None = None,
) -> list[Hit]:
    """Everything `pattern` finds in `text` (accents folded), as spans of the original."""
    plain, index = folded or fold(text)
    hits: list[Hit] = []
    for match in pattern.finditer(plain):
        group = match.lastgroup or ""
        if group == "single_names" and not match.group()[0].isupper():
            continue  # "will", "may": a one-word name counts only with its capital
        start, end = original_span(index, match.start(), match.end())
        hits.append(Hit(GROUP_KIND.get(group, KNOWN), start, end, text[start:end]))
    return hits


def possible_names(
    text: str,
    ordinary: set[str],
    taken: list[Hit] = (),
    folded: tuple[str, list[int] | None] | None = None,
) -> list[Hit]:
    """Capitalised words that are not ordinary words (the common-word list, the
    programme's own words and places, words residents also wrote in lower case), and not
    inside something already found. Runs of them are one hit ("Zebedee Quockerwodger")."""
    plain, index = folded or fold(text)
    busy = Busy(taken)
    hits: list[Hit] = []
    run: list[tuple[int, int]] = []

    def close_run() -> None:
        if run:
            start, end = original_span(index, run[0][0], run[-1][1])
            lone_first = len(run) == 1 and _opens_sentence(plain, run[0][0])
            # A lone capitalised word opening a sentence is most often just that (or a
            # word in another language: "Dw i eisiau..."); a possessive is a name.
            if not lone_first or plain[run[0][1] : run[0][1] + 2] == "'s":
                hits.append(Hit(NAME, start, end, text[start:end]))
            run.clear()

    last_end = -1
    for start, end, word in words_with_spans(plain):
        candidate = (
            len(word) >= 2
            and word[0].isupper()
            and not word.isupper()
            and not is_ordinary(word, ordinary)
        )
        if candidate:
            o_start, o_end = original_span(index, start, end)
            if busy.overlaps(o_start, o_end):
                candidate = False
        if candidate:
            if run and plain[last_end:start].strip() not in ("",):
                close_run()
            run.append((start, end))
        else:
            close_run()
        last_end = end
    close_run()
    return hits


_ENDINGS = ("'s", "s", "es", "ies", "ed", "ing", "er", "ers", "ly", "n")


def is_ordinary(word: str, ordinary: set[str]) -> bool:
    lower = word.casefold()
    if "'" in lower:  # we'd, they're, don't, Council's
        lower = lower.split("'")[0]
        if lower.endswith("n") and lower[:-1] in ordinary:
            return True
    if lower in ordinary:
        return True
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:
            stem = lower[: -len(ending)]
            if stem in ordinary or stem + "e" in ordinary or stem + "y" in ordinary:
                return True
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in ordinary:
                return True  # getting > get
    return False


class Busy:
    """Spans already found, asked about in order of start: each question costs O(1)
    on average, so a text full of hits is still searched in linear time."""

    def __init__(self, hits: list[Hit] = ()):
        self.spans = sorted((h.start, h.end) for h in hits)
        self.reach: list[int] = []  # the furthest end among spans[: i + 1]
        furthest = -1
        for _, end in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)
        self.i = 0

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a span? `start` must not go down between calls."""
        while self.i < len(self.spans) and self.reach[self.i] <= start:
            self.i += 1
        # Spans from i on may overlap: those that begin before `end`.
        j = self.i
        while j < len(self.spans) and self.spans[j][0] < end:
            if self.spans[j][1] > start:
                return True
            j += 1
        return False


def apply(text: str, hits: list[Hit]) -> str:
    """`text` with each removable hit replaced (the first of overlapping ones wins)."""
    out: list[str] = []
    pos = 0
    for hit in sorted((h for h in hits if h.removed), key=lambda h: (h.start, -h.end)):
        if hit.start < pos:
            continue
        out.append(text[pos : hit.start])
        out.append(hit.replacement)
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)


def looks_personal(value: str) -> bool:
    """A whole cell that is an email, phone number, postcode or street address."""
    value = value.strip()
    if not value:
        return False
    for hit in find(value):
        if hit.kind in (EMAIL, PHONE, POSTCODE, ADDRESS) and len(hit.text) >= 0.6 * len(value):
            return True
    return False
