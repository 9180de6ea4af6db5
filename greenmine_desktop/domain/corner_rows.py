"""Boundaries given one corner per row, as published notices and registration tables list them.

    采矿许可证号 | … | 矿段   | 拐点号 | X          | Y           | 开采标高上限 | 开采标高下限 | 矿段面积(km²)
    C62…01      | … | 一矿段 | J1     | 3930000.00 | 35527000.00 | +1800        | +1650        | 1.0000
                |   |        | J2     | …

A mine's register columns stand on its first row (later rows may leave them blank, as
merged cells read); corners are named ``J1`` or ``1``, and their numbers may run on across
the parts (一矿段 J1–J5, 二矿段 J6–J10). The first corner is usually not repeated at the end:
an open ring is closed here, with a note, and a corner number that repeats or is skipped
refuses the mine with the row it was found on. The result is the register's one-cell
boundary notation (``domain/boundary_text.py``), so every boundary, whichever file it came
from, goes through the same checks afterwards. Geometry files (shapefile, DXF, GeoJSON,
GeoPackage) are read into these same rows, one row a corner.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from greenmine_desktop.messages import Problem

#: key → the column names accepted for it (the first is the one exports write).
CORNER_COLUMNS: dict[str, tuple[str, ...]] = {
    "part": ("矿段", "区块", "矿区", "矿段/区", "区", "part"),
    "corner": ("拐点号", "拐点编号", "点号", "corner"),
    "x": ("X", "X坐标", "纵坐标"),
    "y": ("Y", "Y坐标", "横坐标"),
    "elev_top": ("开采标高上限", "标高上限", "开采上限", "elevation top", "elev_top"),
    "elev_bottom": ("开采标高下限", "标高下限", "开采下限", "elevation bottom", "elev_bottom"),
    "part_area_km2": ("矿段面积(km²)", "矿段面积", "区块面积", "part area (km²)", "part_area_km2"),
}
#: The columns that make a table a corner-per-row one.
IDENTIFYING = ("corner", "x", "y")
_CORNER_NO = re.compile(r"^[Jj]?\s*0*(\d+)$")
_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_NOTATION = set("|[]:;,")


def column_name(key: str) -> str:
    return CORNER_COLUMNS[key][0]


@dataclass(frozen=True)
class CornerRow:
    """One row of the file: the mine's register cells (by key) and its corner cells (by key)."""

    row: int
    register: dict[str, str]
    corner: dict[str, str]
    problems: tuple[Problem, ...] = ()  # found by a geometry reader (a hole, a line)


@dataclass
class GroupedMine:
    """A mine put together from its rows: register cells with the boundary notation, what
    was noticed on the way, and the parts' stated areas (checked once the boundary is)."""

    row: int
    cells: dict[str, str]
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    part_areas: dict[str, float] = field(default_factory=dict)


@dataclass
class _Part:
    name: str
    corners: list[tuple[int, int, str, str]] = field(default_factory=list)  # (row, no, X, Y)
    top: tuple[int, str] | None = None
    bottom: tuple[int, str] | None = None
    area: tuple[int, str] | None = None


def corner_number(text: str) -> int | None:
    match = _CORNER_NO.match(unicodedata.normalize("NFKC", text).strip())
    return int(match.group(1)) if match else None


def _number_text(text: str) -> str:
    cleaned = unicodedata.normalize("NFKC", text).strip().removesuffix("米").removesuffix("m").strip()
    return cleaned if _NUMBER.match(cleaned) else ""


def _keep_once(problems: list[Problem], part: _Part, slot: str, row: int, value: str, label: str) -> None:
    """A part's elevation or area may stand on every row or only the first; two values refuse it."""
    if not value:
        return
    current = getattr(part, slot)
    if current is None:
        setattr(part, slot, (row, value))
    elif float(current[1]) != float(value):
        problems.append(Problem("corner_part_value_conflict",
                                {"part": part.name, "field": label, "row": row, "first_row": current[0]}))


