"""Web-Mercator tile numbers (the XYZ scheme MBTiles and every tile server use).

A tile (z, x, y) is 256 px; x runs east from 180°W, y south from 85.05°N. MBTiles stores
rows the other way up (TMS), see :func:`tms_row`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

TILE_PX = 256


def tile_xy(lon: float, lat: float, zoom: int) -> tuple[float, float]:
    """Fractional tile coordinates of a point (the integer part is the tile)."""
    n = 2**zoom
    y = (1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n
    return (lon + 180) / 360 * n, y


def tile_corner(x: float, y: float, zoom: int) -> tuple[float, float]:
    """(lon, lat) of the north-west corner of tile (x, y), or of any fractional position."""
    n = 2**zoom
    return x / n * 360 - 180, math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))


def tms_row(y: int, zoom: int) -> int:
    return 2**zoom - 1 - y


def tiles_covering(bounds: tuple[float, float, float, float], zoom: int) -> Iterator[tuple[int, int]]:
    """Every (x, y) of a zoom level that touches (west, south, east, north)."""
    west, south, east, north = bounds
    x0, y0 = tile_xy(west, north, zoom)
    x1, y1 = tile_xy(east, south, zoom)
    for x in range(int(x0), int(x1) + 1):
        for y in range(int(y0), int(y1) + 1):
            yield x, y


def metres_per_pixel(lat: float, zoom: int) -> float:
    return 40_075_016.686 * math.cos(math.radians(lat)) / (TILE_PX * 2**zoom)
