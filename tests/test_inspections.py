"""Carrying out an inspection: each edit committed with its audit row, findings from
failures, sign-off rules, the freeze, revisions, and the audit chain."""


import pytest

from greenmine_desktop.cli import main
from greenmine_desktop.domain.inspection import Finding, TeamMember
from greenmine_desktop.domain.scoring import NA, Verdict
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.inspections import InspectionSession, start_inspection
from greenmine_desktop.services.workspace_check import check_workspace
from greenmine_desktop.store.audit import verify_chain
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import demo_header, full_marks_answer
from tests.county_backend import REFUSED, drop_triggers

PNG = b"\x89PNG\r\n\x1a\n fake signature"


@pytest.fixture
def ws(demo_folder):
    with Workspace.open(demo_folder) as workspace:
        yield workspace


def answer_all(session, actor="王建国"):
    for item in session.template.items:
        session.set_answer(item.id, full_marks_answer(item), actor)


def sign_all(session):
    for member in session.header.team:
        session.sign("inspector", member.name, PNG, member.name)
    session.sign("representative", session.header.representative, PNG, "赵经理")


def test_a_team_needs_two_inspectors_and_a_representative(ws):
    header = demo_header(ws)
    with pytest.raises(UserError) as err:
        type(header)(**{**header.to_data(), "team": (header.team[0], header.team[0])})
    assert err.value.code == "inspection_team_too_small"
    with pytest.raises(UserError) as err:
        type(header)(**{**header.to_data(), "team": header.team, "representative": " "})
    assert err.value.code == "inspection_no_representative"


def test_every_edit_is_committed_at_once_and_survives_reopening(ws, demo_folder):
    session = start_inspection(ws, demo_header(ws), "王建国")
    session.set_answer("pre.licences", "pass", "王建国")
    session.set_answer("env.roads", 20, "王建国")
    session.set_note("env.roads", "东侧道路未洒水", "王建国")
    with Workspace.open(demo_folder) as other:  # another connection sees it: it is committed
        again = InspectionSession(other, session.id)
        assert again.answers == {"pre.licences": "pass", "env.roads": 20}
        assert again.notes == {"env.roads": "东侧道路未洒水"}
        assert set(again.findings) == {"env.roads"}  # a deduction opens a finding


def test_a_failure_opens_a_finding_with_the_template_requirement_and_a_pass_closes_it(ws):
    session = start_inspection(ws, demo_header(ws), "王建国")
    session.set_answer("env.enclosed", 10, "王建国")
    finding = session.findings["env.enclosed"]
    assert finding.requirement == session.template.item("env.enclosed").requirement
    assert finding.department == "ecology_environment"
    session.set_finding(Finding("env.enclosed", "30日内完成破碎车间封闭", ""), "王建国")
    assert InspectionSession(ws, session.id).findings["env.enclosed"].requirement == "30日内完成破碎车间封闭"
    session.set_answer("env.enclosed", 30, "王建国")
    assert "env.enclosed" not in InspectionSession(ws, session.id).findings


def test_a_bad_answer_is_refused_and_nothing_is_written(ws):
    session = start_inspection(ws, demo_header(ws), "王建国")
    rows = ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    for item_id, value in (("env.roads", 26), ("env.zoning", NA), ("pre.licences", 1)):
        with pytest.raises(UserError) as err:
            session.set_answer(item_id, value, "王建国")
        assert err.value.code == "inspection_bad_answer"
    assert ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == rows
    assert InspectionSession(ws, session.id).answers == {}


def test_sign_off_needs_every_answer_and_every_current_signature(ws):
    session = start_inspection(ws, demo_header(ws), "王建国")
    assert session.sign_off_problems()[0].code == "signoff_unanswered"
    answer_all(session)
    codes = [p.code for p in session.sign_off_problems()]
    assert codes == ["signoff_unsigned"] * 3
    sign_all(session)
    assert session.sign_off_problems() == []
    session.set_answer("env.tidy", 15, "王建国")  # a change after signing
    problems = session.sign_off_problems()
    assert [p.code for p in problems] == ["signoff_resign"] * 3
    with pytest.raises(UserError) as err:
        session.sign_off("王建国")
    assert err.value.code == "signoff_resign"


