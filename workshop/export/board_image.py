"""A board as a PNG picture at print resolution, drawn with Pillow (no Qt), for the
summary pack and for saving from the board screen.

The picture shows the same layout as the screen: columns, themes with their titles, notes
with their words, colour names, dots and numbers, and a "Significant" mark that does not
rely on colour.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache

from PIL import Image, ImageDraw, ImageFont, features

from workshop.core import boards
from workshop.core.store import Programme
from workshop.export.bidi_text import Run, base_is_rtl, isolate, line_runs
from workshop.export.fonts import ARABIC, ARABIC_BOLD, FONTS_DIR, SANS, SANS_BOLD

SCREEN_DPI = 96  # one board unit is one pixel at 100% on screen
MAX_SIDE = 12000  # keep a huge board's picture a size printers and PDFs can take
MARGIN = 24
INK = (20, 20, 20)
MUTED = (70, 70, 70)
FLAG = (176, 0, 32)

# The type sizes in the picture, in board units (one unit is a pixel on screen at 100%,
# 0.75 pt): printed at `s` points a unit, text of `u` units prints at u * s points.
TEXT_SIZES = {
    "column title": 17,
    "theme title": 15,
    "note": 13,
    "dots": 13,
    "column prompt": 12,
    "note footer": 11,
}
SMALLEST_TEXT = min(TEXT_SIZES.values())


def pixel_size(units: float, scale: float) -> int:
    """The font size in pixels of text `units` board units tall, `scale` pixels a unit."""
    return max(6, int(units * scale))


_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}


@cache
def _font(size: int, bold: bool = False, arabic: bool = False) -> ImageFont.FreeTypeFont:
    name = (ARABIC_BOLD if bold else ARABIC) if arabic else (SANS_BOLD if bold else SANS)
    return font_file(name, size)


@cache
def font_file(name: str, size: int) -> ImageFont.FreeTypeFont:
    """The Pillow font for one of the print fonts (`fonts.SANS`, `fonts.ARABIC`, …)."""
    return ImageFont.truetype(str(FONTS_DIR / _FILES[name]), max(6, size))


def _hex(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


# Pillow built with libraqm (its Linux and macOS wheels) shapes each run itself (and
# places harakat over their letters), so it is given a run in typed order with its
# direction; without libraqm (Windows wheels ship no FriBiDi) it draws characters in the
# order given, so it gets the run in drawing order with joined letters. Either way the
# order of the runs in a line is ours (`bidi_text.line_runs`), after wrapping.
PILLOW_SHAPES_TEXT = features.check_feature("raqm")


def for_drawing(run: Run) -> tuple[str, str | None]:
    """One run of a line as Pillow must be given it, and the direction to tell it."""
    if PILLOW_SHAPES_TEXT:
        return run.typed, "rtl" if run.rtl else "ltr"
    return run.shown, None


def _run_width(run: Run, size: int) -> float:
    text, direction = for_drawing(run)
    return font_file(run.font, size).getlength(text, direction=direction)


def line_width(line: str, size: int, bold: bool = False) -> float:
    return sum(_run_width(run, size) for run in line_runs(line, base_is_rtl(line), bold))


def wrap_lines(text: str, size: int, width: float, max_lines: int, bold: bool = False) -> list[str]:
    """`text` in at most `max_lines` lines that fit `width`, in reading (logical) order.

    Each trial line is measured as it will be drawn (a font per run, letters joined),
    but lines are broken before they are reordered: reordering first would start the
    first line with the paragraph's last words.
    """
    rtl = base_is_rtl(text)

    def length(line: str) -> float:
        return line_width(line, size, bold)

    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in _pieces(paragraph.split(), length, width):
            trial = f"{line} {word}".strip()
            if length(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    if len(lines) > max_lines:
        more = "..." if rtl else "…"
        lines = lines[:max_lines]
        last = lines[-1]
        while last and length(last + more) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + more
    return lines


_DIRECTION_MARKS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _pieces(words: list[str], length, width: float) -> list[str]:
    """The words, each one too long for a line on its own (a long Welsh place name)
    broken into pieces that fit, so nothing runs off the note."""
    out = []
    for word in words:
        # A word holding direction marks (half of an isolated label) is never that long.
        if _DIRECTION_MARKS.intersection(word):
            out.append(word)
            continue
        while len(word) > 1 and length(word) > width:
            cut = len(word) - 1
            while cut > 1 and length(word[:cut]) > width:
                cut -= 1
            out.append(word[:cut])
            word = word[cut:]
        out.append(word)
    return out


def drawn_lines(
    text: str, size: int, width: float, max_lines: int, bold: bool = False
) -> tuple[list[list[Run]], bool]:
    """`text` wrapped, each line as its runs in drawing order (left to right), and
    whether it reads right to left (its first strong letter)."""
    rtl = base_is_rtl(text)
    lines = wrap_lines(text, size, width, max_lines, bold)
    return [line_runs(line, rtl, bold) for line in lines], rtl


def lines_that_fit(height: float, size: int, line_height: float) -> int:
    """How many lines of `size` fit in `height` when the last one's descenders (deep in
    Naskh) must stay inside."""
    return max(1, int((height - 1.45 * size) // line_height) + 1)


def _draw_lines(
    draw: ImageDraw.ImageDraw,
    box: tuple[float, float, float],
    text: str,
    size: int,
    line_height: float,
    max_lines: int,
    fill,
    bold: bool = False,
) -> int:
    """Draw `text` wrapped in a box (left, top, width, in pixels); right-to-left
    paragraphs are set against the right edge. Every run is drawn in a font that has its
    letters, on one baseline per line. Returns the number of lines drawn."""
    left, top, width = box
    lines, rtl = drawn_lines(text, size, width, max_lines, bold)
    for i, runs in enumerate(lines):
        widths = [_run_width(run, size) for run in runs]
        x = left + width - sum(widths) if rtl else left
        baseline = top + size * 1.05 + i * line_height
        for run, run_width in zip(runs, widths, strict=True):
            shown, direction = for_drawing(run)
            font = font_file(run.font, size)
            draw.text((x, baseline), shown, font=font, fill=fill, direction=direction, anchor="ls")
            x += run_width
    return len(lines)


def _dots(draw: ImageDraw.ImageDraw, right: float, y: float, votes: int, s: float) -> None:
    """Up to five dots then the number: readable in grey print as well as colour."""
    if votes <= 0:
        return
    label = str(votes)
    font = _font(pixel_size(TEXT_SIZES["dots"], s), True)
    x = right - font.getlength(label)
    draw.text((x, y), label, font=font, fill=INK)
    r = 5 * s
    for i in range(min(votes, 5)):
        cx = x - 8 * s - i * (2 * r + 3 * s) - r
        draw.ellipse((cx - r, y + 2 * s, cx + r, y + 2 * s + 2 * r), fill=INK)


def board_png(
    programme: Programme, exercise_id: str, dpi: int = 300, compress_level: int = 6
) -> bytes:
    """The board of one exercise as PNG bytes, `dpi` dots per inch when printed at the
    size the board has on screen at 100% (very large boards are scaled down).
    `compress_level` is zlib's (1 fastest; 6, Pillow's default, about 10% smaller)."""
    cols = boards.columns(programme, exercise_id)
    notes = boards.notes(programme, exercise_id)
    themes = boards.clusters(programme, exercise_id)
    width, height = boards.board_extent(programme, exercise_id)
    image, _, _ = _draw(cols, notes, themes, width, height, dpi)
    return _png(image, dpi, compress_level)


@dataclass(frozen=True)
class ColumnPicture:
    """One column of a board drawn on its own, for print: the column's header, its notes
    and the themes (or the part of them) in it."""

    png: bytes
    width: int
    height: int
    # Pixel rows where the picture can be cut over two pages without cutting a note (or a
    # theme's title) in two, top to bottom.
    cuts: tuple[int, ...]
    # The pixel rows of the column's header at the top, to print again above a continuation.
    header: int
    # Pixels a board unit.
    scale: float


def column_picture(
    programme: Programme, exercise_id: str, column_id: str, dpi: int = 300
) -> ColumnPicture:
    """One column of the board, drawn as on screen, `dpi` dots per inch at its size on
    screen at 100%."""
    column = next(c for c in boards.columns(programme, exercise_id) if c["id"] == column_id)
    notes = [n for n in boards.notes(programme, exercise_id) if n["column_id"] == column_id]
    in_column = {n["cluster_id"] for n in notes}
    themes = [t for t in boards.clusters(programme, exercise_id) if t["id"] in in_column]
    bottom = max([n["y"] for n in notes] + [0.0])
    height = max(bottom + boards.NOTE_H + boards.GAP, boards.HEADER_H + boards.NOTE_H + boards.GAP)
    image, s, (_, oy) = _draw([column], notes, themes, boards.LANE_W, height, dpi)
    # Cut between rows of notes: above a note (or a theme's frame), never through a note or
    # a theme's title.
    frames = {
        t["id"]: boards.cluster_frame(t, [n for n in notes if n["cluster_id"] == t["id"]], {})
        for t in themes
    }
    solid = [(n["y"], n["y"] + boards.NOTE_H) for n in notes] + [
        (f[1], f[1] + boards.CLUSTER_TITLE_H + boards.CLUSTER_PAD) for f in frames.values()
    ]
    tops = {n["y"] - boards.GAP / 2 for n in notes} | {f[1] - 4 for f in frames.values()}
    cuts = sorted(
        int((y + oy) * s)
        for y in tops
        if y > boards.HEADER_H + boards.GAP and not any(a < y < b for a, b in solid)
    )
    return ColumnPicture(
        _png(image, dpi),
        image.width,
        image.height,
        tuple(cuts),
        int((boards.HEADER_H - 4 + oy) * s),
        s,
    )


def _png(image: Image.Image, dpi: int, compress_level: int = 6) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), optimize=False, compress_level=compress_level)
    return out.getvalue()


def _draw(
    cols: list[dict],
    notes: list[dict],
    themes: list[dict],
    width: float,
    height: float,
    dpi: int,
) -> tuple[Image.Image, float, tuple[float, float]]:
    """The columns (side by side), themes and notes drawn; the picture, its pixels a board
    unit and the board's origin in it (board units)."""
    lefts = boards.column_lefts(cols)
    frames = {
        c["id"]: boards.cluster_frame(c, [n for n in notes if n["cluster_id"] == c["id"]], lefts)
        for c in themes
    }
    min_x = min([0.0] + [f[0] for f in frames.values()])
    min_y = min([0.0] + [f[1] for f in frames.values()])
    max_x = max([width] + [f[0] + f[2] for f in frames.values()])
    max_y = max([height] + [f[1] + f[3] for f in frames.values()])
    s = dpi / SCREEN_DPI
    span = max(max_x - min_x, max_y - min_y) + 2 * MARGIN
    s = min(s, MAX_SIDE / span)
    ox, oy = MARGIN - min_x, MARGIN - min_y

    def p(x: float, y: float) -> tuple[float, float]:
        return (x + ox) * s, (y + oy) * s

    def px(name: str) -> int:
        return pixel_size(TEXT_SIZES[name], s)

    size = (int((max_x - min_x + 2 * MARGIN) * s), int((max_y - min_y + 2 * MARGIN) * s))
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)

    for c in cols:
        left = lefts[c["id"]]
        edge = _hex(boards.COLOUR_EDGE[c["colour"]])
        draw.rectangle((*p(left, 0), *p(left + boards.LANE_W, max_y)), fill=(244, 244, 244))
        draw.rounded_rectangle(
            (*p(left, 0), *p(left + boards.LANE_W, boards.HEADER_H - 8)), radius=6 * s, fill=edge
        )
        x, y = p(left + 10, 8)
        inner = (boards.LANE_W - 20) * s
        drawn = _draw_lines(
            draw, (x, y, inner), c["title"], px("column title"), 22 * s, 2, "white", True
        )
        if drawn == 1 and c["prompt"]:
            x, y = p(left + 10, 32)
            _draw_lines(draw, (x, y, inner), c["prompt"], px("column prompt"), 15 * s, 2, "white")

    for c in themes:
        x, y, w, h = frames[c["id"]]
        outline = FLAG if c["significant"] else (90, 90, 90)
        draw.rounded_rectangle(
            (*p(x, y), *p(x + w, y + h)),
            radius=10 * s,
            fill=(255, 255, 255),
            outline=outline,
            width=max(2, int((4 if c["significant"] else 2) * s)),
        )
        title = ("★ " if c["significant"] else "") + c["title"]
        colour = FLAG if c["significant"] else INK
        box = (*p(x + 10, y + 8), (w - 90) * s)
        _draw_lines(draw, box, title, px("theme title"), 0, 1, colour, True)
        _dots(draw, (x + w - 10 + ox) * s, (y + 9 + oy) * s, c["votes"], s)

    for n in notes:
        x, y = boards.note_scene_pos(n, lefts)
        fill = _hex(boards.COLOUR_HEX[n["colour"]])
        edge = FLAG if n["significant"] else _hex(boards.COLOUR_EDGE[n["colour"]])
        draw.rectangle(
            (*p(x, y), *p(x + boards.NOTE_W, y + boards.NOTE_H)),
            fill=fill,
            outline=edge,
            width=max(1, int((4 if n["significant"] else 1.5) * s)),
        )
        words = (*p(x + 8, y + 8), (boards.NOTE_W - 16) * s)
        room = (boards.NOTE_H - 8 - 22) * s  # above the footer line
        fit = lines_that_fit(room, px("note"), 17 * s)
        _draw_lines(draw, words, n["text"], px("note"), 17 * s, fit, INK)
        foot = boards.NOTE_COLOURS.label(n["colour"])
        if n["table_label"]:
            foot += f" · {isolate(n['table_label'])}"
        if n["significant"]:
            foot = "★ Significant"
        _draw_lines(
            draw,
            (*p(x + 8, y + boards.NOTE_H - 20), (boards.NOTE_W - 60) * s),
            foot,
            px("note footer"),
            0,
            1,
            FLAG if n["significant"] else MUTED,
            bool(n["significant"]),
        )
        _dots(
            draw, (x + boards.NOTE_W - 8 + ox) * s, (y + boards.NOTE_H - 21 + oy) * s, n["votes"], s
        )
    return image, s, (ox, oy)
