"""When the workspace was last backed up, where to, and how often it should be: three
entries of ``workspace_meta``, so the reminder travels with the workspace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from greenmine_desktop.messages import UserError
from greenmine_desktop.store.workspace import Workspace

DEFAULT_EVERY_DAYS = 7
PAGES_PER_STEP = 1024  # the backup API copies in steps, so the GUI's writer is never shut out long


def copy_database(ws: Workspace, target: Path) -> None:
    """A consistent copy of the open database as a new file, while others keep writing
    (SQLite's online backup). A server's database is backed up on the server (pg_dump,
    by its administrator): said in one sentence."""
    if ws.on_server:
        raise UserError("server_backup")
    with sqlite3.connect(target) as copy:
        ws.conn.backup(copy, pages=PAGES_PER_STEP)
    copy.close()


def record_backup(ws: Workspace, at: str, to: str) -> None:
    """Call inside the transaction that logs the backup."""
    ws.set_meta({"last_backup_at": at, "last_backup_to": to})


def last_backup(ws: Workspace) -> tuple[str, str] | None:
    """(when, where to) of the last backup, or None."""
    at = ws.meta("last_backup_at")
    return (at, ws.meta("last_backup_to") or "") if at else None


def backup_every_days(ws: Workspace) -> int:
    value = ws.meta("backup_every_days")
    return int(value) if value and value.isdigit() else DEFAULT_EVERY_DAYS


def set_backup_every_days(ws: Workspace, days: int) -> None:
    with ws.transaction():
        ws.set_meta({"backup_every_days": str(days)})