def test_a_refusal_to_sign_needs_a_witness(ws):
    session = start_inspection(ws, demo_header(ws), "王建国")
    answer_all(session)
    for member in session.header.team:
        session.sign("inspector", member.name, PNG, member.name)
    with pytest.raises(UserError):
        session.sign("representative", "赵经理", None, "王建国", refused=True, witness="")
    session.sign("representative", "赵经理", None, "王建国", refused=True, witness="村委会 李主任")
    session.sign_off("王建国")
    assert session.meta.status == "signed"


def test_signed_is_frozen_even_against_direct_sql_and_a_revision_keeps_it(ws):
    session = start_inspection(ws, demo_header(ws), "王建国")
    answer_all(session)
    sign_all(session)
    session.sign_off("王建国")
    signed_digest = session.digest()
    with pytest.raises(UserError) as err:
        session.set_answer("env.tidy", 5, "王建国")
    assert err.value.code == "inspection_frozen"
    for sql in ("UPDATE answer SET value = '5' WHERE inspection_id = ?",
                "UPDATE inspection SET representative = 'x' WHERE id = ?",
                "DELETE FROM signature WHERE inspection_id = ?"):
        with pytest.raises(REFUSED, match="frozen"):
            ws.conn.execute(sql, [session.id])
    revision = session.revise("王建国")
    revision.set_answer("env.tidy", 5, "王建国")
    old = InspectionSession(ws, session.id)
    assert old.meta.status == "superseded" and old.answers["env.tidy"] == 20 and old.digest() == signed_digest
    assert revision.meta.revision == 2 and revision.meta.series == session.meta.series
    assert revision.answers["env.tidy"] == 5 and revision.signatures == []
    assert revision.score().verdict == Verdict.passed


def test_the_audit_log_records_who_what_and_the_old_and_new_value(ws):
    session = start_inspection(ws, demo_header(ws), "王建国")
    session.set_answer("env.roads", 25, "王建国")
    session.set_answer("env.roads", 20, "李志强")
    rows = ws.conn.execute("SELECT actor, action, entity, field, old, new FROM audit_log "
                           "WHERE entity = 'answer' ORDER BY seq").fetchall()
    assert rows == [("王建国", "change", "answer", "env.roads", None, "25"),
                    ("李志强", "change", "answer", "env.roads", "25", "20")]
    assert verify_chain(ws.conn).ok


def _without_guards(ws):
    """What someone with a database tool could do: drop the log's triggers and edit it."""
    drop_triggers(ws, "audit_log", ["audit_log_no_update", "audit_log_no_delete"])


@pytest.mark.parametrize(("tamper", "first", "reason"), [
    ("UPDATE audit_log SET actor = '张三' WHERE seq = 3", 3, "hash"),
    ("UPDATE audit_log SET new = '30' WHERE seq = 4", 4, "hash"),
    ("DELETE FROM audit_log WHERE seq = 2", 2, "gap"),
])
def test_verify_finds_the_first_broken_row(ws, demo_folder, tamper, first, reason, capsys):
    session = start_inspection(ws, demo_header(ws), "王建国")
    for points in (10, 15, 20, 25):
        session.set_answer("env.roads", points, "王建国")
    rows = ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert main(["verify", str(demo_folder)]) == 0
    assert f"{rows} 条记录" in capsys.readouterr().out
    _without_guards(ws)
    ws.conn.execute(tamper)
    problems, chain = check_workspace(ws)
    assert (chain.first_broken, chain.reason) == (first, reason)
    assert main(["verify", str(demo_folder)]) == 1
    assert f"{first}" in capsys.readouterr().err


def test_audit_log_refuses_edits_through_the_app_connection(ws):
    start_inspection(ws, demo_header(ws), "王建国")
    with pytest.raises(REFUSED, match="append-only"):
        ws.conn.execute("UPDATE audit_log SET actor = 'x'")


def test_header_can_be_corrected_before_sign_off(ws):
    session = start_inspection(ws, demo_header(ws), "王建国")
    extra = ws.conn.execute("SELECT badge_no, name FROM inspector WHERE active = 1 ORDER BY badge_no LIMIT 1 OFFSET 2"
                            ).fetchone()
    header = type(session.header)(**{**session.header.to_data(), "team": (*session.header.team, TeamMember(*extra))})
    session.update_header(header, "王建国")
    assert len(InspectionSession(ws, session.id).header.team) == 3
