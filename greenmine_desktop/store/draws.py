"""Spot-check items, plans, draw records and their publications.

A plan's definition and a draw record are stored as JSON (the record exactly as hashed and
exported); this module turns them into :class:`SpotCheckItem`, :class:`PlanRow` and
:class:`~greenmine_desktop.domain.draw_record.DrawRecord` values."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from greenmine_desktop.domain.draw_record import DrawRecord
from greenmine_desktop.store.workspace import Workspace, now_iso

#: Register columns a plan may filter on or stratify by (they end up in SQL).
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
class PlanRow:
    """A stored plan: its name, its item's name and its definition (decoded JSON)."""

    name: str
    item: str
    definition: dict[str, Any]


@dataclass(frozen=True)
class EligibleMine:
    licence_no: str
    credit_code: str
    stratum: str
    abnormal: bool
    complaints: int


@dataclass(frozen=True)
class StoredPublication:
    published_on: date
    place: str


# ------------------------------------------------------------------ items and plans

def put_item(ws: Workspace, item: SpotCheckItem) -> None:
    """Inside the caller's transaction: insert or update by name (the id stays)."""
    values = asdict(item)
    columns = ", ".join(values)
    updates = ", ".join(f"{c} = excluded.{c}" for c in values if c != "name")
    ws.conn.execute(f"INSERT INTO spot_check_item ({columns}) VALUES ({', '.join('?' * len(values))}) "  # noqa: S608
                    f"ON CONFLICT (name) DO UPDATE SET {updates}", list(values.values()))


def load_item(ws: Workspace, name: str) -> SpotCheckItem | None:
    row = ws.conn.execute("SELECT name, legal_basis, scope, method, template, proportion, frequency "
                          "FROM spot_check_item WHERE name = ?", [name]).fetchone()
    return SpotCheckItem(*row) if row else None


def item_names(ws: Workspace) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT name FROM spot_check_item ORDER BY name")]


def item_exists(ws: Workspace, name: str) -> bool:
    return ws.conn.execute("SELECT 1 FROM spot_check_item WHERE name = ?", [name]).fetchone() is not None


def plan_definition(ws: Workspace, name: str) -> dict[str, Any] | None:
    row = ws.conn.execute("SELECT definition FROM spot_check_plan WHERE name = ?", [name]).fetchone()
    return json.loads(row[0]) if row else None


def put_plan(ws: Workspace, name: str, item: str, definition: dict[str, Any]) -> None:
    """Inside the caller's transaction: insert or update by name (the id stays, so its
    draw records keep pointing at it)."""
    ws.conn.execute(
        "INSERT INTO spot_check_plan (name, item_id, definition, created_at) "
        "VALUES (?, (SELECT id FROM spot_check_item WHERE name = ?), ?, ?) ON CONFLICT (name) DO UPDATE SET "
        "item_id = excluded.item_id, definition = excluded.definition, created_at = excluded.created_at",
        [name, item, json.dumps(definition, ensure_ascii=False), now_iso()])


def load_plan_row(ws: Workspace, name: str) -> PlanRow | None:
    row = ws.conn.execute(
        "SELECT p.definition, i.name FROM spot_check_plan p JOIN spot_check_item i ON i.id = p.item_id "
        "WHERE p.name = ?", [name]).fetchone()
    return PlanRow(name, row[1], json.loads(row[0])) if row else None


def plan_names(ws: Workspace) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT name FROM spot_check_plan ORDER BY name")]


def plan_template(ws: Workspace, plan: str) -> str:
    """The checklist template of a plan's spot-check item ('' when it names none)."""
    row = ws.conn.execute("SELECT i.template FROM spot_check_plan p JOIN spot_check_item i ON i.id = p.item_id "
                          "WHERE p.name = ?", [plan]).fetchone()
    return row[0] if row else ""


