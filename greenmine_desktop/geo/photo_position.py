"""Where a photo was taken against the licensed boundary.

Camera GPS is WGS84; the boundary is in a CGCS2000 Gauss-Krüger zone. The two datums
differ by decimetres, well under GPS error, so the photo point is projected into the
boundary's own zone and judged inside / near / outside with a buffer, not by a hard line.
Boundaries in Xi'an 1980 or Beijing 1954 are never compared (no guessed conversion).
"""

from __future__ import annotations

import shapely
from pyproj import Transformer
from shapely.geometry import Point

from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.domain.photo import NEAR_BUFFER_M, BoundaryCheck, classify
from greenmine_desktop.geo.boundary import part_polygon
from greenmine_desktop.geo.per_thread import per_thread_cache

WGS84 = 4326


@per_thread_cache
def _from_wgs84(epsg: int) -> Transformer:
    return Transformer.from_crs(WGS84, epsg, always_xy=True)


def project(epsg: int, lat: float, lon: float) -> tuple[float, float]:
    """(easting, northing) in the zone of ``epsg``."""
    return _from_wgs84(epsg).transform(lon, lat)


def unproject(epsg: int, easting: float, northing: float) -> tuple[float, float]:
    """(lat, lon) in WGS84 of a point in the zone of ``epsg`` (a point placed on the map)."""
    lon, lat = _from_wgs84(epsg).transform(easting, northing, direction="INVERSE")
    return lat, lon


def boundary_check(mine: Mine, lat: float, lon: float, buffer_m: float = NEAR_BUFFER_M) -> BoundaryCheck:
    described = gk.describe_epsg(mine.epsg)
    if described is None or described[0].legacy or not mine.parts:
        return BoundaryCheck("unchecked", 0.0)
    area = shapely.union_all([part_polygon(p) for p in mine.parts])
    point = Point(project(mine.epsg, lat, lon))
    inside = area.covers(point)
    return classify(inside, 0.0 if inside else area.distance(point), buffer_m)
