"""Photos for the demo workspace: pictures with EXIF as a phone writes it (time with its
zone, GPS position and altitude), made with Pillow. The tests use the same maker."""

from __future__ import annotations

import random
from datetime import datetime

from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational


def dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
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
        gps[1], gps[2] = ("N" if lat >= 0 else "S"), dms(lat)
        gps[3], gps[4] = ("E" if lon >= 0 else "W"), dms(lon)
        if alt is not None:
            gps[5], gps[6] = (b"\x00" if alt >= 0 else b"\x01"), IFDRational(round(abs(alt) * 10), 10)
        gps[7] = (IFDRational(2, 1), IFDRational(15, 1), IFDRational(0, 1))
        gps[29] = "2026:11:23"
    return exif
