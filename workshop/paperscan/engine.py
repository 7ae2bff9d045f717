"""Finding the printed codes on a page and cropping what was written around each.

zxing-cpp finds every QR code on the page, whichever way up (a QR code's three finder
squares give its own orientation), and gives its four corners in the symbol's own order.
The mark's printed size and where the writing sits around it (`core.paper_marks`) then
give an affine map from millimetres on the paper to pixels on the page; the crop is
drawn back through it, so it comes out upright and straight whatever the skew. A photo
at an angle is not quite affine: the crop keeps a few millimetres of slack.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workshop.core import paper_marks
from workshop.core.scans import (
    FoundCode,
    Matcher,
    ScannedPage,
    ScanReport,
    keep_pages,
    pages_scanned,
)
from workshop.core.store import Programme
from workshop.paperscan import sources

# Pixels a millimetre in a crop (about 150 dpi): handwriting stays easy to read.
CROP_PX_PER_MM = 6.0
# A page kept for typing its code by hand: about 100 dpi.
PAGE_PX_PER_MM = 4.0
JPEG_QUALITY = 70

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Mark:
    text: str
    # The symbol's corners in page pixels, in the symbol's own order.
    top_left: tuple[float, float]
    top_right: tuple[float, float]
    bottom_right: tuple[float, float]
    bottom_left: tuple[float, float]

    def frame(self) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
        """(centre, x axis, y axis) in pixels a millimetre: the least-squares affine map
        of the symbol's square onto its four corners."""
        s = paper_marks.SYMBOL_MM
        tl, tr, br, bl = self.top_left, self.top_right, self.bottom_right, self.bottom_left
        centre = (sum(p[0] for p in (tl, tr, br, bl)) / 4, sum(p[1] for p in (tl, tr, br, bl)) / 4)
        u = ((tr[0] - tl[0] + br[0] - bl[0]) / (2 * s), (tr[1] - tl[1] + br[1] - bl[1]) / (2 * s))
        v = ((bl[0] - tl[0] + br[0] - tr[0]) / (2 * s), (bl[1] - tl[1] + br[1] - tr[1]) / (2 * s))
        return centre, u, v

    def to_page(self, x_mm: float, y_mm: float) -> tuple[float, float]:
        (cx, cy), u, v = self.frame()
        dx, dy = x_mm - paper_marks.SYMBOL_MM / 2, y_mm - paper_marks.SYMBOL_MM / 2
        return cx + u[0] * dx + v[0] * dy, cy + u[1] * dx + v[1] * dy

    def to_mark(self, px: float, py: float) -> tuple[float, float]:
        """A page pixel in this mark's millimetres (the inverse of `to_page`)."""
        (cx, cy), u, v = self.frame()
        det = u[0] * v[1] - v[0] * u[1]
        dx, dy = px - cx, py - cy
        x = (v[1] * dx - v[0] * dy) / det
        y = (-u[1] * dx + u[0] * dy) / det
        return x + paper_marks.SYMBOL_MM / 2, y + paper_marks.SYMBOL_MM / 2


def find_marks(image) -> list[Mark]:
    """Every QR code zxing-cpp can read on the page (a second, differently thresholded
    look when the first finds none: a dark or shadowed photo)."""
    import zxingcpp
    from PIL import ImageOps

    def read(picture, binarizer):
        return zxingcpp.read_barcodes(
            picture, formats=zxingcpp.BarcodeFormat.QRCode, binarizer=binarizer
        )

    found = read(image, zxingcpp.Binarizer.LocalAverage)
    if not found:
        found = read(ImageOps.autocontrast(image, cutoff=1), zxingcpp.Binarizer.GlobalHistogram)
    marks = []
    for result in found:
        p = result.position
        marks.append(
            Mark(
                result.text,
                (p.top_left.x, p.top_left.y),
                (p.top_right.x, p.top_right.y),
                (p.bottom_right.x, p.bottom_right.y),
                (p.bottom_left.x, p.bottom_left.y),
            )
        )
    return marks


