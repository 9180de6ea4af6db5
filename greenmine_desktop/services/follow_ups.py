"""The county desk's follow-up of signed inspections: rectification and referral cases,
their dated and attributed steps, overdue cases, and the green-mine list status.

Cases are opened from the signed inspections (imported or the county's own): the
bureau's own findings make one rectification case, each other department's findings one
referral case. A notice or referral letter issued for the inspection (here or from the
inspection window) moves its case on: documents are matched to cases on every
:func:`open_follow_ups`, so a crash between the two never leaves them apart. Every step
is one transaction: the case row, its event and the audit row, and where the green-mine
list status changes, its listing event.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from greenmine_desktop import clock
from greenmine_desktop.domain.follow_up import (
    TRANSITIONS,
    Action,
    Case,
    State,
    confirm_removal,
    listing_after_check,
    listing_after_recheck,
    next_state,
)
from greenmine_desktop.domain.scoring import Verdict
from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.services import notices
from greenmine_desktop.services.checklists import find_template
from greenmine_desktop.services.inspections import InspectionSession
from greenmine_desktop.store import audit, listing
from greenmine_desktop.store.documents import documents_for
from greenmine_desktop.store.follow_ups import (
    FollowUp,
    as_day,
    as_flag,
    cases_of,
    follow_up,
    follow_ups,
    insert_case,
    mark_examined,
    recheck_tasks,
    recheck_uids,
    record_step,
    under_order,
    unexamined_signed,
)
from greenmine_desktop.store.inspections import inspection_id as id_of_inspection
from greenmine_desktop.store.inspections import inspection_template, latest_revision
from greenmine_desktop.store.workspace import Workspace


def finding_texts(ws: Workspace, case: FollowUp) -> list[str]:
    """The checklist wording of a case's findings (the case keeps their item ids)."""
    template = find_template(inspection_template(ws, case.inspection_uid))
    return [template.item(item_id).text for item_id in case.findings]


# ------------------------------------------------------------------ opening cases

def open_follow_ups(ws: Workspace, actor: str | None = None, today: date | None = None) -> int:
    """Open the cases of signed inspections that have none yet, and move cases on for the
    notices and letters issued since; returns how many cases were opened.

    Every signed inspection's findings open cases, so nothing a check found is left out of
    the follow-up list, with one exception: the re-inspection the county assigned for a
    case (its task, :func:`assigned_case`) is linked to that case as its re-check instead.
    An inspection the clerk links later as a re-check has its own open case closed then
    (:func:`link_recheck`)."""
    actor, today = actor or login_name(), today or clock.today()
    opened = 0
    rechecks = recheck_uids(ws)
    for inspection_id, uid in unexamined_signed(ws):
        session = InspectionSession(ws, inspection_id)
        if uid in rechecks:
            with ws.transaction():
                mark_examined(ws, uid)
            continue
        case_id = assigned_case(ws, session)
        if case_id is not None:
            try:
                link_recheck(ws, case_id, uid, actor)
            except UserError:
                case_id = None  # the case cannot take it (any more): the check opens its own cases
        if case_id is None:
            opened += _open_for(ws, session, actor, today)
    _match_documents(ws)
    return opened


def assigned_case(ws: Workspace, session: InspectionSession) -> int | None:
    """The rectification case this inspection is the assigned re-inspection of: a task
    the county wrote for the mine with exactly this team and checklist, for a case waiting
    for its re-check (:func:`link_recheck` then checks that the check followed the notice;
    the laptop's clock is not compared with the county's)."""
    header = session.header
    team = tuple(sorted(m.badge_no for m in header.team))
    for case_id, task_team, template, _written_at in recheck_tasks(ws, header.mine_licence):
        if task_team == team and template == header.template:
            case = follow_up(ws, case_id)
            if case.state in TRANSITIONS["rectification"][Action.recheck][0] and not case.recheck_uid:
                return case_id
    return None


def _open_for(ws: Workspace, session: InspectionSession, actor: str, today: date) -> int:
    licence, uid = session.header.mine_licence, session.meta.uid
    by_department: dict[str, list[str]] = {}
    for item in session.template.items:
        if item.id in session.findings:
            by_department.setdefault(session.findings[item.id].department, []).append(item.id)
    already_ordered = under_order(ws, licence)
    verdict = session.score().verdict
    with ws.transaction():
        mark_examined(ws, uid)
        for department, items in sorted(by_department.items()):
            kind = "referral" if department else "rectification"
            insert_case(ws, kind, uid, licence, department, items, today)
            audit.append(ws.conn, actor, "open", f"follow_up_{kind}", uid, None, None,
                         {"mine": licence, "department": department, "findings": items})
        status = listing.status(ws.conn, licence)
        change = listing_after_check(status, verdict == Verdict.passed) if status and not already_ordered else None
        if change:
            _change_listing(ws, licence, change, actor, "检查不通过，责令整改", uid, today)
    return len(by_department)


