"""Reading returned paper from scans and photos: find each printed code's QR mark,
check it, match it to what the programme printed, and straighten and crop what was
written. Image work (PIL, zxing-cpp, pypdfium2) lives here, outside the core; it
depends on the core only, like `export` and `demo`."""
