"""The inspector register, with each inspector's avoidance list."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from greenmine_desktop.domain.inspector import Avoidance, Inspector
from greenmine_desktop.store.workspace import Workspace


def upsert_inspectors(ws: Workspace, inspectors: Sequence[Inspector]) -> None:
    """Insert or update by badge number; each avoidance list is replaced whole."""
    if not inspectors:
        return
    with ws.transaction():
        ws.upsert_all("inspector", ["badge_no"], (
            {"badge_no": i.badge_no, "name": i.name, "unit": i.unit, "active": int(i.active)} for i in inspectors))
        ids = dict(ws.conn.execute("SELECT badge_no, id FROM inspector"))
        ws.conn.executemany(
            "DELETE FROM inspector_avoidance WHERE inspector_id = ?", [(ids[i.badge_no],) for i in inspectors]
        )
        ws.insert_all("inspector_avoidance", (
            {"inspector_id": ids[i.badge_no], "target_kind": a.kind, "target": a.target, "reason": a.reason}
            for i in inspectors for a in i.avoidances))


def known_avoidance_targets(ws: Workspace) -> set[str]:
    """Every licence number and credit code an avoidance may point at."""
    return {value for row in ws.conn.execute("SELECT licence_no, credit_code FROM mine") for value in row if value}


def avoidance_target_names(ws: Workspace, avoidances: Sequence[Avoidance]) -> dict[Avoidance, str]:
    """The mine or company each avoidance points at, as the register names it ('' if unknown)."""
    names = {}
    for avoidance in avoidances:
        column = "licence_no" if avoidance.kind == "mine" else "credit_code"
        shown = "name" if avoidance.kind == "mine" else "company"
        row = ws.conn.execute(f"SELECT {shown} FROM mine WHERE {column} = ? LIMIT 1", [avoidance.target]).fetchone()
        names[avoidance] = row[0] if row else ""
    return names


def list_inspectors(ws: Workspace) -> list[Inspector]:
    avoidances: dict[int, list[Avoidance]] = defaultdict(list)
    for inspector_id, kind, target, reason in ws.conn.execute(
        "SELECT inspector_id, target_kind, target, reason FROM inspector_avoidance ORDER BY id"
    ):
        avoidances[inspector_id].append(Avoidance(kind, target, reason))
    return [
        Inspector(badge, name, unit, bool(active), tuple(avoidances[row_id]))
        for row_id, badge, name, unit, active in ws.conn.execute(
            "SELECT id, badge_no, name, unit, active FROM inspector ORDER BY badge_no"
        )
    ]


def inspector_names(ws: Workspace) -> dict[str, str]:
    """Every inspector's name by badge number (teams are stored as badge numbers)."""
    return dict(ws.conn.execute("SELECT badge_no, name FROM inspector"))


def active_inspectors(ws: Workspace) -> list[tuple[str, str, str]]:
    """(badge, name, unit) of every active inspector, by badge number."""
    return ws.conn.execute("SELECT badge_no, name, unit FROM inspector WHERE active = 1 ORDER BY badge_no").fetchall()


def inspector_by_badge(ws: Workspace, badge_no: str) -> Inspector | None:
    """One inspector of the register, with their avoidance list."""
    row = ws.conn.execute("SELECT id, name, unit, active FROM inspector WHERE badge_no = ?", [badge_no]).fetchone()
    if row is None:
        return None
    avoidances = tuple(Avoidance(*a) for a in ws.conn.execute(
        "SELECT target_kind, target, reason FROM inspector_avoidance WHERE inspector_id = ? ORDER BY id", [row[0]]))
    return Inspector(badge_no, row[1], row[2], bool(row[3]), avoidances)
