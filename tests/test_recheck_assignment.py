"""A re-inspection assigned directly (not drawn) for a rectification case: the package
goes to a team the clerk chose, the team re-checks on its laptop, the return comes back,
and the re-inspection is linked to the case."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from greenmine_desktop.domain.follow_up import State
from greenmine_desktop.domain.inspection import Header, TeamMember
from greenmine_desktop.domain.inspector import Avoidance
from greenmine_desktop.domain.scoring import full_marks
from greenmine_desktop.messages import UserError
from greenmine_desktop.services import follow_ups as fu
from greenmine_desktop.services import keys
from greenmine_desktop.services.assignments import create_field_workspace, export_recheck, open_assignment
from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.services.returns import export_return, import_returns
from greenmine_desktop.store.follow_ups import follow_ups
from greenmine_desktop.store.inspections import latest_assignments
from greenmine_desktop.store.inspectors import list_inspectors, upsert_inspectors
from greenmine_desktop.store.workspace import Workspace

PASS = "county-root-passphrase"


@pytest.fixture
def county(year_folder):
    with Workspace.open(year_folder) as ws:
        keys.create_county_ca(ws, PASS, "李科员")
        yield ws


def served(ws: Workspace):
    return next(c for c in follow_ups(ws, "rectification") if c.state == State.served)


def test_a_direct_recheck_goes_out_comes_back_and_closes_the_case(county, tmp_path):
    case = served(county)
    badges = [p.badge_no for p in list_inspectors(county) if p.active][-2:]
    task = export_recheck(county, case.id, badges, tmp_path / "recheck.gmtask", PASS, "李科员")
    p12 = tmp_path / "inspector.p12"
    keys.issue_inspector(county, badges[0], PASS, "inspector-pass", p12, "李科员")
    with create_field_workspace(tmp_path / "field", p12, "inspector-pass") as field:
        assert open_assignment(field, task, "王建国")
        [assignment] = latest_assignments(field)
        assert assignment.licence_no == case.mine_licence and sorted(assignment.team) == sorted(badges)
        assert field.conn.execute("SELECT plan FROM assignment").fetchone()[0] == f"复查：{case.document_number}"
        members = tuple(TeamMember(*r) for r in field.conn.execute("SELECT badge_no, name FROM inspector"))
        session = start_inspection(field, Header(case.mine_licence, "green-mine-2020@2020.1-provisional",
                                                 "2026-11-25T10:00", members, "矿长", "矿长", "矿区"), "王建国")
        for item in session.template.items:
            session.set_answer(item.id, full_marks(item), "王建国")
        for member in members:
            session.sign("inspector", member.name, b"\x89PNG", "王建国")
        session.sign("representative", "矿长", b"\x89PNG", "王建国")
        session.sign_off("王建国")
        back = export_return(field, tmp_path / "back.gmreturn", "inspector-pass", "王建国")
    [result] = import_returns(county, [back], "李科员")
    assert result.result == "imported"
    fu.open_follow_ups(county, "李科员", date(2026, 11, 26))
    # the task said so: the re-check is linked to its case and opened no case of its own
    linked = fu.follow_up(county, case.id)
    assert linked.state == State.rechecked and linked.recheck_passed and linked.recheck_uid == session.meta.uid
    assert not [c for c in follow_ups(county) if c.inspection_uid == session.meta.uid]
    assert fu.close(county, case.id, date(2026, 11, 27), "李科员").state == State.closed
    assert county.conn.execute("SELECT green_status FROM mine WHERE licence_no = ?",
                               [case.mine_licence]).fetchone()[0] == "listed"


def test_a_direct_recheck_is_refused_for_a_case_not_served_a_small_team_or_an_avoidance(county, tmp_path):
    active = [p for p in list_inspectors(county) if p.active]
    out = tmp_path / "x.gmtask"
    opened = next(c for c in follow_ups(county, "rectification") if c.state == State.open)
    with pytest.raises(UserError) as early:
        export_recheck(county, opened.id, [active[0].badge_no, active[1].badge_no], out, PASS)
    assert early.value.code == "recheck_not_due"
    case = served(county)
    with pytest.raises(UserError) as small:
        export_recheck(county, case.id, [active[0].badge_no], out, PASS)
    assert small.value.code == "recheck_team_small"
    upsert_inspectors(county, [dataclasses.replace(active[0], avoidances=(Avoidance("mine", case.mine_licence),))])
    with pytest.raises(UserError) as avoiding:
        export_recheck(county, case.id, [active[0].badge_no, active[1].badge_no], out, PASS)
    assert avoiding.value.code == "recheck_avoidance" and avoiding.value.problem.params["badge"] == active[0].badge_no
    assert not out.exists()


@pytest.mark.gui
def test_the_follow_up_tab_assigns_a_recheck_to_the_ticked_team(county, qtbot, private_home, tmp_path):
    from PySide6.QtCore import Qt

    from greenmine_desktop.gui.jobs import wait_for_jobs
    from greenmine_desktop.packages.container import read_package
    from greenmine_desktop.services.keys import root_certificate
    from tests.conftest import show_window
    from tests.test_untranslated import untranslated

    window = show_window(qtbot, county, private_home / "settings.ini")
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.follow_up_tab.page
    wait_for_jobs()
    case = served(county)
    page.table.selectRow(next(r for r, c in enumerate(page.cases) if c.id == case.id))
    assert page.recheck_task_button.isEnabled()
    page.assign_recheck()
    dialog = page.task_dialog
    assert not untranslated(dialog)
    dialog.team.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.passphrase.setText(PASS)
    dialog.path.setText(str(tmp_path / "recheck.gmtask"))
    dialog._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: "至少两名" in dialog.error.text())  # a team of one is refused, the dialog stays
    dialog.team.item(1).setCheckState(Qt.CheckState.Checked)
    dialog._ok()
    wait_for_jobs()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "recheck.gmtask" in page.summary.text()
    package = read_package(tmp_path / "recheck.gmtask", root_certificate(county), "assignment")
    data = json.loads(package.files["data.json"])
    assert sorted(p["badge_no"] for p in data["team"]) == sorted(dialog.ticked())
    assert [m["licence_no"] for m in data["mines"]] == [case.mine_licence]
    closed = next(r for r, c in enumerate(page.cases) if c.state == State.closed)
    page.table.selectRow(closed)
    assert not page.recheck_task_button.isHidden() and not page.recheck_task_button.isEnabled()
