"""The register of certificates the county issued (written by services/keys.py)."""

from __future__ import annotations

from datetime import datetime

from greenmine_desktop.domain.certificate import IssuedCertificate
from greenmine_desktop.store.workspace import Workspace, now_iso

_SELECT = ("SELECT serial, badge_no, name, not_before, not_after, issued_at, revoked_at, revoke_reason "
           "FROM certificate")


def _certificate(row: tuple) -> IssuedCertificate:
    serial, badge, name, before, after, issued, revoked, reason = row
    return IssuedCertificate(serial, badge, name, datetime.fromisoformat(before), datetime.fromisoformat(after),
                             issued, revoked, reason or "")


def list_certificates(ws: Workspace) -> list[IssuedCertificate]:
    """Every issued certificate, newest first."""
    return [_certificate(row) for row in ws.conn.execute(_SELECT + " ORDER BY issued_at DESC, serial")]


def find_certificate(ws: Workspace, serial: str) -> IssuedCertificate | None:
    """The certificate of a serial number (lower-case hex), or None: not issued here."""
    row = ws.conn.execute(_SELECT + " WHERE serial = ?", [serial]).fetchone()
    return _certificate(row) if row else None


def record_certificate(ws: Workspace, serial: str, badge_no: str, name: str, not_before: datetime,
                       not_after: datetime, pem: str) -> None:
    """Inside the caller's transaction: a certificate just issued."""
    ws.conn.execute("INSERT INTO certificate (serial, badge_no, name, not_before, not_after, pem, issued_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [serial, badge_no, name, not_before.isoformat(), not_after.isoformat(), pem, now_iso()])


def mark_revoked(ws: Workspace, serial: str, reason: str) -> None:
    """Inside the caller's transaction; for good (the database refuses to undo it)."""
    ws.conn.execute("UPDATE certificate SET revoked_at = ?, revoke_reason = ? WHERE serial = ?",
                    [now_iso(), reason, serial])
