"""Whatever lands on disk with a .workshop name (random bytes, a half-copied file, a file
with flipped bytes) either opens or gives a clear error, and is never changed by trying.
The same for the other files the reliability commands read: merge's OTHER and restore's
BACKUP."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest
from fuzz_support import FUZZ, ExampleCounter
from hypothesis import given
from hypothesis import strategies as st

from workshop.cli import main
from workshop.core import backups, merge
from workshop.core.errors import WorkshopError
from workshop.core.store import Programme, inspect_file

HEADER = b"SQLite format 3\x00"

_count = ExampleCounter()
_report_counts = _count.report_fixture()


_demo: list[bytes] = []


def _demo_bytes() -> bytes:
    """The demo programme's bytes (made once; not a fixture, so hypothesis never prints
    a megabyte of it)."""
    if not _demo:
        from workshop.demo import write_demo

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "demo.workshop"
            with Programme.create(path) as p:
                write_demo(p)
            _demo.append(path.read_bytes())
    return _demo[0]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _try_open(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzzed.workshop"
        path.write_bytes(data)
        try:
            # The gate every front door (window, reliability commands) goes through first.
            inspect_file(path)
            programme = Programme.open(path)
        except WorkshopError as exc:
            message = str(exc)
            assert message and "\n" not in message and "Traceback" not in message
            assert path.read_bytes() == data, "a refused file must not be changed"
            return
        programme.close()  # a file that opens must close cleanly


programme_like = st.one_of(
    st.binary(max_size=4096),
    st.binary(max_size=4096).map(lambda tail: HEADER + tail),
)


@FUZZ
@given(data=programme_like)
def test_arbitrary_bytes_open_or_are_refused_unchanged(data):
    _count("arbitrary bytes as a programme file")
    _try_open(data)


@FUZZ
@given(cut=st.floats(min_value=0.0, max_value=0.999))
def test_a_half_copied_file_is_refused_unchanged(cut):
    demo_bytes = _demo_bytes()
    _count("half-copied programme file")
    _try_open(demo_bytes[: int(len(demo_bytes) * cut)])


@FUZZ
@given(
    flips=st.lists(st.tuples(st.floats(0.0, 0.999), st.integers(1, 255)), min_size=1, max_size=8)
)
def test_a_file_with_damaged_bytes_opens_or_is_refused_unchanged(flips):
    demo_bytes = _demo_bytes()
    _count("programme file with flipped bytes")
    data = bytearray(demo_bytes)
    for where, xor in flips:
        data[int(where * len(data))] ^= xor
    _try_open(bytes(data))


@FUZZ
@given(data=programme_like)
def test_merging_in_a_bad_file_changes_nothing(data):
    demo_bytes = _demo_bytes()
    _count("merge OTHER")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "ours.workshop"
        target.write_bytes(demo_bytes)
        other = Path(folder) / "theirs.workshop"
        other.write_bytes(data)
        with Programme.open(target) as programme:
            before = {t: programme.rows(t) for t in programme.table_names()}
            with pytest.raises(WorkshopError):
                merge.merge(programme, other, confirm_different=True)
            assert {t: programme.rows(t) for t in programme.table_names()} == before
        assert other.read_bytes() == data


@FUZZ
@given(data=programme_like)
def test_restoring_a_bad_backup_changes_nothing(data):
    demo_bytes = _demo_bytes()
    _count("restore BACKUP")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "ours.workshop"
        target.write_bytes(demo_bytes)
        bad = Path(folder) / "backup.workshop"
        bad.write_bytes(data)
        with pytest.raises(WorkshopError):
            backups.restore_backup(target, bad)
        assert target.read_bytes() == demo_bytes
        assert sorted(p.name for p in Path(folder).iterdir()) == [
            "backup.workshop",
            "ours.workshop",
        ]


def test_commands_on_a_damaged_file_exit_cleanly(tmp_path, capsys):
    demo_bytes = _demo_bytes()
    """The front door: every reliability command says one line and changes nothing."""
    damaged = tmp_path / "damaged.workshop"
    damaged.write_bytes(demo_bytes[: len(demo_bytes) // 3])
    good = tmp_path / "good.workshop"
    good.write_bytes(demo_bytes)
    before, good_before = _digest(damaged), _digest(good)
    for argv in (
        ["check", str(damaged)],
        ["backup", str(damaged)],
        ["purge", str(damaged), "--due"],
        ["purge", str(damaged), "--yes"],
        ["merge", str(damaged), str(good)],
        ["merge", str(good), str(damaged), "--yes"],
        ["restore", str(good), str(damaged)],
    ):
        _count("commands on a damaged file")
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("workshop: ") and err.count("\n") == 1, err
    assert _digest(damaged) == before and _digest(good) == good_before
    shutil.rmtree(tmp_path / "data", ignore_errors=True)
