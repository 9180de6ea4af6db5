"""A certificate the county issued to an inspector, as its register lists it, and the
rule for warning before it expires (a laptop whose certificate lapsed cannot sign)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class IssuedCertificate:
    serial: str
    badge_no: str
    name: str
    not_before: datetime
    not_after: datetime
    issued_at: str
    revoked_at: str | None = None
    revoke_reason: str = ""

    def status(self, now: datetime) -> str:
        """``revoked``, ``expired``, ``expiring`` (within the warning days) or ``valid``."""
        if self.revoked_at is not None:
            return "revoked"
        if now > self.not_after or now < self.not_before:
            return "expired"
        if self.not_after - now <= timedelta(days=EXPIRY_WARNING_DAYS):
            return "expiring"
        return "valid"
