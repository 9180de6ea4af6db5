"""The register's table model fetches rows a page at a time, as they are painted (issue 23):
whatever the view asks for, after filters, sorts and evicted pages, is the row SQL puts at
that place, labelled as the list shows it."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from greenmine_desktop.domain import vocab
from greenmine_desktop.gui import mine_table_model
from greenmine_desktop.gui.i18n import install_language
from greenmine_desktop.gui.mine_table_model import MINE_ID_ROLE, MineTableModel
from greenmine_desktop.store.mines import LIST_COLUMNS, MineFilter, fetch_rows, id_query
from greenmine_desktop.store.workspace import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def model(qapp, demo_folder, monkeypatch):
    install_language("zh_CN")
    monkeypatch.setattr(mine_table_model, "PAGE_SIZE", 7)  # 300 mines: many pages,
    monkeypatch.setattr(mine_table_model, "MAX_PAGES", 3)  # and most of them evicted again
    with Workspace.open(demo_folder) as ws:
        yield MineTableModel(ws, "zh_CN")


def _scan(model: MineTableModel, mine_filter: MineFilter, column: str, descending: bool) -> list[int]:
    sql, params = id_query(mine_filter, column, descending, model._ws.dialect)
    return [row[0] for row in model._ws.conn.execute(sql, params)]


def _assert_rows_are(model: MineTableModel, expected: list[int]) -> None:
    """Every row, read in a random order (pages fetched, evicted and fetched again)."""
    assert model.rowCount() == len(expected)
    rows = fetch_rows(model._ws, expected)
    status = LIST_COLUMNS.index("status")
    for row in random.Random(len(expected)).sample(range(len(expected)), len(expected)):
        mine_id = expected[row]
        assert model.index(row, 0).data(MINE_ID_ROLE) == mine_id
        assert model.index(row, 0).data() == rows[mine_id][0]  # the licence
        assert model.index(row, 1).data() == rows[mine_id][1]  # the name
        assert model.index(row, status).data() == vocab.label(vocab.STATUS, rows[mine_id][status], "zh_CN")


def test_rows_after_a_filter_and_a_re_sort_are_those_sql_orders(model):
    _assert_rows_are(model, _scan(model, MineFilter(), "licence_no", False))
    model.set_filter(MineFilter(text="矿"))
    _assert_rows_are(model, _scan(model, MineFilter(text="矿"), "licence_no", False))
    model.sort(LIST_COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)  # the pages read before are stale
    _assert_rows_are(model, _scan(model, MineFilter(text="矿"), "name", True))
    model.set_filter(MineFilter(text="宏", status="producing"))
    _assert_rows_are(model, _scan(model, MineFilter(text="宏", status="producing"), "name", True))
    model.set_filter(MineFilter())
    _assert_rows_are(model, _scan(model, MineFilter(), "name", True))


def test_flags_are_words_and_red_and_other_roles_empty(model):
    abnormal, area = LIST_COLUMNS.index("abnormal"), LIST_COLUMNS.index("area_flag")
    ids = [model.index(r, 0).data(MINE_ID_ROLE) for r in range(model.rowCount())]
    rows = fetch_rows(model._ws, ids)
    words = [model.index(r, abnormal).data() for r in range(model.rowCount())]
    assert [bool(w) for w in words] == [bool(rows[i][abnormal]) for i in ids]
    assert {w for w in words if w} == {"是"}
    flagged = words.index("是")
    assert model.index(flagged, abnormal).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert model.index(flagged, area).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(flagged, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex()) is None and model.data(QModelIndex(), MINE_ID_ROLE) is None


def test_the_first_paint_reads_one_page_of_ids_and_the_rest_come_when_wanted(model, monkeypatch):
    """At 50,000 mines reading every id took longer than building the rest of the window."""
    read_all = []
    monkeypatch.setattr(mine_table_model.register, "query_ids",
                        lambda *args: read_all.append(args) or _scan(model, MineFilter(), "licence_no", False))
    fresh = MineTableModel(model._ws, "zh_CN")
    assert fresh.rowCount() == 300 and not read_all
    assert fresh.index(3, 0).data(MINE_ID_ROLE) == _scan(model, MineFilter(), "licence_no", False)[3]
    assert not read_all  # the first page is in hand
    _assert_rows_are(fresh, _scan(model, MineFilter(), "licence_no", False))
    assert len(read_all) == 1


def test_a_register_changed_between_the_first_page_and_the_rest_is_shown_as_it_is_now(qtbot, model):
    """Another clerk's import lands between the window's first paint and the rest of the ids."""
    import dataclasses

    from greenmine_desktop.store.mines import load_mine, upsert_mines

    fresh = MineTableModel(model._ws, "zh_CN")
    template = load_mine(model._ws, _scan(model, MineFilter(), "licence_no", False)[0])
    assert template is not None
    with Workspace.open(model._ws.folder) as other:
        arrived = dataclasses.replace(template, licence_no="C0000000000000000001", name="新到的矿", parts=())
        upsert_mines(other, [arrived], "李科员", "测试")
    with qtbot.waitSignal(fresh.modelReset, timeout=5_000):
        fresh.complete()
    _assert_rows_are(fresh, _scan(model, MineFilter(), "licence_no", False))
    assert fresh.rowCount() == 301 and fresh.index(0, 1).data() == "新到的矿"
