"""Reading inspections and assignments for lists; changes go through services/inspections."""

from __future__ import annotations

import json
from dataclasses import dataclass

from greenmine_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class InspectionRow:
    id: int
    mine_licence: str
    mine_name: str
    template: str
    revision: int
    status: str
    started_at: str
    team: tuple[str, ...]  # names


def list_inspections(ws: Workspace) -> list[InspectionRow]:
    """Every inspection, newest first, each revision on its own row."""
    rows = ws.conn.execute(
        "SELECT i.id, i.mine_licence, coalesce(m.name, ''), i.template, i.revision, i.status, i.started_at, i.team "
        "FROM inspection i LEFT JOIN mine m ON m.licence_no = i.mine_licence "
        "ORDER BY i.started_at DESC, i.series, i.revision DESC")
    return [InspectionRow(*r[:7], tuple(m["name"] for m in json.loads(r[7]))) for r in rows]


def inspection_template(ws: Workspace, uid: str) -> str:
    """The checklist template an inspection (its latest revision) was made on."""
    [key] = ws.conn.execute("SELECT template FROM inspection WHERE uid = ? ORDER BY revision DESC LIMIT 1",
                            [uid]).fetchone()
    return key


@dataclass(frozen=True)
class Assignment:
    """A mine and its team from the newest draw (mine → inspectors' badge numbers)."""

    licence_no: str
    mine_name: str
    team: tuple[str, ...]
    template: str  # the spot-check item's template id, '' if it names none


def latest_assignments(ws: Workspace) -> list[Assignment]:
    """On a field laptop, the mines of the assignments it opened; at the county office, the
    newest draw's."""
    if ws.kind == "field":
        return _opened_assignments(ws)
    row = ws.conn.execute(
        "SELECT r.record, i.template FROM draw_record r JOIN spot_check_plan p ON p.id = r.plan_id "
        "JOIN spot_check_item i ON i.id = p.item_id ORDER BY r.id DESC LIMIT 1").fetchone()
    if row is None:
        return []
    result = json.loads(row[0])["result"]
    names = dict(ws.conn.execute("SELECT licence_no, name FROM mine WHERE licence_no IN (SELECT value FROM "
                                 "json_each(?))", [json.dumps([a["licence_no"] for a in result])]))
    return [Assignment(a["licence_no"], names.get(a["licence_no"], ""), tuple(a["team"]), row[1]) for a in result]


def _opened_assignments(ws: Workspace) -> list[Assignment]:
    names = dict(ws.conn.execute("SELECT licence_no, name FROM mine"))
    found = []
    for team, mines, template in ws.conn.execute("SELECT team, mines, template FROM assignment "
                                                 "ORDER BY opened_at DESC"):
        badges = tuple(m["badge_no"] for m in json.loads(team))
        found += [Assignment(licence, names.get(licence, ""), badges, template) for licence in json.loads(mines)]
    return found


def latest_inspection_id(ws: Workspace) -> int | None:
    """The id of the inspection stored last (the one a package just brought)."""
    return ws.conn.execute("SELECT max(id) FROM inspection").fetchone()[0]
