"""Official letters in the style of Chinese administrative documents: the rectification
notice (限期整改通知书) with its proof-of-service slip (送达回证), and the referral letter
(移送函). The wording comes ready in :class:`OfficialLetter`; this module lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from greenmine_desktop.documents.layout import (
    MARGIN,
    PAGE,
    escape,
    grid_table,
    numbered_canvas,
    page_footer,
    paragraph,
    qr_drawing,
    styles,
)

SIDE = MARGIN + 8 * mm  # official letters keep wider side margins
WIDTH = PAGE[0] - 2 * SIDE


@dataclass(frozen=True)
class OfficialLetter:
    title: str
    number: str  # 机关代字〔年份〕序号号
    addressee: str  # the salutation line, ending in ：
    paragraphs: tuple[str, ...]  # the body, before the table
    table: tuple[tuple[str, ...], ...]  # header row first; may be empty
    closing: tuple[str, ...]  # after the table (deadline, consequences, rights)
    bureau: str
    date: str  # 2026年11月23日
    qr_payload: str
    copies: tuple[str, ...] = ()  # 抄送
    service_slip: tuple[tuple[str, str], ...] = ()  # 送达回证 rows (label, value); empty: none


def build_letter(letter: OfficialLetter, out: Path | BinaryIO) -> None:
    style = styles()
    body = ParagraphStyle("letter", parent=style["body"], fontSize=11.5, leading=20, firstLineIndent=23)
    title = ParagraphStyle("letter-title", parent=style["title"], fontSize=20, leading=28)
    number = ParagraphStyle("number", parent=style["body"], fontSize=11, alignment=TA_CENTER, spaceAfter=5 * mm)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    flat = ParagraphStyle("flat", parent=body, firstLineIndent=0)
    qr = qr_drawing(letter.qr_payload, 20 * mm)
    qr.hAlign = "RIGHT"
    story: list = [qr, paragraph(letter.title, title), paragraph(letter.number, number),
                   paragraph(letter.addressee, flat)]
    story += [paragraph(text, body) for text in letter.paragraphs]
    if letter.table:
        columns = len(letter.table[0])
        widths = [12 * mm] + [(WIDTH - 12 * mm) / (columns - 1)] * (columns - 1)
        rows = [[paragraph(cell, style["cell"]) for cell in row] for row in letter.table]
        story += [Spacer(1, 2 * mm), grid_table(rows, widths), Spacer(1, 3 * mm)]
    story += [paragraph(text, body) for text in letter.closing]
    story.append(KeepTogether([Spacer(1, 12 * mm), paragraph(letter.bureau, right), paragraph(letter.date, right),
                               paragraph("（印章）", right)]))
    if letter.copies:
        story += [Spacer(1, 8 * mm), paragraph("抄送：" + "，".join(letter.copies) + "。", flat)]
    if letter.service_slip:
        story += [PageBreak(), paragraph("送达回证", title)]
        rows = [[paragraph(label, style["body"]), Paragraph(escape(value) or "&nbsp;", style["body"])]
                for label, value in letter.service_slip]
        table = grid_table(rows, [40 * mm, WIDTH - 40 * mm], header=False)
        table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 4 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)])
        story.append(table)
    document = SimpleDocTemplate(out, pagesize=PAGE, leftMargin=SIDE, rightMargin=SIDE, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 4 * mm, title=f"{letter.title} {letter.number}",
                                 author=letter.bureau, subject=letter.number, creator="GreenMine Desktop")
    document.build(story, canvasmaker=numbered_canvas(page_footer(letter.number)))
