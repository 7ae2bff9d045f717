"""The glossary of key terms in plain English (value 9d)."""

from __future__ import annotations

from workshop.core import glossary as glossary_core
from workshop.export.pack.model import Block, Heading, PackContext, Para, Table


def glossary(ctx: PackContext) -> list[Block]:
    if not ctx.has_tables("glossary"):
        return []
    # `terms` reads without writing: the built-in glossary until the programme has its own.
    terms = glossary_core.terms(ctx.programme)
    if not terms:
        return []
    return [
        Heading("Words we used, in plain English"),
        Para("These are the terms we explained at the start of each session."),
        Table(["Term", "What it means"], [[t.term, t.meaning] for t in terms], widths=[2.2, 7]),
    ]
