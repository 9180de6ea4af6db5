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

from greenmine_desktop.domain.draw_record import DrawRecord
from greenmine_desktop.domain.scoring import Verdict
from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.services.draw_plans import load_draw
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.services.working_days import deadline_by_schedule
from greenmine_desktop.store import audit
from greenmine_desktop.store import draws as draw_store
from greenmine_desktop.store.follow_ups import recheck_uids
from greenmine_desktop.store.inspections import signed_since
from greenmine_desktop.store.workspace import Workspace

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


def checked_sessions(ws: Workspace, record: DrawRecord) -> list[InspectionSession]:
    """The inspection that is the check of each drawn mine that has one, in the draw's
    order: the statistics and the public notice count the same check."""
    rechecks = recheck_uids(ws)
    sessions = []
    for result in record.result:
        for inspection_id, uid in signed_since(ws, result.licence_no, record.drawn_on):
            if uid not in rechecks:
                sessions.append(InspectionSession(ws, inspection_id))
                break
    return sessions


def plan_checks(ws: Workspace, record: DrawRecord) -> list[PlanCheck]:
    """The check of each drawn mine that has one, in the draw's order."""
    return [plan_check(session) for session in checked_sessions(ws, record)]


def plan_check(session: InspectionSession) -> PlanCheck:
    group_of = {item.id: group.title for group in session.template.groups for item in group.items}
    findings = tuple((item.id, group_of[item.id]) for item in session.template.items if item.id in session.findings)
    return PlanCheck(session.header.mine_licence, session.meta.uid, date.fromisoformat(session.header.started_at[:10]),
                     session.score().verdict, findings)


def publications(ws: Workspace, record_sha256: str) -> list[Publication]:
    """The draw's publications, in the order they went out."""
    return [Publication(p.published_on, p.place) for p in draw_store.publications(ws, record_sha256)]


def publication_status(ws: Workspace, record: DrawRecord, checks: list[PlanCheck]) -> PublicationStatus:
    published = publications(ws, record.record_sha256)
    last = published[-1] if published else None
    uncovered = sorted(c.checked_on for c in checks if last is None or c.checked_on > last.published_on)
    due = deadline_by_schedule(ws, uncovered[0], PUBLISH_WITHIN_WORKING_DAYS, True) if uncovered else None
    return PublicationStatus(record.record_sha256, record.plan, record.drawn_on, len(record.result), len(checks),
                             last, due.day if due else None,
                             bool(due and due.provisional))


def record_publication(ws: Workspace, record_sha256: str, published_on: date, place: str,
                       actor: str | None = None) -> None:
    """The clerk's record that the draw's public notice went out on ``published_on``."""
    if not place.strip():
        raise UserError("publication_place_needed")
    if published_on < load_draw(ws, record_sha256).drawn_on:
        raise UserError("publication_before_draw", day=published_on.isoformat())
    actor = actor or login_name()
    with ws.transaction():
        draw_store.record_publication(ws, record_sha256, published_on, place.strip(), actor)
        audit.append(ws.conn, actor, "publish", "draw_record", record_sha256, None, None,
                     {"published_on": published_on.isoformat(), "place": place.strip()})
