"""Photos made in the tests, as cameras and phones write them (Pillow writes the EXIF)."""

from __future__ import annotations

import io
import random
import struct
import zlib
from datetime import datetime
from pathlib import Path

import piexif
from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational
from pyproj import Transformer

from greenmine_desktop.domain.mine import BoundaryPart, Corner, Mine

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


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(round(seconds * 10_000), 10_000)


def picture(seed: int, size: tuple[int, int] = (640, 480)) -> Image.Image:
    """A scene of its own for each seed: shapes a perceptual hash can tell apart."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.rectangle([x, y, x + rng.randrange(40, size[0] // 2), y + rng.randrange(40, size[1] // 2)],
                       fill=tuple(rng.randrange(256) for _ in range(3)))
    return image


def exif_for(lat: float | None = None, lon: float | None = None, alt: float | None = None,
             taken: datetime | None = datetime(2026, 11, 23, 10, 15, 0), offset: str | None = "+08:00",
             make: str = "HUAWEI", model: str = "ALN-AL00", orientation: int = 1, software: str = "",
             exif_size: tuple[int, int] | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = make, model, orientation
    if software:
        exif[0x0131] = software
    ifd = exif.get_ifd(0x8769)
    if taken is not None:
        ifd[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
        if offset:
            ifd[0x9011] = offset
    if exif_size:
        ifd[0xA002], ifd[0xA003] = exif_size
    if lat is not None and lon is not None:
        gps = exif.get_ifd(0x8825)
        gps[1], gps[2] = ("N" if lat >= 0 else "S"), _dms(lat)
        gps[3], gps[4] = ("E" if lon >= 0 else "W"), _dms(lon)
        if alt is not None:
            gps[5], gps[6] = (b"\x00" if alt >= 0 else b"\x01"), IFDRational(round(abs(alt) * 10), 10)
        gps[7] = (IFDRational(2, 1), IFDRational(15, 1), IFDRational(0, 1))
        gps[29] = "2026:11:23"
    return exif


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
