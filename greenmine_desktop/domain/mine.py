"""A mine of the register (检查对象名录库) and its licensed boundary."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

#: A stated area that differs from the ellipsoidal one by more than this is flagged.
AREA_TOLERANCE = 0.001


@dataclass(frozen=True)
class Corner:
    """A numbered boundary corner: X is the northing, Y the easting (metres)."""

    no: int
    x: float
    y: float


@dataclass(frozen=True)
class BoundaryPart:
    """One part of a licence (A区, B区, …): a ring and its mining elevation range."""

    name: str
    corners: tuple[Corner, ...]  # the ring, the closing repeat of corner 1 left out
    elev_top: float
    elev_bottom: float


@dataclass(frozen=True)
class Mine:
    licence_no: str
    name: str
    company: str
    credit_code: str
    legal_rep: str
    mineral: str
    mining_method: str
    scale: str
    status: str
    county_code: str
    town: str
    address: str
    valid_from: date | None
    valid_to: date | None
    green_level: str
    green_status: str
    abnormal: bool
    epsg: int
    parts: tuple[BoundaryPart, ...]
    area_stated_km2: float | None
    area_computed_km2: float | None = None
    complaints: int = 0  # complaints received (投诉举报件数)

    def register_fields(self) -> dict[str, object]:
        """The register's columns as plain values (ISO dates, the area flag), without the
        boundary: one mapping for the database row and the JSON record alike."""
        values = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "parts"}
        values["valid_from"] = self.valid_from.isoformat() if self.valid_from else None
        values["valid_to"] = self.valid_to.isoformat() if self.valid_to else None
        values["area_flag"] = self.area_flagged
        return values

    def to_data(self) -> dict[str, object]:
        """The mine as plain JSON-ready data, boundary included (``mines list --json``, packages)."""
        parts = [{"name": p.name, "elev_top": p.elev_top, "elev_bottom": p.elev_bottom,
                  "corners": [[c.no, c.x, c.y] for c in p.corners]} for p in self.parts]
        return {**self.register_fields(), "parts": parts}

    @classmethod
    def from_data(cls, data: dict) -> Mine:
        """The inverse of :meth:`to_data` (the area flag is derived, not read)."""
        values: dict[str, Any] = {f.name: data.get(f.name) for f in fields(cls) if f.name in data and f.name != "parts"}
        for key in ("valid_from", "valid_to"):
            values[key] = date.fromisoformat(data[key]) if data.get(key) else None
        values["abnormal"] = bool(data.get("abnormal"))
        parts = tuple(BoundaryPart(p["name"], tuple(Corner(*c) for c in p["corners"]), p["elev_top"], p["elev_bottom"])
                      for p in data.get("parts", []))
        return cls(**values, parts=parts)

    def licence_expired(self, on: date) -> bool:
        """Past its validity on the given day (a licence valid *to* a day is valid that day)."""
        return self.valid_to is not None and self.valid_to < on

    @property
    def area_flagged(self) -> bool:
        return area_mismatch(self.area_stated_km2, self.area_computed_km2) is not None


@dataclass(frozen=True)
class MineFilter:
    """The register list's filter: free text across licence/name/company, plus exact fields."""

    text: str = ""
    mineral: str = ""
    status: str = ""
    green_level: str = ""


def area_mismatch(stated: float | None, computed: float | None) -> float | None:
    """Relative difference of the stated area from the computed one, if over tolerance."""
    if stated is None or not computed:
        return None
    diff = abs(stated - computed) / computed
    return diff if diff > AREA_TOLERANCE else None


def search_text(licence_no: str, name: str, company: str) -> str:
    """What the register's text filter matches against (one column, one LIKE)."""
    return f"{licence_no}\x1f{name}\x1f{company}".casefold()
