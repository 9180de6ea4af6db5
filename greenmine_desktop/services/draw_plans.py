"""Spot-check items and plans in the county workspace, and running a plan's draw.

A plan says which mines are eligible (filters on the register), how many to draw
(count or ratio, optionally per stratum, abnormal-list mines optionally always in),
the team size and the load limit; the inspector pool is every active inspector with
their avoidance lists. Running it stores an immutable draw record.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path

from dateutil.relativedelta import relativedelta

from greenmine_desktop import clock
from greenmine_desktop.documents.draw_record import DrawRecordDoc, build_draw_record
from greenmine_desktop.domain.draw import Candidate, DrawInputs, PoolInspector, SampleRule, run_draw
from greenmine_desktop.domain.draw_record import DrawContext, make_record, verify_record
from greenmine_desktop.files import write_atomically
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.store import audit
from greenmine_desktop.store.draw_secrets import avoidance_for, draw_salt
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
    always_complaints: bool = False  # mines with complaints on record are always drawn
    exclude_checked_months: int = 0  # leave out mines with a signed inspection this recent (0: none)

    def __post_init__(self) -> None:
        """Column names end up in SQL: only the register's own filter columns are allowed."""
        if self.stratum not in STRATUM_COLUMNS or any(c not in FILTER_COLUMNS for c in self.filters):
            raise ValueError(f"plan {self.name}: unknown register column")
        # One spelling of each filter (sorted, empty lists dropped): equal plans compare and store equal.
        object.__setattr__(self, "filters", {c: sorted(set(v)) for c, v in sorted(self.filters.items()) if v})


def save_item(ws: Workspace, item: SpotCheckItem, actor: str | None = None) -> None:
    old = load_item(ws, item.name)
    if old == item:
        return
    with ws.transaction() as db:
        db.table("spot_check_item").upsert(asdict(item), pk="name")
        audit.append(ws.conn, actor or login_name(), "change" if old else "create", "spot_check_item", item.name,
                     None, asdict(old) if old else None, asdict(item))


def load_item(ws: Workspace, name: str) -> SpotCheckItem | None:
    row = ws.conn.execute("SELECT name, legal_basis, scope, method, template, proportion, frequency "
                          "FROM spot_check_item WHERE name = ?", [name]).fetchone()
    return SpotCheckItem(*row) if row else None


def save_plan(ws: Workspace, plan: Plan, actor: str | None = None) -> None:
    item = ws.conn.execute("SELECT id FROM spot_check_item WHERE name = ?", [plan.item]).fetchone()
    if item is None:
        raise UserError("plan_item_missing", item=plan.item)
    definition = {"rule": asdict(plan.rule), "filters": plan.filters, "stratum": plan.stratum,
                  "always_abnormal": plan.always_abnormal, "always_complaints": plan.always_complaints,
                  "exclude_checked_months": plan.exclude_checked_months}
    old = ws.conn.execute("SELECT definition FROM spot_check_plan WHERE name = ?", [plan.name]).fetchone()
    if old is not None and json.loads(old[0]) == definition:
        return
    with ws.transaction() as db:
        db.table("spot_check_plan").upsert(
            {"name": plan.name, "item_id": item[0], "definition": json.dumps(definition, ensure_ascii=False),
             "created_at": now_iso()}, pk="name")
        audit.append(ws.conn, actor or login_name(), "change" if old else "create", "spot_check_plan", plan.name,
                     None, json.loads(old[0]) if old else None, definition)


def load_plan(ws: Workspace, name: str) -> Plan:
    row = ws.conn.execute(
        "SELECT p.definition, i.name FROM spot_check_plan p JOIN spot_check_item i ON i.id = p.item_id "
        "WHERE p.name = ?", [name]).fetchone()
    if row is None:
        raise UserError("plan_missing", plan=name)
    data = json.loads(row[0])
    return Plan(name, row[1], SampleRule(**data["rule"]), data["filters"], data["stratum"], data["always_abnormal"],
                data.get("always_complaints", False), data.get("exclude_checked_months", 0))


def plan_names(ws: Workspace) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT name FROM spot_check_plan ORDER BY name")]


def item_names(ws: Workspace) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT name FROM spot_check_item ORDER BY name")]


def draw_inputs(ws: Workspace, plan: Plan, on: date | None = None) -> DrawInputs:
    """The eligible mines and the inspector pool, as the plan defines them on the given day
    (today by default): recent checks are counted back from it."""
    clauses: list[str] = []
    params: list[object] = []
    for column, values in sorted(plan.filters.items()):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params += values
    if plan.exclude_checked_months:
        since = (on or clock.today()) - relativedelta(months=plan.exclude_checked_months)
        clauses.append("licence_no NOT IN (SELECT mine_licence FROM inspection WHERE status != 'open' "
                       "AND started_at >= ?)")
        params.append(since.isoformat())
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    stratum = plan.stratum or "''"
    rows = ws.conn.execute(f"SELECT licence_no, credit_code, {stratum}, abnormal, complaints FROM mine{where}", params)
    candidates = tuple(
        Candidate(licence, credit, str(group),
                  (bool(abnormal) and plan.always_abnormal) or (complaints > 0 and plan.always_complaints))
        for licence, credit, group, abnormal, complaints in rows)
    pool = tuple(PoolInspector.from_inspector(person) for person in list_inspectors(ws) if person.active)
    return DrawInputs(candidates, pool, plan.rule, draw_salt(ws))


