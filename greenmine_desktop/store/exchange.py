"""The reads the open-data exports need: a year's signed checks, the latest check of each
mine, the steps of each follow-up case, and the publications of the results."""

from __future__ import annotations

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
    """Every publication of a draw's results with the plan it belongs to, oldest first."""
    plan = "d.record::json ->> 'plan'" if ws.on_server else "json_extract(d.record, '$.plan')"
    return [{"record_sha256": r[0], "plan": r[1], "published_on": r[2], "place": r[3]} for r in ws.conn.execute(
        f"SELECT p.record_sha256, coalesce({plan}, ''), p.published_on, p.place "  # noqa: S608 - one of two
        "FROM publication p LEFT JOIN draw_record d ON d.record_sha256 = p.record_sha256 "
        "ORDER BY p.published_on, p.id")]
