"""Short codes printed on feedback cards: easy to read out, type and check.

A code is 7 characters: 6 random ones and a check character. The alphabet leaves out
0/O and 1/I/L, which people confuse when reading a handwritten or printed code aloud.
The alphabet has 31 characters, a prime, so a weighted check character modulo 31
catches every single mistyped character and every swap of two neighbouring characters.

Codes are shown as "7KX-4MPQ" (easier to read out) and stored without the hyphen.
"""

from __future__ import annotations

import random
import re
import secrets
from collections.abc import Iterable

from workshop.core.errors import ValidationError

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 7
_BODY_LENGTH = CODE_LENGTH - 1
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_MOD = len(ALPHABET)  # 31, prime
_SEPARATORS = re.compile(r"[\s\-_.]+")


def check_character(body: str) -> str:
    """The character that makes sum(position * value) a multiple of 31 (positions 1..7)."""
    total = sum((i + 1) * _VALUE[ch] for i, ch in enumerate(body))
    # Find c with total + 7*c == 0 (mod 31); 7 has an inverse modulo 31 (9, since 63 = 2*31+1).
    check = (-total * pow(CODE_LENGTH, -1, _MOD)) % _MOD
    return ALPHABET[check]


def new_code(rng: random.Random | None = None) -> str:
    """A fresh random code. Pass `rng` for repeatable codes in tests and benchmarks."""
    choose = rng.choice if rng is not None else secrets.choice
    body = "".join(choose(ALPHABET) for _ in range(_BODY_LENGTH))
    return body + check_character(body)


def normalise(text: str) -> str:
    """What the person meant to type, without guessing: upper case, no spaces or hyphens."""
    return _SEPARATORS.sub("", (text or "").strip()).upper()


def is_valid(code: str) -> bool:
    """True when `code` (already normalised) is well formed and its check character fits."""
    if len(code) != CODE_LENGTH or any(ch not in _VALUE for ch in code):
        return False
    return check_character(code[:-1]) == code[-1]


def problem_with(typed: str) -> str | None:
    """None when `typed` is a well-formed code; otherwise a plain sentence saying why not."""
    problem = code_problem(typed)
    return None if problem is None else str(problem)


def code_problem(typed: str) -> ValidationError | None:
    """`problem_with` as a message a screen can translate: None when `typed` is well formed."""
    code = normalise(typed)
    if not code:
        return ValidationError("No code typed yet.")
    wrong = "".join(sorted({ch for ch in code if ch not in _VALUE}))
    if wrong:
        if any(ch in "0O" for ch in wrong):
            return ValidationError(
                "'{wrong}' cannot be in a card code. Codes never use 0 or O.", wrong=wrong
            )
        if any(ch in "1IL" for ch in wrong):
            return ValidationError(
                "'{wrong}' cannot be in a card code. Codes never use 1, I or L.", wrong=wrong
            )
        return ValidationError("'{wrong}' cannot be in a card code.", wrong=wrong)
    if len(code) < CODE_LENGTH:
        return ValidationError(
            "A card code has {length} characters; {typed} typed so far.",
            length=CODE_LENGTH,
            typed=len(code),
        )
    if len(code) > CODE_LENGTH:
        return ValidationError(
            "A card code has {length} characters; {typed} were typed.",
            length=CODE_LENGTH,
            typed=len(code),
        )
    if not is_valid(code):
        return ValidationError(
            "That code does not add up: one character is probably misread or mistyped."
        )
    return None


def format_code(code: str) -> str:
    """'7KX4MPQ' -> '7KX-4MPQ', the way it is printed."""
    code = normalise(code)
    return f"{code[:3]}-{code[3:]}" if len(code) == CODE_LENGTH else code


def distance(a: str, b: str) -> int:
    """Edits (change, add, drop, or swap two neighbours) to turn `a` into `b`."""
    rows = len(a) + 1
    cols = len(b) + 1
    d = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        d[i][0] = i
    for j in range(cols):
        d[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def nearest_valid_code(typed: str, issued: Iterable[str], max_distance: int = 2) -> str | None:
    """The issued code closest to what was typed, for a suggestion shown to a person.

    Never applied silently: callers list it next to the rejected row. Returns None when
    nothing is within `max_distance` edits, or when two issued codes are equally close.
    """
    code = normalise(typed)
    if not code:
        return None
    best: str | None = None
    best_distance = max_distance + 1
    tied = False
    for candidate in issued:
        d = distance(code, candidate)
        if d < best_distance:
            best, best_distance, tied = candidate, d, False
        elif d == best_distance and candidate != best:
            tied = True
    if best is None or tied:
        return None
    return best
