"""Write an export so that it is either all there or not changed at all.

The one way of doing it is `workshop.core.files.write_atomically` (the core writes deck
files the same way and may not import from here); exports keep using these names.
"""

from __future__ import annotations

from workshop.core.files import FileWriteError, write_atomically

# The name exports and their callers have always caught.
ExportWriteError = FileWriteError

__all__ = ["ExportWriteError", "write_atomically"]
