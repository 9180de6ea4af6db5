import json
import math
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from greenmine_desktop.domain.draw import SampleRule
from greenmine_desktop.domain.draw_record import verify_record
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.demo import DEMO_PLAN
from greenmine_desktop.services.draw_plans import Plan, draw_inputs, list_draws, load_plan, run_plan, save_plan
from greenmine_desktop.store.workspace import Workspace
from tests.county_backend import REFUSED

WHEN = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture
def ws(demo_folder):
    with Workspace.open(demo_folder) as workspace:
        yield workspace


def test_demo_plan_draws_a_fifth_of_the_listed_mines_in_teams_of_two(ws):
    assert load_plan(ws, DEMO_PLAN.name) == DEMO_PLAN
    listed = {r[0] for r in ws.conn.execute("SELECT licence_no FROM mine WHERE green_level != 'none'")}
    inputs = draw_inputs(ws, load_plan(ws, DEMO_PLAN.name))
    assert {c.licence_no for c in inputs.candidates} == listed
    active = ws.conn.execute("SELECT COUNT(*) FROM inspector WHERE active = 1").fetchone()[0]
    assert len(inputs.inspectors) == active
    record = run_plan(ws, DEMO_PLAN.name, "03 17 25", "王建国", ("李海燕",), WHEN)
    assert len(record.result) == math.ceil(0.2 * len(listed))
    assert all(len(row.team) == 2 and row.licence_no in listed for row in record.result)
    assert record.drawn_at == "2026-11-23T10:00:00+08:00" and record.witnesses == ("李海燕",)


def test_stored_records_verify_and_never_change(ws):
    record = run_plan(ws, DEMO_PLAN.name, "seed", "op", (), WHEN)
    stored = json.loads(ws.conn.execute("SELECT record FROM draw_record WHERE record_sha256 = ?",
                                        [record.record_sha256]).fetchone()[0])
    assert stored == record.data and verify_record(stored) == []
    audit_row = ws.conn.execute("SELECT actor, action, entity_id FROM audit_log WHERE entity = ?",
                                ["draw_record"]).fetchone()
    assert audit_row == ("op", "draw", record.record_sha256)
    with pytest.raises(REFUSED, match="immutable"):
        ws.conn.execute("UPDATE draw_record SET record = '{}'")
    with pytest.raises(REFUSED, match="immutable"):
        ws.conn.execute("DELETE FROM draw_record")


def test_an_infeasible_plan_stores_nothing_and_says_why(ws):
    save_plan(ws, Plan("big teams", DEMO_PLAN.item, SampleRule(ratio=0.5, team_size=30), DEMO_PLAN.filters))
    with pytest.raises(UserError) as err:
        run_plan(ws, "big teams", "seed", "op", (), WHEN)
    assert err.value.code == "draw_pool_too_small" and err.value.problem.params["needed"] == 30
    assert ws.conn.execute("SELECT COUNT(*) FROM draw_record").fetchone()[0] == 0
    assert ws.conn.execute("SELECT COUNT(*) FROM audit_log WHERE entity = 'draw_record'").fetchone()[0] == 0


def test_per_town_strata_and_filters(ws):
    plan = Plan("towns", DEMO_PLAN.item, SampleRule(count=30, per_stratum=True, team_size=2, max_load=5),
                {"status": ["producing"]}, stratum="town")
    save_plan(ws, plan)
    inputs = draw_inputs(ws, load_plan(ws, "towns"))
    producing = ws.conn.execute("SELECT COUNT(*) FROM mine WHERE status = 'producing'").fetchone()[0]
    assert len(inputs.candidates) == producing and len({c.stratum for c in inputs.candidates}) == 10
    assert len(run_plan(ws, "towns", "s", "op", (), WHEN).result) == 30


def test_plans_only_name_register_columns():
    with pytest.raises(ValueError):
        Plan("x", "item", SampleRule(ratio=0.1), {"name; DROP TABLE mine": ["x"]})
    with pytest.raises(ValueError):
        Plan("x", "item", SampleRule(ratio=0.1), stratum="licence_no")


def test_unknown_plan_is_one_sentence(ws):
    with pytest.raises(UserError) as err:
        run_plan(ws, "nope", "s", "op", (), WHEN)
    assert err.value.message("zh_CN") == "工作区中没有名为“nope”的抽查计划。"


