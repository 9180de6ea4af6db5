"""The public results notice as a landscape table (it has many columns)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer

from greenmine_desktop.documents.layout import (
    MARGIN,
    PAGE,
    grid_table,
    numbered_canvas,
    page_footer,
    paragraph,
    qr_drawing,
    styles,
)

#: Relative column widths: names and teams get room; a licence number and a date just fit on one line.
WEIGHTS = (0.65, 1.4, 2.2, 1.5, 1.1, 1.8, 0.85, 0.85, 1.6, 1.1, 1.2)


@dataclass(frozen=True)
class PublicNoticeDoc:
    title: str
    bureau: str
    lead: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    record_sha256: str
    date: str  # 2026年11月30日, the day the notice is written


#: A cell's left and right padding together (grid_table), and a little air.
CELL_PADDING = 7


def fit_widths(headers: tuple[str, ...], weights: tuple[float, ...], width: float,
               style: ParagraphStyle) -> list[float]:
    """Column widths in proportion to ``weights``, except that no header wraps: a column
    too narrow for its header gets what the header needs, taken from the others."""
    needed = [stringWidth(h, style.fontName, style.fontSize) + CELL_PADDING for h in headers]
    fixed: set[int] = set()
    while True:
        free = width - sum(needed[i] for i in fixed)
        share = sum(w for i, w in enumerate(weights) if i not in fixed)
        widths = [needed[i] if i in fixed else free * w / share for i, w in enumerate(weights)]
        short = {i for i, w in enumerate(widths) if w < needed[i]} - fixed
        if not short:
            return widths
        fixed |= short


def build_public_notice(doc: PublicNoticeDoc, out: Path | BinaryIO) -> None:
    style = styles()
    page = landscape(PAGE)
    width = page[0] - 2 * MARGIN
    qr = qr_drawing(f"greenmine:public:draw:sha256:{doc.record_sha256}", 20 * mm)
    qr.hAlign = "RIGHT"
    rows = [[paragraph(c, style["cell"]) for c in doc.columns]]
    rows += [[paragraph(c, style["cell"]) for c in row] for row in doc.rows]
    right = ParagraphStyle("right", parent=style["body"], alignment=TA_RIGHT)
    story = [qr, paragraph(doc.title, style["title"]), paragraph(doc.lead, style["body"]), Spacer(1, 3 * mm),
             grid_table(rows, fit_widths(doc.columns, WEIGHTS, width, style["cell"])),
             KeepTogether([Spacer(1, 10 * mm), paragraph(doc.bureau, right), paragraph(doc.date, right),
                           paragraph("（印章）", right)])]
    document = SimpleDocTemplate(out, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 4 * mm, title=doc.title, author=doc.bureau,
                                 subject=doc.record_sha256, creator="GreenMine Desktop")
    document.build(story, canvasmaker=numbered_canvas(page_footer(f"结果公示 · 抽取记录 {doc.record_sha256[:16]}")))
