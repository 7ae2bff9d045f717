"""Residents' words in print order: the Unicode Bidirectional Algorithm per line, joined
Arabic letters, and a font for every character.

Text stays in logical (typed) order until a line has been broken; only then is each line
reordered for drawing (UAX #9 rules L1 and L2, with L4 mirroring of brackets). Reordering
a whole paragraph before wrapping puts its last words on the first line.

- The paragraph's direction is that of its first strong letter (UAX #9 P2–P3): an Urdu
  note is set right to left and right-aligned; an English sentence quoting an Arabic
  theme name stays left to right.
- Arabic script is given its joined letter forms (arabic-reshaper, harakat kept) before
  it is measured, so widths are those of the printed glyphs.
- Every character is printed in a font that has it: Arabic script in Noto Naskh Arabic,
  everything else in DejaVu Sans, a neutral (space, digit, full stop) in the font of the
  run it sits in when that font has it.

The levels come from python-bidi's Python implementation (`bidi.algorithm`): unlike its
`get_display`, its steps can carry, for each character, which piece of a line (a font run,
a bold word) it came from, so a line of several fonts can be reordered as a whole.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

import arabic_reshaper
from bidi import algorithm as uba
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics

from workshop.export.fonts import ARABIC, ARABIC_BOLD, SANS, SANS_BOLD, register_fonts

T = TypeVar("T")

# Characters that steer the algorithm but are never drawn (marks, embeddings, isolates).
_INVISIBLE = {"Cf"}


def base_is_rtl(text: str) -> bool:
    """True when the first strong letter of `text` reads right to left (UAX #9 P2–P3)."""
    for ch in text or "":
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def has_right_to_left(text: str) -> bool:
    """True when `text` holds any right-to-left letter (so it needs reordering at all)."""
    if not text or text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in ("R", "AL", "AN") for ch in text or "")


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    # The default deletes harakat ("قرارًا" lost its tanween); keep them.
    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def join_letters(text: str) -> str:
    """Arabic and Urdu letters in their joined (presentation) forms, still in logical
    order. Other scripts are left alone."""
    if text.isascii() or not any(
        "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff" for ch in text
    ):
        return text
    return _reshaper().reshape(text)


# Isolates (UAX #9 6.3): our own words around residents' words, or theirs inside ours,
# are wrapped in these so that neither reorders the other ("(2 dots)" after an Arabic note).
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_OPENERS = {LRI: "L", RLI: "R", FSI: None}


def isolate(text: str, direction: str | None = None) -> str:
    """`text` as an isolate: "L" or "R" forces its direction, None takes its first strong
    letter. Invisible in print and in browsers; it only keeps the text's order to itself."""
    opener = {"L": LRI, "R": RLI, None: FSI}[direction]
    return f"{opener}{text}{PDI}" if text else text


def strip_controls(text: str) -> str:
    """`text` without the invisible bidi controls, for places that draw it unreordered."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)


def _next_level(level: int, rtl: bool) -> int:
    """The least odd (right to left) or even level above `level` (UAX #9 X5a–X5c)."""
    if rtl:
        return level + 1 if level % 2 == 0 else level + 2
    return level + 2 if level % 2 == 0 else level + 1


def _plain_levels(text: str, base: int) -> list[int]:
    """Resolved levels (rules X1–I2) of text holding no isolates, one per character."""
    storage = uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if base % 2 else "L"
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    last = base
    out = []
    for level in levels:  # embedding controls removed by X9 take their neighbour's level
        last = last if level is None else level
        out.append(last)
    return out


def resolve_levels(text: str, base: int) -> list[int]:
    """The embedding level of each character of one paragraph (UAX #9 up to rule I2),
    isolates included: an isolate is a neutral to the text around it, and its own text
    is resolved on its own at the next level up."""
    spans: list[tuple[int, int]] = []
    depth = start = 0
    for i, ch in enumerate(text):
        if ch in _OPENERS:
            if depth == 0:
                start = i
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i))
    if depth:
        spans.append((start, len(text)))  # an isolate left open runs to the end
    if not spans:
        return _plain_levels(text, base)
    # The text around the isolates, each isolate standing as one neutral character.
    span_at = dict(spans)
    outer: list[str] = []
    where: list[int] = []  # for each outer character, where it starts in `text`
    i = 0
    while i < len(text):
        where.append(i)
        if i in span_at:
            outer.append("\ufffc")
            i = span_at[i] + 1
        else:
            outer.append(text[i])
            i += 1
    outer_levels = _plain_levels("".join(outer), base)
    levels = [base] * len(text)
    for position, start in enumerate(where):
        here = outer_levels[position]
        levels[start] = here
        if start not in span_at:
            continue
        end = span_at[start]
        if end < len(text):
            levels[end] = here  # the closing PDI sits at the level outside
        inner = text[start + 1 : end]
        kind = _OPENERS[text[start]]
        rtl = kind == "R" or (kind is None and base_is_rtl(inner))
        own = 1 if rtl else 0
        shift = _next_level(base, rtl) - own
        levels[start + 1 : end] = [lv + shift for lv in resolve_levels(inner, own)]
    return levels


