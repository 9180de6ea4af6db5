"""Open data out: the register and the year's results for GIS staff, clerks and the
provincial platforms.

- GeoPackage: one layer of every mine's parts in lon/lat (CGCS2000, EPSG:4490) and one
  layer a GK zone in the register's own coordinates (``boundaries_4523``…); a mine on a
  legacy datum (Xi'an 80, Beijing 54) is only in its zone's layer, never shifted by guesswork;
- GeoJSON: the lon/lat layer alone (legacy-datum mines left out, as above);
- XLSX: the register as the import reads it (one mine a row, the boundary in the one-cell
  notation) with a sheet of corners, one a row; or a year's results, one check a row;
- JSON: the versioned exchange format (``resources/schemas/exchange-v1.schema.json``),
  checked against its schema before it is written.

A feature is one part (矿段) of a mine, with the register's columns under the import's own
names, so an exported file imports again as the same mines and boundaries; the list status
and the latest check come along for the map.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from greenmine_desktop import __version__
from greenmine_desktop.assets import get_asset
from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.boundary_text import format_boundary
from greenmine_desktop.domain.corner_rows import column_name
from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.files import write_atomically, write_error
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.feature_rows import FIRST_CORNER
from greenmine_desktop.services.mine_import import COLUMNS
from greenmine_desktop.store import exchange
from greenmine_desktop.store.follow_ups import follow_ups
from greenmine_desktop.store.mines import iter_mines
from greenmine_desktop.store.workspace import Workspace, now_iso

FORMATS = ("gpkg", "geojson", "xlsx", "json")
EXCHANGE_FORMAT, EXCHANGE_VERSION = "greenmine-exchange", 1
SCHEMA = "resources/schemas/exchange-v1.schema.json"
LONLAT = 4490
_CODED = {"mining_method": vocab.MINING_METHOD, "scale": vocab.SCALE, "status": vocab.STATUS,
          "green_level": vocab.GREEN_LEVEL, "green_status": vocab.GREEN_STATUS}
_MAP_ONLY = ("名录状态", "最近检查日期", "最近检查结论", "最近检查得分")
VERDICT_ZH = {"pass": "通过", "fail": "不通过", "incomplete": "未完成"}


@dataclass(frozen=True)
class LatestCheck:
    day: str
    verdict: str
    earned: float


def _check_summary(ws: Workspace, inspection_id: int):
    from greenmine_desktop.services.inspections import InspectionSession

    session = InspectionSession(ws, inspection_id)
    return session, session.score()


def latest_checks(ws: Workspace) -> dict[str, LatestCheck]:
    checks = {}
    for licence, inspection_id in exchange.latest_inspections(ws).items():
        session, score = _check_summary(ws, inspection_id)
        checks[licence] = LatestCheck(session.header.started_at[:10], VERDICT_ZH[str(score.verdict)],
                                      round(score.earned, 1))
    return checks


def register_cells(mine: Mine) -> dict[str, object]:
    """The mine's register columns under the import's Chinese names, codes as their labels."""
    fields = mine.register_fields()
    cells: dict[str, object] = {}
    for column in COLUMNS:
        if column.key == "boundary":
            continue
        value = fields.get(column.key)
        if column.key in _CODED:
            value = vocab.label(_CODED[column.key], str(value), "zh_CN")
        elif column.key == "abnormal":
            value = "是" if value else "否"
        elif column.key == "crs":
            value = f"EPSG:{mine.epsg}"
        cells[column.zh] = "" if value is None else value
    return cells


def _map_cells(mine: Mine, checks: dict[str, LatestCheck]) -> dict[str, object]:
    check = checks.get(mine.licence_no)
    return dict(zip(_MAP_ONLY, (vocab.label(vocab.GREEN_STATUS, mine.green_status, "zh_CN"),
                                check.day if check else "", check.verdict if check else "",
                                check.earned if check else None), strict=True))


def _part_features(mines: Iterable[Mine], checks: dict[str, LatestCheck], to_epsg: Callable[[Mine], int | None]):
    """(attributes, ring as (easting or lon, northing or lat)) of every part, in register order."""
    from greenmine_desktop.geo.projection import reproject

    for mine in mines:
        target = to_epsg(mine)
        if target is None:
            continue
        for part in mine.parts:
            ring = [(c.y, c.x) for c in part.corners]
            if target != mine.epsg:
                ring = reproject(mine.epsg, target, [ring])[0]
            yield {**register_cells(mine), column_name("part"): part.name,
                   column_name("elev_top"): part.elev_top, column_name("elev_bottom"): part.elev_bottom,
                   FIRST_CORNER: part.corners[0].no, **_map_cells(mine, checks)}, ring


def _lonlat_epsg(mine: Mine) -> int | None:
    described = gk.describe_epsg(mine.epsg)
    return None if described is None or described[0].legacy else LONLAT


def _write_layer(path: Path, layer: str, epsg: int, features: list, append: bool) -> None:
    import numpy as np
    import shapely
    from pyogrio import raw

    names = list(features[0][0])
    geometry = np.array([shapely.to_wkb(shapely.Polygon(ring)) for _, ring in features], dtype=object)
    columns = []
    for name in names:
        values = [attributes[name] for attributes, _ in features]
        numeric = all(isinstance(v, int | float) and not isinstance(v, bool) or v is None for v in values)
        columns.append(np.array([np.nan if v is None else v for v in values], dtype=float) if numeric and any(
            v is not None for v in values) else np.array([str(v) if v is not None else "" for v in values],
                                                        dtype=object))
    driver = "GPKG" if path.suffix.lower() == ".gpkg" else "GeoJSON"
    raw.write(path, geometry, columns, names, layer=layer, driver=driver, geometry_type="Polygon",
              crs=f"EPSG:{epsg}", append=append)


def _write_geo(ws: Workspace, out: Path, driver_suffix: str) -> dict:
    """GeoPackage or GeoJSON through GDAL, written beside ``out`` and moved into place whole."""
    mines = list(iter_mines(ws))
    checks = latest_checks(ws)
    layers: list[tuple[str, int, list]] = [
        ("boundaries_lonlat", LONLAT, list(_part_features(mines, checks, _lonlat_epsg)))]
    if driver_suffix == ".gpkg":
        for epsg in sorted({m.epsg for m in mines}):
            in_zone = [m for m in mines if m.epsg == epsg]
            layers.append((f"boundaries_{epsg}", epsg, list(_part_features(in_zone, checks, lambda m: m.epsg))))
    layers = [layer for layer in layers if layer[2]]
    if not layers:
        raise UserError("export_nothing")

    def write(stream) -> None:
        # GDAL writes to a path: a scratch file beside the target, copied into the atomic stream.
        scratch = out.with_name(f".{out.stem}-gdal{driver_suffix}")
        scratch.unlink(missing_ok=True)
        try:
            for index, (name, epsg, features) in enumerate(layers):
                _write_layer(scratch, name, epsg, features, append=index > 0)
            with scratch.open("rb") as source:
                while chunk := source.read(1 << 20):
                    stream.write(chunk)
        finally:
            scratch.unlink(missing_ok=True)

    write_atomically(out, write, create_folder=False)
    return {"mines": len(mines), "layers": [name for name, _, _ in layers],
            "left_out_of_lonlat": sum(1 for m in mines if _lonlat_epsg(m) is None)}


def _write_xlsx(out: Path, sheets: list[tuple[str, list[str], list[list[object]]]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, header, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(out, lambda stream: stream.write(buffer.getvalue()), create_folder=False)


def _register_xlsx(ws: Workspace, out: Path) -> dict:
    mines = list(iter_mines(ws))
    header = [c.zh for c in COLUMNS]
    rows = []
    corner_header = ["采矿许可证号", "矿山名称", *(column_name(k) for k in (
        "part", "corner", "x", "y", "elev_top", "elev_bottom")), "坐标系"]
    corners = []
    for mine in mines:
        cells = register_cells(mine)
        boundary = format_boundary([(p.name, p.elev_top, p.elev_bottom, [(c.no, c.x, c.y) for c in p.corners])
                                    for p in mine.parts])
        rows.append([*(cells[c] for c in header[:-1]), boundary])
        for part in mine.parts:
            for corner in part.corners:
                corners.append([mine.licence_no, mine.name, part.name, f"J{corner.no}", f"{corner.x:.2f}",
                                f"{corner.y:.2f}", part.elev_top, part.elev_bottom, f"EPSG:{mine.epsg}"])
    _write_xlsx(out, [("名录", header, rows), ("拐点", corner_header, corners)])
    return {"mines": len(mines)}


def _year_xlsx(ws: Workspace, out: Path, year: int) -> dict:
    names = {m.licence_no: m.name for m in iter_mines(ws)}
    header = ["采矿许可证号", "矿山名称", "检查日期", "检查表", "结论", "得分", "满分", "问题数", "签字时间",
              "检查编号"]
    rows = []
    for inspection_id, licence in exchange.signed_inspections(ws, year):
        session, score = _check_summary(ws, inspection_id)
        rows.append([licence, names.get(licence, ""), session.header.started_at[:10], session.template.title,
                     VERDICT_ZH[str(score.verdict)],
                     round(score.earned, 1), round(score.possible, 1), len(session.findings),
                     session.meta.signed_at or "", session.meta.uid])
    _write_xlsx(out, [(f"{year}年检查结果", header, rows)])
    return {"checks": len(rows)}


@cache
def exchange_schema() -> dict:
    return json.loads(get_asset(SCHEMA).read_text("utf-8"))


def exchange_document(ws: Workspace, year: int | None) -> dict:
    """The exchange format's document: mines, checks (of a year) with scores and findings,
    follow-up cases with their steps, publications."""
    mines = [{**m.to_data(), "list_status": m.green_status} for m in iter_mines(ws)]
    checks = []
    for inspection_id, _ in exchange.signed_inspections(ws, year):
        session, score = _check_summary(ws, inspection_id)
        checks.append({
            "uid": session.meta.uid, "revision": session.meta.revision, "licence_no": session.header.mine_licence,
            "template": session.header.template, "started_at": session.header.started_at,
            "signed_at": session.meta.signed_at, "team": [m.badge_no for m in session.header.team],
            "verdict": str(score.verdict), "earned": score.earned, "possible": score.possible,
            "pass_mark": score.pass_mark,
            "groups": [{"id": g.group_id, "title": g.title, "earned": g.earned, "possible": g.possible}
                       for g in score.groups],
            "findings": [{"item_id": f.item_id, "requirement": f.requirement, "department": f.department}
                         for f in session.findings.values()],
        })
    uids = {c["uid"] for c in checks}
    steps = exchange.case_steps(ws)
    cases = [{
        "id": case.id, "kind": case.kind, "inspection_uid": case.inspection_uid, "licence_no": case.mine_licence,
        "department": case.department, "findings": list(case.findings), "state": str(case.state),
        "document_number": case.document_number, "deadline": case.deadline.isoformat() if case.deadline else None,
        "steps": steps.get(case.id, []),
    } for case in follow_ups(ws) if year is None or case.inspection_uid in uids]
    publications = [p for p in exchange.all_publications(ws) if year is None or p["published_on"][:4] == str(year)]
    return {"format": EXCHANGE_FORMAT, "version": EXCHANGE_VERSION, "generator": f"GreenMine Desktop {__version__}",
            "exported_at": now_iso(), "year": year, "mines": mines, "checks": checks, "cases": cases,
            "publications": publications}


def validate_exchange(document: dict) -> None:
    """Raise jsonschema's ValidationError when the document does not fit the shipped schema."""
    import jsonschema

    jsonschema.Draft202012Validator(exchange_schema()).validate(document)


def _write_json(ws: Workspace, out: Path, year: int | None) -> dict:
    document = exchange_document(ws, year)
    validate_exchange(document)  # a platform is never sent a file that breaks the published schema
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(out, lambda stream: stream.write(data), create_folder=False)
    return {"mines": len(document["mines"]), "checks": len(document["checks"]), "cases": len(document["cases"])}


def export(ws: Workspace, fmt: str, out: Path, year: int | None = None) -> dict:
    """Write one export; returns what it holds (counts, layers). A file that cannot be
    written (full disk, a folder in the way, no permission) is the one writer's sentence
    naming it (files.write_atomically), and the previous file of that name, if any, is left
    as it was; the target's folder must exist."""
    out = Path(out)
    if fmt not in FORMATS:
        raise UserError("export_format", formats="、".join(FORMATS))
    try:
        if fmt in ("gpkg", "geojson"):
            return _write_geo(ws, out, f".{fmt}")
        if fmt == "xlsx":
            return _year_xlsx(ws, out, year) if year else _register_xlsx(ws, out)
        return _write_json(ws, out, year)
    except OSError as exc:  # a scratch file of GDAL's, outside the one writer
        raise write_error(exc, out) from exc
