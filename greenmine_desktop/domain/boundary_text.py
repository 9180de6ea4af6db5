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
    for index, chunk in enumerate(cleaned.split("|")):
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
            if len(fields) != 3 or not fields[0].isdigit():
                return Problem("boundary_syntax", {"detail": f"{name}: {item}"})
            corners.append((int(fields[0]), fields[1], fields[2]))
        parts.append(RawPart(name, elevation, tuple(corners)))
    return parts


def format_boundary(parts: list[tuple[str, float, float, list[tuple[int, float, float]]]]) -> str:
    """The notation for parts given as (name, top, bottom, corners without the closing repeat)."""
    chunks = []
    for name, top, bottom, corners in parts:
        ring = [*corners, corners[0]]
        body = "; ".join(f"{no},{x:.2f},{y:.2f}" for no, x, y in ring)
        chunks.append(f"{name}[{top:+g},{bottom:+g}]: {body}")
    return " | ".join(chunks)
