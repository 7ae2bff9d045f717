"""One way to write a file whole or not at all, shared by the core and every export."""

import os

import pytest

from workshop.core import decks
from workshop.core.files import FileWriteError, built_beside, write_atomically
from workshop.export import deck_pdf, public_pack
from workshop.export.pack import build as pack_build


def test_a_full_disk_leaves_the_old_deck_file_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "estate.toml"
    path.write_text("the old deck", encoding="utf-8")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(FileWriteError, match="No space left"):
        decks.save_deck(decks.builtin_deck(), path)
    assert path.read_text(encoding="utf-8") == "the old deck"
    assert [p.name for p in tmp_path.iterdir()] == ["estate.toml"]
    monkeypatch.undo()
    decks.save_deck(decks.builtin_deck(), path)
    assert decks.load_deck(path).title == decks.builtin_deck().title


def test_exports_use_the_same_writer():
    for export in (deck_pdf, public_pack, pack_build):
        assert export.write_atomically is write_atomically


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(FileWriteError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "pack.pdf", b"%PDF")


def test_a_file_built_beside_moves_in_only_when_complete(tmp_path):
    target = tmp_path / "new.workshop"
    with pytest.raises(RuntimeError), built_beside(target) as temp:
        temp.write_bytes(b"half")
        temp.with_name(temp.name + "-wal").write_bytes(b"log")
        raise RuntimeError("the builder failed")
    assert list(tmp_path.iterdir()) == []
    with built_beside(target) as temp:
        temp.write_bytes(b"whole")
    assert [p.name for p in tmp_path.iterdir()] == ["new.workshop"]
    assert target.read_bytes() == b"whole"