def reorder_line(
    chars: Sequence[tuple[str, T]], levels: Sequence[int], base: int
) -> list[tuple[str, T, int]]:
    """One line's characters (logical order, each with a tag and its resolved level) in
    drawing order, left to right: UAX #9 L1 (trailing white space and tabs to the base
    level), L2 (reverse from the highest level down to the lowest odd one) and L4 (mirror
    brackets in right-to-left runs). Invisible controls are dropped."""
    line = [[ch, tag, level] for (ch, tag), level in zip(chars, levels, strict=True)]
    trailing = True
    for item in reversed(line):
        kind = unicodedata.bidirectional(item[0])
        if kind in ("S", "B"):
            item[2] = base
            trailing = True
        elif trailing and (kind in ("WS", "BN") or item[0] in _OPENERS or item[0] == PDI):
            item[2] = base
        else:
            trailing = False
    if line:
        highest = max(item[2] for item in line)
        odd = [item[2] for item in line if item[2] % 2]
        lowest_odd = min(odd) if odd else highest + 1
        for level in range(highest, lowest_odd - 1, -1):
            i = 0
            while i < len(line):
                if line[i][2] >= level:
                    j = i
                    while j < len(line) and line[j][2] >= level:
                        j += 1
                    line[i:j] = line[i:j][::-1]
                    i = j
                else:
                    i += 1
    out = []
    for ch, tag, level in line:
        if unicodedata.category(ch) in _INVISIBLE:
            continue
        if level % 2 and unicodedata.mirrored(ch):
            ch = MIRRORED.get(ch, ch)
        out.append((ch, tag, level))
    return out


def visual_order(items: Sequence[tuple[str, T]], rtl: bool) -> list[tuple[str, T, int]]:
    """A single line (a label, a title, a line already broken from its paragraph) in
    drawing order; see `reorder_line`."""
    text = "".join(ch for ch, _ in items)
    base = 1 if rtl else 0
    return reorder_line(items, resolve_levels(text, base), base)


@cache
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


@cache
def _printable_ascii(font_name: str) -> frozenset[str]:
    """The printable ASCII letters, digits and signs `font_name` has (every one, in DejaVu)."""
    return frozenset(chr(c) for c in range(0x20, 0x7F) if c in _cmap(font_name))


def has_glyph(font_name: str, ch: str) -> bool:
    return ord(ch) in _cmap(font_name)


