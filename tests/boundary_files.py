"""A two-part licence in CGCS2000 GK zone 41 (central meridian 123°E), written in every
format the register import reads: the one-cell notation, one corner a row (CSV/XLSX), an
Esri shapefile (pyshp), a DXF drawing (ezdxf), GeoJSON and GeoPackage (pyogrio)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS
from pyproj.enums import WktVersion

from tests.conftest import HEADER, register_row

LICENCE = "C2100002020010000000041"
REGISTER = dict(zip(HEADER, register_row(LICENCE), strict=True))
REGISTER_COLUMNS = ["采矿许可证号", "矿山名称", "采矿权人", "开采矿种", "开采方式", "生产规模", "矿山状态"]
# Two parts, the corner numbers running on (一矿段 J1–J4, 二矿段 J5–J8), each with its own
# elevation range; (X northing, Y easting without the zone prefix).
PARTS = [
    ("一矿段", 1800.0, 1650.0, [(4500000.00, 500000.00), (4500000.00, 501000.00), (4499000.00, 501000.00),
                                (4499000.00, 500000.00)]),
    ("二矿段", 1700.0, 1580.0, [(4498000.00, 500200.00), (4498000.00, 500700.00), (4497400.00, 500700.00),
                                (4497400.00, 500200.00)]),
]
ZONE41_PREFIXED, CM123_PLAIN = 4529, 4550


def y_text(y: float, prefixed: bool) -> str:
    return f"{y + 41_000_000 if prefixed else y:.2f}"


def notation(prefixed: bool = True) -> str:
    """The same licence in the register's one-cell notation (corner 1 repeated at the end)."""
    chunks, number = [], 1
    for name, top, bottom, corners in PARTS:
        numbered = [(number + i, x, y) for i, (x, y) in enumerate(corners)]
        ring = [*numbered, numbered[0]]
        chunks.append(f"{name}[{top:+g},{bottom:+g}]: " + "; ".join(
            f"{no},{x:.2f},{y_text(y, prefixed)}" for no, x, y in ring))
        number += len(corners)
    return " | ".join(chunks)


def write_notation_csv(path: Path, prefixed: bool = True) -> Path:
    row = register_row(LICENCE, 拐点坐标=notation(prefixed), 坐标系="" if prefixed else f"EPSG:{CM123_PLAIN}",
                       法定代表人="", 乡镇="", 有效期起="", 有效期止="", 异常名录="")
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows([HEADER, row])
    return path


CORNER_HEADER = [*REGISTER_COLUMNS, "矿段", "拐点号", "X", "Y", "开采标高上限", "开采标高下限", "矿段面积(km²)"]


def corner_rows(areas: tuple[str, str] = ("", ""), close: bool = False) -> list[list[str]]:
    """One corner a row, the register columns on the mine's first row only, J-numbers."""
    rows, number = [], 1
    for (name, top, bottom, corners), area in zip(PARTS, areas, strict=True):
        listed = [*corners, corners[0]] if close else corners
        for index, (x, y) in enumerate(listed):
            head = [REGISTER[c] for c in REGISTER_COLUMNS] if not rows else [""] * len(REGISTER_COLUMNS)
            no = number + (index % len(corners))
            part = [name, f"+{top:g}", f"+{bottom:g}", area] if index == 0 else ["", "", "", ""]
            rows.append([*head, part[0], f"J{no}", f"{x:.2f}", y_text(y, True), *part[1:]])
        number += len(corners)
    return rows


def write_corner_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows([CORNER_HEADER, *rows])
    return path


def _rings(prefixed: bool) -> list[list[tuple[float, float]]]:
    """The parts' rings as GIS writes them: (easting, northing)."""
    return [[(float(y_text(y, prefixed)), x) for x, y in corners] for _, _, _, corners in PARTS]


SHAPE_FIELDS = [*REGISTER_COLUMNS, "矿段", "开采标高上限", "开采标高下限"]
# What a UTF-8 shapefile can hold in 10 bytes: the column keys (mining_method cut to mining_met).
SHORT_FIELDS = ["licence_no", "name", "company", "mineral", "mining_method", "scale", "status", "part", "elev_top",
                "elev_bottom"]


def _attributes(index: int) -> list[object]:
    name, top, bottom, _ = PARTS[index]
    return [*(REGISTER[c] for c in REGISTER_COLUMNS), name, top, bottom]


def write_shapefile(path: Path, prefixed: bool, epsg: int | None, encoding: str = "gb18030",
                    cpg: bool = True) -> Path:
    """One polygon feature a part (pyshp), the .prj in Esri WKT when ``epsg`` is given; field
    names in Chinese, cut to 10 bytes as dBASE does, or the column keys for UTF-8."""
    import warnings

    import shapefile

    names = SHAPE_FIELDS if encoding == "gb18030" else SHORT_FIELDS
    with warnings.catch_warnings(), shapefile.Writer(path, shapeType=shapefile.POLYGON, encoding=encoding) as writer:
        warnings.simplefilter("ignore", shapefile.PossibleDataLoss)  # the names cut to 10 bytes
        for index, name in enumerate(names):
            numeric = index >= len(names) - 2
            writer.field(name, "N" if numeric else "C", size=10 if numeric else 60, decimal=1 if numeric else 0)
        for index, ring in enumerate(_rings(prefixed)):
            clockwise = [*ring, ring[0]][::-1] if shapely.LinearRing(ring).is_ccw else [*ring, ring[0]]
            writer.poly([clockwise])
            writer.record(*_attributes(index))
    if epsg is not None:
        path.with_suffix(".prj").write_text(CRS.from_epsg(epsg).to_wkt(WktVersion.WKT1_ESRI), "utf-8")
    if cpg:
        path.with_suffix(".cpg").write_text(encoding.upper(), "ascii")
    return path


def write_dxf(path: Path, prefixed: bool = True) -> Path:
    """Both parts as closed polylines on layer 矿区范围, and a road on another layer."""
    import ezdxf

    document = ezdxf.new()
    space = document.modelspace()
    for ring in _rings(prefixed):
        space.add_lwpolyline(ring, close=True, dxfattribs={"layer": "矿区范围"})
    space.add_lwpolyline([(41_499_000.0, 4_496_000.0), (41_502_000.0, 4_501_000.0), (41_499_500.0, 4_501_500.0)],
                         close=True, dxfattribs={"layer": "道路"})
    document.saveas(path)
    return path


def write_ogr(path: Path, epsg: int, layer: str = "mines") -> Path:
    """One polygon feature a part through pyogrio, in GK zone 41 or in lon/lat (EPSG:4490)."""
    from pyogrio import raw

    from greenmine_desktop.geo.projection import reproject

    rings = _rings(prefixed=True)
    if epsg != ZONE41_PREFIXED:
        rings = reproject(ZONE41_PREFIXED, epsg, rings)
    geometry = np.array([shapely.to_wkb(shapely.Polygon(r)) for r in rings], dtype=object)
    columns = [np.array([_attributes(i)[k] for i in range(len(PARTS))], dtype=object if k < len(SHAPE_FIELDS) - 2
                        else float) for k in range(len(SHAPE_FIELDS))]
    raw.write(path, geometry, columns, SHAPE_FIELDS, geometry_type="Polygon", crs=f"EPSG:{epsg}", layer=layer,
              append=path.exists())
    return path
