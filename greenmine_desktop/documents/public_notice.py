"""The public results notice as a landscape table (it has many columns)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

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
WEIGHTS = (0.4, 1.5, 2.2, 1.5, 1.1, 2.0, 0.8, 0.6, 1.6, 1.1, 1.4)


@dataclass(frozen=True)
class PublicNoticeDoc:
    title: str
    bureau: str
    lead: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    record_sha256: str


def build_public_notice(doc: PublicNoticeDoc, out: Path | BinaryIO) -> None:
    style = styles()
    page = landscape(PAGE)
    width = page[0] - 2 * MARGIN
    qr = qr_drawing(f"greenmine:public:draw:sha256:{doc.record_sha256}", 20 * mm)
    qr.hAlign = "RIGHT"
    rows = [[paragraph(c, style["cell"]) for c in doc.columns]]
    rows += [[paragraph(c, style["cell"]) for c in row] for row in doc.rows]
    total = sum(WEIGHTS)
    story = [qr, paragraph(doc.title, style["title"]), paragraph(doc.lead, style["body"]), Spacer(1, 3 * mm),
             grid_table(rows, [width * w / total for w in WEIGHTS]), Spacer(1, 4 * mm),
             paragraph(f"{doc.bureau}", style["body"])]
    document = SimpleDocTemplate(out, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 4 * mm, title=doc.title, author=doc.bureau,
                                 subject=doc.record_sha256, creator="GreenMine Desktop")
    document.build(story, canvasmaker=numbered_canvas(page_footer(f"结果公示 · 抽取记录 {doc.record_sha256[:16]}")))
