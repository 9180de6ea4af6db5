"""The confidential part of each draw (avoidance lists and salt), kept beside its record
and never exported: what lets the county re-run the teams of a published record."""

from __future__ import annotations

import json

from greenmine_desktop.store.workspace import Workspace


def avoidance_for(ws: Workspace, record_sha256: str) -> dict | None:
    """The avoidance part of a stored draw, or None (a format-1 record, or not this county's)."""
    row = ws.conn.execute("SELECT avoidance FROM draw_record WHERE record_sha256 = ?", [record_sha256]).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def draw_salt(ws: Workspace) -> str:
    """This workspace's salt for the avoidance hash (made by its migration, never exported)."""
    return ws.meta("draw_salt") or ""
