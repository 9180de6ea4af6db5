"""Answer edits on a 100-item template: median edit-to-committed ≤ 5 ms and within 3× of
the bare sqlite-utils write it performs (issue: inspections), measured as the GUI's edit
job runs it (issue 18: the session is loaded on the job thread for every edit).

Both sides run on the same demo workspace (WAL, synchronous=FULL), each write in its own
transaction; ours adds the answer check, the finding and the audit row.
"""

import itertools

import pytest

from greenmine_desktop.domain.checklist import Group, Item, Kind, Template
from greenmine_desktop.services import checklists
from greenmine_desktop.services.inspections import SetAnswer, newest_revision, start_inspection
from greenmine_desktop.store.workspace import Workspace, now_iso
from tests.benchmarks.record import TABLE
from tests.conftest import demo_folder, demo_header  # noqa: F401 - the fixture is used by name

EDITS = 1_000


def hundred_items() -> Template:
    groups = tuple(Group(id=f"g{g}", title=f"第{g}组", points=200, items=tuple(
        Item(id=f"g{g}.i{i}", text=f"检查项 {g}-{i}", kind=Kind.points, points=10, requirement="整改")
        for i in range(20))) for g in range(5))
    return Template(id="bench-100", version="1", title="100 项", source="benchmark",
                    scoring={"total": 1000, "pass_total": 800, "group_min_ratio": 0.75}, groups=groups)


@pytest.fixture
def ws(demo_folder, monkeypatch):  # noqa: F811 - the fixture
    template = hundred_items()
    monkeypatch.setattr(checklists, "shipped_templates", lambda: {template.id: template})
    with Workspace.open(demo_folder) as workspace:
        yield workspace


def edits():
    """1,000 edits cycling over the 100 items, each changing the stored value."""
    for k in itertools.count():
        yield f"g{k % 5}.i{(k // 5) % 20}", float((k // 100) % 11)


def test_answer_edit_bare_sqlite_utils_write_baseline(ws, benchmark):
    table, stream = ws.db.table("answer"), edits()
    ws.conn.execute("INSERT INTO inspection (uid, series, revision, mine_licence, template, status, started_at, "
                    "team, created_at) VALUES ('b', 'b', 1, 'x', 'bench-100@1', 'open', '', '[]', '')")

    def write():
        item_id, value = next(stream)
        with ws.db.atomic():
            table.upsert({"inspection_id": 1, "item_id": item_id, "value": str(value), "note": "",
                          "updated_at": now_iso()}, pk=("inspection_id", "item_id"))

    benchmark.pedantic(write, rounds=EDITS, iterations=1)
    TABLE.baseline("bare sqlite-utils upsert", benchmark)


def test_answer_edit_to_committed(ws, benchmark):
    """What the GUI's job runs for one answer: the inspection loaded afresh on the writer
    connection (the newest revision of its series), the answer checked, written and audited."""
    header = demo_header(ws, template="bench-100")
    series, stream = start_inspection(ws, header, "王建国").meta.series, edits()

    def edit():
        item_id, value = next(stream)
        newest_revision(ws, series).edit(SetAnswer(item_id, value), "王建国")

    benchmark.pedantic(edit, rounds=EDITS, iterations=1)
    assert ws.conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'answer'").fetchone()[0] >= EDITS - 100
    row = TABLE.result("answer edit", benchmark, baseline="bare sqlite-utils upsert", ratio=3, most=0.005)
    print(f"\n{row.line()}")
    assert row.passed, row.line()
