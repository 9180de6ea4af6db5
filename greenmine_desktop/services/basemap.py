"""The offline basemap of the field map: what the county has, what a team takes along,
and the tiles a map of one mine draws. No tile ever comes from the network.

The county keeps its basemap as ``basemap/county.mbtiles`` in its workspace (from its GIS:
QGIS, MapTiler and GDAL write MBTiles). An assignment package carries the tiles around the
team's mines only, a margin around each (:data:`PACKAGE_MARGIN_M`), every zoom level the
county's file has; the laptop keeps them in ``basemap/`` and the map draws them under the
boundary. Boundaries on a legacy datum (Xi'an 80, Beijing 54) get no basemap: tiles are on
WGS 84, and the offset between the two is never guessed.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from greenmine_desktop.domain import gauss_kruger as gk
from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.files import write_atomically
from greenmine_desktop.geo import tiles as tile_math
from greenmine_desktop.messages import UserError
from greenmine_desktop.store import mbtiles

FOLDER = "basemap"
COUNTY_FILE = "county.mbtiles"
PACKAGE_FILE = "basemap.mbtiles"
PACKAGE_MARGIN_M = 300.0


@dataclass(frozen=True)
class Tile:
    """One tile image and where its corners fall in the mine's GK zone, (easting, northing)
    clockwise from the north-west corner."""

    data: bytes
    corners: tuple[tuple[float, float], ...]


def has_gps_datum(mine: Mine) -> bool:
    described = gk.describe_epsg(mine.epsg)
    return described is not None and not described[0].legacy


def mine_bounds(mine: Mine, margin_m: float) -> tuple[float, float, float, float]:
    """(west, south, east, north) in degrees of the mine's parts and a margin around them."""
    from greenmine_desktop.geo.boundary import to_lonlat

    eastings = [c.y for p in mine.parts for c in p.corners]
    northings = [c.x for p in mine.parts for c in p.corners]
    box_e = [min(eastings) - margin_m, max(eastings) + margin_m]
    box_n = [min(northings) - margin_m, max(northings) + margin_m]
    lons, lats = to_lonlat(mine.epsg, [e for e in box_e for _ in box_n], [n for _ in box_e for n in box_n])
    return min(lons), min(lats), max(lons), max(lats)


def clip(source: Path, mines: list[Mine], margin_m: float = PACKAGE_MARGIN_M) -> bytes | None:
    """The MBTiles file of the source's tiles around ``mines``, every zoom level; None when none falls there."""
    meta = mbtiles.metadata(source)
    wanted_bounds = [mine_bounds(m, margin_m) for m in mines if m.parts and has_gps_datum(m)]
    rows: list[tuple[int, int, int, bytes]] = []
    for zoom in mbtiles.zoom_levels(source):
        wanted = {(x, tile_math.tms_row(y, zoom)) for bounds in wanted_bounds
                  for x, y in tile_math.tiles_covering(bounds, zoom)}
        rows += [(zoom, x, row, data) for (x, row), data in sorted(mbtiles.read_tiles(source, zoom, wanted).items())]
    if not rows:
        return None
    west, south, east, north = (f(b[i] for b in wanted_bounds) for f, i in ((min, 0), (min, 1), (max, 2), (max, 3)))
    zooms = sorted({r[0] for r in rows})
    meta.update(bounds=f"{west:.6f},{south:.6f},{east:.6f},{north:.6f}", minzoom=str(zooms[0]),
                maxzoom=str(zooms[-1]),
                description=f"{meta.get('description', '')} (clipped for an assignment)".strip())
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / PACKAGE_FILE
        mbtiles.write(target, meta, rows)
        return target.read_bytes()


def county_basemap(folder: Path) -> Path | None:
    path = Path(folder) / FOLDER / COUNTY_FILE
    return path if path.exists() else None


def package_files(ws_folder: Path, mines: list[Mine]) -> dict[str, bytes]:
    """The basemap file an assignment package carries for these mines (none without a county basemap)."""
    source = county_basemap(ws_folder)
    clipped = clip(source, mines) if source else None
    return {PACKAGE_FILE: clipped} if clipped else {}


def keep_from_package(ws_folder: Path, package_sha256: str, files: dict[str, bytes]) -> Path | None:
    """Store an opened assignment's basemap in the laptop's ``basemap/`` folder (checked as MBTiles)."""
    data = files.get(PACKAGE_FILE)
    if data is None:
        return None
    target = Path(ws_folder) / FOLDER / f"{package_sha256[:16]}.mbtiles"
    write_atomically(target, lambda stream: stream.write(data))
    try:
        mbtiles.metadata(target)
    except UserError:
        target.unlink()
        raise
    return target


def basemaps(ws_folder: Path) -> list[Path]:
    folder = Path(ws_folder) / FOLDER
    return sorted(folder.glob("*.mbtiles")) if folder.is_dir() else []


def _zoom_for(levels: list[int], lat: float, metres_per_px: float) -> int:
    """The most detailed level whose pixels are not much finer than the view's."""
    fitting = [z for z in levels if tile_math.metres_per_pixel(lat, z) >= metres_per_px * 0.6]
    return max(fitting) if fitting else min(levels)


def view_tiles(ws_folder: Path, mine: Mine, margin_m: float, metres_per_px: float) -> list[Tile]:
    """The tiles under a map of ``mine`` (its parts and a margin), from the first basemap
    that covers it, with their corners in the mine's zone; [] without one."""
    from greenmine_desktop.geo.photo_position import project

    if not mine.parts or not has_gps_datum(mine):
        return []
    west, south, east, north = mine_bounds(mine, margin_m)
    for path in basemaps(ws_folder):
        try:
            levels = mbtiles.zoom_levels(path)
        except UserError:
            continue
        if not levels:
            continue
        zoom = _zoom_for(levels, (south + north) / 2, metres_per_px)
        covering = list(tile_math.tiles_covering((west, south, east, north), zoom))
        found = mbtiles.read_tiles(path, zoom, [(x, tile_math.tms_row(y, zoom)) for x, y in covering])
        if not found:
            continue
        result = []
        for x, y in covering:
            data = found.get((x, tile_math.tms_row(y, zoom)))
            if data is not None:
                corners = [tile_math.tile_corner(x + dx, y + dy, zoom) for dx, dy in ((0, 0), (1, 0), (1, 1), (0, 1))]
                result.append(Tile(data, tuple(project(mine.epsg, lat, lon) for lon, lat in corners)))
        return result
    return []
