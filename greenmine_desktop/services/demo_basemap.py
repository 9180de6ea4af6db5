"""The demo county's basemap, drawn here from the demo's own data (no tile comes from
the network): shaded hills, the roads between the mines, each mine's pit and its
neighbours' boundaries, as JPEG tiles in ``basemap/county.mbtiles`` around the mines a
draw sent out. A real county puts the MBTiles its GIS made in the same place.
"""

from __future__ import annotations

import io
import math
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.files import write_atomically
from greenmine_desktop.geo import tiles as tile_math
from greenmine_desktop.services.basemap import COUNTY_FILE, FOLDER, has_gps_datum, mine_bounds
from greenmine_desktop.store import mbtiles

DEMO_ZOOMS = (13, 14, 15, 16)  # 16: about 2 m a pixel, the scale of a field map of one mine
DEMO_MARGIN_M = 500.0
_EARTH = 6_378_137.0


def _lonlat_rings(mine: Mine) -> list[list[tuple[float, float]]]:
    from greenmine_desktop.geo.boundary import to_lonlat

    rings = []
    for part in mine.parts:
        lons, lats = to_lonlat(mine.epsg, [c.y for c in part.corners], [c.x for c in part.corners])
        rings.append(list(zip(lons, lats, strict=True)))
    return rings


def _terrain(x: int, y: int, zoom: int) -> Image.Image:
    """Shaded rolling hills, continuous across tiles and zoom levels (a sum of sines over
    Web-Mercator metres)."""
    n = tile_math.TILE_PX * 2**zoom
    pixels = (np.arange(tile_math.TILE_PX) + 0.5)
    east = ((x * tile_math.TILE_PX + pixels) / n - 0.5) * 2 * math.pi * _EARTH
    south = ((y * tile_math.TILE_PX + pixels) / n - 0.5) * 2 * math.pi * _EARTH
    height = np.zeros((tile_math.TILE_PX, tile_math.TILE_PX))
    for wave, (kx, ky, phase) in enumerate(((1 / 2300, 1 / 3100, 0.3), (1 / 900, 1 / 1300, 1.7),
                                            (1 / 420, 1 / 610, 2.9), (1 / 170, 1 / 230, 0.8))):
        # sin(east)·cos(south) is an outer product: rows are south, columns east
        height += np.outer(np.cos(south * ky - phase), np.sin(east * kx + phase)) * 60 / (wave + 1) ** 1.4
    gy, gx = np.gradient(height, south[1] - south[0], east[1] - east[0])
    shade = np.clip(0.78 + (gx - gy) * 2.2, 0.45, 1.15)
    low, high = np.array([196, 214, 168]), np.array([222, 206, 170])  # valley green, ridge ochre
    mix = np.clip((height + 90) / 180, 0, 1)[..., None]
    rgb = (low * (1 - mix) + high * mix) * shade[..., None]
    return Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")


def _to_px(lon: float, lat: float, x: int, y: int, zoom: int) -> tuple[float, float]:
    fx, fy = tile_math.tile_xy(lon, lat, zoom)
    return (fx - x) * tile_math.TILE_PX, (fy - y) * tile_math.TILE_PX


def _pit(ring: list[tuple[float, float]], share: float) -> list[tuple[float, float]]:
    lon0 = sum(p[0] for p in ring) / len(ring)
    lat0 = sum(p[1] for p in ring) / len(ring)
    return [(lon0 + (lon - lon0) * share, lat0 + (lat - lat0) * share) for lon, lat in ring]


Shape = list[tuple[float, float]]


def _extents(shapes: list[Shape]) -> list[tuple[Shape, tuple[float, float, float, float]]]:
    return [(s, (min(p[0] for p in s), min(p[1] for p in s), max(p[0] for p in s), max(p[1] for p in s)))
            for s in shapes]


def _touching(shapes: list[tuple[Shape, tuple[float, float, float, float]]], x: int, y: int, zoom: int) -> list[Shape]:
    """The shapes whose extent reaches into tile (x, y) (most of the register's do not)."""
    west, north = tile_math.tile_corner(x, y, zoom)
    east, south = tile_math.tile_corner(x + 1, y + 1, zoom)
    return [s for s, (w, so, e, n) in shapes if w <= east and e >= west and so <= north and n >= south]


def _tile(x: int, y: int, zoom: int, layers: tuple[list, list, list]) -> bytes:
    rings, roads, pits = (_touching(shapes, x, y, zoom) for shapes in layers)
    image = _terrain(x, y, zoom)
    draw = ImageDraw.Draw(image)
    width = max(2, 2 ** (zoom - 14) * 2)
    for pit in pits:
        draw.polygon([_to_px(*p, x, y, zoom) for p in pit], fill=(176, 168, 156), outline=(120, 110, 100))
    for road in roads:
        points = [_to_px(*p, x, y, zoom) for p in road]
        draw.line(points, fill=(150, 140, 120), width=width + 2, joint="curve")
        draw.line(points, fill=(252, 246, 226), width=width, joint="curve")
    for ring in rings:
        draw.line([_to_px(*p, x, y, zoom) for p in [*ring, ring[0]]], fill=(128, 128, 128), width=1)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=78)
    return buffer.getvalue()


def render_demo_basemap(ws_folder: Path, register: list[Mine], around: list[str]) -> Path:
    """``basemap/county.mbtiles`` with tiles around the mines ``around`` (licence numbers)."""
    wanted = [m for m in register if m.licence_no in set(around) and has_gps_datum(m) and m.parts]
    bounds = [mine_bounds(m, DEMO_MARGIN_M) for m in wanted]
    all_rings = [ring for m in register if has_gps_datum(m) for ring in _lonlat_rings(m)]
    pits = [_pit(ring, 0.45) for m in wanted for ring in _lonlat_rings(m)[:1]]
    centres = sorted((sum(p[0] for p in pit) / len(pit), sum(p[1] for p in pit) / len(pit)) for pit in pits)
    roads = [centres] + [[c, (c[0] + 0.004, c[1] - 0.006)] for c in centres]  # a trunk road and a spur each
    layers = (_extents(all_rings), _extents(roads), _extents(pits))
    rows = []
    for zoom in DEMO_ZOOMS:
        for x, y in sorted({t for b in bounds for t in tile_math.tiles_covering(b, zoom)}):
            rows.append((zoom, x, tile_math.tms_row(y, zoom), _tile(x, y, zoom, layers)))
    west, south = min(b[0] for b in bounds), min(b[1] for b in bounds)
    east, north = max(b[2] for b in bounds), max(b[3] for b in bounds)
    meta = {"name": "青岚县演示底图", "format": "jpg", "type": "baselayer", "version": "1",
            "description": "演示数据绘制的底图（地形、道路、采坑）", "attribution": "GreenMine demo data",
            "bounds": f"{west:.6f},{south:.6f},{east:.6f},{north:.6f}", "minzoom": str(DEMO_ZOOMS[0]),
            "maxzoom": str(DEMO_ZOOMS[-1])}
    target = Path(ws_folder) / FOLDER / COUNTY_FILE
    with tempfile.TemporaryDirectory() as scratch:
        built = Path(scratch) / COUNTY_FILE
        mbtiles.write(built, meta, rows)
        data = built.read_bytes()
    return write_atomically(target, lambda stream: stream.write(data))
