"""What every GreenMine PDF shares: A4 pages, the Chinese font, styles, and "第 N 页 共 M 页".

The page count needs every page laid out first, so the canvas keeps each page's state and
writes the footers at the end (the usual reportlab two-pass canvas).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from greenmine_desktop.documents import line_breaks
from greenmine_desktop.documents.fonts import cjk_fonts

# Binary streams: ASCII85 (reportlab's default, for 7-bit channels no one uses for PDFs any
# more) quadruples the time to write photos and adds a quarter to the file.
rl_config.useA85 = 0
line_breaks.install()

PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN
GRID = colors.HexColor("#9e9e9e")
SHADE = colors.HexColor("#eeeeee")


def styles() -> dict[str, ParagraphStyle]:
    font = cjk_fonts().body
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13.5, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        "title": ParagraphStyle("title", parent=base, fontName=cjk_fonts().heading, fontSize=17, leading=24,
                                alignment=TA_CENTER, spaceAfter=4 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=17, spaceBefore=4 * mm, spaceAfter=2 * mm),
    }


def escape(text: object) -> str:
    """Text for a Paragraph (which reads a little XML)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def grid_table(rows: list[list[Any]], widths: list[float], header: bool = True, repeat: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header and repeat else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that draws ``footer(canvas, page, pages)`` once all pages are known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def page_footer(left: str) -> Callable[[Canvas, int, int], None]:
    """The footer of every page: a reference on the left, 第 N 页 共 M 页 in the middle."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(cjk_fonts().body, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(MARGIN, 10 * mm, left)
        canvas.drawCentredString(PAGE[0] / 2, 10 * mm, f"第 {page} 页 共 {pages} 页")
        canvas.restoreState()

    return draw


def paragraph(text: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def qr_drawing(payload: str, size: float) -> Drawing:
    """A square QR code of ``size`` points, tying a printed page to its data."""
    qr = QrCodeWidget(payload)
    left, bottom, right, top = qr.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.add(qr)
    return drawing