def _match_documents(ws: Workspace) -> None:
    """Notices and letters issued for an inspection move its open cases to notified / sent."""
    for case in follow_ups(ws):
        if case.state != State.open:
            continue
        for doc in documents_for(ws, case.kind, case.inspection_uid):
            if case.kind == "rectification" or doc.addressee.endswith(notices.DEPARTMENT_BUREAU[case.department]):
                action = Action.issue if case.kind == "rectification" else Action.send
                issued_on = doc.issued_on.isoformat()
                _step(ws, case, action, doc.issued_on, doc.issued_by,
                      {"document_number": doc.number, "issued_on": issued_on,
                       "deadline": doc.deadline.isoformat() if doc.deadline else None,
                       "deadline_provisional": int(doc.deadline_provisional),
                       **({"served_on": issued_on} if action == Action.send else {})})
                break


# ------------------------------------------------------------------ the steps

def _step(ws: Workspace, case: FollowUp, action: Action, on: date, actor: str, changes: dict) -> FollowUp:
    """Check the step against the rules with ``changes`` applied, then write the row, its
    event and the audit row in one transaction."""
    after = _case_after(case, changes)
    to_state = next_state(after, action, on)
    with ws.transaction():
        record_step(ws, case.id, on, actor, action.value, case.state.value, to_state.value, changes)
        audit.append(ws.conn, actor, action.value, f"follow_up_{case.kind}", case.id, "state", case.state.value,
                     {"state": to_state.value, **changes})
        if action == Action.recheck:
            status = listing.status(ws.conn, case.mine_licence)
            change = listing_after_recheck(status, replace(after, state=to_state)) if status else None
            if change:
                reason = "复查通过，恢复在册" if after.recheck_passed else "整改期满复查仍不通过，拟移出名录"
                _change_listing(ws, case.mine_licence, change, actor, reason, changes["recheck_uid"], on)
    return follow_up(ws, case.id)


def _case_after(case: FollowUp, changes: dict) -> Case:
    """The case as the rules see it once ``changes`` (column values) are applied."""
    fields: dict = {}
    for key in ("deadline", "recheck_on"):
        if key in changes:
            fields[key] = as_day(changes[key])
    for key in ("report_accepted", "recheck_passed"):
        if key in changes:
            fields[key] = as_flag(changes[key])
    return replace(case.case, **fields)


def citation_needs(ws: Workspace, follow_up_id: int) -> list[notices.CitationNeed]:
    """The findings of a case whose rule the clerk must confirm or write before its notice."""
    return notices.citation_needs(ws, _inspection_id(ws, follow_up(ws, follow_up_id).inspection_uid))


def issue_notice(ws: Workspace, follow_up_id: int, days: int, working: bool, issued_on: date | None = None,
                 actor: str | None = None, citations: Mapping[str, str] | None = None) -> FollowUp:
    """Issue the rectification notice of a case (numbered, PDF in reports/) and move it on;
    ``citations`` are the rules the clerk confirmed or wrote for it, by checklist item."""
    case = follow_up(ws, follow_up_id)
    next_state(case.case, Action.issue, issued_on or clock.today())  # refuse before a number is used
    inspection_id = _inspection_id(ws, case.inspection_uid)
    for item_id, citation in (citations or {}).items():
        notices.confirm_citation(ws, inspection_id, item_id, citation, actor)
    notices.issue_rectification_notice(ws, inspection_id, days, working, issued_on, actor)
    _match_documents(ws)
    return follow_up(ws, follow_up_id)


def send_referral(ws: Workspace, follow_up_id: int, issued_on: date | None = None,
                  actor: str | None = None) -> FollowUp:
    """Issue the inspection's referral letters (one per department) and mark them sent."""
    case = follow_up(ws, follow_up_id)
    next_state(case.case, Action.send, issued_on or clock.today())
    notices.issue_referral_letters(ws, _inspection_id(ws, case.inspection_uid), issued_on, actor)
    _match_documents(ws)
    return follow_up(ws, follow_up_id)


def serve(ws: Workspace, follow_up_id: int, served_on: date, proof: str, actor: str | None = None) -> FollowUp:
    """The notice was served (the 送达回证 came back signed, or how else it was served)."""
    return _step(ws, follow_up(ws, follow_up_id), Action.serve, served_on, actor or login_name(),
                 {"served_on": served_on.isoformat(), "proof": proof})


