"""The reads the open-data exports need: a year's signed checks, the latest check of each
mine, the steps of each follow-up case, and the publications of the results."""

from __future__ import annotations

import json

from greenmine_desktop.store.in_lists import rows_in
from greenmine_desktop.store.workspace import Workspace


def signed_inspections(ws: Workspace, year: int | None = None) -> list[tuple[int, str]]:
    """(id, mine licence) of every signed inspection (of a year), oldest first."""
    return [(r[0], r[1]) for r in ws.conn.execute(
        "SELECT id, mine_licence FROM inspection WHERE status = 'signed' AND (? IS NULL OR started_at LIKE ?) "
        "ORDER BY started_at, uid", [year, f"{year}-%"])]


def latest_inspections(ws: Workspace) -> dict[str, int]:
    """Mine licence → id of its latest signed inspection."""
    return {r[0]: r[1] for r in ws.conn.execute(
        "SELECT mine_licence, id FROM (SELECT mine_licence, id, row_number() OVER ("
        "PARTITION BY mine_licence ORDER BY started_at DESC, revision DESC) AS n FROM inspection "
        "WHERE status = 'signed') AS ranked WHERE n = 1")}


def case_steps(ws: Workspace) -> dict[int, list[dict]]:
    """Follow-up case id → its steps in order (the day, who, what, the state moved to)."""
    steps: dict[int, list[dict]] = {}
    for case, on_day, actor, action, from_state, to_state in ws.conn.execute(
            "SELECT follow_up, on_day, actor, action, from_state, to_state FROM follow_up_event ORDER BY id"):
        steps.setdefault(case, []).append({"on_day": on_day, "actor": actor, "action": action,
                                           "from_state": from_state, "to_state": to_state})
    return steps


def all_publications(ws: Workspace) -> list[dict]:
    """Every publication of a draw's results with the plan it belongs to, oldest first
    (the plan as its draw record names it, read in Python: the same SQL on both backends)."""
    rows = ws.conn.execute("SELECT record_sha256, published_on, place FROM publication "
                           "ORDER BY published_on, id").fetchall()
    plans: dict[str, str] = {}
    for sha256, record in rows_in(ws.conn, "SELECT record_sha256, record FROM draw_record WHERE record_sha256 IN ({})",
                                  sorted({r[0] for r in rows})):
        plan = json.loads(record).get("plan")
        plans[sha256] = "" if plan is None else plan
    return [{"record_sha256": sha256, "plan": plans.get(sha256, ""), "published_on": published_on, "place": place}
            for sha256, published_on, place in rows]
