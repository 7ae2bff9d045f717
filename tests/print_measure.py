"""Reading type sizes and page use back from a printed PDF, as a reader would meet them.

A "run" is three or more characters in a row, with no space, set at one size (a word,
or the part of a word in one font): a lone digit or bullet is not something to read.
Sizes are pdfium's, which include any scaling of the page, so a card drawn scaled down
reports the size that prints.
"""

from __future__ import annotations

import ctypes
import statistics
from dataclasses import dataclass

import pypdfium2
import pypdfium2.raw as pdfium


@dataclass(frozen=True)
class Run:
    page: int
    text: str
    size: float
    left: float
    bottom: float
    right: float
    top: float
    bold: bool


def _run(page: int, chars: list, size: float | None) -> list[Run]:
    if len(chars) < 3 or size is None:
        return []
    boxes = [box for _, box, _ in chars]
    return [
        Run(
            page,
            "".join(ch for ch, _, _ in chars),
            size,
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
            chars[0][2],
        )
    ]


def text_runs(pdf: bytes) -> list[Run]:
    document = pypdfium2.PdfDocument(pdf)
    out: list[Run] = []
    try:
        for page_index in range(len(document)):
            textpage = document[page_index].get_textpage()
            current: list = []
            size = None
            for i in range(textpage.count_chars()):
                code = pdfium.FPDFText_GetUnicode(textpage, i)
                ch = chr(code)
                char_size = round(pdfium.FPDFText_GetFontSize(textpage, i), 2)
                if ch.isspace() or code in (0, 0xFFFE, 0xFFFF):
                    out += _run(page_index, current, size)
                    current, size = [], None
                    continue
                if size is not None and abs(char_size - size) > 0.01:
                    out += _run(page_index, current, size)
                    current = []
                buffer = ctypes.create_string_buffer(128)
                flags = ctypes.c_int()
                pdfium.FPDFText_GetFontInfo(textpage, i, buffer, 128, ctypes.byref(flags))
                bold = "Bold" in buffer.value.decode(errors="replace")
                current.append((ch, textpage.get_charbox(i), bold))
                size = char_size
            out += _run(page_index, current, size)
    finally:
        document.close()
    return out


def smallest(runs: list[Run]) -> float:
    return min(run.size for run in runs)


def median_size(runs: list[Run]) -> float:
    """The size at which half the characters are set (each character counts once)."""
    return statistics.median(run.size for run in runs for _ in run.text)


def body_size(runs: list[Run]) -> float:
    """The size most of the text is set in (by characters): the body."""
    counts: dict[float, int] = {}
    for run in runs:
        counts[run.size] = counts.get(run.size, 0) + len(run.text)
    return max(counts, key=counts.get)


def summary(runs: list[Run]) -> str:
    return (
        f"smallest {smallest(runs)} pt, median {median_size(runs)} pt, "
        f"body {body_size(runs)} pt over {len(runs)} runs"
    )


def too_small(runs: list[Run], minimum: float) -> list[str]:
    """What is printed under `minimum` points, for an assertion message."""
    return [f"p{r.page + 1} {r.size}pt {r.text!r}" for r in runs if r.size < minimum - 0.01]
