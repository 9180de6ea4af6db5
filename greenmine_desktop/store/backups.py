"""When the workspace was last backed up, where to, and how often it should be: three
entries of ``workspace_meta``, so the reminder travels with the workspace."""

from __future__ import annotations

from greenmine_desktop.store.workspace import Workspace

DEFAULT_EVERY_DAYS = 7


def _set(ws: Workspace, key: str, value: str) -> None:
    ws.conn.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


def record_backup(ws: Workspace, at: str, to: str) -> None:
    """Call inside the transaction that logs the backup."""
    _set(ws, "last_backup_at", at)
    _set(ws, "last_backup_to", to)


def last_backup(ws: Workspace) -> tuple[str, str] | None:
    """(when, where to) of the last backup, or None."""
    at = ws.meta("last_backup_at")
    return (at, ws.meta("last_backup_to") or "") if at else None


def backup_every_days(ws: Workspace) -> int:
    value = ws.meta("backup_every_days")
    return int(value) if value and value.isdigit() else DEFAULT_EVERY_DAYS


def set_backup_every_days(ws: Workspace, days: int) -> None:
    with ws.transaction():
        _set(ws, "backup_every_days", str(days))
