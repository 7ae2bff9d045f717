"""Printing a PDF we already made through the system print dialog.

Everything Workshop prints (feedback cards, scenario decks) is first laid out as a PDF by
`workshop.export`; the printer gets those very pages as pictures, so paper matches the PDF
a facilitator would save. pypdfium2 renders the pages; Qt only paints the result.

Screens call `printing.ask_printer(...)` through the module, so tests can replace it (the
dialog is modal) with a QPrinter writing a PDF file.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from workshop.ui.window_geometry import fit_on_first_show

# Enough for crisp text and QR codes; more only makes the print job bigger and slower.
MAX_PRINT_DPI = 300


def ask_printer(
    parent: QWidget | None, page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4
) -> QPrinter | None:
    """The system print dialog, offering `page_size`; None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(page_size))
    printer.setFullPage(True)  # our PDFs carry their own margins
    dialog = fit_on_first_show(QPrintDialog(printer, parent))  # Qt's own, where not native
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def pdf_page_images(pdf: bytes, dpi: float, pages: int | None = None) -> list[QImage]:
    """Pages of a PDF as greyscale images (all of them, or the first `pages`)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document) if pages is None else min(pages, len(document))):
            bitmap = document[index].render(scale=dpi / 72, grayscale=True)
            picture = bitmap.to_pil().convert("L")
            image = QImage(
                picture.tobytes(),
                picture.width,
                picture.height,
                picture.width,
                QImage.Format.Format_Grayscale8,
            )
            images.append(image.copy())  # own the pixels before the buffer goes
    finally:
        document.close()
    return images


def print_pdf(printer: QPrinter, pdf_bytes: bytes) -> None:
    """Send each page, filling the paper, to a printer the facilitator chose."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter(printer)
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        for index, image in enumerate(pdf_page_images(pdf_bytes, dpi)):
            if index:
                printer.newPage()
            painter.drawImage(QRect(0, 0, paper.width(), paper.height()), image)
    finally:
        painter.end()
