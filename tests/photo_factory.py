"""Photos made in the tests, as cameras and phones write them (Pillow writes the EXIF)."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import piexif
from pyproj import Transformer

from greenmine_desktop.domain.mine import BoundaryPart, Corner, Mine
from greenmine_desktop.services.demo_photos import exif_for, picture

ZONE35 = 4523  # CGCS2000 GK zone 35 (105°E), eastings prefixed
ZONE36 = 4524  # zone 36 (108°E)


def square_mine(epsg: int = ZONE35, zone: int = 35, licence: str = "C1", north: float = 3930000.0,
                east: float = 527000.0, side: float = 1000.0) -> Mine:
    """A mine whose boundary is a square, north-west corner at (north, zone·10⁶ + east)."""
    y0 = zone * 1_000_000 + east
    corners = (Corner(1, north, y0), Corner(2, north, y0 + side), Corner(3, north - side, y0 + side),
               Corner(4, north - side, y0))
    return Mine(licence, "测试矿", "测试公司", "", "", "金矿", "underground", "small", "producing", "", "", "",
                None, None, "none", "none", False, epsg, (BoundaryPart("A区", corners, 1800, 1650),), None)


def lat_lon(epsg: int, northing: float, easting: float) -> tuple[float, float]:
    """The WGS84 latitude and longitude of a point given in a GK zone."""
    lon, lat = Transformer.from_crs(epsg, 4326, always_xy=True).transform(easting, northing)
    return lat, lon


def write_jpeg(path: Path, seed: int = 1, size: tuple[int, int] = (640, 480), embed_thumbnail: bool = False,
               **exif) -> Path:
    """A JPEG as a camera writes it; with ``embed_thumbnail`` also the small EXIF thumbnail
    phones and cameras put in (Pillow cannot write one, piexif can)."""
    image = picture(seed, size)
    data = exif_for(**exif).tobytes()
    if embed_thumbnail:
        thumb = image.copy()
        thumb.thumbnail((160, 120))
        buffer = io.BytesIO()
        thumb.save(buffer, "JPEG", quality=75)
        blocks = piexif.load(data)
        blocks["thumbnail"], blocks["1st"] = buffer.getvalue(), {piexif.ImageIFD.Compression: 6}
        data = piexif.dump(blocks)
    image.save(path, "JPEG", quality=85, exif=data)
    return path


def png_bomb(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A tiny PNG whose header claims a huge image (nothing past the header is valid)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


def jpeg_with_broken_exif(path: Path, seed: int = 3) -> Path:
    """Good pixels after an APP1 'Exif' segment that is garbage (a camera firmware bug)."""
    buffer = io.BytesIO()
    picture(seed).save(buffer, "JPEG", quality=85)
    data = buffer.getvalue()
    garbage = b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08\xff\xff" + bytes(range(256)) * 2
    segment = b"\xff\xe1" + struct.pack(">H", len(garbage) + 2) + garbage
    path.write_bytes(data[:2] + segment + data[2:])
    return path
