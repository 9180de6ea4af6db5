"""A Chinese font for the PDFs: a TrueType CJK font found on the system, embedded as a
subset, else reportlab's built-in STSong-Light CID font (which readers supply), so a
document never shows empty boxes.

OpenType fonts with PostScript outlines (most Noto CJK .otf) cannot be embedded by
reportlab and are skipped; TrueType collections (.ttc) are read at their first face.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

CID_FALLBACK = "STSong-Light"


@dataclass(frozen=True)
class Fonts:
    body: str  # registered font names
    heading: str
    embedded: bool  # a TrueType font from the system, subset into the PDF
    source: str  # the file it came from, or the CID font's name


def _candidates() -> list[Path]:
    """Regular and bold-ish faces, best first, for the platform we run on."""
    if sys.platform == "win32":
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        names = ["simsun.ttc", "simhei.ttf", "simfang.ttf", "msyh.ttc", "msyh.ttf", "simkai.ttf"]
        return [fonts / n for n in names]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts/STHeiti Light.ttc"), Path("/System/Library/Fonts/STHeiti Medium.ttc"),
                Path("/Library/Fonts/Arial Unicode.ttf"), Path("/System/Library/Fonts/Supplemental/Songti.ttc")]
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    names = ["wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansSC-Regular.ttf", "NotoSerifSC-Regular.ttf",
             "NotoSansCJK-Regular.ttc", "DroidSansFallbackFull.ttf", "uming.ttc", "ukai.ttc"]
    found = []
    for name in names:
        for root in roots:
            if root.is_dir():
                found += sorted(root.rglob(name))
    return found


def _register(path: Path, name: str) -> bool:
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError):
        return False
    return True


@cache
def cjk_fonts() -> Fonts:
    """Register the document fonts once per process and say which they are."""
    for path in _candidates():
        if path.is_file() and _register(path, "GM-CJK"):
            return Fonts("GM-CJK", "GM-CJK", True, str(path))
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return Fonts(CID_FALLBACK, CID_FALLBACK, False, CID_FALLBACK)