def run_plan(ws: Workspace, plan_name: str, seed: str, operator: str, witnesses: tuple[str, ...],
             drawn_at: datetime, replaces: str | None = None, replace_reason: str = "") -> dict:
    """Draw, store the record (immutable) and return it; nothing is stored if the draw fails.

    A redraw names the record it replaces (by its SHA-256) and why; the old one stays."""
    if replaces is not None:
        if not replace_reason.strip():
            raise UserError("draw_replace_reason")
        if ws.conn.execute("SELECT 1 FROM draw_record WHERE record_sha256 = ?", [replaces]).fetchone() is None:
            raise UserError("draw_replaces_missing", record=replaces[:12])
    plan = load_plan(ws, plan_name)
    inputs = draw_inputs(ws, plan, drawn_at.date())
    result = run_draw(inputs, seed)
    record = make_record(inputs, result, DrawContext(plan_name, operator, witnesses, drawn_at.isoformat(),
                                                     replaces, replace_reason.strip()))
    plan_id = ws.conn.execute("SELECT id FROM spot_check_plan WHERE name = ?", [plan_name]).fetchone()[0]
    with ws.transaction() as db:
        db.table("draw_record").insert({
            "plan_id": plan_id, "record_sha256": record["record_sha256"],
            "record": json.dumps(record, ensure_ascii=False), "created_at": now_iso(),
            "avoidance": json.dumps(inputs.avoidance_data(), ensure_ascii=False),
        })
        audit.append(ws.conn, operator or login_name(), "draw", "draw_record", record["record_sha256"],
                     new={"plan": plan_name, "seed": seed, "mines": len(record["result"]), "replaces": replaces})
    return record


@dataclass(frozen=True)
class DrawRow:
    record_sha256: str
    plan: str
    drawn_at: str
    operator: str
    mines: int
    replaces: str | None
    replaced_by: str | None


def list_draws(ws: Workspace) -> list[DrawRow]:
    """Every stored draw, newest first, with what replaced what."""
    records = [json.loads(r[0]) for r in ws.conn.execute("SELECT record FROM draw_record ORDER BY id DESC")]
    replaced_by = {r["replaces"]: r["record_sha256"] for r in records if r.get("replaces")}
    return [DrawRow(r["record_sha256"], r["plan"], r["drawn_at"], r["operator"], len(r["result"]),
                    r.get("replaces"), replaced_by.get(r["record_sha256"])) for r in records]


def load_record(ws: Workspace, record_sha256: str) -> dict:
    row = ws.conn.execute("SELECT record FROM draw_record WHERE record_sha256 = ?", [record_sha256]).fetchone()
    if row is None:
        raise UserError("draw_replaces_missing", record=record_sha256[:12])
    return json.loads(row[0])


def verify_stored(ws: Workspace, record: dict) -> list[Problem]:
    """:func:`verify_record` with the avoidance lists this workspace kept for the record, so
    the teams are re-run too when the record is this county's."""
    return verify_record(record, avoidance_for(ws, str(record.get("record_sha256", ""))))


def export_record(ws: Workspace, record_sha256: str, path: Path, actor: str | None = None) -> None:
    """Write a stored record as JSON (what ``greenmine draw verify`` reads), and log it."""
    record = load_record(ws, record_sha256)
    text = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(path, lambda stream: stream.write(text), create_folder=False)
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "export", "draw_record", record_sha256, new={"file": path.name})


def export_record_pdf(ws: Workspace, record_sha256: str, path: Path, actor: str | None = None) -> None:
    """The record as a PDF for publication (names and badge numbers, no avoidance lists)."""
    record = load_record(ws, record_sha256)
    names = dict(ws.conn.execute("SELECT badge_no, name FROM inspector"))
    mines = dict(ws.conn.execute("SELECT licence_no, name FROM mine"))
    rule = record["inputs"]["rule"]
    sample = f"{rule['ratio']:.0%}" if rule.get("ratio") is not None else f"{rule['count']} 座"
    facts = (
        ("抽查计划", record["plan"]), ("抽取时间", record["drawn_at"][:19].replace("T", " ")),
        ("操作人", record["operator"] or "—"), ("见证人", "、".join(record["witnesses"]) or "—"),
        ("种子", record["seed"]), ("算法", record["algorithm"]),
        ("抽取规则", f"抽取 {sample}{'（分层）' if rule.get('per_stratum') else ''}，检查组 {rule['team_size']} 人，"
                     f"每人最多 {rule['max_load']} 座"),
        ("符合条件", f"矿山 {len(record['inputs']['candidates'])} 座，"
                     f"检查人员 {len(record['inputs']['inspectors'])} 名"),
        ("输入哈希", record["inputs_sha256"]), ("记录哈希", record["record_sha256"]),
    ) + ((("替换记录", f"{record['replaces']}（{record['replace_reason']}）"),) if record.get("replaces") else ())
    rows = tuple((str(n), r["licence_no"], mines.get(r["licence_no"], ""),
                  "、".join(f"{names.get(b, b)}（{b}）" for b in r["team"])) for n, r in enumerate(record["result"], 1))
    doc = DrawRecordDoc(ws.meta("bureau") or "", facts, rows, record_sha256)
    write_atomically(path, lambda stream: build_draw_record(doc, stream), create_folder=False)
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "export", "draw_record", record_sha256, new={"file": path.name})
