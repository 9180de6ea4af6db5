"""Follow-up cases in SQLite: rows as :class:`FollowUp` values, and the overdue ones.

Kept free of the checklist and PDF libraries, so the main window can count overdue cases
at start-up."""

from __future__ import annotations

import json
from datetime import date

from greenmine_desktop import clock
from greenmine_desktop.domain.follow_up import FollowUp, State
from greenmine_desktop.messages import UserError
from greenmine_desktop.store.workspace import Workspace, now_iso

_SELECT = ("SELECT f.id, f.kind, f.inspection_uid, f.mine_licence, coalesce(m.name, f.mine_licence), f.department, "
           "f.findings, f.state, f.document_number, f.issued_on, f.deadline, f.served_on, f.report_on, "
           "f.report_accepted, f.recheck_uid, f.recheck_on, f.recheck_passed, f.note, f.deadline_provisional "
           "FROM follow_up f LEFT JOIN mine m ON m.licence_no = f.mine_licence")


def as_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def as_flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _follow_up(row: tuple) -> FollowUp:
    (id_, kind, uid, licence, name, department, findings, state, number, issued_on, deadline, served_on, report_on,
     accepted, recheck_uid, recheck_on, recheck_passed, note, provisional) = row
    return FollowUp(id_, kind, uid, licence, name, department, tuple(json.loads(findings)), State(state), number,
                    as_day(issued_on), as_day(deadline), as_day(served_on), as_day(report_on), as_flag(accepted),
                    recheck_uid, as_day(recheck_on), as_flag(recheck_passed), note, bool(provisional))


def follow_ups(ws: Workspace, kind: str | None = None) -> list[FollowUp]:
    """All cases (of one kind), oldest first."""
    rows = ws.conn.execute(_SELECT + (" WHERE f.kind = ?" if kind else "") + " ORDER BY f.id", [kind] if kind else [])
    return [_follow_up(row) for row in rows]


def recheck_uids(ws: Workspace) -> set[str]:
    """Inspections linked to a case as its re-check: they follow a check, they are not one."""
    return {row[0] for row in ws.conn.execute("SELECT recheck_uid FROM follow_up WHERE recheck_uid IS NOT NULL")}


def follow_up(ws: Workspace, follow_up_id: int) -> FollowUp:
    row = ws.conn.execute(_SELECT + " WHERE f.id = ?", [follow_up_id]).fetchone()
    if row is None:
        raise UserError("follow_up_missing", id=follow_up_id)
    return _follow_up(row)


def overdue(ws: Workspace, today: date | None = None) -> list[tuple[FollowUp, int]]:
    """Rectification cases past their deadline, the most overdue first."""
    today = today or clock.today()
    late = [(f, f.days_overdue(today)) for f in follow_ups(ws, "rectification")]
    return sorted([(f, days) for f, days in late if days > 0], key=lambda pair: -pair[1])


def case_events(ws: Workspace, follow_up_id: int) -> list[tuple[str, str, str, str]]:
    """The steps of a case in order: (day, actor, action, state it led to)."""
    return ws.conn.execute("SELECT on_day, actor, action, to_state FROM follow_up_event WHERE follow_up = ? "
                           "ORDER BY id", [follow_up_id]).fetchall()


def recheck_candidates(ws: Workspace, licence_no: str, checked_uid: str) -> list[tuple[str, str]]:
    """Signed inspections of the mine other than the checked one, newest first: (uid, started at)."""
    return ws.conn.execute("SELECT uid, started_at FROM inspection WHERE mine_licence = ? AND status = 'signed' "
                           "AND uid != ? ORDER BY started_at DESC", [licence_no, checked_uid]).fetchall()


# ------------------------------------------------------------------ issue 19: which checks open cases