def eligible_mines(ws: Workspace, filters: dict[str, list[str]], stratum: str,
                   not_checked_since: date | None) -> list[EligibleMine]:
    """The register's mines that pass a plan's filters, with their stratum value; those with
    an inspection (not open) started on or after ``not_checked_since`` are left out."""
    if stratum not in STRATUM_COLUMNS or any(c not in FILTER_COLUMNS for c in filters):
        raise ValueError("unknown register column")
    clauses: list[str] = []
    params: list[object] = []
    for column, values in sorted(filters.items()):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params += values
    if not_checked_since is not None:
        clauses.append("licence_no NOT IN (SELECT mine_licence FROM inspection WHERE status != 'open' "
                       "AND started_at >= ?)")
        params.append(not_checked_since.isoformat())
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    group = stratum or "''"
    rows = ws.conn.execute(f"SELECT licence_no, credit_code, {group}, abnormal, complaints FROM mine{where}",  # noqa: S608
                           params)
    return [EligibleMine(licence, credit, str(group), bool(abnormal), complaints)
            for licence, credit, group, abnormal, complaints in rows]


# ------------------------------------------------------------------ draw records

def record_draw(ws: Workspace, plan: str, record: dict[str, Any], avoidance: dict[str, Any]) -> None:
    """Inside the caller's transaction: a new, immutable record and its confidential part."""
    ws.conn.execute(
        "INSERT INTO draw_record (plan_id, record_sha256, record, created_at, avoidance) "
        "VALUES ((SELECT id FROM spot_check_plan WHERE name = ?), ?, ?, ?, ?)",
        [plan, record["record_sha256"], json.dumps(record, ensure_ascii=False), now_iso(),
         json.dumps(avoidance, ensure_ascii=False)])


def has_draw(ws: Workspace, record_sha256: str) -> bool:
    return ws.conn.execute("SELECT 1 FROM draw_record WHERE record_sha256 = ?",
                           [record_sha256]).fetchone() is not None


def load_draw(ws: Workspace, record_sha256: str) -> DrawRecord | None:
    row = ws.conn.execute("SELECT record FROM draw_record WHERE record_sha256 = ?", [record_sha256]).fetchone()
    return DrawRecord.from_data(json.loads(row[0])) if row else None


def all_draws(ws: Workspace) -> list[DrawRecord]:
    """Every stored record, newest first."""
    return [DrawRecord.from_data(json.loads(r[0]))
            for r in ws.conn.execute("SELECT record FROM draw_record ORDER BY id DESC")]


def plan_draws(ws: Workspace, plan: str) -> list[DrawRecord]:
    """The records drawn for ``plan``, oldest first."""
    return [DrawRecord.from_data(json.loads(r[0])) for r in ws.conn.execute(
        "SELECT r.record FROM draw_record r JOIN spot_check_plan p ON p.id = r.plan_id WHERE p.name = ? "
        "ORDER BY r.id", [plan])]


def latest_draw(ws: Workspace) -> tuple[DrawRecord, str] | None:
    """The newest record and its plan item's checklist template."""
    row = ws.conn.execute(
        "SELECT r.record, i.template FROM draw_record r JOIN spot_check_plan p ON p.id = r.plan_id "
        "JOIN spot_check_item i ON i.id = p.item_id ORDER BY r.id DESC LIMIT 1").fetchone()
    return (DrawRecord.from_data(json.loads(row[0])), row[1]) if row else None


# ------------------------------------------------------------------ publications (一公开)

def publications(ws: Workspace, record_sha256: str) -> list[StoredPublication]:
    """A draw's publications, in the order they went out."""
    return [StoredPublication(date.fromisoformat(day), place) for day, place in ws.conn.execute(
        "SELECT published_on, place FROM publication WHERE record_sha256 = ? ORDER BY published_on, id",
        [record_sha256])]


def record_publication(ws: Workspace, record_sha256: str, published_on: date, place: str, actor: str) -> None:
    """Inside the caller's transaction."""
    ws.conn.execute("INSERT INTO publication (record_sha256, published_on, place, recorded_at, recorded_by) "
                    "VALUES (?, ?, ?, ?, ?)", [record_sha256, published_on.isoformat(), place, now_iso(), actor])
