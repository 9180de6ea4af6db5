"""The one-cell boundary notation of the register import and export.

    A区[+124.9,+12.3]: 1,3930012.35,35527001.20; 2,…; 3,…; 1,3930012.35,35527001.20 | B区[…]: …

Parts are separated by ``|``. Each part has a name, its mining elevation range
``[top,bottom]`` in metres, and its numbered corners ``no,X,Y`` (X northing first);
the ring closes by repeating corner 1, as registration tables do. Full-width
punctuation typed in Chinese input methods is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from greenmine_desktop.messages import Problem

#: Limits of one mine's boundary, stated and enforced: parts, corners in all parts, and the
#: highest corner number (a registration table numbers its corners 1, 2, 3…). Real licences
#: have boundaries of up to ~10,000 corners; the limits leave room and stop nonsense.
MAX_PARTS = 100
MAX_CORNERS = 100_000
MAX_CORNER_NUMBER = 999_999
#: Characters of the boundary cell: ~30 a corner.
MAX_BOUNDARY_TEXT = 40 * MAX_CORNERS

_PART_HEAD = re.compile(r"^\s*(?P<name>[^\[\]:]*?)\s*(?:\[(?P<elev>[^\]]*)\])?\s*:(?P<body>.*)$", re.S)
_ELEVATION = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*(?:,|~|至)\s*([+-]?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class RawPart:
    """A part as written: coordinates still text, checked later by the GK rules."""

    name: str
    elevation: tuple[float, float] | None
    corners: tuple[tuple[int, str, str], ...]


def default_part_name(index: int) -> str:
    return f"{chr(ord('A') + index)}区" if index < 26 else f"区{index + 1}"


def parse_boundary(text: str) -> list[RawPart] | Problem:
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        return Problem("missing_field", {"field": "拐点坐标"})
    parts: list[RawPart] = []
    chunks = cleaned.split("|")
    if len(chunks) > MAX_PARTS:
        return Problem("boundary_too_many_parts", {"parts": len(chunks), "limit": MAX_PARTS})
    for index, chunk in enumerate(chunks):
        head = _PART_HEAD.match(chunk) if ":" in chunk else None
        name = (head.group("name") if head else "") or default_part_name(index)
        elevation_text = head.group("elev") if head else None
        body = head.group("body") if head else chunk
        elevation = None
        if elevation_text is not None:
            match = _ELEVATION.match(elevation_text)
            if not match:
                return Problem("boundary_syntax", {"detail": f"{name} [{elevation_text}]"})
            elevation = (float(match.group(1)), float(match.group(2)))
        corners = []
        for item in filter(None, (c.strip() for c in body.split(";"))):
            fields = [f.strip() for f in item.split(",")]
            if len(fields) != 3 or not fields[0].isdecimal():
                return Problem("boundary_syntax", {"detail": f"{name}: {item[:80]}"})
            if len(fields[0]) > len(str(MAX_CORNER_NUMBER)):
                return Problem("boundary_corner_number", {"part": name, "number": fields[0][:20] + "…",
                                                          "limit": MAX_CORNER_NUMBER})
            corners.append((int(fields[0]), fields[1], fields[2]))
        parts.append(RawPart(name, elevation, tuple(corners)))
    if (total := sum(len(p.corners) for p in parts)) > MAX_CORNERS:
        return Problem("boundary_too_many_corners", {"corners": total, "limit": MAX_CORNERS})
    return parts


def corner_number_problem(part: RawPart) -> Problem | None:
    """Corner numbers must be whole numbers from 1 to :data:`MAX_CORNER_NUMBER`, each used
    once; only the closing repeat of the first corner (last in the list) may repeat it."""
    numbers = [no for no, _, _ in part.corners]
    if numbers and len(numbers) > 1 and numbers[-1] == numbers[0]:
        numbers = numbers[:-1]
    seen: set[int] = set()
    for no in numbers:
        if not 1 <= no <= MAX_CORNER_NUMBER:
            return Problem("boundary_corner_number", {"part": part.name, "number": str(no)[:20],
                                                      "limit": MAX_CORNER_NUMBER})
        if no in seen:
            return Problem("boundary_corner_repeated", {"part": part.name, "number": no})
        seen.add(no)
    return None


def format_boundary(parts: list[tuple[str, float, float, list[tuple[int, float, float]]]]) -> str:
    """The notation for parts given as (name, top, bottom, corners without the closing repeat)."""
    chunks = []
    for name, top, bottom, corners in parts:
        ring = [*corners, corners[0]]
        body = "; ".join(f"{no},{x:.2f},{y:.2f}" for no, x, y in ring)
        chunks.append(f"{name}[{top:+g},{bottom:+g}]: {body}")
    return " | ".join(chunks)
