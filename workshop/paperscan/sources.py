"""The pages of the files a facilitator brings in: PDFs from an office scanner (every
page drawn at 200 dpi) and photos from a phone (JPEG, PNG), as greyscale pictures."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

from workshop.core.errors import ValidationError

DPI = 200
# A phone photo is larger than a 200 dpi scan of the page needs: longer edge at most this.
LONGEST_EDGE = 2800
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png"}
SUFFIXES = {".pdf", *PHOTO_SUFFIXES}


def read_source(path: Path) -> bytes:
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ValidationError(
            "{file} is not a PDF, JPEG or PNG. Scan to PDF, or photograph the cards.",
            file=path.name,
        )
    try:
        return path.read_bytes()
    except OSError:
        raise ValidationError(
            "{file} could not be read. Check it exists and is not open elsewhere.",
            file=path.name,
        ) from None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def page_count(data: bytes, name: str) -> int:
    if name.lower().endswith(".pdf"):
        import pypdfium2

        try:
            return len(pypdfium2.PdfDocument(data))
        except pypdfium2.PdfiumError:
            raise ValidationError(
                "{file} is not a PDF that can be read. Scan it again.", file=name
            ) from None
    return 1


def pages(data: bytes, name: str, skip: set[int] = frozenset()) -> Iterator[tuple[int, object]]:
    """(page number from 1, greyscale PIL image) for each page of one file; None instead
    of the picture for the pages in `skip` (kept from an earlier scan: not drawn again)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if name.lower().endswith(".pdf"):
        import pypdfium2

        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            raise ValidationError(
                "{file} is not a PDF that can be read. Scan it again.", file=name
            ) from None
        try:
            for index in range(len(document)):
                if index + 1 in skip:
                    yield index + 1, None
                    continue
                page = document[index]
                bitmap = page.render(scale=DPI / 72, grayscale=True)
                yield index + 1, bitmap.to_pil().convert("L")
                page.close()
        finally:
            document.close()
        return
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError):
        raise ValidationError(
            "{file} is not a picture that can be read. Photograph the card again.", file=name
        ) from None
    if 1 in skip:
        yield 1, None
        return
    image = ImageOps.exif_transpose(image).convert("L")
    longest = max(image.size)
    if longest > LONGEST_EDGE:
        ratio = LONGEST_EDGE / longest
        image = image.resize(
            (round(image.width * ratio), round(image.height * ratio)), Image.Resampling.BILINEAR
        )
    yield 1, image
