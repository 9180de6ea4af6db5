"""Printing our PDFs from the app: pages rendered by PDFium (pypdfium2) into Qt's print
preview, so the clerk sees exactly what goes to the printer."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

#: Pages are rendered at no more than this: sharp on paper, and an A4 page stays ~35 MB
#: (a 1200 dpi printer would ask for 550 MB a page).
MAX_DPI = 300


def paint_pdf(path: Path, printer: QPrinter) -> int:
    """Draw every page of ``path`` onto ``printer``, one page each; returns the count."""
    document = pdfium.PdfDocument(str(path))
    painter = QPainter(printer)
    try:
        for index in range(len(document)):
            if index:
                printer.newPage()
            dpi = min(printer.resolution(), MAX_DPI)
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            pixels = bytes(bitmap.buffer)  # Qt must not point into memory PDFium frees
            image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
                           if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888)
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            painter.drawImage(QRect(area.x(), area.y(), int(image.width() * scale), int(image.height() * scale)),
                              image)
        return len(document)
    finally:
        painter.end()
        document.close()


class PdfPreview(QPrintPreviewDialog):
    """The preview dialog, keeping its printer alive (Qt holds only a pointer to it)."""

    def __init__(self, parent: QWidget, path: Path) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.printer, parent)
        self.setWindowTitle(path.name)
        self.paintRequested.connect(lambda printer: paint_pdf(path, printer))


def preview(parent: QWidget, path: Path) -> QPrintPreviewDialog:
    dialog = PdfPreview(parent, path)
    dialog.open()
    return dialog
