"""Reading a photo file: its hash, pixels, EXIF (exifread), a thumbnail and a scene hash.

A file that is not a readable image is refused with one reason; a readable image whose
EXIF is broken is kept and its metadata marked unreadable, because an inspector must not
lose evidence to a camera's bug.

Speed matters on a camera card of hundreds of 12 MP photos: a JPEG that is complete (its
last scan ends with the end-of-image marker) and carries the small thumbnail cameras and
phones embed in EXIF is thumbnailed from that, without decoding its scan; any other file
is decoded in JPEG draft mode (1/8 scale), which is also what finds corrupt pixel data.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import exifread
import imagehash
from exifread.utils import get_gps_coords
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from greenmine_desktop.domain.photo import PhotoMeta
from greenmine_desktop.messages import UserError

register_heif_opener()
log = logging.getLogger(__name__)

#: Refused above this many pixels (decompression bombs); 200 MP covers any phone or camera.
MAX_PIXELS = 200_000_000
THUMB_SIZE = 320
SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
_EXIF_PREFIX = b"Exif\x00\x00"


@dataclass(frozen=True)
class PhotoData:
    meta: PhotoMeta
    format: str  # JPEG, PNG, HEIF
    thumbnail: bytes  # JPEG, orientation applied
    scene_hash: str  # 64-bit difference hash, hex


def read_photo(path: Path) -> PhotoData:
    """Everything we keep about one photo file, or a :class:`UserError` saying why not."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("photo_unreadable", reason=exc.strerror or type(exc).__name__) from exc
    return read_photo_bytes(data)


def read_photo_bytes(data: bytes) -> PhotoData:
    if not data:
        raise UserError("photo_empty")
    image = _open(data)
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        tags, error = _exif_tags(data, image), ""
    except Exception as exc:  # noqa: BLE001 - any EXIF failure keeps the photo, flagged
        log.info("EXIF unreadable: %s", exc)
        tags, error = {}, f"{type(exc).__name__}: {exc}"[:200]
    if image.info.get("exif") and not any("Tag 0x" not in key for key in tags):
        # exifread skips what it cannot parse, silently: a block with no tag it knows is garbage
        tags, error = {}, error or "EXIF block present but unreadable"
    meta = _meta(sha256, image.size, tags, error)
    embedded = tags.get("JPEGThumbnail") if image.format in ("JPEG", "MPO") and _jpeg_complete(data) else None
    thumbnail, scene = _thumbnail(_embedded(embedded) or _decoded(image), meta.orientation)
    return PhotoData(meta, image.format or "", thumbnail, scene)


def _jpeg_complete(data: bytes) -> bool:
    """The file ends with the end-of-image marker. A file cut short cannot (0xFF never occurs
    unstuffed in scan data); files with trailers after the marker take the decoding path,
    which judges them properly."""
    return data.endswith(b"\xff\xd9")


def _open(data: bytes) -> Image.Image:
    """Open and check the header; refuse bombs before any decoding."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Pillow's corrupt-EXIF warnings: exifread reads and judges the EXIF
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise UserError("photo_too_large", limit=MAX_PIXELS // 1_000_000) from exc
        except UnidentifiedImageError as exc:
            raise UserError("photo_not_image") from exc
    if image.width * image.height > MAX_PIXELS:
        raise UserError("photo_too_large", limit=MAX_PIXELS // 1_000_000)
    if image.format not in ("JPEG", "PNG", "HEIF", "MPO"):
        raise UserError("photo_format", format=image.format or "?")
    return image


def _exif_tags(data: bytes, image: Image.Image) -> dict[str, Any]:
    """exifread's tags of a JPEG or PNG, or of the EXIF block a HEIC carries."""
    if image.format == "HEIF":
        raw = image.info.get("exif") or b""
        if not raw:
            return {}
        stream = io.BytesIO(raw[len(_EXIF_PREFIX):] if raw.startswith(_EXIF_PREFIX) else raw)
    else:
        stream = io.BytesIO(data)
    return exifread.process_file(stream, details=False, extract_thumbnail=True)


def _text(tags: dict[str, Any], key: str) -> str:
    value = tags.get(key)
    return str(value).strip().strip("\x00").strip() if value is not None else ""


def _number(tags: dict[str, Any], key: str) -> float | None:
    value = tags.get(key)
    if value is None or not value.values:
        return None
    first = value.values[0]
    return float(first.decimal() if hasattr(first, "decimal") else first)