def receive_report(ws: Workspace, follow_up_id: int, received_on: date, accepted: bool, note: str = "",
                   actor: str | None = None) -> FollowUp:
    """The mine's written rectification report, and whether the bureau accepts it."""
    return _step(ws, follow_up(ws, follow_up_id), Action.report, received_on, actor or login_name(),
                 {"report_on": received_on.isoformat(), "report_accepted": int(accepted), "note": note})


def link_recheck(ws: Workspace, follow_up_id: int, inspection_uid: str, actor: str | None = None) -> FollowUp:
    """Link a signed re-inspection of the same mine, made after the notice, to the case;
    its verdict is the re-check's result (and may move the mine's list status). The
    re-inspection's own rectification case, opened when it came in, is closed as merged:
    its findings now belong to this case. Refused once that case has a notice of its own."""
    actor = actor or login_name()
    case = follow_up(ws, follow_up_id)
    recheck = latest_revision(ws, inspection_uid)
    if recheck is None or recheck.status != "signed" or recheck.header.mine_licence != case.mine_licence or (
            inspection_uid == case.inspection_uid) or (
            case.issued_on and date.fromisoformat(recheck.header.started_at[:10]) < case.issued_on):
        raise UserError("follow_up_recheck_unfit")
    own = [c for c in cases_of(ws, inspection_uid) if c.kind == "rectification"]
    if any(c.state != State.open for c in own):
        raise UserError("follow_up_recheck_has_notice")
    passed = InspectionSession(ws, recheck.id).score().verdict == Verdict.passed
    checked_on = date.fromisoformat(recheck.header.started_at[:10])
    linked = _step(ws, case, Action.recheck, checked_on, actor,
                   {"recheck_uid": inspection_uid, "recheck_on": checked_on.isoformat(), "recheck_passed": int(passed)})
    for merged in own:
        note = f"作为案件 {case.id}（{case.document_number or case.mine_name}）的复查登记，问题在该案件中跟踪"
        _step(ws, merged, Action.merge, checked_on, actor, {"closed_on": checked_on.isoformat(), "note": note})
    with ws.transaction():
        mark_examined(ws, inspection_uid)
    return linked


def close(ws: Workspace, follow_up_id: int, closed_on: date, actor: str | None = None) -> FollowUp:
    return _step(ws, follow_up(ws, follow_up_id), Action.close, closed_on, actor or login_name(),
                 {"closed_on": closed_on.isoformat()})


def escalate(ws: Workspace, follow_up_id: int, on: date, reason: str, actor: str | None = None) -> FollowUp:
    """Beyond rectification (立案查处, abnormal list): only after the deadline or a failed re-check."""
    if not reason.strip():
        raise UserError("follow_up_reason_needed")
    return _step(ws, follow_up(ws, follow_up_id), Action.escalate, on, actor or login_name(), {"note": reason})


def record_answer(ws: Workspace, follow_up_id: int, answered_on: date, answer: str,
                  actor: str | None = None) -> FollowUp:
    """The department's answer to a referral."""
    return _step(ws, follow_up(ws, follow_up_id), Action.answer, answered_on, actor or login_name(),
                 {"report_on": answered_on.isoformat(), "note": answer})


# ------------------------------------------------------------------ the green-mine list

def decide_removal(ws: Workspace, licence: str, remove: bool, on: date, reason: str,
                   actor: str | None = None) -> str:
    """The clerk's confirmation (or not) of a proposed removal from the green-mine list."""
    status = listing.status(ws.conn, licence)
    if status is None:
        raise UserError("follow_up_no_mine", licence=licence)
    target = confirm_removal(status, remove)
    if not reason.strip():
        raise UserError("follow_up_reason_needed")
    with ws.transaction():
        _change_listing(ws, licence, target, actor or login_name(), reason, "", on)
    return target.value


def _change_listing(ws: Workspace, licence: str, to_status: str, actor: str, reason: str, basis: str,
                    on: date) -> None:
    """Inside the caller's transaction."""
    was = listing.change_status(ws.conn, licence, to_status, actor, reason, basis, on)
    audit.append(ws.conn, actor, "listing", "mine", licence, "green_status", was,
                 {"green_status": to_status, "reason": reason, "basis": basis})


def _inspection_id(ws: Workspace, uid: str) -> int:
    found = id_of_inspection(ws, uid)
    assert found is not None, uid  # a case is opened from an inspection that is kept for ever
    return found
