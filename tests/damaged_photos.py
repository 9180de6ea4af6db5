"""A corpus of damaged and hostile photo files, made by the tests (nothing is downloaded).

Each maker writes small files (tens of KB; a few MB for the giant headers) so the corpus
of 300+ files is made and read in seconds. :func:`make_corpus` returns ``(path, kind)``
pairs; the kinds are what an adversarial user or a broken camera produces: bit flips,
truncations, zero denominators, impossible GPS, 10,000-entry IFDs, IFD loops, giant
headers, PNG pixel bombs and files that are no photo at all.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import piexif
from PIL import Image
from pillow_heif import from_pillow

from greenmine_desktop.services.demo_photos import exif_for, picture
from tests.photo_factory import png_bomb, write_jpeg

SMALL = (160, 120)


def _jpeg_bytes(seed: int = 1, size: tuple[int, int] = SMALL, exif: bytes | None = None) -> bytes:
    out = io.BytesIO()
    picture(seed, size).save(out, "JPEG", quality=80, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def _with_app1(jpeg: bytes, payload: bytes) -> bytes:
    """``jpeg`` with an APP1 segment (EXIF or XMP) right after the start-of-image marker."""
    payload = payload[:65533]
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def _piexif(gps: dict | None = None, zeroth: dict | None = None, exif: dict | None = None) -> bytes:
    return piexif.dump({"0th": zeroth or {}, "Exif": exif or {}, "GPS": gps or {}, "1st": {}, "thumbnail": None})


def _gps(extra: dict | None = None, lat=((30, 1), (15, 1), (0, 1)), lon=((105, 1), (30, 1), (0, 1)),
         lat_ref=b"N", lon_ref=b"E") -> dict:
    tags = {piexif.GPSIFD.GPSLatitudeRef: lat_ref, piexif.GPSIFD.GPSLatitude: lat,
            piexif.GPSIFD.GPSLongitudeRef: lon_ref, piexif.GPSIFD.GPSLongitude: lon}
    tags.update(extra or {})
    return tags


def _tiff(entries: list[tuple[int, int, int, bytes]], next_ifd: int = 0, declared: int | None = None,
          offset: int = 8) -> bytes:
    """A big-endian TIFF header and one IFD at ``offset``: (tag, type, count, 4-byte value)."""
    body = struct.pack(">H", len(entries) if declared is None else declared)
    body += b"".join(struct.pack(">HHI", tag, kind, count) + value.ljust(4, b"\0")[:4]
                     for tag, kind, count, value in entries)
    body += struct.pack(">I", next_ifd)
    return b"MM\x00\x2a" + struct.pack(">I", offset) + b"\0" * (offset - 8) + body


def _long(value: int) -> bytes:
    return struct.pack(">I", value)


def _png_with_chunks(chunks: list[tuple[bytes, bytes]], size: tuple[int, int] = SMALL) -> bytes:
    out = io.BytesIO()
    picture(7, size).save(out, "PNG")
    data = out.getvalue()
    head, tail = data[:33], data[33:]  # signature + IHDR, then the rest

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    return head + b"".join(chunk(k, p) for k, p in chunks) + tail


def _bit_flips(base: bytes, rng: random.Random, flips: int) -> bytes:
    data = bytearray(base)
    for _ in range(flips):
        position = rng.randrange(len(data))
        data[position] ^= 1 << rng.randrange(8)
    return bytes(data)


def _png_bomb_bytes(width: int, height: int, colour_type: int = 2, depth: int = 8) -> bytes:
    path = io.BytesIO()

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", width, height, depth, colour_type, 0, 0, 0)
    path.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 4096))
               + chunk(b"IEND", b""))
    return path.getvalue()


def make_corpus(folder: Path) -> list[tuple[Path, str]]:
    """Write the corpus into ``folder``; (path, kind) for every file."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(16)
    files: list[tuple[Path, str]] = []

    def add(kind: str, data: bytes, suffix: str = ".jpg") -> None:
        path = folder / f"{len(files):03d}-{kind}{suffix}"
        path.write_bytes(data)
        files.append((path, kind))

    camera = write_jpeg(folder / "_base.jpg", seed=3, size=SMALL, embed_thumbnail=True, lat=35.48, lon=105.27,
                        alt=1700.0).read_bytes()
    (folder / "_base.jpg").unlink()
    png = io.BytesIO()
    picture(4, SMALL).save(png, "PNG")
    for n in range(170):  # bit flips anywhere in a camera JPEG (header, EXIF, thumbnail, scan)
        add("bitflip", _bit_flips(camera, rng, 1 + n % 8))
    for n in range(30):
        add("bitflip-png", _bit_flips(png.getvalue(), rng, 1 + n % 4), ".png")
    for n in range(50):  # cut short at every kind of place
        add("truncated", camera[: max(1, len(camera) * n // 50)])
    heic = io.BytesIO()
    from_pillow(picture(5, SMALL)).save(heic, exif=exif_for(lat=22.54, lon=114.06, make="Apple").tobytes())
    for n in range(20):
        add("bitflip-heic", _bit_flips(heic.getvalue(), rng, 1 + n % 6), ".heic")
    for n in range(10):
        add("truncated-heic", heic.getvalue()[: len(heic.getvalue()) * n // 10], ".heic")
    zero = {
        "lat-minutes-0over0": _gps(lat=((30, 1), (0, 0), (0, 1))),
        "lon-seconds-xover0": _gps(lon=((105, 1), (0, 1), (5, 0))),
        "lat-degrees-xover0": _gps(lat=((30, 0), (0, 1), (0, 1))),
        "altitude-xover0": _gps({piexif.GPSIFD.GPSAltitude: (1700, 0)}),
        "timestamp-xover0": _gps({piexif.GPSIFD.GPSTimeStamp: ((1, 0), (2, 1), (3, 1)),
                                 piexif.GPSIFD.GPSDateStamp: b"2026:11:23"}),
        "timestamp-all-0over0": _gps({piexif.GPSIFD.GPSTimeStamp: ((0, 0), (0, 0), (0, 0)),
                                     piexif.GPSIFD.GPSDateStamp: b"2026:11:23"}),
        "dop-xover0": _gps({piexif.GPSIFD.GPSDOP: (5, 0)}),
    }
    for name, gps in zero.items():
        add(f"zero-{name}", _jpeg_bytes(exif=_piexif(gps)))
    add("zero-xresolution", _jpeg_bytes(exif=_piexif(zeroth={piexif.ImageIFD.XResolution: (72, 0)})))
    add("zero-exposure", _jpeg_bytes(exif=_piexif(exif={piexif.ExifIFD.ExposureTime: (1, 0),
                                                        piexif.ExifIFD.FNumber: (0, 0)})))
    absurd = {
        "lat-91": _gps(lat=((91, 1), (0, 1), (0, 1))),
        "lat-4.4e9": _gps(lat=((4294967295, 1), (0, 1), (0, 1))),
        "lon-999": _gps(lon=((999, 1), (0, 1), (0, 1))),
        "lon-181-west": _gps(lon=((181, 1), (0, 1), (0, 1)), lon_ref=b"W"),
        "lat-90-and-a-bit": _gps(lat=((90, 1), (0, 1), (1, 1))),
        "minutes-9999": _gps(lat=((1, 1), (9999, 1), (0, 1))),
        "bad-ref": _gps(lat_ref=b"X"),  # not N or S: read as north, position itself plausible
        "two-values": _gps(lat=((30, 1), (1, 1))),
        "altitude-4e9": _gps({piexif.GPSIFD.GPSAltitude: (4294967295, 1)}),
        "timestamp-hour-99": _gps({piexif.GPSIFD.GPSTimeStamp: ((99, 1), (2, 1), (3, 1)),
                                     piexif.GPSIFD.GPSDateStamp: b"2026:11:23"}),
        "date-nonsense": _gps({piexif.GPSIFD.GPSTimeStamp: ((1, 1), (2, 1), (3, 1)),
                                 piexif.GPSIFD.GPSDateStamp: b"0000:99:99"}),
        "exif-size-huge": _gps(),
    }
    for name, gps in absurd.items():
        exif = {piexif.ExifIFD.PixelXDimension: 4294967295, piexif.ExifIFD.PixelYDimension: 1} \
            if name == "exif-size-huge" else None
        add(f"absurd-{name}", _jpeg_bytes(exif=_piexif(gps, exif=exif)))
    many = [(0x1000 + n, 3, 1, b"\0\1") for n in range(10_000)]
    add("ifd-10k-png", _png_with_chunks([(b"eXIf", _tiff(many))]), ".png")
    add("ifd-10k-declared", _with_app1(_jpeg_bytes(), b"Exif\0\0" + _tiff(many[:5000], declared=10_000)))
    add("ifd-65535-declared", _with_app1(_jpeg_bytes(), b"Exif\0\0" + _tiff(many[:100], declared=65535)))
    add("ifd-huge-counts", _with_app1(_jpeg_bytes(), b"Exif\0\0" + _tiff(
        [(0x010F, 2, 0x7FFFFFFF, _long(8)), (0x0110, 5, 0x0FFFFFFF, _long(8))])))
    loops = {
        "next-is-itself": _tiff([(0x010F, 2, 4, b"ACME")], next_ifd=8),
        "exif-ifd-is-ifd0": _tiff([(0x8769, 4, 1, _long(8))]),
        "gps-ifd-is-ifd0": _tiff([(0x8825, 4, 1, _long(8))]),
        "offset-past-end": _tiff([(0x8769, 4, 1, _long(0xFFFFFF00))], next_ifd=0xFFFFFFF0),
        "first-ifd-past-end": b"MM\x00\x2a" + _long(0x7FFFFFFF),
        "little-endian-garbage": b"II\x2a\x00" + bytes(range(256)) * 4,
    }
    for name, tiff in loops.items():
        add(f"loop-{name}", _with_app1(_jpeg_bytes(), b"Exif\0\0" + tiff))
    add("loop-png-next-is-itself", _png_with_chunks([(b"eXIf", loops["next-is-itself"])]), ".png")
    jpeg = _jpeg_bytes(exif=_piexif(zeroth={piexif.ImageIFD.Make: b"A" * 60_000}))
    add("giant-make", jpeg)
    add("make-with-nuls", _jpeg_bytes(exif=_piexif(zeroth={piexif.ImageIFD.Make: b"HUA\0WEI\x07\x1b[31m",
                                                           piexif.ImageIFD.Software: b"\0" * 300})))
    segments = b"".join(b"\xff\xe2" + struct.pack(">H", 60_002) + rng.randbytes(60_000) for _ in range(60))
    plain = _jpeg_bytes()
    add("giant-app-segments", plain[:2] + segments + plain[2:])
    comment = b"\xff\xfe" + struct.pack(">H", 65_535) + b"x" * 65_533
    add("giant-comment", plain[:2] + comment * 8 + plain[2:])
    add("giant-png-text", _png_with_chunks([(b"tEXt", b"Comment\0" + b"y" * 3_000_000)]), ".png")
    add("png-ztxt-bomb", _png_with_chunks([(b"zTXt", b"Comment\0\0" + zlib.compress(b"z" * 50_000_000, 9))]),
        ".png")
    add("xmp-only", _with_app1(plain, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
                                      b"<rdf:RDF/></x:xmpmeta>"))
    for width, height, colour, depth in ((9400, 9400, 2, 8), (12000, 12000, 6, 8), (20000, 10000, 2, 8),
                                         (30000, 30000, 2, 8), (100000, 1, 2, 8), (1, 2**31 - 1, 0, 8),
                                         (65535, 65535, 6, 16), (8000, 8000, 6, 16)):
        add(f"png-bomb-{width}x{height}", _png_bomb_bytes(width, height, colour, depth), ".png")
    bomb_file = png_bomb(folder / "_bomb.png")
    add("png-bomb-factory", bomb_file.read_bytes(), ".png")
    bomb_file.unlink()
    others: dict[str, Callable[[], bytes]] = {
        "empty": lambda: b"",
        "one-byte": lambda: b"\xff",
        "soi-only": lambda: b"\xff\xd8",
        "soi-eoi": lambda: b"\xff\xd8\xff\xd9",
        "text-renamed": lambda: "这不是照片".encode(),
        "random-bytes": lambda: rng.randbytes(5000),
        "gif": lambda: b"GIF89a" + bytes(200),
        "bmp": lambda: _bmp(),
        "png-signature-only": lambda: b"\x89PNG\r\n\x1a\n",
        "png-zero-size": lambda: _png_bomb_bytes(0, 0),
        "png-bad-crc": lambda: png.getvalue()[:29] + b"\0\0\0\0" + png.getvalue()[33:],
        "heic-garbage": lambda: b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + rng.randbytes(3000),
        "jpeg-header-huge-size": lambda: _sof_size(plain, 65500, 65500),
        "jpeg-header-zero-size": lambda: _sof_size(plain, 0, 0),
    }
    for name, make in others.items():
        add(f"other-{name}", make(), ".heic" if name == "heic-garbage" else ".jpg")
    return files


def _bmp() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "BMP")
    return out.getvalue()


def _sof_size(jpeg: bytes, width: int, height: int) -> bytes:
    """``jpeg`` with its frame header claiming another size (pixels left as they are)."""
    at = jpeg.index(b"\xff\xc0")
    return jpeg[:at + 5] + struct.pack(">HH", height, width) + jpeg[at + 9:]
