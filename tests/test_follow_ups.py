"""The county desk's follow-up: cases opened from signed inspections, every step and the
steps that must be refused, overdue cases, referrals, and the green-mine list status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from greenmine_desktop.domain.checklist import Kind
from greenmine_desktop.domain.follow_up import Action, Case, State, next_state
from greenmine_desktop.domain.scoring import full_marks
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import follow_ups as fu
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.store import listing
from greenmine_desktop.store.audit import verify_chain
from greenmine_desktop.store.follow_ups import overdue
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import demo_header
from tests.county_backend import REFUSED

CLERK = "李科员"


def inspect(ws: Workspace, licence: str, day: str, failing: tuple[str, ...] = ()) -> str:
    """A signed inspection of ``licence`` on ``day``; each failing item is a finding."""
    header = replace(demo_header(ws), mine_licence=licence, started_at=f"{day}T09:30")
    session = start_inspection(ws, header, "王建国")
    for item in session.template.items:
        failed = "fail" if item.kind == Kind.pass_fail else 0
        session.set_answer(item.id, failed if item.id in failing else full_marks(item), "王建国")
    for member in header.team:
        session.sign("inspector", member.name, b"\x89PNG signature", "王建国")
    session.sign("representative", header.representative, None, "王建国", refused=True, witness="村委会主任")
    session.sign_off("王建国")
    return session.meta.uid


@pytest.fixture
def county(demo_folder):
    with Workspace.open(demo_folder) as ws:
        yield ws


@pytest.fixture
def listed(county) -> str:
    licence = county.conn.execute("SELECT licence_no FROM mine WHERE green_status = 'listed' ORDER BY licence_no"
                                  ).fetchone()[0]
    return licence


def rectification(ws: Workspace, uid: str) -> fu.FollowUp:
    return next(f for f in fu.follow_ups(ws, "rectification") if f.inspection_uid == uid)


# ------------------------------------------------------------------ the rules alone

@pytest.mark.parametrize(("state", "action", "after"), [
    (State.open, Action.issue, State.notified), (State.notified, Action.serve, State.served),
    (State.served, Action.report, State.reported), (State.served, Action.recheck, State.rechecked),
    (State.reported, Action.recheck, State.rechecked),
])
def test_each_rectification_step_leads_on(state, action, after):
    assert next_state(Case("rectification", state), action, date(2026, 12, 1)) == after


@pytest.mark.parametrize(("state", "action"), [
    (State.open, Action.serve), (State.open, Action.close), (State.notified, Action.report),
    (State.closed, Action.escalate), (State.escalated, Action.close), (State.open, Action.send),
])
def test_steps_out_of_order_are_refused(state, action):
    with pytest.raises(UserError) as refused:
        next_state(Case("rectification", state), action, date(2026, 12, 1))
    assert refused.value.code == "follow_up_wrong_state" and "不能" in refused.value.message()


def test_closing_needs_an_accepted_report_or_a_passed_recheck():
    on = date(2026, 12, 1)
    for case in (Case("rectification", State.reported, report_accepted=False),
                 Case("rectification", State.rechecked, recheck_passed=False)):
        with pytest.raises(UserError, match="closed only on"):
            next_state(case, Action.close, on)
    assert next_state(Case("rectification", State.reported, report_accepted=True), Action.close, on) == State.closed
    assert next_state(Case("rectification", State.rechecked, recheck_passed=True), Action.close, on) == State.closed


def test_escalating_needs_the_deadline_passed_or_a_failed_recheck():
    case = Case("rectification", State.served, deadline=date(2026, 12, 31))
    with pytest.raises(UserError, match="after its deadline"):
        next_state(case, Action.escalate, date(2026, 12, 31))
    assert next_state(case, Action.escalate, date(2027, 1, 1)) == State.escalated
    failed = Case("rectification", State.rechecked, deadline=date(2026, 12, 31), recheck_passed=False)
    assert next_state(failed, Action.escalate, date(2026, 12, 20)) == State.escalated


def test_days_overdue_stop_when_the_mine_reports_or_the_case_ends():
    case = Case("rectification", State.served, deadline=date(2026, 12, 31))
    assert case.days_overdue(date(2026, 12, 31)) == 0 and case.days_overdue(date(2027, 1, 10)) == 10
    assert replace(case, report_accepted=True).days_overdue(date(2027, 1, 10)) == 0
    assert replace(case, state=State.closed).days_overdue(date(2027, 1, 10)) == 0


# ------------------------------------------------------------------ through the workspace

def test_a_failed_check_of_a_listed_mine_opens_cases_and_puts_it_under_rectification(county, listed):
    uid = inspect(county, listed, "2026-11-23", failing=("pre.disclosure", "env.enclosed"))
    assert fu.open_follow_ups(county, CLERK, today=date(2026, 11, 24)) == 2
    assert fu.open_follow_ups(county, CLERK) == 0  # once
    cases = {(f.kind, f.department): f for f in fu.follow_ups(county) if f.inspection_uid == uid}
    assert set(cases) == {("rectification", ""), ("referral", "ecology_environment")}
    assert cases[("rectification", "")].findings == ("pre.disclosure",)
    assert county.conn.execute("SELECT green_status FROM mine WHERE licence_no = ?", [listed]).fetchone()[0] \
        == "rectifying"
    [*_, change] = listing.history(county, listed)
    assert (change.from_status, change.to_status, change.actor, change.basis) == ("listed", "rectifying", CLERK, uid)


def test_each_inspection_is_looked_at_once_and_a_later_check_under_order_opens_its_own_case(county, listed):
    passed = inspect(county, listed, "2026-11-20")
    failed = inspect(county, listed, "2026-11-23", failing=("pre.disclosure",))
    fu.open_follow_ups(county, CLERK)
    later = inspect(county, listed, "2026-12-01", failing=("pre.disclosure",))
    assert fu.open_follow_ups(county, CLERK) == 1  # not held back as a possible re-check (issue 19)
    assert fu.open_follow_ups(county, CLERK) == 0
    examined = {row[0] for row in county.conn.execute("SELECT inspection_uid FROM follow_up_examined")}
    assert {passed, failed, later} <= examined
    assert rectification(county, later).findings == ("pre.disclosure",)


def test_the_whole_case_notice_service_report_recheck_close(county, listed):
    uid = inspect(county, listed, "2026-11-23", failing=("pre.disclosure",))
    fu.open_follow_ups(county, CLERK)
    case = fu.issue_notice(county, rectification(county, uid).id, 15, True, date(2026, 11, 24), CLERK)
    assert case.state == State.notified and case.document_number.endswith("〔2026〕1号")
    assert case.deadline == date(2026, 12, 15)  # 15 working days from 24 November
    with pytest.raises(UserError, match="cannot close the case"):
        fu.close(county, case.id, date(2026, 11, 30), CLERK)
    case = fu.serve(county, case.id, date(2026, 11, 25), "送达回证已签收", CLERK)
    case = fu.receive_report(county, case.id, date(2026, 12, 10), accepted=False, note="证照仍未补办", actor=CLERK)
    with pytest.raises(UserError, match="closed only on"):
        fu.close(county, case.id, date(2026, 12, 11), CLERK)
    recheck = inspect(county, listed, "2026-12-14")
    case = fu.link_recheck(county, case.id, recheck, CLERK)
    assert case.state == State.rechecked and case.recheck_passed
    assert county.conn.execute("SELECT green_status FROM mine WHERE licence_no = ?", [listed]).fetchone()[0] \
        == "listed"  # passed: back on the list
    case = fu.close(county, case.id, date(2026, 12, 15), CLERK)
    assert case.state == State.closed
    events = county.conn.execute("SELECT action, from_state, to_state, actor, on_day FROM follow_up_event "
                                 "WHERE follow_up = ? ORDER BY id", [case.id]).fetchall()
    assert [e[0] for e in events] == ["issue", "serve", "report", "recheck", "close"]
    assert all(e[3] == CLERK for e in events) and events[1][4] == "2026-11-25"
    assert verify_chain(county.conn).ok


def test_a_recheck_must_be_of_the_same_mine_signed_and_after_the_notice(county, listed):
    uid = inspect(county, listed, "2026-11-23", failing=("pre.disclosure",))
    fu.open_follow_ups(county, CLERK)
    case = fu.issue_notice(county, rectification(county, uid).id, 10, False, date(2026, 11, 24), CLERK)
    fu.serve(county, case.id, date(2026, 11, 25), "直接送达", CLERK)
    other = county.conn.execute("SELECT licence_no FROM mine WHERE licence_no != ? LIMIT 1", [listed]).fetchone()[0]
    for unfit in (inspect(county, other, "2026-11-30"), inspect(county, listed, "2026-11-20")):
        with pytest.raises(UserError, match="same mine made after the notice"):
            fu.link_recheck(county, case.id, unfit, CLERK)


def test_failing_again_after_the_deadline_proposes_removal_and_only_the_clerk_removes(county, listed):
    uid = inspect(county, listed, "2026-11-23", failing=("pre.disclosure",))
    fu.open_follow_ups(county, CLERK)
    case = fu.issue_notice(county, rectification(county, uid).id, 10, False, date(2026, 11, 24), CLERK)
    fu.serve(county, case.id, date(2026, 11, 25), "直接送达", CLERK)
    with pytest.raises(UserError, match="proposed for removal"):  # no failed re-check yet
        fu.decide_removal(county, listed, True, date(2026, 12, 1), "未整改", CLERK)
    case = fu.link_recheck(county, case.id, inspect(county, listed, "2026-12-10", failing=("pre.disclosure",)), CLERK)
    assert case.recheck_passed is False
    status = county.conn.execute("SELECT green_status FROM mine WHERE licence_no = ?", [listed]).fetchone()[0]
    assert status == "removal_proposed"
    decided = fu.decide_removal(county, listed, True, date(2026, 12, 12), "复查仍不合格，经局务会研究移出", CLERK)
    assert decided == "removed"
    assert [e.to_status for e in listing.history(county, listed)][-3:] == ["rectifying", "removal_proposed", "removed"]
    assert fu.escalate(county, case.id, date(2026, 12, 12), "移交执法大队立案", CLERK).state == State.escalated


def test_failing_the_recheck_before_the_deadline_does_not_propose_removal(county, listed):
    uid = inspect(county, listed, "2026-11-23", failing=("pre.disclosure",))
    fu.open_follow_ups(county, CLERK)
    case = fu.issue_notice(county, rectification(county, uid).id, 30, False, date(2026, 11, 24), CLERK)
    fu.serve(county, case.id, date(2026, 11, 25), "直接送达", CLERK)
    fu.link_recheck(county, case.id, inspect(county, listed, "2026-12-01", failing=("pre.disclosure",)), CLERK)
    assert county.conn.execute("SELECT green_status FROM mine WHERE licence_no = ?", [listed]).fetchone()[0] \
        == "rectifying"


def test_overdue_cases_are_listed_most_overdue_first(county):
    licences = [r[0] for r in county.conn.execute("SELECT licence_no FROM mine ORDER BY licence_no LIMIT 3")]
    for licence, issued in zip(licences, ("2026-11-02", "2026-10-12", "2026-11-20"), strict=True):
        uid = inspect(county, licence, issued, failing=("pre.disclosure",))
        fu.open_follow_ups(county, CLERK)
        fu.issue_notice(county, rectification(county, uid).id, 10, False, date.fromisoformat(issued), CLERK)
    late = overdue(county, today=date(2026, 11, 25))
    assert [(f.mine_licence, days) for f, days in late] == [(licences[1], 34), (licences[0], 13)]


def test_referrals_are_sent_and_answered(county, listed):
    uid = inspect(county, listed, "2026-11-23", failing=("env.enclosed",))
    fu.open_follow_ups(county, CLERK)
    [referral] = [f for f in fu.follow_ups(county, "referral") if f.inspection_uid == uid]
    referral = fu.send_referral(county, referral.id, date(2026, 11, 24), CLERK)
    assert referral.state == State.sent and "移" in referral.document_number
    with pytest.raises(UserError):
        fu.close(county, referral.id, date(2026, 11, 30), CLERK)
    assert fu.record_answer(county, referral.id, date(2026, 12, 3), "已责令整改", CLERK).state == State.answered


def test_nothing_changes_a_list_status_or_a_case_state_without_its_record(county, listed):
    with pytest.raises(REFUSED, match="listing event"):
        county.conn.execute("UPDATE mine SET green_status = 'removed' WHERE licence_no = ?", [listed])
    uid = inspect(county, listed, "2026-11-23", failing=("pre.disclosure",))
    fu.open_follow_ups(county, CLERK)
    with pytest.raises(REFUSED, match="with its event"):
        county.conn.execute("UPDATE follow_up SET state = 'closed' WHERE inspection_uid = ?", [uid])
    with pytest.raises(REFUSED, match="never"):
        county.conn.execute("DELETE FROM listing_event")
