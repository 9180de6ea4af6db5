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
