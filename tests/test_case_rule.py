"""Issue 19: nothing a check found falls through. Every signed inspection's findings open
cases, except the re-inspection the county assigned for a case (linked to it) and one the
clerk links as a case's re-check (its own open case is then closed as merged)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from greenmine_desktop.domain.follow_up import State
from greenmine_desktop.domain.inspection import Header
from greenmine_desktop.domain.scoring import full_marks
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import follow_ups as fu
from greenmine_desktop.services.demo import CLERK
from greenmine_desktop.services.demo_loop import DEMO_PASSPHRASE
from greenmine_desktop.services.demo_year import confirm_proposed_citations, signature_png, team_members
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.services.returns import export_return, import_returns
from greenmine_desktop.store.follow_ups import follow_ups
from greenmine_desktop.store.inspections import latest_assignments
from greenmine_desktop.store.workspace import Workspace
from tests.county_backend import copy_workspace


def fall_throughs(ws: Workspace) -> list[str]:
    """Every failed item of every signed inspection is in exactly one case of that
    inspection, or the inspection is a linked re-check; what is not, as sentences."""
    rechecks = {row[0] for row in ws.conn.execute("SELECT recheck_uid FROM follow_up WHERE recheck_uid IS NOT NULL")}
    cases: dict[tuple[str, str], int] = {}
    for case in follow_ups(ws):
        for item in case.findings:
            cases[case.inspection_uid, item] = cases.get((case.inspection_uid, item), 0) + 1
    problems = []
    for uid, item in ws.conn.execute("SELECT i.uid, f.item_id FROM finding f JOIN inspection i "
                                     "ON i.id = f.inspection_id WHERE i.status = 'signed' ORDER BY i.id"):
        count = cases.get((uid, item), 0)
        if count > 1 or (count == 0 and uid not in rechecks):
            problems.append(f"{uid[:8]} {item}: in {count} cases")
    return problems


@pytest.fixture
def loop(loop_template: Path, tmp_path: Path) -> Path:
    copy_workspace(loop_template, tmp_path / "demo")
    return tmp_path / "demo"


def reinspect(field: Workspace, failing: dict[str, object], day: str) -> str:
    """A second check of the assignment's mine on the field laptop, signed."""
    assignment = latest_assignments(field)[0]
    members = team_members(field, assignment.team)
    writer = members[0].name
    session = start_inspection(field, Header(assignment.licence_no, "green-mine-2020@2020.1-provisional",
                                             f"{day}T10:00", members, "赵建军", "矿长", "采场"), writer)
    for item in session.template.items:
        session.set_answer(item.id, failing.get(item.id, full_marks(item)), writer)
    for member in members:
        session.sign("inspector", member.name, signature_png(member.name), writer)
    session.sign("representative", "赵建军", signature_png("赵建军"), writer)
    session.sign_off(writer)
    return session.meta.uid


def demo_case(loop: Path, county: Workspace) -> fu.FollowUp:
    """The rectification case of the demo laptop's own inspection (废旧设备沿进场道路堆放)."""
    with Workspace.open(loop / "field") as field:
        [[uid]] = field.conn.execute("SELECT uid FROM inspection ORDER BY id LIMIT 1").fetchall()
    [case] = [c for c in follow_ups(county, "rectification") if c.inspection_uid == uid]
    return case


def send_back(loop: Path, name: str) -> None:
    with Workspace.open(loop / "field") as field:
        back = export_return(field, loop / name, DEMO_PASSPHRASE, "field")
    with Workspace.open(loop / "county") as county:
        [result] = import_returns(county, [back], CLERK)
        assert result.result == "imported"
        fu.open_follow_ups(county, CLERK, date(2026, 11, 30))


def test_a_second_check_of_a_mine_under_order_opens_its_own_cases(loop):
    """The issue's path: the demo inspection's case is open; the team re-inspects on the
    laptop, fails 分区 and 绿化 (the bureau's own), signs, exports; the county imports."""
    send_back(loop, "first.gmreturn")
    with Workspace.open(loop / "county") as county:
        first = demo_case(loop, county)
        assert first.findings == ("env.tidy",) and first.state == State.open
        mine_name = first.mine_name
    with Workspace.open(loop / "field") as field:
        second = reinspect(field, {"env.zoning": 10, "env.greening": 80.0}, "2026-11-27")
    send_back(loop, "second.gmreturn")
    with Workspace.open(loop / "county") as county:
        new = [c for c in follow_ups(county) if c.inspection_uid == second]
        assert [(c.kind, c.findings, c.state) for c in new] == [
            ("rectification", ("env.zoning", "env.greening"), State.open)]
        assert new[0].mine_name == mine_name and fu.follow_up(county, first.id).state == State.open
        texts = fu.finding_texts(county, new[0])
        assert any("分区" in t for t in texts) and any("绿化" in t for t in texts)
        assert fall_throughs(county) == []


