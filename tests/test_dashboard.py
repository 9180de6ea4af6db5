"""The demo year (cases in every state), the dashboard's figures, listing targets, and the
publication of each draw's results within 20 working days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from greenmine_desktop.domain.follow_up import State
from greenmine_desktop.domain.scoring import Verdict
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.dashboard import dashboard, draws_of_year, set_targets, town_progress, years
from greenmine_desktop.services.demo_year import PLANS, create_demo_year
from greenmine_desktop.services.draw_plans import load_draw
from greenmine_desktop.services.plan_results import plan_checks, publication_status, record_publication
from greenmine_desktop.store.audit import verify_chain
from greenmine_desktop.store.follow_ups import follow_ups
from greenmine_desktop.store.listing import history
from greenmine_desktop.store.workspace import Workspace
from tests.county_backend import REFUSED

TODAY = date(2026, 11, 23)


@pytest.fixture
def ws(year_folder: Path):
    with Workspace.open(year_folder) as opened:
        yield opened


def draw(ws: Workspace, plan: str) -> dict:
    row = next(d for d in draws_of_year(ws, 2026) if d.plan == plan)
    return load_draw(ws, row.record_sha256)


# ------------------------------------------------------------------ the demo year

def test_demo_year_has_a_case_in_every_state(ws):
    states = {case.state for case in follow_ups(ws)}
    assert states == set(State)
    assert {case.kind for case in follow_ups(ws) if case.state == State.reported} == {"rectification"}
    reports = {case.report_accepted for case in follow_ups(ws) if case.state == State.reported}
    assert reports == {True, False}
    rechecks = {case.recheck_passed for case in follow_ups(ws) if case.state == State.rechecked}
    assert rechecks == {True, False}


def test_demo_year_moves_the_green_mine_list_with_dated_events(ws):
    statuses = {row[0] for row in ws.conn.execute("SELECT DISTINCT green_status FROM mine")}
    assert {"listed", "rectifying", "removal_proposed", "removed"} <= statuses
    [removed] = [r[0] for r in ws.conn.execute("SELECT licence_no FROM mine WHERE green_status = 'removed'")]
    steps = [(e.on_day, e.to_status) for e in history(ws, removed)]
    assert steps == [("2026-01-05", "listed"), ("2026-03-24", "rectifying"), ("2026-06-10", "removal_proposed"),
                     ("2026-06-19", "removed")]
    assert verify_chain(ws.conn).first_broken is None


def test_demo_year_is_deterministic(year_template, tmp_path):
    from greenmine_desktop.services.demo import create_demo_county

    with Workspace.open(create_demo_county(tmp_path)) as again:
        create_demo_year(again)
        with Workspace.open(year_template) as first:
            def cases(w):
                return [(c.mine_licence, c.kind, c.department, c.state, c.deadline) for c in follow_ups(w)]
            assert cases(again) == cases(first)


# ------------------------------------------------------------------ plan results and publication

def test_plan_checks_leave_out_rechecks_and_take_the_first_check(ws):
    record = draw(ws, "2026年第一批")
    checks = plan_checks(ws, record)
    assert [c.licence for c in checks] == [r.licence_no for r in record.result]
    rechecked = {c.recheck_uid for c in follow_ups(ws) if c.recheck_uid}
    assert not rechecked & {c.inspection_uid for c in checks}
    first = checks[0]
    assert first.verdict == Verdict.failed and first.checked_on == date(2026, 3, 23)
    assert ("pre.disclosure", "先决条件") in first.findings and ("env.tidy", "矿区环境") in first.findings


def test_publication_due_twenty_working_days_after_the_first_check_not_covered(ws):
    july = draw(ws, "2026年第二批")
    status = publication_status(ws, july, plan_checks(ws, july))
    # the first check on Mon 13 July; 20 working days on is Mon 10 August
    assert status.last is None and status.due == date(2026, 8, 10)
    assert status.overdue_days(TODAY) == (TODAY - date(2026, 8, 10)).days
    record_publication(ws, july.record_sha256, date(2026, 7, 20), "县局网站")
    later = publication_status(ws, july, plan_checks(ws, july))
    first_after = min(c.checked_on for c in plan_checks(ws, july) if c.checked_on > date(2026, 7, 20))
    assert later.last.published_on == date(2026, 7, 20) and first_after == date(2026, 7, 21)
    assert later.due == date(2026, 8, 18)  # 20 working days after Tue 21 July
    record_publication(ws, july.record_sha256, date(2026, 8, 12), "县局网站")
    assert publication_status(ws, july, plan_checks(ws, july)).due is None


def test_publication_over_national_day_counts_working_days_only(ws):
    """A check on 25 Sep 2026 (Mid-Autumn): the 20 working days skip 1–7 Oct and count the
    adjusted Saturday, 10 Oct."""
    from greenmine_desktop.services.plan_results import PlanCheck

    record = draw(ws, "2026年第二批")
    check = PlanCheck("x", "u", date(2026, 9, 25), Verdict.passed, ())
    assert publication_status(ws, record, [check]).due == date(2026, 10, 29)


def test_publication_refusals(ws):
    march = draw(ws, "2026年第一批")
    with pytest.raises(UserError) as missing:
        record_publication(ws, march.record_sha256, date(2026, 4, 1), "  ")
    assert missing.value.code == "publication_place_needed"
    with pytest.raises(UserError) as early:
        record_publication(ws, march.record_sha256, date(2026, 3, 1), "县局网站")
    assert early.value.code == "publication_before_draw"
    with pytest.raises(REFUSED, match="append-only"):
        ws.conn.execute("DELETE FROM publication")


# ------------------------------------------------------------------ targets and towns

def test_targets_record_only_changes_and_the_latest_counts(ws):
    town = town_progress(ws, 2026, TODAY)[0].town
    before = ws.conn.execute("SELECT count(*) FROM listing_target").fetchone()[0]
    current = {p.town: p.target for p in town_progress(ws, 2026, TODAY)}
    assert set_targets(ws, 2026, {**current, town: 9}, "李科员") == 1
    assert ws.conn.execute("SELECT count(*) FROM listing_target").fetchone()[0] == before + 1
    assert next(p.target for p in town_progress(ws, 2026, TODAY) if p.town == town) == 9
    assert town_progress(ws, 2025, date(2025, 12, 31)) == []  # no targets, and the register came in 2026
    with pytest.raises(UserError):
        set_targets(ws, 2026, {town: -1})
    with pytest.raises(REFUSED, match="append-only"):
        ws.conn.execute("UPDATE listing_target SET target = 0")


def test_town_progress_reads_the_list_as_it_stood(ws):
    [(removed, town)] = ws.conn.execute("SELECT licence_no, town FROM mine WHERE green_status = 'removed'").fetchall()

    def on_list(day: date) -> int:
        return next(p.on_list for p in town_progress(ws, 2026, day) if p.town == town)

    assert on_list(date(2026, 6, 18)) == on_list(date(2026, 6, 19)) + 1


# ------------------------------------------------------------------ the dashboard

def test_dashboard_for_the_year_adds_up(ws):
    board = dashboard(ws, 2026, today=TODAY)
    checks = [c for d in draws_of_year(ws, 2026) for c in plan_checks(ws, load_draw(ws, d.record_sha256))]
    assert board.planned == sum(len(load_draw(ws, d.record_sha256).result) for d in draws_of_year(ws, 2026))
    assert board.checked == len(checks) == 22
    assert board.passed == sum(c.verdict == Verdict.passed for c in checks) == 17
    assert board.pass_rate == pytest.approx(17 / 22)
    assert sum(n for _group, n in board.findings_by_group) == sum(len(c.findings) for c in checks)
    assert board.findings_by_group[0] == ("矿区环境", 6)
    open_cases = [c for c in follow_ups(ws, "rectification") if c.state not in (State.closed, State.escalated)]
    assert board.open_rectifications == len(open_cases) == 7
    assert board.overdue_rectifications == sum(c.days_overdue(TODAY) > 0 for c in open_cases) == 3
    by_department = {r.department: (r.waiting, r.sent, r.answered) for r in board.referrals}
    assert by_department == {"ecology_environment": (0, 1, 1), "emergency_management": (1, 0, 1)}
    assert [p.plan for p in board.publications] == [plan.name for plan, *_ in PLANS]
    assert board.publications[0].due is None and board.publications[1].overdue_days(TODAY) > 0


def test_dashboard_for_one_draw_and_an_empty_year(ws):
    march = draw(ws, "2026年第一批")
    board = dashboard(ws, 2026, march.record_sha256, today=TODAY)
    assert (board.planned, board.checked, board.passed) == (10, 10, 8)
    assert board.open_rectifications == 0  # one closed, one escalated
    assert [r.answered for r in board.referrals] == [1, 1]
    empty = dashboard(ws, 2025, today=TODAY)
    assert (empty.planned, empty.checked, empty.pass_rate, empty.publications) == (0, 0, None, ())
    assert years(ws, TODAY) == [2026]
