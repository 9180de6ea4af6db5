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
from greenmine_desktop.domain.draw_record import DrawContext, DrawRecord, make_record, verify_record
from greenmine_desktop.files import write_atomically
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.store import audit
from greenmine_desktop.store import draws as store
from greenmine_desktop.store.draw_secrets import avoidance_for, draw_salt
from greenmine_desktop.store.draws import (
    FILTER_COLUMNS,
    STRATUM_COLUMNS,
    SpotCheckItem,
    item_names,
    load_item,
    plan_names,
)
from greenmine_desktop.store.inspectors import inspector_names, list_inspectors
from greenmine_desktop.store.mines import mine_names
from greenmine_desktop.store.workspace import Workspace

__all__ = ["FILTER_COLUMNS", "STRATUM_COLUMNS", "SpotCheckItem", "item_names", "load_item", "plan_names"]


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
    with ws.transaction():
        store.put_item(ws, item)
        audit.append(ws.conn, actor or login_name(), "change" if old else "create", "spot_check_item", item.name,
                     None, asdict(old) if old else None, asdict(item))


def save_plan(ws: Workspace, plan: Plan, actor: str | None = None) -> None:
    if not store.item_exists(ws, plan.item):
        raise UserError("plan_item_missing", item=plan.item)
    definition = {"rule": asdict(plan.rule), "filters": plan.filters, "stratum": plan.stratum,
                  "always_abnormal": plan.always_abnormal, "always_complaints": plan.always_complaints,
                  "exclude_checked_months": plan.exclude_checked_months}
    old = store.plan_definition(ws, plan.name)
    if old == definition:
        return
    with ws.transaction():
        store.put_plan(ws, plan.name, plan.item, definition)
        audit.append(ws.conn, actor or login_name(), "change" if old is not None else "create", "spot_check_plan",
                     plan.name, None, old, definition)


def load_plan(ws: Workspace, name: str) -> Plan:
    row = store.load_plan_row(ws, name)
    if row is None:
        raise UserError("plan_missing", plan=name)
    data = row.definition
    return Plan(name, row.item, SampleRule(**data["rule"]), data["filters"], data["stratum"], data["always_abnormal"],
                data.get("always_complaints", False), data.get("exclude_checked_months", 0))


def draw_inputs(ws: Workspace, plan: Plan, on: date | None = None) -> DrawInputs:
    """The eligible mines and the inspector pool, as the plan defines them on the given day
    (today by default): recent checks are counted back from it."""
    since = ((on or clock.today()) - relativedelta(months=plan.exclude_checked_months)
             if plan.exclude_checked_months else None)
    candidates = tuple(
        Candidate(mine.licence_no, mine.credit_code, mine.stratum,
                  (mine.abnormal and plan.always_abnormal) or (mine.complaints > 0 and plan.always_complaints))
        for mine in store.eligible_mines(ws, plan.filters, plan.stratum, since))
    pool = tuple(PoolInspector.from_inspector(person) for person in list_inspectors(ws) if person.active)
    return DrawInputs(candidates, pool, plan.rule, draw_salt(ws))


def run_plan(ws: Workspace, plan_name: str, seed: str, operator: str, witnesses: tuple[str, ...],
             drawn_at: datetime, replaces: str | None = None, replace_reason: str = "") -> DrawRecord:
    """Draw, store the record (immutable) and return it; nothing is stored if the draw fails.

    A plan is drawn once. Drawing it again is a redraw: it names the plan's current record
    (by its SHA-256), the one no other redraw replaced yet, and says why; the old record
    stays. Without that rule a clerk could draw until the result suited someone, and the
    published record would not show it."""
    if replaces is not None and not replace_reason.strip():
        raise UserError("draw_replace_reason")
    _check_replacement(ws, plan_name, replaces)
    plan = load_plan(ws, plan_name)
    inputs = draw_inputs(ws, plan, drawn_at.date())
    result = run_draw(inputs, seed)
    data = make_record(inputs, result, DrawContext(plan_name, operator, witnesses, drawn_at.isoformat(),
                                                   replaces, replace_reason.strip()))
    record = DrawRecord.from_data(data)
    with ws.transaction(immediate=True):  # checked again under the write lock: two clerks drawing at once
        _check_replacement(ws, plan_name, replaces)
        store.record_draw(ws, plan_name, data, inputs.avoidance_data())
        audit.append(ws.conn, operator or login_name(), "draw", "draw_record", record.record_sha256,
                     new={"plan": plan_name, "seed": seed, "mines": len(record.result), "replaces": replaces})
    return record