def unexamined_signed(ws: Workspace) -> list[tuple[int, str]]:
    """Signed inspections (id, uid) not yet looked at for follow-up, oldest first."""
    return ws.conn.execute("SELECT id, uid FROM inspection WHERE status = 'signed' AND uid NOT IN "
                           "(SELECT inspection_uid FROM follow_up_examined) ORDER BY id").fetchall()


def mark_examined(ws: Workspace, inspection_uid: str) -> None:
    """Inside the caller's transaction."""
    ws.conn.execute("INSERT INTO follow_up_examined (inspection_uid) VALUES (?) ON CONFLICT DO NOTHING",
                    [inspection_uid])


def under_order(ws: Workspace, licence: str) -> bool:
    """Whether the mine has a rectification case still running (not closed or escalated)."""
    return ws.conn.execute("SELECT 1 FROM follow_up WHERE kind = 'rectification' AND mine_licence = ? AND "
                           "state NOT IN ('closed', 'escalated')", [licence]).fetchone() is not None


def insert_case(ws: Workspace, kind: str, inspection_uid: str, licence: str, department: str,
                findings: list[str], opened_on: date) -> None:
    """Inside the caller's transaction: a new case, open."""
    ws.conn.execute("INSERT INTO follow_up (kind, inspection_uid, mine_licence, department, findings, state, "
                    "opened_on) VALUES (?, ?, ?, ?, ?, 'open', ?)",
                    [kind, inspection_uid, licence, department, json.dumps(findings), opened_on.isoformat()])


def cases_of(ws: Workspace, inspection_uid: str) -> list[FollowUp]:
    """The cases an inspection opened."""
    return [_follow_up(row) for row in ws.conn.execute(_SELECT + " WHERE f.inspection_uid = ? ORDER BY f.id",
                                                       [inspection_uid])]


def add_recheck_task(ws: Workspace, follow_up_id: int, licence: str, badges: list[str], template: str,
                     written_at: str) -> None:
    """Inside the caller's transaction: the county assigned a re-inspection for a case."""
    ws.conn.execute("INSERT INTO recheck_task (follow_up, mine_licence, team, template, written_at) "
                    "VALUES (?, ?, ?, ?, ?)", [follow_up_id, licence, json.dumps(sorted(badges)), template, written_at])


def recheck_tasks(ws: Workspace, licence: str) -> list[tuple[int, tuple[str, ...], str, str]]:
    """The re-inspections assigned for cases of a mine: (case id, team, template, written at), newest first."""
    return [(row[0], tuple(json.loads(row[1])), row[2], row[3]) for row in ws.conn.execute(
        "SELECT follow_up, team, template, written_at FROM recheck_task WHERE mine_licence = ? ORDER BY id DESC",
        [licence])]


#: The follow_up columns a step may set (the rest are fixed when the case is opened).
_STEP_COLUMNS = frozenset({
    "document_number", "issued_on", "deadline", "deadline_provisional", "served_on", "proof", "report_on",
    "report_accepted", "recheck_uid", "recheck_on", "recheck_passed", "note", "closed_on"})


def record_step(ws: Workspace, case_id: int, on: date, actor: str, action: str, from_state: str, to_state: str,
                changes: dict[str, object]) -> None:
    """Inside the caller's transaction: a case's step, as its event and its row's new values
    (``changes`` maps the follow_up columns the step sets, checked by the caller's rules)."""
    unknown = set(changes) - _STEP_COLUMNS
    if unknown:
        raise ValueError(f"not a follow_up column a step sets: {sorted(unknown)}")
    ws.conn.execute("INSERT INTO follow_up_event (follow_up, on_day, at, actor, action, from_state, to_state, "
                    "details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [case_id, on.isoformat(), now_iso(), actor, action, from_state, to_state,
                     json.dumps(changes, ensure_ascii=False, default=str)])
    assignments = "".join(f"{column} = ?, " for column in changes)
    ws.conn.execute(f"UPDATE follow_up SET {assignments}state = ? WHERE id = ?",  # noqa: S608 - checked names
                    [*changes.values(), to_state, case_id])

