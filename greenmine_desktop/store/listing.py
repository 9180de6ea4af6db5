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


# ------------------------------------------------------------------ the year's targets per town

def statuses_by_town(ws: Workspace, as_of: date) -> list[tuple[str, str]]:
    """(town, list status) of every mine with a listing event on or before a day, as of that day."""
    return ws.conn.execute(
        "SELECT m.town, e.to_status FROM mine m JOIN listing_event e ON e.id = "
        "(SELECT max(id) FROM listing_event WHERE mine_licence = m.licence_no AND on_day <= ?)",
        [as_of.isoformat()]).fetchall()


def targets(ws: Workspace, year: int) -> dict[str, int]:
    """The year's target per town: the latest entered (the table is append-only)."""
    return {town: target for town, target in ws.conn.execute(
        "SELECT town, target FROM listing_target WHERE year = ? ORDER BY id", [year])}


def add_target(ws: Workspace, year: int, town: str, target: int, set_on: date, set_by: str) -> None:
    """Inside the caller's transaction."""
    ws.conn.execute("INSERT INTO listing_target (year, town, target, set_on, set_by) VALUES (?, ?, ?, ?, ?)",
                    [year, town, target, set_on.isoformat(), set_by])
