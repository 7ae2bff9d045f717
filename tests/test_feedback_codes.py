"""Card codes: short, easy to read out, and a typo is caught by the check character."""

import random

from fuzz_support import PROPERTY
from hypothesis import given
from hypothesis import strategies as st

from workshop.core import feedback_codes as codes


def test_codes_are_seven_characters_without_look_alikes():
    rng = random.Random(5)
    for _ in range(500):
        code = codes.new_code(rng)
        assert len(code) == 7
        assert not set(code) & set("0O1IL")
        assert codes.is_valid(code)


@PROPERTY
@given(st.randoms(use_true_random=False), st.integers(0, 6), st.sampled_from(codes.ALPHABET))
def test_any_single_mistyped_character_is_caught(rng, position, wrong):
    code = codes.new_code(rng)
    if code[position] == wrong:
        return
    typo = code[:position] + wrong + code[position + 1 :]
    assert not codes.is_valid(typo)


@PROPERTY
@given(st.randoms(use_true_random=False), st.integers(0, 5))
def test_any_swap_of_neighbours_is_caught(rng, position):
    code = codes.new_code(rng)
    if code[position] == code[position + 1]:
        return
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    assert not codes.is_valid(swapped)


def test_typing_is_forgiving_about_case_spaces_and_hyphens_only():
    code = codes.new_code(random.Random(1))
    shown = codes.format_code(code)
    assert shown == f"{code[:3]}-{code[3:]}"
    assert codes.normalise(f" {shown.lower()} ") == code
    assert codes.normalise(f"{code[:3]} {code[3:]}") == code
    assert codes.problem_with(shown) is None
    assert "0 or O" in codes.problem_with("AB0CDEF")
    assert "1, I or L" in codes.problem_with("ABICDEF")
    assert "6 typed so far" in codes.problem_with(code[:6])


def test_nearest_valid_code_suggests_but_only_when_clear():
    rng = random.Random(2)
    issued = [codes.new_code(rng) for _ in range(50)]
    target = issued[7]
    typo = target[:2] + ("A" if target[2] != "A" else "B") + target[3:]
    assert codes.nearest_valid_code(typo, issued) == target
    swapped = target[1] + target[0] + target[2:]
    assert codes.nearest_valid_code(swapped, issued) == target
    assert codes.nearest_valid_code(target[:6], issued) == target
    assert codes.nearest_valid_code("ZZZZZZZ", ["ABCDEFG"]) is None
    assert codes.nearest_valid_code("", issued) is None