def _taken_at(tags: dict[str, Any]) -> tuple[str | None, bool]:
    """DateTimeOriginal with OffsetTimeOriginal if recorded (zone known), else the camera's
    local time (zone unknown)."""
    for key, offset_key in (("EXIF DateTimeOriginal", "EXIF OffsetTimeOriginal"),
                            ("Image DateTime", "EXIF OffsetTime")):
        raw = _text(tags, key)
        if not raw:
            continue
        try:
            moment = datetime.strptime(raw[:19], "%Y:%m:%d %H:%M:%S")
        except ValueError:
            continue
        offset = _text(tags, offset_key)
        if offset:
            try:
                return datetime.fromisoformat(f"{moment.isoformat()}{offset}").isoformat(), True
            except ValueError:
                pass
        return moment.isoformat(), False
    return None, False


def _gps_time(tags: dict[str, Any]) -> str | None:
    date, stamp = _text(tags, "GPS GPSDate"), tags.get("GPS GPSTimeStamp")
    if not date or stamp is None or len(stamp.values) != 3:
        return None
    try:
        h, m, s = (float(v.decimal() if hasattr(v, "decimal") else v) for v in stamp.values)
        day = datetime.strptime(date.replace("-", ":")[:10], "%Y:%m:%d")
        return day.replace(hour=int(h), minute=int(m), second=int(s)).isoformat() + "+00:00"
    except ValueError:
        return None


def _meta(sha256: str, size: tuple[int, int], tags: dict[str, Any], error: str) -> PhotoMeta:
    taken_at, has_zone = _taken_at(tags)
    coords = None
    try:
        coords = get_gps_coords(tags)
    except (ValueError, TypeError, ZeroDivisionError, AttributeError) as exc:
        error = error or f"GPS: {exc}"
    alt = _number(tags, "GPS GPSAltitude")
    if alt is not None and _number(tags, "GPS GPSAltitudeRef") == 1:
        alt = -alt  # below sea level
    orientation = _number(tags, "Image Orientation")
    return PhotoMeta(
        sha256=sha256, width=size[0], height=size[1], taken_at=taken_at, taken_at_has_zone=has_zone,
        lat=coords[0] if coords else None, lon=coords[1] if coords else None, alt=alt, gps_time=_gps_time(tags),
        make=_text(tags, "Image Make"), model=_text(tags, "Image Model"),
        orientation=int(orientation) if orientation and 1 <= orientation <= 8 else 1,
        software=_text(tags, "Image Software"),
        exif_width=int(w) if (w := _number(tags, "EXIF ExifImageWidth")) else None,
        exif_height=int(h) if (h := _number(tags, "EXIF ExifImageLength")) else None,
        metadata_error=error)


def _embedded(thumbnail: bytes | None) -> Image.Image | None:
    """The camera's own EXIF thumbnail, if it decodes."""
    if not thumbnail:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return Image.open(io.BytesIO(thumbnail)).convert("RGB")
    except (OSError, SyntaxError, ValueError):
        return None


def _decoded(image: Image.Image) -> Image.Image:
    """The picture at 1/8 scale (JPEG draft mode); a truncated or corrupt file fails here."""
    image.draft("RGB", (THUMB_SIZE // 2, THUMB_SIZE // 2))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return image.convert("RGB")
    except (OSError, SyntaxError, ValueError) as exc:
        raise UserError("photo_truncated") from exc


def _thumbnail(small: Image.Image, orientation: int) -> tuple[bytes, str]:
    """A small upright JPEG (EXIF orientation applied) and the scene hash of it."""
    small.thumbnail((THUMB_SIZE, THUMB_SIZE))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # Pillow only warns about corrupt EXIF
            exif = Image.Exif()
            exif[0x0112] = orientation
            small.info["exif"] = exif.tobytes()
            upright = ImageOps.exif_transpose(small)
    except Exception:  # noqa: BLE001 - an orientation Pillow cannot apply leaves the picture as stored
        upright = small
    out = io.BytesIO()
    upright.save(out, "JPEG", quality=82)
    return out.getvalue(), str(imagehash.dhash(upright))


def preview(path: Path, max_side: int = 1600) -> bytes:
    """An upright JPEG of the stored photo for the viewer, decoded in draft mode (never at
    full size) and scaled to fit ``max_side``.

    Draft mode is asked for the photo's own proportions: asking for a square would make a
    4:3 picture decode at twice the needed scale (and four times the work)."""
    with warnings.catch_warnings(), Image.open(path) as image:
        warnings.simplefilter("ignore")
        scale = min(1.0, max_side / max(image.size))
        image.draft("RGB", (math.ceil(image.width * scale), math.ceil(image.height * scale)))
        upright = ImageOps.exif_transpose(image.convert("RGB") if image.mode != "RGB" else image)
        upright.thumbnail((max_side, max_side))
        out = io.BytesIO()
        upright.save(out, "JPEG", quality=88)
    return out.getvalue()
