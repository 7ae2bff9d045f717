"""Messages the core used to build as finished English text (a damaged file, a file open
elsewhere, a mistyped card code) are templates with values now: the command line prints
the same English as before, and a screen can show them whole in another language."""

from __future__ import annotations

import ast
import re
import socket
from pathlib import Path

import pytest

from workshop.core import feedback, instance_lock
from workshop.core.errors import ProgrammeFileError, ValidationError, WorkshopError
from workshop.core.feedback_codes import format_code
from workshop.core.sessions import add_session
from workshop.core.store import Programme

PACKAGE = Path(feedback.__file__).resolve().parents[1]


def _collected_templates() -> set[str]:
    """Every literal first argument of a call to a WorkshopError class in core/ — what
    the translation build hands to the translator (tools/i18n_build.py)."""
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in (PACKAGE / "core").rglob("*.py")]
    classes = [n for t in trees for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    names = {"WorkshopError"}
    while more := {
        c.name
        for c in classes
        if c.name not in names and any(getattr(b, "id", None) in names for b in c.bases)
    }:
        names |= more
    return {
        node.args[0].value
        for t in trees
        for node in ast.walk(t)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", getattr(node.func, "attr", None)) in names
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def _pretend_welsh(error: WorkshopError) -> str:
    """The message through a translator that marks every text it was asked for."""
    return error.translated(lambda text: f"«{text}»")


def _assert_translatable(error: WorkshopError) -> None:
    assert error.template in _collected_templates()
    assert error.values, "a finished sentence has no values to fill in"
    shown = _pretend_welsh(error)
    # The whole sentence went through the translator, with the values put in afterwards.
    assert shown.startswith("«") and shown.endswith("»")
    assert "{" not in shown


def test_a_damaged_file_is_refused_with_a_translatable_message(demo_path, tmp_path):
    half = tmp_path / "half.workshop"
    data = demo_path.read_bytes()
    half.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProgrammeFileError) as refused:
        Programme.open(half)
    assert str(refused.value) == (
        "half.workshop looks damaged or only partly copied, so it was not opened and has "
        "not been changed. Copy it again from where it came from, or restore a backup."
    )
    _assert_translatable(refused.value)
    assert "half.workshop" in _pretend_welsh(refused.value)


def test_a_file_in_use_is_refused_with_a_translatable_message(programme_path):
    Programme.create(programme_path, "Held").close()
    with instance_lock.acquire(programme_path, "merge"):
        with pytest.raises(instance_lock.FileInUseError) as refused:
            instance_lock.acquire(programme_path, "window")
    # What the command line prints, word for word as before (since the minute it began).
    assert re.fullmatch(
        r"test\.workshop is already open in the 'workshop merge' command since \d\d:\d\d\. "
        r"Close it there first, then try again\.",
        str(refused.value),
    )
    assert refused.value.values["since"] == refused.value.holder["since"][11:16]
    assert refused.value.holder["holder"] == "merge"
    _assert_translatable(refused.value)
    assert "'workshop {command}'" in refused.value.template  # the command is a value


@pytest.mark.parametrize(
    ("info", "english"),
    [
        (
            {},
            "f.workshop is already open in another Workshop window. Close it there first, "
            "then try again.",
        ),
        (
            {"holder": "window", "since": "2020-01-02T03:04:05", "host": "far-away"},
            "f.workshop is already open in another Workshop window since 2020-01-02 03:04 on "
            "the computer far-away. Close it there first, then try again.",
        ),
        (
            {"holder": "import", "since": "2020-01-02T03:04:05", "host": socket.gethostname()},
            "f.workshop is already open in the 'workshop import' command since 2020-01-02 "
            "03:04. Close it there first, then try again.",
        ),
    ],
)
def test_each_holder_is_named_in_one_whole_sentence(info, english):
    error = instance_lock._in_use(Path("f.workshop"), info)
    assert str(error) == english
    assert error.template in _collected_templates()


def test_a_mistyped_card_code_is_explained_in_a_translatable_message(programme):
    programme.update_programme({"feedback_url_template": "https://example.org/say?card={code}"})
    session = add_session(programme, {"title": "Library"})
    plan = feedback.plan_cards(programme, session, 3)
    feedback.record_cards(programme, plan)
    code = plan.cards[0].code
    typo = code[:6] + ("A" if code[6] != "A" else "B")

    check = feedback.check_code(programme, typo)
    assert not check.ok and check.problem is not None
    assert check.message == str(check.problem)
    with pytest.raises(ValidationError) as refused:
        feedback.add_typed_response(programme, typo, "words", "paper")
    assert str(refused.value) == check.message
    assert f"Did you mean {format_code(code)}? Check the card." in str(refused.value)
    _assert_translatable(refused.value)
    # The reason inside ("does not add up") is translated too, as its own sentence.
    assert "«That code does not add up" in _pretend_welsh(refused.value)

    for typed, reason in [
        ("", "No code typed yet."),
        ("AB0CDEF", "'0' cannot be in a card code. Codes never use 0 or O."),
        ("ABC", "A card code has 7 characters; 3 typed so far."),
    ]:
        check = feedback.check_code(programme, typed)
        assert str(check.problem) == reason == check.message
        assert check.problem.template in _collected_templates()
