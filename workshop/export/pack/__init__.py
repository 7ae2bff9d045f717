"""The summary pack for partners: a PDF (`build.build_pack`) and, from the same blocks,
an accessible HTML copy (`workshop.export.pack_html`)."""

from workshop.export.pack.build import build_pack, pack_document, write_pack

__all__ = ["build_pack", "pack_document", "write_pack"]