def test_cli_run_writes_a_record_that_verifies(demo_folder, tmp_path, private_home):
    env = {"GREENMINE_HOME": str(private_home), "GREENMINE_LANG": "en", "PATH": ""}
    base = [sys.executable, "-m", "greenmine_desktop", "draw"]
    out = tmp_path / "record.json"
    ran = subprocess.run([*base, "run", "--workspace", str(demo_folder), "--plan", DEMO_PLAN.name, "--seed", "8 16 24",
                          "--witness", "甲", "--witness", "乙", "--out", str(out)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert ran.returncode == 0, ran.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["witnesses"] == ["甲", "乙"] and f"record {record['record_sha256']}" in ran.stdout
    verified = subprocess.run([*base, "verify", str(out)], capture_output=True, text=True, env=env, timeout=60)
    assert verified.returncode == 0 and "intact" in verified.stdout


def _signed_inspection(ws, licence, started_at, status="signed"):
    ws.conn.execute("INSERT INTO inspection (uid, series, revision, mine_licence, template, status, started_at, team, "
                    "created_at) VALUES (?, ?, 1, ?, 'green-mine-2020@x', ?, ?, '[]', '')",
                    [licence + started_at, licence + started_at, licence, status, started_at])


def test_mines_checked_in_the_last_months_are_left_out(ws):
    listed = sorted(r[0] for r in ws.conn.execute("SELECT licence_no FROM mine WHERE green_level != 'none'"))
    _signed_inspection(ws, listed[0], "2026-08-01T09:00")  # within 12 months of the draw: out
    _signed_inspection(ws, listed[1], "2025-10-01T09:00")  # older: stays in
    _signed_inspection(ws, listed[2], "2026-10-01T09:00", status="open")  # not finished: stays in
    plan = Plan("recent", DEMO_PLAN.item, DEMO_PLAN.rule, DEMO_PLAN.filters, exclude_checked_months=12)
    save_plan(ws, plan)
    assert load_plan(ws, "recent") == plan
    eligible = {c.licence_no for c in draw_inputs(ws, plan, WHEN.date()).candidates}
    assert eligible == set(listed) - {listed[0]}
    record = run_plan(ws, "recent", "seed", "op", (), WHEN)
    assert listed[0] not in {c["licence_no"] for c in record.inputs["candidates"]}


def test_a_redraw_names_the_record_it_replaces_and_why(ws):
    first = run_plan(ws, DEMO_PLAN.name, "seed one", "op", (), WHEN)
    with pytest.raises(UserError) as err:
        run_plan(ws, DEMO_PLAN.name, "seed two", "op", (), WHEN, replaces=first.record_sha256)
    assert err.value.code == "draw_replace_reason"
    with pytest.raises(UserError) as err:
        run_plan(ws, DEMO_PLAN.name, "seed two", "op", (), WHEN, replaces="0" * 64, replace_reason="x")
    assert err.value.code == "draw_replaces_missing"
    second = run_plan(ws, DEMO_PLAN.name, "seed two", "op", (), WHEN, replaces=first.record_sha256,
                      replace_reason="检查人员回避未登记")
    assert second.replaces == first.record_sha256 and verify_record(dict(second.data)) == []
    rows = list_draws(ws)
    assert [r.record_sha256 for r in rows] == [second.record_sha256, first.record_sha256]
    assert rows[1].replaced_by == second.record_sha256 and rows[0].replaced_by is None


def test_saving_a_plan_is_audited_with_old_and_new(ws):
    changed = Plan(DEMO_PLAN.name, DEMO_PLAN.item, SampleRule(ratio=0.3, team_size=3, max_load=2), DEMO_PLAN.filters)
    save_plan(ws, changed, actor="县局 李")
    actor, action, old, new = ws.conn.execute(
        "SELECT actor, action, old, new FROM audit_log WHERE entity = 'spot_check_plan' ORDER BY seq DESC").fetchone()
    assert (actor, action) == ("县局 李", "change")
    assert json.loads(old)["rule"]["ratio"] == 0.2 and json.loads(new)["rule"]["team_size"] == 3


def test_mines_with_complaints_can_always_be_drawn(ws):
    complained = {r[0] for r in ws.conn.execute("SELECT licence_no FROM mine WHERE complaints > 0")}
    assert complained  # the demo register has some
    plan = Plan("complaints", DEMO_PLAN.item, SampleRule(count=len(complained) + 5, team_size=2, max_load=30),
                always_complaints=True)
    save_plan(ws, plan)
    assert load_plan(ws, "complaints").always_complaints
    replaces = None
    for seed in ("a", "b", "c"):
        record = run_plan(ws, "complaints", seed, "op", (), WHEN, replaces, "测试另一个种子" if replaces else "")
        drawn = {row.licence_no for row in record.result}
        assert complained <= drawn and len(drawn) == len(complained) + 5
        replaces = record.record_sha256


def test_the_exported_record_holds_no_avoidance_list_and_the_county_re_runs_its_teams(ws, tmp_path, capsys,
                                                                                      monkeypatch):
    """Issue 20: the inspectors' avoidance lists stay in the workspace; ``draw verify``
    re-runs the mines from the file alone and the teams with ``--workspace``."""
    from greenmine_desktop.cli import main
    from greenmine_desktop.services.draw_plans import export_record, verify_stored

    monkeypatch.setenv("GREENMINE_LANG", "en")
    avoided = {r[0] for r in ws.conn.execute("SELECT target FROM inspector_avoidance")}
    assert avoided
    record = run_plan(ws, DEMO_PLAN.name, "03 17 25", "王建国", ("李海燕",), WHEN)
    export_record(ws, record.record_sha256, tmp_path / "record.json")
    published = (tmp_path / "record.json").read_text(encoding="utf-8")
    assert "avoid_mines" not in published and "avoid_companies" not in published
    assert all(set(p) == {"badge_no"} for p in json.loads(published)["inputs"]["inspectors"])
    kept = json.loads(ws.conn.execute("SELECT avoidance FROM draw_record").fetchone()[0])
    assert {t for p in kept["inspectors"] for t in p["avoid_mines"] + p["avoid_companies"]} <= avoided
    assert kept["salt"] and kept["salt"] not in published
    assert verify_stored(ws, record) == []
    assert main(["draw", "verify", str(tmp_path / "record.json")]) == 0
    assert "county workspace" in capsys.readouterr().out
    assert main(["draw", "verify", str(tmp_path / "record.json"), "--workspace", str(ws.folder)]) == 0
    assert "gives the same result" in capsys.readouterr().out


def test_the_same_seed_draws_the_same_in_a_workspace_whose_salt_is_its_own(ws, demo_folder, tmp_path):
    """The avoidance salt is one per workspace (made by its migration), so a seed cannot be
    re-drawn under a fresh salt until the teams suit someone."""
    from greenmine_desktop.store.draw_secrets import draw_salt

    first = run_plan(ws, DEMO_PLAN.name, "11 22 33", "op", (), WHEN)
    again = run_plan(ws, DEMO_PLAN.name, "11 22 33", "op", (), WHEN + timedelta(minutes=5), first.record_sha256,
                     "检查人员回避未登记")
    assert first.result == again.result and first.inputs_sha256 == again.inputs_sha256
    fresh = Workspace.create(tmp_path / "other", "county")
    assert len(draw_salt(fresh)) == 32 and draw_salt(fresh) != draw_salt(ws)
    fresh.close()


def test_the_command_line_lists_the_plans_a_draw_can_run(ws, capsys):
    from greenmine_desktop.cli import main

    save_plan(ws, Plan("二〇二七年第一批", DEMO_PLAN.item, SampleRule(count=7, team_size=3)), actor="clerk")
    assert main(["draw", "plans", "--workspace", str(ws.folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["2026年第三批\t绿色矿山建设情况抽查\t20 %\t2", "二〇二七年第一批\t绿色矿山建设情况抽查\t7\t3"]
    assert main(["draw", "plans", "--workspace", str(ws.folder), "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first == {"name": DEMO_PLAN.name, "item": "绿色矿山建设情况抽查", "count": None, "ratio": 0.2,
                     "per_stratum": None, "team_size": 2}
    # the name listed is the one `draw run --plan` takes
    assert main(["draw", "run", "--workspace", str(ws.folder), "--plan", first["name"], "--seed", "1 2 3"]) == 0


def test_a_plan_is_drawn_once_and_then_only_redrawn_naming_its_current_record(ws):
    """Walkthrough: a plan could be drawn again and again as a 'first draw', so the
    records did not show that the result was drawn until it suited."""
    first = run_plan(ws, DEMO_PLAN.name, "11 22 33", "op", (), WHEN)
    with pytest.raises(UserError) as refused:
        run_plan(ws, DEMO_PLAN.name, "44 55 66", "op", (), WHEN)
    assert refused.value.code == "draw_plan_drawn" and first.record_sha256[:12] in refused.value.message()
    second = run_plan(ws, DEMO_PLAN.name, "44 55 66", "op", (), WHEN, first.record_sha256, "检查人员回避未登记")
    with pytest.raises(UserError) as twice:
        run_plan(ws, DEMO_PLAN.name, "77 88 99", "op", (), WHEN, first.record_sha256, "再换一次")
    assert twice.value.code == "draw_replaced_already"
    save_plan(ws, Plan("另一计划", DEMO_PLAN.item, SampleRule(count=3, team_size=2)))
    with pytest.raises(UserError) as other:
        run_plan(ws, "另一计划", "1 2 3", "op", (), WHEN, second.record_sha256, "借用别的计划的记录")
    assert other.value.code == "draw_replaces_other_plan"
    assert run_plan(ws, "另一计划", "1 2 3", "op", (), WHEN).replaces is None  # its own first draw
    assert [r.record_sha256 for r in list_draws(ws) if not r.replaced_by and r.plan == DEMO_PLAN.name] == \
        [second.record_sha256]
