"""The partner pack and the public "You said, we did" document are one pipeline: both
are built as the shared blocks and printed by the same PDF and HTML renderers."""

import ast
import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

import workshop.export
from workshop.core.privacy import PARTNER
from workshop.export.document import html, model, pdf
from workshop.export.document.styles import REPORT, RUNNING_TEXT
from workshop.export.pack import build_pack, build_pack_html, document_from
from workshop.export.pack.build import SECTIONS
from workshop.export.public_pack import (
    build_public_pack,
    build_public_pack_html,
    public_document,
)

SHARED_BLOCKS = (
    model.Heading,
    model.Para,
    model.Bullets,
    model.Table,
    model.BarChart,
    model.Picture,
    model.NewPage,
    model.Group,
)


def _blocks(blocks):
    for block in blocks:
        yield block
        if isinstance(block, model.Group):
            yield from _blocks(block.blocks)


def test_both_documents_are_built_from_the_shared_blocks(demo):
    partner = document_from(demo, audience=PARTNER, today="2027-07-01")
    public = public_document(demo, date(2027, 7, 1))
    for document, layout in ((partner, REPORT), (public, RUNNING_TEXT)):
        assert isinstance(document, model.Document)
        assert document.layout is layout
        blocks = list(_blocks(document.cover + document.sections))
        assert blocks
        for block in blocks:
            assert type(block) in SHARED_BLOCKS, block
    # Labelled lines and kept-together points are shared block features, not the
    # public document's own.
    public_blocks = list(_blocks(public.sections))
    assert any(isinstance(b, model.Group) for b in public_blocks)
    assert any(isinstance(b, model.Para) and b.label == "Why:" for b in public_blocks)


def test_both_pdfs_are_laid_out_by_the_one_document_template(demo, monkeypatch):
    laid_out: list[tuple[str, str]] = []
    before = pdf.PagedDocument.beforeDocument

    def record(self):
        laid_out.append((self.title, self.footer))
        before(self)

    monkeypatch.setattr(pdf.PagedDocument, "beforeDocument", record)
    partner = build_pack(demo, invariant=True)
    public = build_public_pack(demo, invariant=True)
    titles = {title for title, _ in laid_out}
    assert PdfReader(io.BytesIO(partner)).metadata.title in titles
    assert PdfReader(io.BytesIO(public)).metadata.title in titles
    assert any(title.startswith("You said, we did: ") for title in titles)
    assert len(titles) == 2


def test_both_html_copies_come_from_the_one_html_renderer(demo):
    partner = build_pack_html(demo, today="2027-07-01")
    public = build_public_pack_html(demo)
    for page in (partner, public):
        assert f"<style>{html.CSS}</style>" in page
        assert "<header><h1>" in page and "<main>" in page
    # Only the report lists its headings in a contents list.
    assert '<nav aria-labelledby="contents">' in partner
    assert "<nav" not in public


def test_workshop_export_has_one_document_template():
    """Card layouts (decks, feedback cards) draw on a canvas; anything that prints running
    text goes through `document.pdf.PagedDocument`."""
    templates = []
    for path in Path(workshop.export.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = [ast.unparse(base) for base in node.bases]
                if any(base.endswith("DocTemplate") for base in bases):
                    templates.append((path.name, node.name))
    assert templates == [("pdf.py", "PagedDocument")]


def test_pack_sections_are_plain_functions():
    assert len(SECTIONS) == 14  # the summary first, the equality appendix among them
    assert all(callable(section) for section in SECTIONS)
    source = (Path(workshop.export.__file__).parent / "pack" / "build.py").read_text()
    assert "importlib" not in source and "ImportError" not in source
