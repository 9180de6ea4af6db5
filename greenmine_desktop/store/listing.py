"""Green-mine list status history: every change of ``mine.green_status`` comes with a
dated, attributed ``listing_event`` (the database refuses the change otherwise)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from greenmine_desktop import clock
from greenmine_desktop.store.workspace import Workspace, now_iso


@dataclass(frozen=True)
class ListingEvent:
    on_day: str
    actor: str
    from_status: str
    to_status: str
    reason: str
    basis: str


def record(conn: sqlite3.Connection, licence: str, from_status: str, to_status: str, actor: str, reason: str,
           basis: str = "", on_day: date | None = None) -> None:
    """Inside the caller's transaction, before the mine row itself is changed."""
    conn.execute("INSERT INTO listing_event (mine_licence, on_day, at, actor, from_status, to_status, reason, basis) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 [licence, (on_day or clock.today()).isoformat(), now_iso(), actor, from_status, to_status, reason,
                  basis])


def status(conn: sqlite3.Connection, licence: str) -> str | None:
    """The mine's green-mine list status now (None: no such mine)."""
    row = conn.execute("SELECT green_status FROM mine WHERE licence_no = ?", [licence]).fetchone()
    return row[0] if row else None


def change_status(conn: sqlite3.Connection, licence: str, to_status: str, actor: str, reason: str,
                  basis: str = "", on_day: date | None = None) -> str:
    """Record and make the change; returns the status it had."""
    from_status = status(conn, licence)
    record(conn, licence, from_status, to_status, actor, reason, basis, on_day)
    conn.execute("UPDATE mine SET green_status = ? WHERE licence_no = ?", [to_status, licence])
    return from_status


def history(ws: Workspace, licence: str) -> list[ListingEvent]:
    return [ListingEvent(*row) for row in ws.conn.execute(
        "SELECT on_day, actor, from_status, to_status, reason, basis FROM listing_event WHERE mine_licence = ? "
        "ORDER BY id", [licence])]