def crop(image, mark: Mark, area: paper_marks.Area):
    """The area around `mark` (mm from its top-left corner), straightened: upright,
    CROP_PX_PER_MM pixels a millimetre, white where it runs off the page."""
    from PIL import Image

    k = CROP_PX_PER_MM
    (cx, cy), u, v = mark.frame()
    half = paper_marks.SYMBOL_MM / 2
    left, top = area.left - half, area.top - half
    coefficients = (
        u[0] / k,
        v[0] / k,
        cx + u[0] * left + v[0] * top,
        u[1] / k,
        v[1] / k,
        cy + u[1] * left + v[1] * top,
    )
    size = (max(1, round(area.width * k)), max(1, round(area.height * k)))
    return image.transform(
        size, Image.Transform.AFFINE, coefficients, Image.Resampling.BILINEAR, fillcolor=255
    )


def _jpeg(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def _area_on_page(mark: Mark, area: paper_marks.Area, others: list[Mark]) -> paper_marks.Area:
    """A form's area stops above the next form's heading on the same page (evaluation
    slips are printed three a page)."""
    bottom = area.bottom
    for other in others:
        if other is mark:
            continue
        x, y = mark.to_mark(*other.to_page(0, 0))
        if y > paper_marks.SYMBOL_MM and area.left <= x <= area.right:
            bottom = min(bottom, y - paper_marks.FORM_HEAD_MM + paper_marks.SLACK_MM)
    return paper_marks.Area(area.left, area.top, area.right, bottom)


def read_page(number: int, image, matcher: Matcher) -> ScannedPage:
    """One page: its marks matched and cropped; the page's own picture only when none
    of our codes could be read on it (the facilitator then types the code)."""
    page = ScannedPage(number)
    marks = find_marks(image)
    ours = []
    for mark in marks:
        if mark.text.startswith(("http://", "https://")):
            page.fronts += 1  # a card's front: nothing written on it
            continue
        match = matcher.match(mark.text)
        if match is None:
            page.unreadable_marks += 1
            continue
        ours.append((mark, match))
    form_marks = [m for m, match in ours if match.kind != paper_marks.CARD]
    for mark, match in ours:
        area = match.area()
        if match.kind != paper_marks.CARD:
            area = _area_on_page(mark, area, form_marks)
        picture = crop(image, mark, area.grown(paper_marks.SLACK_MM))
        page.found.append(FoundCode(match, _jpeg(picture)))
    if not page.found and not page.fronts:
        ratio = PAGE_PX_PER_MM * 25.4 / sources.DPI
        small = image.resize(
            (max(1, round(image.width * ratio)), max(1, round(image.height * ratio)))
        )
        page.picture = _jpeg(small)
    return page


def scan_files(
    programme: Programme, paths: list[Path], progress: Progress | None = None
) -> ScanReport:
    """Read every page of every file, match and crop, and keep what is new (a file scanned
    before adds nothing). Each file is kept in one transaction."""
    files = [(Path(p), sources.read_source(Path(p))) for p in paths]  # all readable first
    counts = [sources.page_count(data, path.name) for path, data in files]
    total = max(1, sum(counts))
    matcher = Matcher(programme)
    report = ScanReport()
    done = 0
    for (path, data), count in zip(files, counts, strict=True):
        digest = sources.digest(data)
        already = pages_scanned(programme, digest)
        pages = []
        for number, image in sources.pages(data, path.name, skip=already):
            if image is None:
                pages.append(ScannedPage(number))  # counted, not read again
            else:
                pages.append(read_page(number, image, matcher))
            done += 1
            if progress:
                progress(done / total, f"Reading {path.name}, page {number} of {count}")
        keep_pages(programme, matcher, digest, path.name, pages, report)
    return report
