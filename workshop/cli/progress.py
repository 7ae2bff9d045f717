"""Progress of a long command, drawn on stderr only when stderr is a terminal.

A script or a pipe gets nothing (its stdout stays the command's result, its stderr only
errors); a person at a terminal sees a bar that is redrawn in place and wiped at the end:

    with terminal_progress() as progress:
        write_pack(..., progress=progress)         # progress(fraction, text)
        progress.step("Writing the PDF")           # or counted steps: [2/3] Writing the PDF
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

BAR_WIDTH = 24


class TerminalProgress:
    def __init__(self, stream: TextIO | None, steps: int = 0) -> None:
        self.stream = stream if stream is not None and _is_terminal(stream) else None
        self.steps = steps
        self.done_steps = 0
        self._width = 0

    @property
    def shown(self) -> bool:
        return self.stream is not None

    def __call__(self, fraction: float, text: str = "") -> None:
        """A bar for work that reports how far it has got (0.0 to 1.0)."""
        fraction = min(max(fraction, 0.0), 1.0)
        filled = round(BAR_WIDTH * fraction)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        self._draw(f"[{bar}] {fraction:4.0%}  {text}")

    def step(self, text: str) -> None:
        """A count for work done in a few stages: [2/3] text."""
        self.done_steps += 1
        total = max(self.steps, self.done_steps)
        self._draw(f"[{self.done_steps}/{total}] {text}")

    def _draw(self, line: str) -> None:
        if self.stream is None:
            return
        padding = " " * max(self._width - len(line), 0)
        self.stream.write(f"\r{line}{padding}")
        self.stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        if self.stream is not None and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or file-less stream
        return False


@contextmanager
def terminal_progress(steps: int = 0) -> Iterator[TerminalProgress]:
    """Progress on the current sys.stderr, wiped when the work ends (or fails, so the
    error line that follows starts at the left edge)."""
    progress = TerminalProgress(sys.stderr, steps)
    try:
        yield progress
    finally:
        progress.clear()
