"""Photos and their links to inspections in SQLite (the files live under ``photos/``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, fields

from greenmine_desktop.domain.photo import PhotoMeta
from greenmine_desktop.store.in_lists import rows_in
from greenmine_desktop.store.workspace import Workspace, now_iso

_META_COLUMNS = [f.name for f in fields(PhotoMeta)]


@dataclass(frozen=True)
class StoredPhoto:
    meta: PhotoMeta
    format: str
    stored_as: str
    original_name: str
    scene_hash: str
    hand_lat: float | None
    hand_lon: float | None

    @property
    def placed_by_hand(self) -> bool:
        return self.hand_lat is not None and self.hand_lon is not None

    @property
    def position(self) -> tuple[float, float] | None:
        """Where it was taken, as far as we know: GPS first, else the hand placement."""
        if self.meta.has_gps:
            assert self.meta.lat is not None and self.meta.lon is not None
            return self.meta.lat, self.meta.lon
        return (self.hand_lat, self.hand_lon) if self.placed_by_hand else None  # type: ignore[return-value]


def has_photo(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM photo WHERE sha256 = ?", [sha256]).fetchone() is not None


def insert_photo(conn: sqlite3.Connection, meta: PhotoMeta, format_: str, stored_as: str, original_name: str,
                 size: int, scene_hash: str, thumbnail: bytes) -> None:
    values = {name: getattr(meta, name) for name in _META_COLUMNS} | {
        "format": format_, "stored_as": stored_as, "original_name": original_name, "size": size,
        "scene_hash": scene_hash, "thumbnail": thumbnail, "imported_at": now_iso()}
    values["taken_at_has_zone"] = int(meta.taken_at_has_zone)
    conn.execute(f"INSERT INTO photo ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",  # noqa: S608
                 list(values.values()))


def link(conn: sqlite3.Connection, inspection_id: int, sha256: str, item_id: str) -> bool:
    """Attach a photo to an inspection (and item); False when it already was."""
    cursor = conn.execute("INSERT INTO photo_link (inspection_id, sha256, item_id, added_at) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [inspection_id, sha256, item_id, now_iso()])
    return cursor.rowcount == 1


def load_photo(ws: Workspace, sha256: str) -> StoredPhoto | None:
    row = ws.conn.execute(
        f"SELECT {', '.join(_META_COLUMNS)}, format, stored_as, original_name, scene_hash, hand_lat, hand_lon "  # noqa: S608
        "FROM photo WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        return None
    meta = dict(zip(_META_COLUMNS, row[:len(_META_COLUMNS)], strict=True))
    meta["taken_at_has_zone"] = bool(meta["taken_at_has_zone"])
    return StoredPhoto(PhotoMeta(**meta), *row[len(_META_COLUMNS):])


def thumbnail(ws: Workspace, sha256: str) -> bytes:
    row = ws.conn.execute("SELECT thumbnail FROM photo WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else b""


def links(ws: Workspace, inspection_id: int) -> list[tuple[str, str]]:
    """(sha256, item id) of an inspection's photos, in the order they were taken."""
    return list(ws.conn.execute(
        "SELECT l.sha256, l.item_id FROM photo_link l JOIN photo p ON p.sha256 = l.sha256 "
        "WHERE l.inspection_id = ? ORDER BY coalesce(p.taken_at, ''), p.original_name, l.sha256", [inspection_id]))


def scenes_elsewhere(ws: Workspace, series: str) -> list[tuple[str, str, str]]:
    """(sha256, scene hash, mine licence) of every photo used by inspections of other
    series (revisions of one inspection share their photos legitimately)."""
    return list(ws.conn.execute(
        "SELECT DISTINCT p.sha256, p.scene_hash, i.mine_licence FROM photo_link l "
        "JOIN photo p ON p.sha256 = l.sha256 JOIN inspection i ON i.id = l.inspection_id WHERE i.series != ?",
        [series]))


def hand_position(ws: Workspace, sha256: str) -> tuple[float | None, float | None]:
    row = ws.conn.execute("SELECT hand_lat, hand_lon FROM photo WHERE sha256 = ?", [sha256]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def place_by_hand(ws: Workspace, sha256: str, lat: float, lon: float) -> None:
    ws.conn.execute("UPDATE photo SET hand_lat = ?, hand_lon = ? WHERE sha256 = ?", [lat, lon, sha256])


@dataclass(frozen=True)
class PhotoRecord:
    """A photo's whole row, as a return package carries it (the thumbnail as its own file)."""

    sha256: str
    format: str
    stored_as: str
    original_name: str
    size: int
    width: int
    height: int
    taken_at: str | None
    taken_at_has_zone: int  # 0 or 1, as stored
    lat: float | None
    lon: float | None
    alt: float | None
    gps_time: str | None
    hand_lat: float | None
    hand_lon: float | None
    make: str
    model: str
    orientation: int
    software: str
    exif_width: int | None
    exif_height: int | None
    metadata_error: str
    scene_hash: str
    imported_at: str
    thumbnail: bytes


_RECORD_COLUMNS = [f.name for f in fields(PhotoRecord)]


def photo_records(ws: Workspace, shas: Sequence[str]) -> list[PhotoRecord]:
    """The rows of these photos (those stored), by hash."""
    return [PhotoRecord(*row) for row in rows_in(
        ws.conn, f"SELECT {', '.join(_RECORD_COLUMNS)} FROM photo WHERE sha256 IN ({{}}) ORDER BY sha256",  # noqa: S608
        sorted(shas))]
