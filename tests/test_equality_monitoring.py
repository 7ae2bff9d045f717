"""Small numbers in the equality appendix: counts of 1 to 4 show as "fewer than 5", and
secondary suppression stops a hidden number being worked out from a printed total. The
partner pack's appendix is read back from the PDF."""

from __future__ import annotations

import itertools
import random

from pypdf import PdfReader

from workshop.core import monitoring
from workshop.core.disclosure import (
    FEWER,
    NOT_SHOWN,
    TOTAL,
    CrossTable,
    cross_table,
    safe,
    suppress,
)
from workshop.export.document.pdf import render_pdf
from workshop.export.pack.build import pack_document


def _table(grid: list[list[int]]) -> CrossTable:
    rows = [f"r{i}" for i in range(len(grid))]
    columns = [f"c{j}" for j in range(len(grid[0]))]
    counts = {(rows[i], columns[j]): v for i, row in enumerate(grid) for j, v in enumerate(row)}
    return CrossTable(rows, columns, counts)


def test_one_small_cell_in_a_row_takes_a_second_with_it():
    table = suppress(_table([[12, 3, 20], [15, 9, 30]]))
    assert table.shown("r0", "c1") == FEWER
    # Row r0: 35 total less 12 and 20 would give the 3; the 12 is hidden too.
    assert table.shown("r0", "c0") == NOT_SHOWN
    # Column c1: 12 less 9 would give the 3; the 9 goes; then row r1 needs a second one.
    assert table.shown("r1", "c1") == NOT_SHOWN
    assert table.shown("r1", "c0") == NOT_SHOWN
    assert table.shown("r0", "c2") == "20" and table.shown(TOTAL, TOTAL) == "89"
    assert safe(table)


def test_a_small_total_hides_with_its_small_cell():
    table = suppress(_table([[3, 0], [10, 8]]))
    assert table.shown("r0", "c0") == FEWER and table.shown("r0", TOTAL) == FEWER
    # Column c0 then holds one hidden part (the 3) against its total 13: another goes.
    assert table.shown("r1", "c0") == NOT_SHOWN
    assert safe(table)


def test_nothing_hidden_when_nothing_is_small():
    table = suppress(_table([[5, 0], [10, 8]]))
    assert not table.small and not table.secondary
    assert safe(table)


def test_random_tables_are_always_safe_and_hide_every_small_number():
    rng = random.Random(5)
    for _ in range(400):
        rows, cols = rng.randint(1, 6), rng.randint(1, 6)
        grid = [
            [rng.choice([0, 0, 1, 2, 3, 4, 5, 7, 12, 30]) for _ in range(cols)] for _ in range(rows)
        ]
        table = suppress(_table(grid))
        assert safe(table), grid
        for r, c in itertools.product([*table.rows, TOTAL], [*table.columns, TOTAL]):
            value = table.value(r, c)
            if 0 < value < 5:
                assert table.shown(r, c) == FEWER
            elif table.shown(r, c) != NOT_SHOWN:
                assert table.shown(r, c) == str(value)


def test_a_hidden_cell_cannot_be_worked_out_from_any_one_line():
    # The attack secondary suppression stops: one line's total less its shown numbers.
    rng = random.Random(9)
    for _ in range(200):
        grid = [[rng.choice([0, 1, 2, 6, 9]) for _ in range(4)] for _ in range(4)]
        table = suppress(_table(grid))
        for line in table.lines():
            hidden = [cell for cell in line if table.hidden(*cell)]
            assert len(hidden) != 1


def test_cross_table_counts_pairs():
    table = cross_table(["a", "b"], ["x"], [("a", "x"), ("a", "x"), ("b", "x")])
    assert table.value("a", "x") == 2 and table.value(TOTAL, TOTAL) == 3


def _text(data: bytes, tmp_path) -> str:
    path = tmp_path / "pack.pdf"
    path.write_bytes(data)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_partner_pack_has_an_equality_appendix_with_small_numbers_hidden(demo, tmp_path):
    forms = monitoring.returns(demo, monitoring.MONITORING)
    slips = monitoring.returns(demo, monitoring.EVALUATION)
    assert len(forms) >= 40 and len(slips) >= 40
    # Four disabled people who are online only with help: a number to hide.
    session_id = forms[0]["session_id"]
    codes = monitoring.form_codes(monitoring.MONITORING, session_id, 4, first=300)
    for code in codes:
        monitoring.record_return(demo, code, {"disability": 1, "digital_access": 2})
    partner = _text(render_pdf(pack_document(demo, today="2027-07-01")), tmp_path)
    start = partner.index("Equality appendix")
    appendix = partner[start:]
    assert f"{len(forms) + 4} people filled in an anonymous equality monitoring form" in appendix
    assert "Where disadvantages overlap" in appendix
    assert "fewer than 5" in appendix and "not shown" in appendix
    assert "Did you feel listened to?" in appendix
    # The overlap table: the number of disabled people online only with help or not at all
    # is on the internal pack, and its cell in the partner pack is never a number under 5.
    disabled_excluded = sum(
        1
        for f in monitoring.returns(demo, monitoring.MONITORING)
        if monitoring.is_disabled(f) and monitoring.is_digitally_excluded(f)
    )
    assert disabled_excluded >= 4
    internal = _text(
        render_pdf(pack_document(demo, audience="internal", today="2027-07-01")), tmp_path
    )
    assert "Equality appendix" in internal
    assert "fewer than 5" not in internal[internal.index("Equality appendix") :]
