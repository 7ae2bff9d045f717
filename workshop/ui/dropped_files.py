"""Files dropped on a window: the one local file a drop holds, when its name ends as
expected. Several files, a web link or another kind of file is not taken, so the cursor
shows the drop would do nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData


def dropped_file(mime: QMimeData, suffixes: tuple[str, ...]) -> Path | None:
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in suffixes else None
