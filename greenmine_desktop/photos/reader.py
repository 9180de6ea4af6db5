"""Reading a photo file: its hash, pixels, EXIF (exifread), a thumbnail and a scene hash.

A file that is not a readable image is refused with one reason; a readable image whose
EXIF is broken is kept and its metadata marked unreadable, because an inspector must not
lose evidence to a camera's bug. Whatever a damaged or hostile file does to the decoders,
the result is one sentence for that file: a batch never stops.

Speed matters on a camera card of hundreds of 12 MP photos: a JPEG that is complete (its
last scan ends with the end-of-image marker) and carries the small thumbnail cameras and
phones embed in EXIF is thumbnailed from that, without decoding its scan; any other file
is decoded in JPEG draft mode (1/8 scale), which is also what finds corrupt pixel data.

Memory is bounded by design. Our limits are stated here, once: :data:`MAX_PIXELS` (Pillow's
own bomb limit is set to it) and :data:`MEMORY_BUDGET`, the memory that decoding may hold
at once in this process. Before a file is read, its header gives the cost of reading it
(:func:`decode_cost`: the file's bytes plus the pixels decoded at the scale we need, at
8 bytes a pixel for the decode and the RGB copy); a photo whose cost alone passes the budget
is refused without decoding (a 250 KB PNG of 9400×9400 pixels would need 700 MB), and the
others wait until the budget has room (:class:`DecodeBudget`). JPEGs decode in draft mode at
1/8 scale, so even a 200 MP photo costs ~25 MB and its file; PNG and HEIC have no reduced
decode. The viewer's and the print copies' decodes (:func:`preview`) draw on the same budget.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from struct import error as struct_error
from typing import Any

import exifread
import imagehash
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

from greenmine_desktop.domain.photo import GPS_INVALID, METADATA_UNREADABLE, PhotoMeta, plausible_position
from greenmine_desktop.messages import UserError

register_heif_opener()
log = logging.getLogger(__name__)

#: Refused above this many pixels (decompression bombs); 200 MP covers any phone or camera
#: (the largest phone sensors give 16320×12240). Pillow's own limit is set to the same number:
#: it warns above it (we refuse) and would refuse at twice it.
MAX_PIXELS = 200_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
#: Memory that photo decoding may hold at once in this process (all workers of a batch together),
#: so that a batch stays under 400 MB peak RSS with the interpreter, Qt and the libraries around
#: it (tests/benchmarks/test_bad_input_memory.py). At 8 bytes a pixel a PNG or HEIC may have up
#: to ~39 MP; a JPEG of any allowed size fits, being decoded at 1/8 scale.
MEMORY_BUDGET = 300 * 2**20
#: Bytes a decoded pixel costs: the decoder's image (up to 4 bands) and the RGB copy we make.
_BYTES_PER_PIXEL = 8
THUMB_SIZE = 320
SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
_EXIF_PREFIX = b"Exif\x00\x00"
#: Longest text we keep from a metadata field (a hostile header can hold megabytes of "Make").
_MAX_TEXT = 200
#: EXIF dimensions beyond this are nonsense (and would not fit an SQLite integer if huge).
_MAX_SIDE = 1_000_000


class DecodeBudget:
    """Admits decodes while their summed cost stays within ``limit`` bytes; a decode that
    does not fit waits for others to finish, one that could never fit is refused."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.in_use = 0
        self._changed = threading.Condition()

    @contextmanager
    def reserve(self, cost: int) -> Iterator[None]:
        if cost > self.limit:
            raise UserError("photo_memory", need=-(-cost // 2**20), limit=self.limit // 2**20)
        with self._changed:
            self._changed.wait_for(lambda: self.in_use + cost <= self.limit)
            self.in_use += cost
        try:
            yield
        finally:
            with self._changed:
                self.in_use -= cost
                self._changed.notify_all()


#: The process's one budget: memory is per process, whichever batch or job decodes.
BUDGET = DecodeBudget(MEMORY_BUDGET)


class _QuietPillow:
    """Pillow's warnings about damaged files silenced (exifread reads and judges the EXIF),
    and its decompression-bomb warning an error, while any thread is reading a photo.

    Not ``warnings.catch_warnings`` in each worker: it is not thread-safe. Each exit restores
    the filters saved at its own entry, so one worker leaving turned the warnings back on
    (into errors, under pytest) while another was still inside Pillow. Here the first reader
    in sets the filters and the last one out restores them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._inside = 0
        self._saved: warnings.catch_warnings | None = None

    def __enter__(self) -> None:
        with self._lock:
            if self._inside == 0:
                self._saved = warnings.catch_warnings()
                self._saved.__enter__()
                warnings.simplefilter("ignore")
                warnings.simplefilter("error", Image.DecompressionBombWarning)
            self._inside += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._inside -= 1
            if self._inside == 0 and self._saved is not None:
                self._saved.__exit__(None, None, None)
                self._saved = None


_QUIET = _QuietPillow()


@dataclass(frozen=True)
class PhotoData:
    meta: PhotoMeta
    format: str  # JPEG, PNG, HEIF
    thumbnail: bytes  # JPEG, orientation applied
    scene_hash: str  # 64-bit difference hash, hex


def read_photo(path: Path, budget: DecodeBudget = BUDGET) -> PhotoData:
    """Everything we keep about one photo file, or a :class:`UserError` saying why not.
    The header is judged before the file is read whole, and the decode waits for room in
    ``budget``."""
    try:
        with _QUIET, path.open("rb") as stream:
            size = path.stat().st_size
            cost = decode_cost(_open(stream), size) if size else 0
        with budget.reserve(cost):
            data = path.read_bytes()
            return read_photo_bytes(data)
    except OSError as exc:
        raise UserError("photo_unreadable", reason=exc.strerror or type(exc).__name__) from exc


def decode_cost(image: Image.Image, file_size: int) -> int:
    """Bytes that reading this photo holds at its peak: the file itself and the pixels
    decoded at the scale we decode it (JPEG draft mode: 1/8 for a thumbnail)."""
    width, height = image.size
    if image.format in ("JPEG", "MPO"):
        width, height = math.ceil(width / 8), math.ceil(height / 8)
    return file_size + width * height * _BYTES_PER_PIXEL


def read_photo_bytes(data: bytes) -> PhotoData:
    with _QUIET:
        return _read(data)


def _read(data: bytes) -> PhotoData:
    if not data:
        raise UserError("photo_empty")
    image = _open(io.BytesIO(data))
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        tags = _exif_tags(data, image)
        error = ""
        if image.info.get("exif") and not any("Tag 0x" not in key for key in tags):
            # exifread skips what it cannot parse, silently: a block with no tag it knows is garbage
            tags, error = {}, METADATA_UNREADABLE
        meta = _meta(sha256, image.size, tags, error)
    except Exception:  # noqa: BLE001 - any EXIF failure keeps the photo, flagged
        log.info("EXIF unreadable", exc_info=True)
        tags, meta = {}, PhotoMeta(sha256, image.width, image.height, metadata_error=METADATA_UNREADABLE)
    try:
        embedded = tags.get("JPEGThumbnail") if image.format in ("JPEG", "MPO") and _jpeg_complete(data) else None
        thumbnail, scene = _thumbnail(_embedded(embedded) or _decoded(image), meta.orientation)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile file may break a decoder any way it likes
        log.info("photo not decodable", exc_info=True)
        raise UserError("photo_truncated") from exc
    return PhotoData(meta, image.format or "", thumbnail, scene)


def _jpeg_complete(data: bytes) -> bool:
    """The file ends with the end-of-image marker. A file cut short cannot (0xFF never occurs
    unstuffed in scan data); files with trailers after the marker take the decoding path,
    which judges them properly."""
    return data.endswith(b"\xff\xd9")


def _open(stream: io.BufferedIOBase | io.BytesIO) -> Image.Image:
    """Open and check the header; refuse bombs before any decoding (inside :data:`_QUIET`)."""
    try:
        image = Image.open(stream)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UserError("photo_too_large", limit=MAX_PIXELS // 1_000_000) from exc
    except UnidentifiedImageError as exc:
        raise UserError("photo_not_image") from exc
    except (OSError, SyntaxError, ValueError, EOFError, struct_error, IndexError, KeyError, TypeError) as exc:
        raise UserError("photo_truncated") from exc  # a header cut short, or one that breaks the format's parser
    if image.width * image.height > MAX_PIXELS:
        raise UserError("photo_too_large", limit=MAX_PIXELS // 1_000_000)
    if image.width < 1 or image.height < 1:
        raise UserError("photo_truncated")
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
    """A text field, without NULs and control characters, at most :data:`_MAX_TEXT` long."""
    value = tags.get(key)
    if value is None:
        return ""
    text = str(value)[:_MAX_TEXT * 4]
    return "".join(c for c in text if c.isprintable()).strip()[:_MAX_TEXT]


def _finite(value: Any) -> float | None:
    """A number from an EXIF value; None for a zero denominator, NaN or infinity."""
    try:
        if getattr(value, "denominator", 1) == 0:
            return None
        number = float(value)
    except (TypeError, ValueError, OverflowError, ZeroDivisionError):
        return None
    return number if math.isfinite(number) else None


def _number(tags: dict[str, Any], key: str) -> float | None:
    value = tags.get(key)
    values = getattr(value, "values", None)
    if not values or isinstance(values, (str, bytes)):
        return None
    return _finite(values[0])


def _position(tags: dict[str, Any]) -> tuple[float | None, float | None, str]:
    """(lat, lon, error) from the GPS IFD. No GPS tags: no position and no error. Anything
    that is not a possible position on Earth (a zero denominator, |lat| > 90, |lon| > 180,
    NaN) is invalid GPS: no position, and :data:`GPS_INVALID` as the reason."""
    keys = ("GPS GPSLatitude", "GPS GPSLatitudeRef", "GPS GPSLongitude", "GPS GPSLongitudeRef")
    if not all(key in tags for key in keys):
        return None, None, ""
    found = []
    for value_key, ref_key, negative in ((keys[0], keys[1], "S"), (keys[2], keys[3], "W")):
        values = getattr(tags[value_key], "values", None)
        parts = [_finite(v) for v in values] if isinstance(values, list) and len(values) == 3 else [None]
        if any(p is None for p in parts):
            return None, None, GPS_INVALID
        degrees, minutes, seconds = (p for p in parts if p is not None)
        decimal = degrees + minutes / 60 + seconds / 3600
        found.append(-decimal if _text(tags, ref_key).upper().startswith(negative) else decimal)
    lat, lon = found
    if not plausible_position(lat, lon):
        return None, None, GPS_INVALID
    return lat, lon, ""


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
    values = getattr(stamp, "values", None)
    if not date or not isinstance(values, list) or len(values) != 3:
        return None
    h, m, s = (_finite(v) for v in values)
    if h is None or m is None or s is None or not (0 <= h < 24 and 0 <= m < 60 and 0 <= s < 61):
        return None
    try:
        day = datetime.strptime(date.replace("-", ":")[:10], "%Y:%m:%d")
    except ValueError:
        return None
    return day.replace(hour=int(h), minute=int(m), second=min(int(s), 59)).isoformat() + "+00:00"


def _side(tags: dict[str, Any], key: str) -> int | None:
    value = _number(tags, key)
    return int(value) if value is not None and 0 < value <= _MAX_SIDE else None


def _meta(sha256: str, size: tuple[int, int], tags: dict[str, Any], error: str) -> PhotoMeta:
    taken_at, has_zone = _taken_at(tags)
    lat, lon, gps_error = _position(tags)
    alt = _number(tags, "GPS GPSAltitude")
    if alt is not None and abs(alt) > 100_000:
        alt = None  # not on or above the Earth
    if alt is not None and _number(tags, "GPS GPSAltitudeRef") == 1:
        alt = -alt  # below sea level
    orientation = _number(tags, "Image Orientation")
    return PhotoMeta(
        sha256=sha256, width=size[0], height=size[1], taken_at=taken_at, taken_at_has_zone=has_zone,
        lat=lat, lon=lon, alt=alt, gps_time=_gps_time(tags),
        make=_text(tags, "Image Make"), model=_text(tags, "Image Model"),
        orientation=int(orientation) if orientation and 1 <= orientation <= 8 else 1,
        software=_text(tags, "Image Software"),
        exif_width=_side(tags, "EXIF ExifImageWidth"), exif_height=_side(tags, "EXIF ExifImageLength"),
        metadata_error=error or gps_error)


def _embedded(thumbnail: bytes | None) -> Image.Image | None:
    """The camera's own EXIF thumbnail, if it decodes."""
    if not thumbnail:
        return None
    try:
        return Image.open(io.BytesIO(thumbnail)).convert("RGB")
    except (OSError, SyntaxError, ValueError):
        return None


def _decoded(image: Image.Image) -> Image.Image:
    """The picture at 1/8 scale (JPEG draft mode); a truncated or corrupt file fails here."""
    image.draft("RGB", (THUMB_SIZE // 2, THUMB_SIZE // 2))
    try:
        return image.convert("RGB")
    except (OSError, SyntaxError, ValueError) as exc:
        raise UserError("photo_truncated") from exc


def _thumbnail(small: Image.Image, orientation: int) -> tuple[bytes, str]:
    """A small upright JPEG (EXIF orientation applied) and the scene hash of it."""
    small.thumbnail((THUMB_SIZE, THUMB_SIZE))
    try:
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
    with _QUIET, Image.open(path) as image:
        scale = min(1.0, max_side / max(image.size))
        image.draft("RGB", (math.ceil(image.width * scale), math.ceil(image.height * scale)))
        # after draft() the size is the one decoded
        with BUDGET.reserve(path.stat().st_size + image.width * image.height * _BYTES_PER_PIXEL):
            upright = ImageOps.exif_transpose(image.convert("RGB") if image.mode != "RGB" else image)
            upright.thumbnail((max_side, max_side))
            out = io.BytesIO()
            upright.save(out, "JPEG", quality=88)
    return out.getvalue()
