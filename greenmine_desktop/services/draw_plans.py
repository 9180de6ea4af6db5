"""Spot-check items and plans in the county workspace, and running a plan's draw.

A plan says which mines are eligible (filters on the register), how many to draw
(count or ratio, optionally per stratum, abnormal-list mines optionally always in),
the team size and the load limit; the inspector pool is every active inspector with
their avoidance lists. Running it stores an immutable draw record.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime

from greenmine_desktop.domain.draw import Candidate, DrawInputs, PoolInspector, SampleRule, run_draw
from greenmine_desktop.domain.draw_record import DrawContext, make_record
from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.store import audit
from greenmine_desktop.store.inspectors import list_inspectors
from greenmine_desktop.store.workspace import Workspace, now_iso

FILTER_COLUMNS = ("status", "mineral", "scale", "green_level", "town")
STRATUM_COLUMNS = ("", "town", "mineral", "scale", "green_level")


@dataclass(frozen=True)
class SpotCheckItem:
    name: str
    legal_basis: str = ""
    scope: str = ""
    method: str = ""
    template: str = ""
    proportion: float | None = None
    frequency: str = ""


@dataclass(frozen=True)
class Plan:
    name: str
    item: str
    rule: SampleRule
    filters: dict[str, list[str]] = field(default_factory=dict)  # column → allowed values; absent = all
    stratum: str = ""  # register column whose values are the strata, when the rule is per stratum
    always_abnormal: bool = False

    def __post_init__(self) -> None:
        """Column names end up in SQL: only the register's own filter columns are allowed."""
        if self.stratum not in STRATUM_COLUMNS or any(c not in FILTER_COLUMNS for c in self.filters):
            raise ValueError(f"plan {self.name}: unknown register column")


def save_item(ws: Workspace, item: SpotCheckItem) -> None:
    with ws.transaction() as db:
        db.table("spot_check_item").upsert(asdict(item), pk="name")


def save_plan(ws: Workspace, plan: Plan) -> None:
    item = ws.conn.execute("SELECT id FROM spot_check_item WHERE name = ?", [plan.item]).fetchone()
    if item is None:
        raise UserError("plan_item_missing", item=plan.item)
    definition = {"rule": asdict(plan.rule), "filters": plan.filters, "stratum": plan.stratum,
                  "always_abnormal": plan.always_abnormal}
    with ws.transaction() as db:
        db.table("spot_check_plan").upsert(
            {"name": plan.name, "item_id": item[0], "definition": json.dumps(definition, ensure_ascii=False),
             "created_at": now_iso()}, pk="name")


def load_plan(ws: Workspace, name: str) -> Plan:
    row = ws.conn.execute(
        "SELECT p.definition, i.name FROM spot_check_plan p JOIN spot_check_item i ON i.id = p.item_id "
        "WHERE p.name = ?", [name]).fetchone()
    if row is None:
        raise UserError("plan_missing", plan=name)
    data = json.loads(row[0])
    return Plan(name, row[1], SampleRule(**data["rule"]), data["filters"], data["stratum"], data["always_abnormal"])


def draw_inputs(ws: Workspace, plan: Plan) -> DrawInputs:
    """The eligible mines and the inspector pool, as the plan defines them today."""
    clauses, params = [], []
    for column, values in sorted(plan.filters.items()):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params += values
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    stratum = plan.stratum or "''"
    rows = ws.conn.execute(f"SELECT licence_no, credit_code, {stratum}, abnormal FROM mine{where}", params)
    candidates = tuple(Candidate(licence, credit, str(group), bool(abnormal) and plan.always_abnormal)
                       for licence, credit, group, abnormal in rows)
    pool = tuple(PoolInspector.from_inspector(person) for person in list_inspectors(ws) if person.active)
    return DrawInputs(candidates, pool, plan.rule)


def run_plan(ws: Workspace, plan_name: str, seed: str, operator: str, witnesses: tuple[str, ...],
             drawn_at: datetime) -> dict:
    """Draw, store the record (immutable) and return it; nothing is stored if the draw fails."""
    plan = load_plan(ws, plan_name)
    inputs = draw_inputs(ws, plan)
    result = run_draw(inputs, seed)
    record = make_record(inputs, result, DrawContext(plan_name, operator, witnesses, drawn_at.isoformat()))
    plan_id = ws.conn.execute("SELECT id FROM spot_check_plan WHERE name = ?", [plan_name]).fetchone()[0]
    with ws.transaction() as db:
        db.table("draw_record").insert({
            "plan_id": plan_id, "record_sha256": record["record_sha256"],
            "record": json.dumps(record, ensure_ascii=False), "created_at": now_iso(),
        })
        audit.append(ws.conn, operator or login_name(), "draw", "draw_record", record["record_sha256"],
                     new={"plan": plan_name, "seed": seed, "mines": len(record["result"])})
    return record
