"""The record as a zip (record.json, a CSV per table, a picture of every board) on the big
programme, against floors measured in the same run: the JSON record alone, and "bare
pictures": Pillow drawing, for every board, an image of the same size with each note's
rectangle and its words as one unwrapped line, saved as PNG at the same zlib level.
CPU time of this process, median of a few runs after one warm-up run.

    .venv/bin/python bench/record_zip_bench.py [--runs 3] [--source CHECKOUT]
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

from make_programme import make_programme  # bench/ is on the path: scripts run from it
from PIL import Image, ImageDraw, ImageFont

from workshop.core import boards
from workshop.core.store import Programme
from workshop.export.fonts import FONTS_DIR
from workshop.export.record import board_pictures, record_json, record_zip


def cpu(fn, runs: int) -> tuple[float, object]:
    result = fn()  # warm up
    times = []
    for _ in range(runs):
        start = time.process_time()
        result = fn()
        times.append(time.process_time() - start)
    return statistics.median(times), result


def bare_pictures(programme: Programme, sizes: list[tuple[int, int]]) -> int:
    """The floor for the pictures: same image sizes, a rectangle and one line per note."""
    font = ImageFont.truetype(str(FONTS_DIR / "DejaVuSans.ttf"), 15)
    exercises = [
        r[0]
        for r in programme.db.execute(
            "SELECT DISTINCT exercise_id FROM board_notes ORDER BY exercise_id"
        )
    ]
    total = 0
    for exercise_id, size in zip(exercises, sizes, strict=False):
        image = Image.new("RGB", size, "white")
        draw = ImageDraw.Draw(image)
        for note in boards.notes(programme, exercise_id):
            x, y = note["x"] * 1.15, note["y"] * 1.15
            draw.rectangle((x, y, x + 200, y + 110), fill=(255, 240, 160), outline=(20, 20, 20))
            draw.text((x + 8, y + 8), note["text"], font=font, fill=(20, 20, 20))
        out = io.BytesIO()
        image.save(out, format="PNG", compress_level=1)
        total += len(out.getvalue())
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.workshop"
        make_programme(path)
        with Programme.open(path, read_only=True) as programme:
            t_json, text = cpu(lambda: record_json(programme), args.runs)
            t_zip, data = cpu(lambda: record_zip(programme), args.runs)
            t_pictures, pictures = cpu(lambda: list(board_pictures(programme)), args.runs)
            sizes = [Image.open(io.BytesIO(png)).size for _, png in pictures]
            t_bare, _ = cpu(lambda: bare_pictures(programme, sizes), args.runs)
    print(f"CPU seconds, median of {args.runs} after a warm-up; {len(pictures)} boards")
    print("| what | CPU (s) | size (MiB) |")
    print("|---|---:|---:|")
    print(f"| record JSON (floor) | {t_json:.2f} | {len(text.encode()) / 2**20:.1f} |")
    print(f"| record zip | {t_zip:.2f} | {len(data) / 2**20:.1f} |")
    print(f"| of which board pictures | {t_pictures:.2f} | |")
    print(f"| bare pictures, same sizes (floor) | {t_bare:.2f} | |")
    print(
        f"zip / JSON: {t_zip / t_json:.1f}x; pictures / bare pictures: {t_pictures / t_bare:.2f}x; "
        f"zip without pictures: {t_zip - t_pictures:.2f} s"
    )


if __name__ == "__main__":
    main()
