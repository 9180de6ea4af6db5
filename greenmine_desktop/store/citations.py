"""The rule a finding breaks, as the clerk wrote or confirmed it (issue 19): kept per
inspection and checklist item, for findings whose item has no confirmed citation."""

from __future__ import annotations

from greenmine_desktop.store.workspace import Workspace, now_iso


def confirmed_citations(ws: Workspace, inspection_uid: str) -> dict[str, str]:
    """item id → the citation the clerk confirmed for this inspection's finding."""
    return dict(ws.conn.execute("SELECT item_id, citation FROM finding_citation WHERE inspection_uid = ?",
                                [inspection_uid]).fetchall())


def put_citation(ws: Workspace, inspection_uid: str, item_id: str, citation: str, actor: str) -> str | None:
    """Inside the caller's transaction; returns the citation it replaces, if any."""
    was = ws.conn.execute("SELECT citation FROM finding_citation WHERE inspection_uid = ? AND item_id = ?",
                          [inspection_uid, item_id]).fetchone()
    ws.conn.execute("INSERT INTO finding_citation (inspection_uid, item_id, citation, confirmed_by, confirmed_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (inspection_uid, item_id) DO UPDATE SET "
                    "citation = excluded.citation, confirmed_by = excluded.confirmed_by, "
                    "confirmed_at = excluded.confirmed_at", [inspection_uid, item_id, citation, actor, now_iso()])
    return was[0] if was else None
