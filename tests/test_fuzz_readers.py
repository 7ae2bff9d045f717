"""Every reader of outside data, fed whatever hypothesis can think of: the online form's CSV,
the JSON/zip record, deck files and session plans. Each either works or raises a
WorkshopError with a one-line message, and a refused input never changes the file."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from fuzz_support import EXAMPLES, FUZZ, ExampleCounter
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop.core import decks, feedback, session_plans
from workshop.core.errors import WorkshopError
from workshop.core.sessions import add_session
from workshop.core.store import Programme
from workshop.demo import write_demo
from workshop.export import record

HEAVY = settings(FUZZ, max_examples=max(10, EXAMPLES // 3))

_count = ExampleCounter()
_report_counts = _count.report_fixture()


def _dump(programme: Programme) -> dict[str, list[dict[str, Any]]]:
    return {t: programme.rows(t, order_by="rowid") for t in programme.table_names()}


def _plain(exc: BaseException) -> None:
    message = str(exc)
    assert message.strip(), "an error must say what was wrong"
    assert "Traceback" not in message


# ----- the online form's CSV ------------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """A programme with 6 printed feedback cards; the codes, to sprinkle into the CSVs."""
    path = tmp_path_factory.mktemp("fuzz-csv") / "cards.workshop"
    programme = Programme.create(path, "CSV fuzz")
    programme.update_programme({"feedback_url_template": "https://example.gov.uk/say?card={code}"})
    session = add_session(programme, {"title": "Library"})
    plan = feedback.plan_cards(programme, session, 6)
    feedback.record_cards(programme, plan)
    yield programme, [c.code for c in plan.cards]
    programme.close()


cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            "25/02/2027 14:03",
            "2027-02-26T09:15:00Z",
            "44985.5",
            "=1+1",
            '"quoted, with comma"',
            "line\nbreak",
            "\x00",
            "﻿",
        ]
    ),
)


@st.composite
def csv_texts(draw, codes: list[str]) -> bytes:
    columns = draw(st.integers(1, 5))
    header = draw(st.lists(st.text(max_size=15), min_size=columns, max_size=columns))
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        row = draw(st.lists(cells, min_size=0, max_size=columns + 1))
        if row and draw(st.booleans()):
            code = draw(st.sampled_from(codes))
            row[0] = draw(
                st.sampled_from(
                    [code, code.lower(), f"https://example.gov.uk/say?card={code}", f" {code} "]
                )
            )
        rows.append(row)
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    quote = lambda v: '"' + v.replace('"', '""') + '"' if draw(st.booleans()) else v  # noqa: E731
    text = "\r\n".join(delimiter.join(quote(c) for c in r) for r in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


def _import_csv(programme: Programme, data: bytes) -> None:
    before = _dump(programme)
    try:
        feedback.import_responses_data(programme, data, "responses.csv")
    except WorkshopError as exc:
        _plain(exc)
        assert _dump(programme) == before, "a refused CSV must change nothing"


@FUZZ
@given(data=st.binary(max_size=2000))
def test_feedback_csv_arbitrary_bytes(printed, data):
    _count("feedback CSV (bytes)")
    _import_csv(printed[0], data)


@FUZZ
@given(st.data())
def test_feedback_csv_shaped_like_a_form_export(printed, data):
    _count("feedback CSV (form-shaped)")
    programme, codes = printed
    _import_csv(programme, data.draw(csv_texts(codes)))


# ----- the JSON record ('workshop export' / 'workshop import') ----------------------------------------


_record: list[dict[str, Any]] = []


def _demo_record() -> dict[str, Any]:
    if not _record:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "demo.workshop"
            with Programme.create(path) as p:
                write_demo(p)
                _record.append(json.loads(record.record_json(p)))
    return json.loads(json.dumps(_record[0]))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def mutated_records(draw) -> str:
    document = _demo_record()
    tables = [k for k, v in document.items() if isinstance(v, list) and v]
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["field", "drop-field", "drop-row", "drop-table", "top"]))
        table = draw(st.sampled_from(tables))
        rows = document.get(table)
        if not isinstance(rows, list) or not rows:
            continue
        row = rows[draw(st.integers(0, len(rows) - 1))]
        if how == "field" and isinstance(row, dict) and row:
            row[draw(st.sampled_from(sorted(row)))] = draw(json_values)
        elif how == "drop-field" and isinstance(row, dict) and row:
            row.pop(draw(st.sampled_from(sorted(row))))
        elif how == "drop-row":
            rows.remove(row)
        elif how == "drop-table":
            document.pop(table)
        else:
            document[draw(st.sampled_from(sorted(document)))] = draw(json_values)
    return json.dumps(document)


def _import_json(text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "record.json"
        source.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        target = Path(folder) / "imported.workshop"
        try:
            record.import_record(target, source)
        except WorkshopError as exc:
            _plain(exc)
            assert not target.exists(), "a refused import must not leave a file behind"
            return
        with Programme.open(target, read_only=True) as p:
            assert p.db.execute("PRAGMA foreign_key_check").fetchall() == []


@FUZZ
@given(data=st.one_of(st.binary(max_size=600), json_values.map(json.dumps)))
def test_json_import_of_anything(data):
    _count("JSON import (anything)")
    _import_json(data)


@HEAVY
@given(text=mutated_records())
def test_json_import_of_a_damaged_record(text):
    _count("JSON import (damaged record)")
    _import_json(text)


@HEAVY
@given(text=mutated_records())
def test_json_import_into_an_empty_programme_changes_nothing_when_refused(text):
    _count("JSON import into an existing file")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "empty.workshop"
        Programme.create(target, "").close()
        before = target.read_bytes()
        source = Path(folder) / "record.json"
        source.write_text(text, encoding="utf-8")
        try:
            record.import_record(target, source)
        except WorkshopError as exc:
            _plain(exc)
            assert target.read_bytes() == before


# ----- deck files ----------------------------------------------------------------------------------------


_BUILT_IN_DECK = decks.builtin_deck_paths()[0].read_text(encoding="utf-8")


@st.composite
def mutated_tomls(draw, original: str) -> str:
    lines = original.splitlines()
    for _ in range(draw(st.integers(1, 5))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["drop", "dup", "replace", "value"]))
        if how == "drop":
            lines.pop(at)
        elif how == "dup":
            lines.insert(at, lines[at])
        elif how == "replace":
            lines[at] = draw(st.text(max_size=40))
        elif "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            value = draw(
                st.sampled_from(
                    [
                        '""',
                        "3",
                        "[]",
                        "[1, 2]",
                        '"x"',
                        "true",
                        "{}",
                        '"""\n',
                        '["a", 2]',
                        "-1",
                        '"' + "z" * 300 + '"',
                    ]
                )
            )
            lines[at] = f"{key}= {value}"
    return "\n".join(lines)