def test_linking_a_later_check_as_the_re_check_closes_its_own_case(loop):
    send_back(loop, "first.gmreturn")
    with Workspace.open(loop / "county") as county:
        case = demo_case(loop, county)
        confirm_proposed_citations(county, case.inspection_uid)
        case = fu.issue_notice(county, case.id, 20, True, date(2026, 11, 24), CLERK)
        case = fu.serve(county, case.id, date(2026, 11, 25), "送达回证", CLERK)
    with Workspace.open(loop / "field") as field:
        later = reinspect(field, {"env.zoning": 10}, "2026-11-27")
    send_back(loop, "second.gmreturn")
    with Workspace.open(loop / "county") as county:
        [own] = [c for c in follow_ups(county) if c.inspection_uid == later]
        assert own.state == State.open  # visible while nobody has linked it
        linked = fu.link_recheck(county, case.id, later, CLERK)
        assert linked.state == State.rechecked and linked.recheck_uid == later
        merged = fu.follow_up(county, own.id)
        assert merged.state == State.closed and f"案件 {case.id}" in merged.note
        events = county.conn.execute("SELECT action, to_state FROM follow_up_event WHERE follow_up = ?",
                                     [own.id]).fetchall()
        assert events == [("merge", "closed")]
        assert fall_throughs(county) == []
        fu.open_follow_ups(county, CLERK, date(2026, 12, 1))
        assert len([c for c in follow_ups(county) if c.inspection_uid == later]) == 1  # nothing opened again


def test_a_check_whose_own_case_has_a_notice_is_not_linked_as_a_re_check(loop):
    send_back(loop, "first.gmreturn")
    with Workspace.open(loop / "county") as county:
        case = demo_case(loop, county)
        confirm_proposed_citations(county, case.inspection_uid)
        fu.serve(county, fu.issue_notice(county, case.id, 20, True, date(2026, 11, 24), CLERK).id,
                 date(2026, 11, 25), "送达回证", CLERK)
    with Workspace.open(loop / "field") as field:
        later = reinspect(field, {"env.zoning": 10}, "2026-11-27")
    send_back(loop, "second.gmreturn")
    with Workspace.open(loop / "county") as county:
        [own] = [c for c in follow_ups(county) if c.inspection_uid == later]
        confirm_proposed_citations(county, later)
        fu.issue_notice(county, own.id, 20, True, date(2026, 11, 30), CLERK)
        with pytest.raises(UserError) as refused:
            fu.link_recheck(county, case.id, later, CLERK)
        assert refused.value.code == "follow_up_recheck_has_notice"
        assert fu.follow_up(county, case.id).state == State.served


def test_every_failed_item_of_the_demo_year_is_in_exactly_one_case_or_a_linked_recheck(year_folder):
    with Workspace.open(year_folder) as county:
        fu.open_follow_ups(county, CLERK, date(2026, 11, 30))
        findings = county.conn.execute("SELECT count(*) FROM finding f JOIN inspection i ON i.id = f.inspection_id "
                                       "WHERE i.status = 'signed'").fetchone()[0]
        rechecks = county.conn.execute("SELECT count(*) FROM follow_up WHERE recheck_uid IS NOT NULL").fetchone()[0]
        assert findings > 10 and rechecks >= 3  # the year has findings and linked re-checks to check
        assert fall_throughs(county) == []


def test_the_invariant_catches_a_finding_left_out(year_folder):
    """The check above can fail: a finding with no case is named."""
    with Workspace.open(year_folder) as county:
        case = next(c for c in follow_ups(county, "rectification") if len(c.findings) == 1)
        with county.transaction():
            county.conn.execute("UPDATE follow_up SET findings = ? WHERE id = ?", [json.dumps([]), case.id])
        assert fall_throughs(county) == [f"{case.inspection_uid[:8]} {case.findings[0]}: in 0 cases"]