def _check_replacement(ws: Workspace, plan_name: str, replaces: str | None) -> None:
    """A first draw of a plan names nothing; a redraw names the plan's current record."""
    drawn = store.plan_draws(ws, plan_name)
    replaced = {r.replaces for r in drawn if r.replaces}
    current = [r.record_sha256 for r in drawn if r.record_sha256 not in replaced]
    if replaces is None:
        if current:
            raise UserError("draw_plan_drawn", plan=plan_name, record=current[-1][:12])
        return
    if replaces in current:
        return
    if not store.has_draw(ws, replaces):
        raise UserError("draw_replaces_missing", record=replaces[:12])
    if replaces in replaced:
        raise UserError("draw_replaced_already", record=replaces[:12])
    raise UserError("draw_replaces_other_plan", record=replaces[:12], plan=plan_name)


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
    records = store.all_draws(ws)
    replaced_by = {r.replaces: r.record_sha256 for r in records if r.replaces}
    return [DrawRow(r.record_sha256, r.plan, r.drawn_at, r.operator, len(r.result), r.replaces,
                    replaced_by.get(r.record_sha256)) for r in records]


def load_draw(ws: Workspace, record_sha256: str) -> DrawRecord:
    record = store.load_draw(ws, record_sha256)
    if record is None:
        raise UserError("draw_replaces_missing", record=record_sha256[:12])
    return record


def load_record(ws: Workspace, record_sha256: str) -> dict:
    """The stored record in its JSON form (what is hashed and exported). Only
    services/assignments.py still reads records this way (issue 18 moves it to
    :func:`load_draw` next session)."""
    return dict(load_draw(ws, record_sha256).data)


def verify_stored(ws: Workspace, record: DrawRecord) -> list[Problem]:
    """:func:`verify_record` with the avoidance lists this workspace kept for the record, so
    the teams are re-run too when the record is this county's."""
    return verify_record(dict(record.data), avoidance_for(ws, record.record_sha256))


def export_record(ws: Workspace, record_sha256: str, path: Path, actor: str | None = None) -> None:
    """Write a stored record as JSON (what ``greenmine draw verify`` reads), and log it."""
    record = load_draw(ws, record_sha256)
    text = json.dumps(record.data, ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(path, lambda stream: stream.write(text), create_folder=False)
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "export", "draw_record", record_sha256, new={"file": path.name})


def export_record_pdf(ws: Workspace, record_sha256: str, path: Path, actor: str | None = None) -> None:
    """The record as a PDF for publication (names and badge numbers, no avoidance lists)."""
    record = load_draw(ws, record_sha256)
    names = inspector_names(ws)
    mines = mine_names(ws)
    rule = record.inputs["rule"]
    sample = f"{rule['ratio']:.0%}" if rule.get("ratio") is not None else f"{rule['count']} 座"
    facts = (
        ("抽查计划", record.plan), ("抽取时间", record.drawn_at[:19].replace("T", " ")),
        ("操作人", record.operator or "—"), ("见证人", "、".join(record.witnesses) or "—"),
        ("种子", record.seed), ("算法", record.algorithm),
        ("抽取规则", f"抽取 {sample}{'（分层）' if rule.get('per_stratum') else ''}，检查组 {rule['team_size']} 人，"
                     f"每人最多 {rule['max_load']} 座"),
        ("符合条件", f"矿山 {len(record.inputs['candidates'])} 座，"
                     f"检查人员 {len(record.inputs['inspectors'])} 名"),
        ("输入哈希", record.inputs_sha256), ("记录哈希", record.record_sha256),
    ) + ((("替换记录", f"{record.replaces}（{record.replace_reason}）"),) if record.replaces else ())
    rows = tuple((str(n), r.licence_no, mines.get(r.licence_no, ""),
                  "、".join(f"{names.get(b, b)}（{b}）" for b in r.team)) for n, r in enumerate(record.result, 1))
    doc = DrawRecordDoc(ws.meta("bureau") or "", facts, rows, record_sha256)
    write_atomically(path, lambda stream: build_draw_record(doc, stream), create_folder=False)
    with ws.transaction():
        audit.append(ws.conn, actor or login_name(), "export", "draw_record", record_sha256, new={"file": path.name})
