"""What came of a draw: the check of each drawn mine, and the publication of the results.

The check of a drawn mine is its first signed inspection started on or after the day of
the draw, re-inspections linked to a rectification case excepted (they follow a check,
they are not one). The results are published (一公开) within 20 working days of the
check: a notice covers the checks made up to the day it went out, so what is due is the
earliest check made after the last publication, 20 working days on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from greenmine_desktop.domain.scoring import Verdict
from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.services.draw_plans import load_record
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.services.working_days import deadline_by_schedule
from greenmine_desktop.store import audit
from greenmine_desktop.store.follow_ups import recheck_uids
from greenmine_desktop.store.workspace import Workspace, now_iso

PUBLISH_WITHIN_WORKING_DAYS = 20


@dataclass(frozen=True)
class PlanCheck:
    licence: str
    inspection_uid: str
    checked_on: date
    verdict: Verdict
    findings: tuple[tuple[str, str], ...]  # (item id, the title of its checklist group)


@dataclass(frozen=True)
class Publication:
    published_on: date
    place: str


@dataclass(frozen=True)
class PublicationStatus:
    record_sha256: str
    plan: str
    drawn_on: date
    planned: int
    checked: int
    last: Publication | None
    due: date | None  # for the earliest check the last publication does not cover
    due_provisional: bool = False  # reckoned Monday to Friday in a year whose holiday schedule is not entered

    def overdue_days(self, today: date) -> int:
        return (today - self.due).days if self.due and today > self.due else 0


def checked_sessions(ws: Workspace, record: dict) -> list[InspectionSession]:
    """The inspection that is the check of each drawn mine that has one, in the draw's
    order: the statistics and the public notice count the same check."""
    drawn_on = record["drawn_at"][:10]
    rechecks = recheck_uids(ws)
    sessions = []
    for result in record["result"]:
        for inspection_id, uid in ws.conn.execute(
                "SELECT id, uid FROM inspection WHERE mine_licence = ? AND status = 'signed' AND started_at >= ? "
                "ORDER BY started_at, revision", [result["licence_no"], drawn_on]).fetchall():
            if uid not in rechecks:
                sessions.append(InspectionSession(ws, inspection_id))
                break
    return sessions


def plan_checks(ws: Workspace, record: dict) -> list[PlanCheck]:
    """The check of each drawn mine that has one, in the draw's order."""
    return [plan_check(session) for session in checked_sessions(ws, record)]


def plan_check(session: InspectionSession) -> PlanCheck:
    group_of = {item.id: group.title for group in session.template.groups for item in group.items}
    findings = tuple((item.id, group_of[item.id]) for item in session.template.items if item.id in session.findings)
    return PlanCheck(session.header.mine_licence, session.meta.uid, date.fromisoformat(session.header.started_at[:10]),
                     session.score().verdict, findings)


def publications(ws: Workspace, record_sha256: str) -> list[Publication]:
    """The draw's publications, in the order they went out."""
    return [Publication(date.fromisoformat(day), place) for day, place in ws.conn.execute(
        "SELECT published_on, place FROM publication WHERE record_sha256 = ? ORDER BY published_on, id",
        [record_sha256])]


def publication_status(ws: Workspace, record: dict, checks: list[PlanCheck]) -> PublicationStatus:
    published = publications(ws, record["record_sha256"])
    last = published[-1] if published else None
    uncovered = sorted(c.checked_on for c in checks if last is None or c.checked_on > last.published_on)
    due = deadline_by_schedule(ws, uncovered[0], PUBLISH_WITHIN_WORKING_DAYS, True) if uncovered else None
    return PublicationStatus(record["record_sha256"], record["plan"], date.fromisoformat(record["drawn_at"][:10]),
                             len(record["result"]), len(checks), last, due.day if due else None,
                             bool(due and due.provisional))


def record_publication(ws: Workspace, record_sha256: str, published_on: date, place: str,
                       actor: str | None = None) -> None:
    """The clerk's record that the draw's public notice went out on ``published_on``."""
    if not place.strip():
        raise UserError("publication_place_needed")
    if published_on < date.fromisoformat(load_record(ws, record_sha256)["drawn_at"][:10]):
        raise UserError("publication_before_draw", day=published_on.isoformat())
    actor = actor or login_name()
    with ws.transaction():
        ws.conn.execute("INSERT INTO publication (record_sha256, published_on, place, recorded_at, recorded_by) "
                        "VALUES (?, ?, ?, ?, ?)", [record_sha256, published_on.isoformat(), place.strip(),
                                                   now_iso(), actor])
        audit.append(ws.conn, actor, "publish", "draw_record", record_sha256, None, None,
                     {"published_on": published_on.isoformat(), "place": place.strip()})
