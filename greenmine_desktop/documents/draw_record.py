"""The draw record for publication (抽取结果公示): how the draw was made and what it gave.

Enough to check it: plan, time, operator, witnesses, seed, algorithm, the sample rule, the
inputs and record hashes, and mine → team. Avoidance lists stay in the JSON record.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from greenmine_desktop.documents.layout import (
    MARGIN,
    PAGE,
    WIDTH,
    grid_table,
    numbered_canvas,
    page_footer,
    paragraph,
    qr_drawing,
    styles,
)


@dataclass(frozen=True)
class DrawRecordDoc:
    bureau: str
    facts: tuple[tuple[str, str], ...]  # label, value
    rows: tuple[tuple[str, str, str, str], ...]  # no, licence, mine, team
    record_sha256: str


def build_draw_record(doc: DrawRecordDoc, out: Path | BinaryIO) -> None:
    style = styles()
    qr = qr_drawing(f"greenmine:draw:sha256:{doc.record_sha256}", 22 * mm)
    qr.hAlign = "RIGHT"
    story: list = [qr, paragraph("双随机抽查抽取记录", style["title"]), paragraph(doc.bureau, style["body"]),
                   Spacer(1, 3 * mm)]
    story.append(grid_table([[paragraph(k, style["cell"]), paragraph(v, style["cell"])] for k, v in doc.facts],
                            [34 * mm, WIDTH - 34 * mm], header=False))
    story += [paragraph("抽取结果", style["h2"])]
    rows = [[paragraph(h, style["cell"]) for h in ("序号", "采矿许可证号", "矿山名称", "检查组")]]
    rows += [[paragraph(c, style["cell"]) for c in row] for row in doc.rows]
    story.append(grid_table(rows, [12 * mm, 48 * mm, WIDTH * 0.32, WIDTH - 60 * mm - WIDTH * 0.32]))
    check = "任何人可用 greenmine draw verify 按记录中的输入和种子重新抽取，核对结果是否一致。"
    story += [Spacer(1, 4 * mm), paragraph(check, style["small"])]
    document = SimpleDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 4 * mm, title="双随机抽查抽取记录", author=doc.bureau,
                                 subject=doc.record_sha256, creator="GreenMine Desktop")
    document.build(story, canvasmaker=numbered_canvas(page_footer(f"抽取记录 {doc.record_sha256[:16]}")))
