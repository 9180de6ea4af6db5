"""Coordinates of a geometry file brought into the register's Gauss-Krüger 3° zones.

A file in a supported GK zone (CGCS2000, Xi'an 80, Beijing 54; with or without the zone
prefix) keeps its coordinates. Longitude/latitude (CGCS2000, or WGS 84, which agrees with
CGCS2000 to a few centimetres) is projected into the zone the file's own 坐标系 attribute
names, else into the zone of the boundary's centre, with the prefix. Any other system is
refused: nothing is converted between datums by guesswork.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.messages import UserError

#: Geographic systems read as longitude/latitude and the datum of their GK zones.
GEOGRAPHIC = {4490: "cgcs2000", 4326: "cgcs2000", 4610: "xian80", 4214: "beijing54"}
Ring = list[tuple[float, float]]  # (easting, northing) or (longitude, latitude)


def file_crs(text: str, source: str) -> CRS:
    """A file's coordinate system from its WKT (a .prj) or an authority code."""
    try:
        return CRS.from_user_input(text)
    except CRSError as exc:
        raise UserError("source_crs_unreadable", path=source) from exc


def supported_epsg(crs: CRS) -> int | None:
    """The EPSG code when the system is one of the register's GK zones or a known lon/lat one."""
    epsg = crs.to_epsg(min_confidence=70)
    if epsg is not None and (gk.describe_epsg(epsg) or epsg in GEOGRAPHIC):
        return epsg
    return None


_per_thread = threading.local()


def _transformer(source: int, target: int) -> Transformer:
    """One transformer a thread: PROJ objects are never shared between threads (an export
    runs on a worker thread that ends, and its PROJ context with it)."""
    cached = _per_thread.__dict__.setdefault("transformers", {})
    if (source, target) not in cached:
        cached[source, target] = Transformer.from_crs(CRS.from_epsg(source), CRS.from_epsg(target), always_xy=True)
    return cached[source, target]


def zone_epsg(source: int, rings: Sequence[Ring], wanted: int | None) -> int:
    """The GK zone to project a lon/lat boundary into: the one asked for if it is on the same
    datum, else the zone of the boundary's centre longitude, with the zone prefix."""
    datum = gk.datum_by_code(GEOGRAPHIC[source])
    if wanted is not None and (described := gk.describe_epsg(wanted)) and described[0] == datum:
        return wanted
    lons = [lon for ring in rings for lon, _ in ring]
    zone = round((min(lons) + max(lons)) / 2 / 3)
    if not gk.ZONE_MIN <= zone <= gk.ZONE_MAX:
        raise UserError("source_outside_zones", lon=f"{(min(lons) + max(lons)) / 2:.3f}")
    return gk.epsg_for(datum, zone, prefixed=True)


def reproject(source: int, target: int, rings: Sequence[Ring]) -> list[Ring]:
    """Rings from one system to another (lon/lat to a GK zone on import, back on export),
    always (easting or longitude, northing or latitude)."""
    transformer = _transformer(source, target)
    projected = []
    for ring in rings:
        eastings, northings = transformer.transform([p[0] for p in ring], [p[1] for p in ring])
        projected.append(list(zip(eastings, northings, strict=True)))
    return projected

