"""`workshop pack`: the partner pack with its HTML copy, one session, internal, public."""

from __future__ import annotations

import io

from pypdf import PdfReader

from workshop.cli import main as cli
from workshop.core import boards
from workshop.core.store import Programme


def test_pack_command_writes_pdf_and_html(demo_path, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    with Programme.open(demo_path) as programme:
        board = programme.rows("exercises", "kind = 'board'", order_by="rowid")[0]
        column = boards.columns(programme, board["id"])[0]
        boards.add_note(
            programme, column["id"], "People won't come forward, said my friend Bartholomew"
        )
    assert cli(["pack", str(demo_path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "1 quote holds something that looks personal" in err
    assert "--accept-detected" in err
    assert not out.exists() and not out.with_suffix(".html").exists()
    assert cli(["pack", str(demo_path), "-o", str(out), "--accept-detected"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert out.with_suffix(".html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    said = capsys.readouterr().out
    assert "Wrote" in said
    assert "1 quote that looks personal was left out (not reviewed)." in said
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "my friend" not in " ".join(text.split())


def test_pack_for_one_session_and_internal(demo_path, tmp_path):
    with Programme.open(demo_path, read_only=True) as programme:
        session = programme.rows("sessions", order_by="starts_at")[0]
    out = tmp_path / "one.pdf"
    code = cli(
        [
            "pack",
            str(demo_path),
            "--session",
            session["id"],
            "--internal",
            "--no-html",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    assert not out.with_suffix(".html").exists()
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert session["title"] in reader.metadata.title
    assert "INTERNAL" in reader.pages[0].extract_text()


def test_public_pack_writes_pdf_and_accessible_html(demo_path, tmp_path, capsys):
    out = tmp_path / "public.pdf"
    assert cli(["pack", str(demo_path), "--public", "-o", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.metadata.title.startswith("You said, we did")
    html = out.with_suffix(".html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en-GB">' in html
    assert "<h1>You said, we did</h1>" in html
    assert '<th scope="col">' in html  # tables a screen reader can walk
    printed = capsys.readouterr().out
    assert f"Wrote {out}" in printed and f"Wrote {out.with_suffix('.html')}" in printed


def test_public_pack_without_html(demo_path, tmp_path):
    out = tmp_path / "published" / "public.pdf"
    out.parent.mkdir()
    assert cli(["pack", str(demo_path), "--public", "--no-html", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == ["public.pdf"]


def test_bad_input_exits_2_and_writes_nothing(demo_path, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    assert cli(["pack", str(demo_path), "--session", "nope", "-o", str(out)]) == 2
    assert "no session with id nope" in capsys.readouterr().err
    assert cli(["pack", str(demo_path), "-o", str(tmp_path / "pack.txt")]) == 2
    assert cli(["pack", str(tmp_path / "missing.workshop"), "-o", str(out)]) == 2
    assert list(tmp_path.iterdir()) == [demo_path] or not out.exists()
    assert not out.exists()
