"""Geometry of licensed boundaries: ring validity, overlap of parts, ellipsoidal area.

Areas follow the ministry's rule (TD/T 1055-2019): computed on the ellipsoid of the
boundary's own datum, not on the projected plane; for a legacy datum that needs no
datum conversion, so old licences get a true area without any guessing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import shapely
from pyproj import CRS, Geod, Transformer
from shapely.geometry import Polygon
from shapely.validation import explain_validity

from greenmine_desktop.domain.mine import BoundaryPart
from greenmine_desktop.geo.per_thread import per_thread_cache
from greenmine_desktop.messages import Problem

# shapely reports where a ring goes wrong as "Self-intersection[easting northing]".
_WHERE = re.compile(r"\[(\S+) (\S+)\]")


def part_polygon(part: BoundaryPart) -> Polygon:
    """The part as a shapely polygon in (easting, northing) metres."""
    return Polygon([(c.y, c.x) for c in part.corners])


def check_parts(parts: Sequence[BoundaryPart]) -> list[Problem]:
    """Self-intersecting rings and overlapping parts (touching is allowed)."""
    problems: list[Problem] = []
    polygons = [part_polygon(p) for p in parts]
    for part, polygon in zip(parts, polygons, strict=True):
        if not polygon.is_valid:
            where = _WHERE.search(explain_validity(polygon))
            x, y = (f"{float(where.group(2)):.2f}", f"{float(where.group(1)):.2f}") if where else ("?", "?")
            problems.append(Problem("boundary_self_intersecting", {"part": part.name, "x": x, "y": y}))
    if problems:
        return problems
    for i, (part, polygon) in enumerate(zip(parts, polygons, strict=True)):
        for other, other_polygon in zip(parts[i + 1:], polygons[i + 1:], strict=True):
            if shapely.intersection(polygon, other_polygon).area > 0:
                problems.append(Problem("boundary_parts_overlap", {"part": part.name, "other": other.name}))
    return problems


@per_thread_cache
def _to_geographic(epsg: int) -> tuple[Transformer, Geod]:
    crs = CRS.from_epsg(epsg)
    transformer = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)
    return transformer, crs.get_geod()


def to_lonlat(epsg: int, eastings: Sequence[float], northings: Sequence[float]) -> tuple[list[float], list[float]]:
    """Longitudes and latitudes on the boundary's own datum."""
    transformer, _ = _to_geographic(epsg)
    lons, lats = transformer.transform(eastings, northings)
    return list(lons), list(lats)


def ellipsoidal_area_km2(epsg: int, parts: Sequence[BoundaryPart]) -> float:
    """Total area of all parts on the datum's ellipsoid, in km²."""
    _, geod = _to_geographic(epsg)
    total = 0.0
    for part in parts:
        lons, lats = to_lonlat(epsg, [c.y for c in part.corners], [c.x for c in part.corners])
        area, _ = geod.polygon_area_perimeter(lons, lats)
        total += abs(area)
    return total / 1_000_000
