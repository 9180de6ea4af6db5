"""The visible stamp of a PDF signature, in Chinese (数字签名 … 北京时间), drawn with the
documents' CJK font as a one-page PDF that the signer places in the signature box.
(pyHanko's own text stamps need an OpenType shaping library to set Chinese.)"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from reportlab.pdfgen.canvas import Canvas

from greenmine_desktop.documents.fonts import cjk_fonts
from greenmine_desktop.domain.chinese_dates import chinese_datetime

BEIJING = timezone(timedelta(hours=8), "北京时间")


def stamp_lines(signer: str, badge: str, signed_at: datetime) -> tuple[str, ...]:
    """What the stamp says: who signed, with which certificate, when (Beijing time)."""
    return (f"数字签名　{signer}", f"执法证号 {badge}" if badge else "执法证",
            f"{chinese_datetime(signed_at.astimezone(BEIJING))}（北京时间）")


def build_stamp(lines: tuple[str, ...], width: float, height: float) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    font = cjk_fonts().body
    size = min(9.0, (height - 4) / len(lines) / 1.25)
    for n, line in enumerate(lines):
        canvas.setFont(font, size)
        canvas.drawString(4, height - 3 - size * 1.2 * (n + 1) + size * 0.2, line)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
