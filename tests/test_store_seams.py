"""The store's own guarantees behind the services (issue 18): names that end up in SQL
come from fixed lists, upserts replace rather than duplicate, and settings round-trip."""

from datetime import date

import pytest

from greenmine_desktop.services.inspections import start_inspection
from greenmine_desktop.store import draws, follow_ups, inspections
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import demo_header

PNG = b"\x89PNG\r\n\x1a\n fake signature"


@pytest.fixture
def ws(demo_folder):
    with Workspace.open(demo_folder) as workspace:
        yield workspace


def _counts(ws: Workspace) -> tuple[int, int]:
    return (ws.conn.execute("SELECT count(*) FROM follow_up_event").fetchone()[0],
            ws.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def test_a_step_naming_a_column_outside_the_list_writes_nothing(ws):
    before = _counts(ws)
    with pytest.raises(ValueError, match="not a follow_up column"), ws.transaction():
        follow_ups.record_step(ws, 1, date(2026, 11, 2), "clerk", "close", "open", "closed",
                               {"state = 'closed', mine_licence": "x"})
    assert _counts(ws) == before


def test_plan_filters_name_only_register_columns(ws):
    with pytest.raises(ValueError):
        draws.eligible_mines(ws, {"status = status OR 1 = 1 --": ["x"]}, "", None)
    with pytest.raises(ValueError):
        draws.eligible_mines(ws, {}, "legal_rep", None)
    every = draws.eligible_mines(ws, {}, "town", None)
    active = draws.eligible_mines(ws, {"green_level": ["national"]}, "", None)
    assert 0 < len(active) < len(every) and all(m.stratum for m in every) and {m.stratum for m in active} == {""}


def test_a_signature_given_again_replaces_the_first_and_one_representative_remains(ws):
    session = start_inspection(ws, demo_header(ws), "王建国")
    inspector = session.header.team[0].name
    session.sign("inspector", inspector, PNG, inspector)
    session.sign("inspector", inspector, PNG + b"2", inspector)
    session.sign("representative", "赵经理", PNG, inspector)
    session.sign("representative", "钱副经理", PNG + b"3", inspector)
    stored = inspections.load_signatures(ws, session.id)
    assert sorted((s.role, s.person) for s in stored) == [("inspector", inspector), ("representative", "钱副经理")]
    assert inspections.signature_image(ws, session.id, "inspector", inspector) == PNG + b"2"


def test_settings_replace_their_old_value(ws):
    with ws.transaction():
        ws.set_meta({"bureau": "甲局", "doc_prefix": "甲"})
    with ws.transaction():
        ws.set_meta({"bureau": "乙局"})
    assert (ws.meta("bureau"), ws.meta("doc_prefix")) == ("乙局", "甲")
    assert ws.conn.execute("SELECT count(*) FROM workspace_meta WHERE key = 'bureau'").fetchone()[0] == 1


def test_a_list_longer_than_one_chunk_finds_the_same_rows_in_the_same_order(year_folder, monkeypatch):
    """``IN (?, ?, …)`` is sent in chunks (below SQLite's limit on parameters): the earlier
    findings an assignment package carries do not depend on where the chunks fall."""
    from greenmine_desktop.store import in_lists
    from greenmine_desktop.store.mines import mine_names

    with Workspace.open(year_folder) as ws:
        licences = sorted(mine_names(ws), reverse=True)
        whole = inspections.signed_findings(ws, licences)
        monkeypatch.setattr(in_lists, "CHUNK", 7)
        assert list(in_lists.in_chunks(list(range(15)))) == [
            ("?, ?, ?, ?, ?, ?, ?", [0, 1, 2, 3, 4, 5, 6]), ("?, ?, ?, ?, ?, ?, ?", [7, 8, 9, 10, 11, 12, 13]),
            ("?", [14])]
        chunked = inspections.signed_findings(ws, licences)
    assert len({f.mine_licence for f in whole}) > 7 and chunked == whole


def test_the_teams_sent_to_a_mine_are_read_from_draws_not_redrawn_and_from_re_check_tasks(ws):
    """store/returns.assigned_teams parses the JSON itself after a narrowing LIKE: a licence
    whose JSON spelling differs from its text (quotes, Chinese) is still found, a draw that
    another replaces assigns nothing, and a re-check task names its team in its audit row."""
    from greenmine_desktop.services.demo import DEMO_PLAN
    from greenmine_desktop.store import audit
    from greenmine_desktop.store.returns import assigned_teams

    odd, plain = '采矿"甲"\\1号', "C6200002026110001"

    def record(sha: str, licence: str, team: list[str], replaces: str | None = None) -> dict:
        return {"record_sha256": sha * 64, "plan": DEMO_PLAN.name, "replaces": replaces and replaces * 64,
                "result": [{"licence_no": licence, "team": team}, {"licence_no": "other", "team": ["z1", "z2"]}]}

    with ws.transaction():
        draws.record_draw(ws, DEMO_PLAN.name, record("a", odd, ["a1", "a2"]), {})
        draws.record_draw(ws, DEMO_PLAN.name, record("b", plain, ["b1", "b2"]), {})
        draws.record_draw(ws, DEMO_PLAN.name, record("c", plain, ["c1", "c2"], replaces="b"), {})
        for entity_id, team in (("follow_up:3", ["t1", "t2"]), ("draw:3", ["u1", "u2"])):
            audit.append(ws.conn, "李科员", "export", "assignment", entity_id, new={"mines": [odd], "team": team})
    assert sorted(map(sorted, assigned_teams(ws.conn, odd))) == [["a1", "a2"], ["t1", "t2"]]
    assert assigned_teams(ws.conn, plain) == [frozenset({"c1", "c2"})]  # b was redrawn as c
    assert assigned_teams(ws.conn, "C62000020261100") == []  # a prefix of a licence is not it


def test_the_returns_reads_find_the_same_rows_in_chunks(ws, monkeypatch):
    from greenmine_desktop.store import in_lists, returns

    badges = [r[0] for r in ws.conn.execute("SELECT badge_no FROM inspector ORDER BY badge_no")]
    whole = returns.register_names(ws.conn, [*badges, "nobody"])
    monkeypatch.setattr(in_lists, "CHUNK", 3)
    assert len(badges) > 3 and returns.register_names(ws.conn, [*badges, "nobody"]) == whole
    assert set(whole) == set(badges)