def _arabic_script(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("AL", "AN") or (
        "\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"
    )


@cache
def _latin_only(latin: str, arabic: str) -> frozenset[str]:
    """The characters `font_runs` always puts in the Latin font, whatever comes before
    them: every one the Latin font has, but Arabic-script ones the Arabic font has."""
    return frozenset(
        ch for ch in map(chr, _cmap(latin)) if not (_arabic_script(ch) and has_glyph(arabic, ch))
    )


def font_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """`text` (logical order) cut into runs, each with the font that prints every one of
    its characters. Invisible controls are kept (they steer the reordering)."""
    latin, arabic = (SANS_BOLD, ARABIC_BOLD) if bold else (SANS, ARABIC)
    if text.isascii() and set(text) <= _printable_ascii(latin):
        return [(text, latin)] if text else []  # what the loop below gives, at C speed
    if set(text) <= _latin_only(latin, arabic):
        # Not ASCII ("…", "’", "é") but all Latin: the long way would give one run.
        return [(text, latin)] if text else []
    return font_runs_by_character(text, latin, arabic)


def font_runs_by_character(text: str, latin: str, arabic: str) -> list[tuple[str, str]]:
    """`font_runs` the long way, character by character (a test checks the short ways
    give the same runs)."""
    runs: list[tuple[str, str]] = []
    current = ""
    for ch in text:
        if unicodedata.category(ch) in _INVISIBLE and not has_glyph(latin, ch):
            font = current or latin
        elif _arabic_script(ch) and has_glyph(arabic, ch):
            font = arabic
        elif current and has_glyph(current, ch) and not ch.isalpha():
            font = current  # a space or a digit stays with its run
        elif has_glyph(latin, ch):
            font = latin
        elif has_glyph(arabic, ch):
            font = arabic
        else:
            font = latin  # no bundled font has it: DejaVu's box, never a silent gap
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + ch, font)
        else:
            runs.append((ch, font))
        current = font
    return runs


@dataclass(frozen=True)
class Run:
    """A piece of one line to draw: one font, one direction.

    `shown` is in drawing order (left to right, letters joined) for a renderer that
    draws characters as given (reportlab, Pillow without libraqm); `typed` is the same
    piece in logical order, for a renderer that shapes text itself (Pillow with libraqm,
    which then also places the harakat over their letters).
    """

    shown: str
    typed: str
    font: str
    rtl: bool


def left_to_right_only(text: str) -> bool:
    """True when `text` has no right-to-left letter, Arabic number or invisible control
    (bidi controls are all format characters): read left to right, every character at
    level 0, so its drawing order is its typed order and nothing is dropped."""
    if text.isascii():
        return True
    return not any(
        unicodedata.bidirectional(ch) in ("R", "AL", "AN") or unicodedata.category(ch) == "Cf"
        for ch in text
    )


def line_runs(line: str, rtl: bool, bold: bool = False) -> list[Run]:
    """One line of text (already broken, logical order) as runs in drawing order."""
    if not rtl and left_to_right_only(line):
        # Nothing to reorder, join or drop: the font runs as typed. A board picture
        # measures every trial line while wrapping (100,000 lines for 6,000 notes), and
        # running the algorithm on each was most of a record zip's time.
        return [Run(piece, piece, font, False) for piece, font in font_runs(line, bold)]
    return reordered_runs(line, rtl, bold)


def reordered_runs(line: str, rtl: bool, bold: bool = False) -> list[Run]:
    """`line_runs` through the whole algorithm, whatever the text."""
    typed_runs = font_runs(line, bold)
    # Letters are joined per run of one font, on the typed text, before reordering.
    joined: list[tuple[str, tuple[int, str]]] = []
    for index, (piece, font) in enumerate(typed_runs):
        joined.extend((ch, (index, font)) for ch in join_letters(piece))
    drawn = visual_order(joined, rtl)
    runs: list[Run] = []
    group: list[tuple[str, tuple[int, str], int]] = []

    def flush() -> None:
        if not group:
            return
        shown = "".join(c for c, _, _ in group)
        odd = group[0][2] % 2 == 1
        typed = "".join(c for c, _, _ in reversed(group)) if odd else shown
        runs.append(Run(shown, typed, group[0][1][1], odd))
        group.clear()

    for ch, tag, level in drawn:
        if group and (group[0][1][0] != tag[0] or group[0][2] % 2 != level % 2):
            flush()
        group.append((ch, tag, level))
    flush()
    return runs


def print_line(text: str) -> tuple[str, bool]:
    """A single line (a label, a title) as one string in drawing order with joined
    letters, and whether it reads right to left. For places that draw one string in one
    font; `line_runs` is the exact form."""
    rtl = base_is_rtl(text)
    if not has_right_to_left(text):
        return text, rtl
    return "".join(run.shown for run in line_runs(text, rtl)), rtl