@pytest.fixture(scope="module")
def deck_target(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz-deck") / "decks.workshop"
    programme = Programme.create(path, "Deck fuzz")
    yield programme
    programme.close()


def _read_deck(programme: Programme, text: str) -> None:
    try:
        deck = decks.parse_deck(text, "fuzzed.toml")
    except WorkshopError as exc:
        _plain(exc)
        return
    before = _dump(programme)
    try:
        decks.import_deck(programme, deck)
    except WorkshopError as exc:
        _plain(exc)
        assert _dump(programme) == before


@FUZZ
@given(text=st.one_of(st.text(max_size=300), mutated_tomls(_BUILT_IN_DECK)))
def test_deck_files(deck_target, text):
    _count("deck file")
    _read_deck(deck_target, text)


@FUZZ
@given(data=st.binary(max_size=500))
def test_deck_file_bytes(data):
    _count("deck file (bytes)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.toml"
        path.write_bytes(data)
        try:
            decks.load_deck(path)
        except WorkshopError as exc:
            _plain(exc)


# ----- session plans ---------------------------------------------------------------------------------------


_BUILT_IN_PLAN = sorted(session_plans.BUILT_IN_DIR.glob("*.toml"))[0].read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def plan_target(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz-plan") / "plans.workshop"
    programme = Programme.create(path, "Plan fuzz")
    session = add_session(programme, {"title": "Planned from a file"})
    yield programme, session
    programme.close()


# This test found that a list where a word is expected raised TypeError; fixed in 49a33b4.
@FUZZ
@given(text=st.one_of(st.text(max_size=300), mutated_tomls(_BUILT_IN_PLAN)))
def test_session_plans(plan_target, text):
    _count("session plan")
    programme, session = plan_target
    try:
        plan = session_plans.parse_plan(text, "fuzzed")
    except WorkshopError as exc:
        _plain(exc)
        return
    before = _dump(programme)
    try:
        session_plans.add_plan_to_session(programme, session, plan)
    except WorkshopError as exc:
        _plain(exc)
        assert _dump(programme) == before
