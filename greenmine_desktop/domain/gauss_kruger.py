"""Rules of Chinese Gauss-Krüger 3-degree corner coordinates (no projection maths here).

X is the northing with 7 integer digits, Y the easting: 8 integer digits when it starts
with the zone number (25–45), 6 when it does not. At most 2 decimals (MNR 2022).
CGCS2000 is current; Xi'an 1980 and Beijing 1954 appear on old licences and are kept
as they are, flagged, never converted by guesswork.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from greenmine_desktop.messages import Problem

ZONE_MIN, ZONE_MAX = 25, 45
_NUMBER = re.compile(r"^[+-]?(\d+)(?:\.(\d*))?$")


@dataclass(frozen=True)
class Datum:
    code: str
    label_zh: str
    label_en: str
    prefixed_base: int  # EPSG of zone 25 with the zone prefix in the easting
    plain_base: int  # EPSG of central meridian 75°E, no prefix
    legacy: bool


DATUMS = (
    Datum("cgcs2000", "CGCS2000", "CGCS2000", 4513, 4534, legacy=False),
    Datum("xian80", "西安80", "Xian 1980", 2349, 2370, legacy=True),
    Datum("beijing54", "北京54", "Beijing 1954", 2401, 2422, legacy=True),
)
_DATUM_NAMES = {
    "cgcs2000": ("cgcs2000", "2000", "cgcs 2000", "2000国家大地坐标系", "国家2000"),
    "xian80": ("xian80", "xian 1980", "西安80", "西安1980", "1980西安坐标系"),
    "beijing54": ("beijing54", "beijing 1954", "北京54", "北京1954", "1954北京坐标系"),
}


@dataclass(frozen=True)
class CrsSpec:
    """What the register row says about its coordinate system."""

    datum: Datum
    epsg: int | None  # None: to be found from the zone prefix


@dataclass(frozen=True)
class GkCoordinate:
    x: float
    y: float
    zone: int | None  # from the easting's prefix, if it has one


def datum_by_code(code: str) -> Datum:
    return next(d for d in DATUMS if d.code == code)


def describe_epsg(epsg: int) -> tuple[Datum, int, bool] | None:
    """(datum, zone, prefixed) of a supported 3-degree GK EPSG code, or None."""
    for datum in DATUMS:
        for base, prefixed in ((datum.prefixed_base, True), (datum.plain_base, False)):
            if base <= epsg <= base + ZONE_MAX - ZONE_MIN:
                return datum, ZONE_MIN + epsg - base, prefixed
    return None


def epsg_for(datum: Datum, zone: int, prefixed: bool) -> int:
    base = datum.prefixed_base if prefixed else datum.plain_base
    return base + zone - ZONE_MIN


def parse_crs(text: str) -> CrsSpec | Problem:
    cleaned = text.strip().casefold().removeprefix("epsg:").strip()
    if not cleaned:
        return CrsSpec(DATUMS[0], None)
    if cleaned.isdigit():
        described = describe_epsg(int(cleaned))
        if described:
            return CrsSpec(described[0], int(cleaned))
    for datum in DATUMS:
        if cleaned in _DATUM_NAMES[datum.code]:
            return CrsSpec(datum, None)
    return Problem("coord_bad_crs", {"value": text.strip()})


def parse_coordinate(part: str, corner: int, x_text: str, y_text: str) -> GkCoordinate | Problem:
    where = {"part": part, "corner": corner}
    x_match, y_match = _NUMBER.match(x_text.strip()), _NUMBER.match(y_text.strip())
    if not x_match or not y_match:
        return Problem("coord_not_number", where)
    if len(x_match.group(2) or "") > 2 or len(y_match.group(2) or "") > 2:
        return Problem("coord_decimals", where)
    x, y = float(x_text), float(y_text)
    if len(x_match.group(1).lstrip("0")) != 7 or x < 0:
        return Problem("coord_x_digits", {**where, "value": x_text.strip()})
    y_digits = len(y_match.group(1).lstrip("0"))
    if y < 0 or y_digits not in (6, 8):
        return Problem("coord_y_digits", {**where, "value": y_text.strip()})
    zone = int(y // 1_000_000) if y_digits == 8 else None
    if zone is not None and not ZONE_MIN <= zone <= ZONE_MAX:
        return Problem("coord_zone", {**where, "zone": zone})
    return GkCoordinate(x, y, zone)


def resolve_epsg(spec: CrsSpec, zones: set[int | None]) -> int | Problem:
    """The EPSG code of a boundary, from its stated system and its corners' zone prefixes."""
    if len(zones) > 1:
        shown = "、".join(str(z) if z else "—" for z in sorted(zones, key=lambda z: z or 0))
        return Problem("coord_mixed_zones", {"zones": shown})
    zone = next(iter(zones))
    if spec.epsg is None:
        if zone is None:
            return Problem("coord_zone_unknown")
        return epsg_for(spec.datum, zone, prefixed=True)
    described = describe_epsg(spec.epsg)
    assert described is not None  # parse_crs only yields supported codes
    _, epsg_zone, prefixed = described
    if prefixed != (zone is not None) or (zone is not None and zone != epsg_zone):
        return Problem("coord_epsg_mismatch", {"epsg": spec.epsg, "zone": zone or "—"})
    return spec.epsg