def _add_corner(mine: GroupedMine, part: _Part, row: CornerRow) -> None:
    cells, problems = row.corner, mine.problems
    if row.problems:
        problems.extend(row.problems)
        return
    no = corner_number(cells.get("corner", ""))
    if no is None:
        problems.append(Problem("corner_bad_number", {"row": row.row, "value": cells.get("corner", "")}))
        return
    if not cells.get("x") or not cells.get("y"):
        problems.append(Problem("corner_missing_coordinate", {"row": row.row, "part": part.name, "corner": no}))
        return
    part.corners.append((row.row, no, cells["x"], cells["y"]))
    for slot, label in (("top", "开采标高上限"), ("bottom", "开采标高下限"), ("area", "矿段面积")):
        text = cells.get({"top": "elev_top", "bottom": "elev_bottom", "area": "part_area_km2"}[slot], "")
        value = _number_text(text)
        if text and not value:
            problems.append(Problem("bad_number", {"field": label, "value": text}))
        _keep_once(problems, part, slot, row.row, value, label)


def _ring(mine: GroupedMine, part: _Part) -> list[tuple[int, str, str]]:
    """The part's corners as a closed ring (closing repeat included), or [] when refused."""
    corners = part.corners
    if len(corners) >= 2:
        (_, first_no, *first_xy), (last_row, last_no, *last_xy) = corners[0], corners[-1]
        if _same_place(first_xy, last_xy):
            corners = corners[:-1]  # written closed, with the first corner's number or the next one
        elif last_no == first_no:
            mine.problems.append(Problem("corner_repeated", {"part": part.name, "corner": last_no,
                                                             "row": last_row, "first_row": corners[0][0]}))
            return []
        else:
            mine.warnings.append(Problem("corner_ring_closed", {"part": part.name, "row": last_row,
                                                                "corner": first_no}))
    seen: dict[int, int] = {}
    for index, (row, no, _, _) in enumerate(corners):
        if no in seen:
            mine.problems.append(Problem("corner_repeated", {"part": part.name, "corner": no, "row": row,
                                                             "first_row": seen[no]}))
            return []
        seen[no] = row
        if index and no != corners[index - 1][1] + 1:
            expected = corners[index - 1][1] + 1
            mine.problems.append(Problem("corner_missing", {"part": part.name, "corner": expected, "row": row}))
            return []
    return [(no, x, y) for _, no, x, y in [*corners, corners[0]]] if corners else []


def _same_place(a: list[str], b: list[str]) -> bool:
    try:
        return [float(v) for v in a] == [float(v) for v in b]
    except ValueError:
        return a == b


def _notation(mine: GroupedMine, parts: list[_Part]) -> str:
    chunks = []
    for part in parts:
        if _NOTATION & set(unicodedata.normalize("NFKC", part.name)):
            mine.problems.append(Problem("corner_bad_part_name", {"part": part.name}))
            continue
        ring = _ring(mine, part)
        elevation = f"[{part.top[1]},{part.bottom[1]}]" if part.top and part.bottom else ""
        chunks.append(f"{part.name}{elevation}: " + "; ".join(f"{no},{x},{y}" for no, x, y in ring))
        if part.area:
            mine.part_areas[part.name] = float(part.area[1])
    return " | ".join(chunks)


def group_corner_rows(rows: list[CornerRow], default_part: str) -> list[GroupedMine]:
    """The file's mines in the order they first appear, one per licence number.

    Rows without a licence number continue the mine above them; a blank part name
    continues the part above (or is ``default_part`` for a table without parts)."""
    mines: dict[str, tuple[GroupedMine, dict[str, _Part]]] = {}
    current: tuple[GroupedMine, dict[str, _Part]] | None = None
    part_name = default_part
    for row in rows:
        licence = row.register.get("licence_no", "")
        if licence or current is None:
            if licence not in mines:
                mines[licence] = (GroupedMine(row.row, dict(row.register)), {})
                part_name = default_part
            current = mines[licence]
        mine, parts = current
        for key, value in row.register.items():
            if value and not mine.cells.get(key):
                mine.cells[key] = value  # a column the first row left blank
        part_name = row.corner.get("part", "").strip() or part_name
        part = parts.setdefault(part_name, _Part(part_name))
        _add_corner(mine, part, row)
    grouped = []
    for mine, parts in mines.values():
        mine.cells["boundary"] = _notation(mine, list(parts.values()))
        if mine.problems:
            mine.cells["boundary"] = ""  # refused already; the notation's checks would only repeat it
        if not mine.cells.get("area_stated_km2") and mine.part_areas and len(mine.part_areas) == len(parts):
            mine.cells["area_stated_km2"] = f"{sum(mine.part_areas.values()):.6f}".rstrip("0").rstrip(".")
        grouped.append(mine)
    return grouped
