"""MBTiles files (an SQLite file of map tiles, the format QGIS, MapTiler and GDAL write):
read the tiles the field map needs, write a clipped copy for an assignment package.

Only the ``metadata`` and ``tiles`` tables of the MBTiles 1.3 specification are used;
a file is opened read-only, and a file that is not one is refused with one sentence.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from greenmine_desktop.messages import UserError

FORMATS = ("png", "jpg", "webp")


def _open(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        conn.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1").fetchall()
        return conn
    except sqlite3.DatabaseError as exc:
        raise UserError("basemap_unreadable", path=Path(path).name) from exc


def metadata(path: Path) -> dict[str, str]:
    conn = _open(path)
    try:
        return {str(k): str(v) for k, v in conn.execute("SELECT name, value FROM metadata")}
    except sqlite3.DatabaseError as exc:
        raise UserError("basemap_unreadable", path=Path(path).name) from exc
    finally:
        conn.close()


def zoom_levels(path: Path) -> list[int]:
    conn = _open(path)
    try:
        return [r[0] for r in conn.execute("SELECT DISTINCT zoom_level FROM tiles ORDER BY zoom_level")]
    finally:
        conn.close()


def read_tiles(path: Path, zoom: int, wanted: Iterable[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
    """The tiles among ``wanted`` (x, TMS row) that the file holds at ``zoom``."""
    conn = _open(path)
    try:
        found = {}
        for x, row in wanted:
            hit = conn.execute("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                               [zoom, x, row]).fetchone()
            if hit is not None:
                found[x, row] = bytes(hit[0])
        return found
    finally:
        conn.close()


def write(path: Path, meta: dict[str, str], tiles: Iterable[tuple[int, int, int, bytes]]) -> None:
    """A new MBTiles file at ``path`` (a scratch file: callers move or read it whole)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
            conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                         "tile_data BLOB)")
            conn.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
            conn.executemany("INSERT INTO metadata VALUES (?, ?)", sorted(meta.items()))
            conn.executemany("INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)", tiles)
        conn.execute("VACUUM")
    finally:
        conn.close()
