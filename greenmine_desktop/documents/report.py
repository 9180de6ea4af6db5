"""The inspection report and on-site record (现场检查记录) as a PDF.

Everything in it comes ready in :class:`ReportData` (the service gathers and words it);
this module only lays it out: the header, the verdict and group scores, the checklist,
the findings, the photos two to four a page with their captions, the boundary map with
the photo points, the signatures, a QR code tying the paper to its data, and page numbers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from greenmine_desktop.documents.fonts import cjk_fonts
from greenmine_desktop.documents.jpeg_image import JpegImage
from greenmine_desktop.documents.layout import (
    MARGIN,
    PAGE,
    WIDTH,
    escape,
    grid_table,
    numbered_canvas,
    page_footer,
    paragraph,
    qr_drawing,
    styles,
)
from greenmine_desktop.geo.scale_bar import nice_length

STATUS_COLOURS = {"inside": "#2e7d32", "near": "#ef8f00", "outside": "#c62828", "unchecked": "#757575",
                  "hand": "#5c6bc0"}


@dataclass(frozen=True)
class ChecklistRow:
    no: str
    text: str
    result: str
    value: str
    note: str


@dataclass(frozen=True)
class ReportPhoto:
    jpeg: bytes  # downscaled for print, upright
    width: int
    height: int
    caption: tuple[str, ...]


@dataclass(frozen=True)
class MapData:
    parts: tuple[tuple[tuple[float, float], ...], ...]  # rings of (easting, northing)
    corner_numbers: tuple[tuple[int, float, float], ...]
    points: tuple[tuple[int, float, float, str], ...]  # photo number, easting, northing, status


@dataclass(frozen=True)
class SignatureEntry:
    role: str
    name: str
    png: bytes | None
    note: str  # signed at, or the refusal and its witness


@dataclass(frozen=True)
class ReportData:
    title: str
    bureau: str
    reference: str  # shown in every footer and in the QR code
    qr_payload: str
    header: tuple[tuple[str, str], ...]
    verdict: str
    verdict_lines: tuple[str, ...]
    group_rows: tuple[tuple[str, ...], ...]  # with its header row
    checklist: tuple[tuple[str, tuple[ChecklistRow, ...]], ...]  # group title, rows
    findings: tuple[tuple[str, str, str, str], ...]  # no, finding, requirement, department
    photos: tuple[ReportPhoto, ...]
    map: MapData | None
    signatures: tuple[SignatureEntry, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)


def build_report(data: ReportData, out: Path | BinaryIO) -> None:
    style = styles()
    story: list = [_title_block(data, style), Spacer(1, 3 * mm)]
    story.append(grid_table([[paragraph(k, style["cell"]), paragraph(v, style["cell"])] for k, v in data.header],
                            [32 * mm, WIDTH - 32 * mm], header=False))
    story.append(paragraph("检查结论", style["h2"]))
    story.append(Paragraph(f"<b>{escape(data.verdict)}</b>　" + "；".join(escape(x) for x in data.verdict_lines),
                           style["body"]))
    if data.group_rows:
        rows = [[paragraph(c, style["cell"]) for c in row] for row in data.group_rows]
        story += [Spacer(1, 2 * mm), grid_table(rows, [WIDTH * w for w in (0.4, 0.2, 0.14, 0.14, 0.12)])]
    story.append(paragraph("检查情况", style["h2"]))
    widths = [11 * mm, WIDTH * 0.42, 16 * mm, 20 * mm]
    widths.append(WIDTH - sum(widths))
    rows: list[list] = [[paragraph(h, style["cell"]) for h in ("序号", "检查项", "结果", "数值", "备注")]]
    spans = []
    for title, items in data.checklist:
        spans.append(len(rows))
        rows.append([paragraph(title, style["cell"]), "", "", "", ""])
        rows += [[paragraph(getattr(r, k), style["cell"]) for k in ("no", "text", "result", "value", "note")]
                 for r in items]
    table = grid_table(rows, widths)
    group_shade = colors.HexColor("#f5f5f0")
    table.setStyle(TableStyle([cmd for r in spans
                               for cmd in (("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), group_shade))]))
    story.append(table)
    story.append(paragraph("发现的问题及整改要求", style["h2"]))
    if data.findings:
        rows = [[paragraph(h, style["cell"]) for h in ("序号", "问题", "整改要求", "移送部门")]]
        rows += [[paragraph(c, style["cell"]) for c in f] for f in data.findings]
        story.append(grid_table(rows, [11 * mm, WIDTH * 0.38, WIDTH * 0.38, WIDTH - 11 * mm - WIDTH * 0.76]))
    else:
        story.append(paragraph("未发现问题。", style["body"]))
    if data.map is not None:
        story += [paragraph("矿区范围与照片位置", style["h2"]), _map_drawing(data.map)]
    story += _photo_pages(data.photos, style)
    story += _signature_block(data.signatures, data.notes, style)
    document = SimpleDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                                 bottomMargin=MARGIN + 4 * mm, title=data.title, author=data.bureau,
                                 subject=data.reference, creator="GreenMine Desktop")
    document.build(story, canvasmaker=numbered_canvas(page_footer(data.reference)))


def _title_block(data: ReportData, style) -> Table:
    size = 24 * mm
    drawing = qr_drawing(data.qr_payload, size)
    block = Table([[[paragraph(data.title, style["title"]), paragraph(data.bureau, style["body"])], drawing]],
                  colWidths=[WIDTH - size - 4 * mm, size + 4 * mm])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return block


def _map_drawing(data: MapData) -> Drawing:
    """The boundary to scale with numbered corners and photo points, a scale bar and north."""
    xs = [e for ring in data.parts for e, _ in ring] + [p[1] for p in data.points]
    ys = [n for ring in data.parts for _, n in ring] + [p[2] for p in data.points]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    height = 95 * mm
    scale = min((WIDTH - 20 * mm) / span, (height - 20 * mm) / span)

    def at(e: float, n: float) -> tuple[float, float]:
        return 10 * mm + (e - min(xs)) * scale, 12 * mm + (n - min(ys)) * scale

    drawing = Drawing(WIDTH, height)
    font = cjk_fonts().body
    for ring in data.parts:
        points = [c for e, n in ring for c in at(e, n)]
        drawing.add(Polygon(points, fillColor=colors.HexColor("#e8f5e9"), strokeColor=colors.HexColor("#2e7d32"),
                            strokeWidth=1.2))
    for number, e, n in data.corner_numbers:
        x, y = at(e, n)
        drawing.add(String(x + 2, y + 2, str(number), fontName=font, fontSize=7))
    for number, e, n, status in data.points:
        x, y = at(e, n)
        drawing.add(Circle(x, y, 3.2, fillColor=colors.HexColor(STATUS_COLOURS[status]), strokeColor=colors.white))
        drawing.add(String(x + 4, y - 3, str(number), fontName=font, fontSize=7))
    length = nice_length(span / 4)
    drawing.add(Line(10 * mm, 5 * mm, 10 * mm + length * scale, 5 * mm, strokeWidth=1.2))
    drawing.add(String(10 * mm, 6.5 * mm, f"{length:g} m", fontName=font, fontSize=7))
    north = WIDTH - 8 * mm
    drawing.add(Polygon([north, height - 4 * mm, north - 2.2 * mm, height - 11 * mm, north + 2.2 * mm,
                         height - 11 * mm], fillColor=colors.black))
    drawing.add(String(north - 1.5 * mm, height - 15 * mm, "N", fontName=font, fontSize=8))
    return drawing


def _photo_pages(photos: tuple[ReportPhoto, ...], style) -> list:
    """Two photos a row, two rows a page: four a page, each with its caption."""
    if not photos:
        return []
    story: list = [PageBreak(), paragraph("照片", style["h2"])]
    cell = (WIDTH - 6 * mm) / 2
    for start in range(0, len(photos), 4):
        rows = []
        for pair in (photos[start:start + 2], photos[start + 2:start + 4]):
            if not pair:
                continue
            cells = [_photo_cell(p, cell, style) for p in pair]
            rows.append(cells + [""] * (2 - len(cells)))
        table = Table(rows, colWidths=[cell + 3 * mm] * 2)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
        story.append(table)
        if start + 4 < len(photos):
            story.append(PageBreak())
    return story


def _photo_cell(photo: ReportPhoto, width: float, style) -> list:
    max_height = 82 * mm
    scale = min(width / photo.width, max_height / photo.height)
    image = JpegImage(photo.jpeg, photo.width * scale, photo.height * scale)
    return [image, Spacer(1, 1 * mm)] + [paragraph(line, style["small"]) for line in photo.caption]


def _signature_block(signatures: tuple[SignatureEntry, ...], notes: tuple[str, ...], style) -> list:
    """The signatures and the closing notes, kept on one page: a note never stands alone
    on a last page, away from what it qualifies."""
    rows: list[list] = [[paragraph(h, style["cell"]) for h in ("身份", "姓名", "签名", "说明")]]
    for entry in signatures:
        mark: object = paragraph("—", style["cell"])
        if entry.png:
            mark = Image(io.BytesIO(entry.png), width=42 * mm, height=14 * mm, kind="proportional")
        rows.append([paragraph(entry.role, style["cell"]), paragraph(entry.name, style["cell"]), mark,
                     paragraph(entry.note, style["cell"])])
    table = grid_table(rows, [24 * mm, 46 * mm, 48 * mm, WIDTH - 118 * mm])
    return [KeepTogether([paragraph("签字", style["h2"]), table, Spacer(1, 4 * mm),
                          *(paragraph(note, style["small"]) for note in notes)])]
