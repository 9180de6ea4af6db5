"""A photo as evidence: what its metadata says, and the checks that make it believable.

The checks are plain rules over values the adapters extract (photos/ reads the file,
geo/ measures the distance to the boundary): no file or coordinate work happens here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

#: Software tags of photo editors (matched case-insensitively as substrings).
EDITORS = ("photoshop", "lightroom", "gimp", "snapseed", "picsart", "affinity", "pixelmator", "meitu", "美图",
           "醒图", "picasa", "paint.net", "canva", "facetune", "vsco")
#: Default distance outside the boundary still counted as "near" (camera GPS error).
NEAR_BUFFER_M = 50.0
#: GPS cannot tell a point on the boundary line from one this close to it: both count as on it.
ON_LINE_M = 0.5
#: Hamming distance of 64-bit difference hashes at or under which two photos show the same scene.
SAME_SCENE_DISTANCE = 6
#: Why a photo's metadata cannot be used, as kept in :attr:`PhotoMeta.metadata_error`: message
#: codes (``messages.py``), so the reason shows in the reader's language.
METADATA_UNREADABLE = "photo_metadata_unreadable"
GPS_INVALID = "photo_gps_invalid"  # GPS tags that are no position on Earth


class Flag(StrEnum):
    no_gps = "no_gps"
    outside = "outside"  # beyond the buffer
    near = "near"  # outside the boundary but within the buffer
    boundary_unchecked = "boundary_unchecked"  # the mine's datum cannot be compared with GPS
    outside_time = "outside_time"  # taken outside the inspection's time window
    camera_time = "camera_time"  # the time is the camera's clock, zone unknown
    edited = "edited"
    reused = "reused"  # the same scene in another inspection or at another mine
    metadata_unreadable = "metadata_unreadable"
    gps_invalid = "gps_invalid"  # GPS tags present but no possible position (never compared with a boundary)
    placed_by_hand = "placed_by_hand"


#: Flags that cast doubt on a photo as evidence (the rest are information).
SERIOUS = frozenset({Flag.no_gps, Flag.gps_invalid, Flag.outside, Flag.outside_time, Flag.edited, Flag.reused,
                     Flag.metadata_unreadable})


@dataclass(frozen=True)
class PhotoMeta:
    """What a file says about itself; every field but the hash and size may be missing."""

    sha256: str
    width: int
    height: int
    taken_at: str | None = None  # ISO 8601; with an offset when the camera recorded one
    taken_at_has_zone: bool = False
    lat: float | None = None
    lon: float | None = None
    alt: float | None = None
    gps_time: str | None = None  # UTC, ISO 8601
    make: str = ""
    model: str = ""
    orientation: int = 1
    software: str = ""
    exif_width: int | None = None  # the size EXIF claims, to compare with the pixels
    exif_height: int | None = None
    metadata_error: str = ""  # why EXIF could not be read; the photo is kept regardless

    @property
    def has_gps(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def gps_invalid(self) -> bool:
        return self.metadata_error == GPS_INVALID


def plausible_position(lat: float, lon: float) -> bool:
    """A point on Earth: finite, |lat| ≤ 90 and |lon| ≤ 180."""
    return math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180


@dataclass(frozen=True)
class BoundaryCheck:
    status: str  # inside | near | outside | unchecked
    distance_m: float  # metres outside the boundary (0 inside)


def classify(inside: bool, distance_m: float, buffer_m: float = NEAR_BUFFER_M) -> BoundaryCheck:
    """On the line (within :data:`ON_LINE_M`) counts as inside; up to the buffer outside is near."""
    if inside or distance_m <= ON_LINE_M:
        return BoundaryCheck("inside", 0.0)
    return BoundaryCheck("near" if distance_m <= buffer_m else "outside", distance_m)


def looks_edited(meta: PhotoMeta) -> bool:
    """An editor's software tag, or EXIF dimensions that contradict the pixels (a crop or a
    resize after the camera wrote them)."""
    software = meta.software.casefold()
    if any(editor in software for editor in EDITORS):
        return True
    if meta.exif_width and meta.exif_height:
        return {meta.exif_width, meta.exif_height} != {meta.width, meta.height}
    return False


def local_time(value: str) -> datetime:
    """The wall-clock time of an ISO timestamp (its offset dropped): what the inspectors'
    watches showed, comparable with the inspection's local start time."""
    return datetime.fromisoformat(value).replace(tzinfo=None)


def within_window(taken_at: str, started_at: str, before: timedelta = timedelta(hours=2),
                  after: timedelta = timedelta(hours=12)) -> bool:
    """Taken from a little before the inspection began until the same working day ended."""
    taken, start = local_time(taken_at), local_time(started_at)
    return start - before <= taken <= start + after


def flags_for(meta: PhotoMeta, boundary: BoundaryCheck | None, started_at: str | None,
              reused: bool, placed_by_hand: bool = False) -> list[Flag]:
    """Every flag of a photo in an inspection, in a stable order."""
    flags = []
    if meta.gps_invalid:
        flags.append(Flag.gps_invalid)
    elif meta.metadata_error:
        flags.append(Flag.metadata_unreadable)
    if placed_by_hand:
        flags.append(Flag.placed_by_hand)
    elif not meta.has_gps and not meta.gps_invalid:
        flags.append(Flag.no_gps)
    if boundary is not None:
        if boundary.status in ("near", "outside"):
            flags.append(Flag(boundary.status))
        elif boundary.status == "unchecked":
            flags.append(Flag.boundary_unchecked)
    if meta.taken_at and not meta.taken_at_has_zone:
        flags.append(Flag.camera_time)
    if meta.taken_at and started_at and not within_window(meta.taken_at, started_at):
        flags.append(Flag.outside_time)
    if looks_edited(meta):
        flags.append(Flag.edited)
    if reused:
        flags.append(Flag.reused)
    return flags
