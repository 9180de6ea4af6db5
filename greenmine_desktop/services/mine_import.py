"""Import the mine register from CSV or XLSX: check every row, preview, then apply.

Nothing is written until :func:`apply_import` is called with a preview the user has
seen; a file's rows are checked against each other (duplicates) and against the
register (new or update), and every refused row says why, with its row number.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.boundary_text import MAX_BOUNDARY_TEXT, corner_number_problem, parse_boundary
from greenmine_desktop.domain.mine import BoundaryPart, Corner, Mine, area_mismatch
from greenmine_desktop.messages import Problem
from greenmine_desktop.paths import login_name
from greenmine_desktop.services import Progress
from greenmine_desktop.services.register_sources import SourceOptions, read_register
from greenmine_desktop.services.row_import import (
    Column,
    ImportPreview,
    RowResult,
    apply_audited,
    credit_code,
    missing_required,
    preview_rows,
    yes_no,
)
from greenmine_desktop.store import mines as mine_store
from greenmine_desktop.store.workspace import Workspace

COLUMNS = (
    Column("licence_no", "采矿许可证号", "licence number", True),
    Column("name", "矿山名称", "mine name", True),
    Column("company", "采矿权人", "company", True),
    Column("credit_code", "统一社会信用代码", "credit code"),
    Column("legal_rep", "法定代表人", "legal representative"),
    Column("mineral", "开采矿种", "mineral", True),
    Column("mining_method", "开采方式", "mining method", True),
    Column("scale", "生产规模", "scale", True),
    Column("status", "矿山状态", "status", True),
    Column("county_code", "行政区划代码", "county code"),
    Column("town", "乡镇", "town"),
    Column("address", "地址", "address"),
    Column("valid_from", "有效期起", "valid from"),
    Column("valid_to", "有效期止", "valid to"),
    Column("green_level", "绿色矿山级别", "green-mine level"),
    Column("green_status", "绿色矿山状态", "green-mine status"),
    Column("abnormal", "异常名录", "abnormal list"),
    Column("complaints", "投诉件数", "complaints"),
    Column("area_stated_km2", "矿区面积(km²)", "area (km²)"),
    Column("crs", "坐标系", "coordinate system"),
    Column("boundary", "拐点坐标", "boundary", True, max_length=MAX_BOUNDARY_TEXT),
)
_AREA_ALIAS = {"矿区面积": "area_stated_km2"}
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")


def _coded(problems: list[Problem], labels: vocab.Labels, column: str, value: str, default: str | None = None) -> str:
    if not value and default is not None:
        return default
    code = vocab.parse(labels, value)
    if code is None:
        problems.append(Problem("bad_value", {"field": column, "value": value}))
        return ""
    return code


def _date(problems: list[Problem], column: str, value: str) -> date | None:
    if not value:
        return None
    match = _DATE.match(value.strip())
    try:
        if match:
            return date(*(int(g) for g in match.groups()))
    except ValueError:
        pass
    problems.append(Problem("bad_date", {"field": column, "value": value}))
    return None


def parse_parts(text: str, crs_text: str) -> tuple[int, tuple[BoundaryPart, ...]] | Problem:
    """EPSG code and checked parts from the boundary notation, or the first problem."""
    spec = gk.parse_crs(crs_text)
    if isinstance(spec, Problem):
        return spec
    raw_parts = parse_boundary(text)
    if isinstance(raw_parts, Problem):
        return raw_parts
    parts, zones, names = [], set(), set()
    for raw in raw_parts:
        if raw.name in names:
            return Problem("boundary_duplicate_part", {"part": raw.name})
        names.add(raw.name)
        if raw.elevation is None:
            return Problem("boundary_missing_elevation", {"part": raw.name})
        if raw.elevation[0] == raw.elevation[1]:
            return Problem("boundary_bad_elevation", {"part": raw.name})
        if (numbering := corner_number_problem(raw)) is not None:
            return numbering
        corners = []
        for no, x_text, y_text in raw.corners:
            coordinate = gk.parse_coordinate(raw.name, no, x_text, y_text)
            if isinstance(coordinate, Problem):
                return coordinate
            zones.add(coordinate.zone)
            corners.append(Corner(no, coordinate.x, coordinate.y))
        if len(corners) < 2 or corners[-1] != corners[0]:
            return Problem("boundary_not_closed", {"part": raw.name})
        ring = tuple(corners[:-1])
        if len({(c.x, c.y) for c in ring}) < 3:
            return Problem("boundary_too_few_corners", {"part": raw.name})
        top, bottom = max(raw.elevation), min(raw.elevation)
        parts.append(BoundaryPart(raw.name, ring, top, bottom))
    epsg = gk.resolve_epsg(spec, zones)
    if isinstance(epsg, Problem):
        return epsg
    return epsg, tuple(parts)


def parse_row(row: int, cells: dict[str, str]) -> RowResult[Mine]:
    """Check one register row; geometry is checked only when the fields are sound."""
    from greenmine_desktop.geo.boundary import check_parts, ellipsoidal_area_km2  # pyproj is slow to import

    get = cells.get
    result: RowResult[Mine] = RowResult(row, get("licence_no", ""), get("name", ""))
    problems = result.problems
    problems.extend(missing_required(cells, COLUMNS))
    method = _coded(problems, vocab.MINING_METHOD, "开采方式", get("mining_method", ""))
    scale = _coded(problems, vocab.SCALE, "生产规模", get("scale", ""))
    status = _coded(problems, vocab.STATUS, "矿山状态", get("status", ""))
    level = _coded(problems, vocab.GREEN_LEVEL, "绿色矿山级别", get("green_level", ""), "none")
    default_status = "none" if level == "none" else "listed"
    green_status = _coded(problems, vocab.GREEN_STATUS, "绿色矿山状态", get("green_status", ""), default_status)
    abnormal = yes_no(problems, "异常名录", get("abnormal", ""), default=False)
    valid_from = _date(problems, "有效期起", get("valid_from", ""))
    valid_to = _date(problems, "有效期止", get("valid_to", ""))
    credit = credit_code(problems, get("credit_code", ""))
    complaints = 0
    if (complaint_text := get("complaints", "")) and not (complaint_text.isdecimal() and len(complaint_text) < 7):
        problems.append(Problem("bad_number", {"field": "投诉件数", "value": complaint_text}))
    elif complaint_text:
        complaints = int(complaint_text)
    stated: float | None = None
    if area_text := get("area_stated_km2", ""):
        try:
            stated = float(area_text)
        except ValueError:
            stated = None
        if stated is None or not 0 < stated < 1e6:  # also NaN and infinity
            problems.append(Problem("bad_number", {"field": "矿区面积", "value": area_text[:40]}))
            stated = None
    if not get("boundary"):
        return result  # reported as a missing field
    boundary = parse_parts(get("boundary", ""), get("crs", ""))
    if isinstance(boundary, Problem):
        problems.append(boundary)
        return result
    epsg, parts = boundary
    problems.extend(check_parts(parts))
    if problems:
        return result
    computed = round(ellipsoidal_area_km2(epsg, parts), 4)
    result.record = Mine(
        licence_no=get("licence_no", ""), name=get("name", ""), company=get("company", ""),
        credit_code=credit, legal_rep=get("legal_rep", ""), mineral=get("mineral", ""),
        mining_method=method, scale=scale, status=status, county_code=get("county_code", ""),
        town=get("town", ""), address=get("address", ""), valid_from=valid_from, valid_to=valid_to,
        green_level=level, green_status=green_status, abnormal=abnormal, epsg=epsg,
        parts=parts, area_stated_km2=stated, area_computed_km2=computed, complaints=complaints,
    )
    if (mismatch := area_mismatch(stated, computed)) is not None:
        result.warnings.append(
            Problem("warn_area_mismatch",
                    {"stated": f"{stated:.4f}", "computed": f"{computed:.4f}", "percent": f"{mismatch * 100:.2f}"})
        )
    described = gk.describe_epsg(epsg)
    if described and described[0].legacy:
        result.warnings.append(Problem("warn_legacy_datum", {"datum": described[0].label_zh}))
    return result


def preview_import(ws: Workspace, path: Path, progress: Progress | None = None,
                   options: SourceOptions | None = None) -> ImportPreview[Mine]:
    """Read and check a register file (CSV or XLSX, one mine or one corner a row; shapefile,
    DXF, GeoJSON, GeoPackage) against the workspace; writes nothing."""
    table = read_register(path, COLUMNS, _AREA_ALIAS, options or SourceOptions(),
                          lambda licence: mine_store.mine_by_licence(ws, licence))
    known = {mine.licence_no: mine for mine in mine_store.iter_mines(ws)}
    preview = preview_rows(table.rows, COLUMNS, parse_row, known, Path(path), "duplicate_licence", progress,
                           _AREA_ALIAS)
    return table.annotate(preview)


def apply_import(ws: Workspace, preview: ImportPreview[Mine], actor: str | None = None) -> tuple[int, int]:
    """Write the new and changed rows in one transaction; returns (new, updated)."""
    mines = preview.changed()
    actor = actor or login_name()
    return apply_audited(ws, "mine_register", preview, lambda: mine_store.upsert_mines(
        ws, mines, actor, f"名录文件 {preview.source.name}") if mines else (0, 0), actor)
