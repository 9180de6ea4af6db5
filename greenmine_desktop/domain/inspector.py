"""An inspector of the register (执法检查人员名录库) and whom they must not check."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Avoidance:
    """回避: the inspector must not be drawn for this mine (licence) or company (credit code)."""

    kind: str  # "mine" or "company"
    target: str
    reason: str = ""


@dataclass(frozen=True)
class Inspector:
    badge_no: str
    name: str
    unit: str
    active: bool = True
    avoidances: tuple[Avoidance, ...] = ()
