"""The register of certificates the county issued (written by services/keys.py)."""

from __future__ import annotations

from datetime import datetime

from greenmine_desktop.domain.certificate import IssuedCertificate
from greenmine_desktop.store.workspace import Workspace


def list_certificates(ws: Workspace) -> list[IssuedCertificate]:
    """Every issued certificate, newest first."""
    rows = ws.conn.execute("SELECT serial, badge_no, name, not_before, not_after, issued_at, revoked_at, "
                           "revoke_reason FROM certificate ORDER BY issued_at DESC, serial")
    return [IssuedCertificate(serial, badge, name, datetime.fromisoformat(before), datetime.fromisoformat(after),
                              issued, revoked, reason or "")
            for serial, badge, name, before, after, issued, revoked, reason in rows]
