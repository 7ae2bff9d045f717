"""The summary pack for partners: its sections build the shared document blocks
(`workshop.export.document`), printed as a PDF with an accessible HTML copy beside it."""

from workshop.export.pack.build import (
    build_pack,
    build_pack_html,
    document_from,
    pack_document,
    write_pack,
)

__all__ = ["build_pack", "build_pack_html", "document_from", "pack_document", "write_pack"]
