"""The register's text filter through the trigram index (issue 23): it finds exactly what
``search_text LIKE '%…%'`` found, for every length of text and for the wildcards of LIKE
taken literally, and its triggers keep the index in step with the register."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.services.demo import generate_register
from greenmine_desktop.store import mine_search
from greenmine_desktop.store.migrations import available_migrations
from greenmine_desktop.store.mines import MineFilter, id_query, load_mine, query_ids, upsert_mines
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import demo_folder  # noqa: F401 - the fixture is used by name

# Names a careless clerk or a hostile register file brings: LIKE's wildcards and escape,
# FTS5's quote and operators, inner spaces, upper case, a character beyond the BMP and the
# greatest code point (the top of the short-text range), and the separator of search_text.
ODD_NAMES = [
    ("100%纯砂岩矿", "百分之百_公司"), ("A_B\\C矿", "反斜杠\\\\公司"), ('引号"矿" OR NEAR', "AND NOT * 公司"),
    ("宏达 石料 厂", "MiXeD Case 公司"), ("𠀋字矿", "生僻𠀋公司"), ("尾字\U0010ffff", "x\U0010ffff\U0010ffff"),
    ("宏", "达"), ("独\U0010ffff\U0010ffff矿", "z"),
]
PATTERNS = [
    # 1 and 2 characters: the vocabulary's ranges; 3 and more: the phrase of trigrams
    "宏", "达", "矿", "%", "_", "\\", '"', "*", "a", "𠀋", "\U0010ffff", "c6", "宏达", "%纯", "_公", "\\c", '"矿',
    "\\\\", "\U0010ffff\U0010ffff", "公司", "x\U0010ffff", "独", "独\U0010ffff",
    "宏达石", "100%", "a_b", "a_b\\c", '"矿" or', "and not *", "宏达 石料", "mixed case", "𠀋公司", "尾字\U0010ffff",
    "青岚县", "有限公司", "c6299012", "c6299012020", "%%", "__", "矿\x1f", "\x1f宏", "矿\x1f青",
    "矿山不存在的名字", "zzz", "宏\0达", "\0",
    # what LIKE would have taken as a wildcard: must not match anything here
    "宏_石", "1%纯",
]


def _like(ws: Workspace, mine_filter: MineFilter, order_by: str = "licence_no", descending: bool = False) -> list[int]:
    """What the register list showed before the index: the covering-index LIKE scan."""
    if ws.on_server and "\0" in mine_filter.text:  # a server's text holds no NUL: LIKE cannot be asked
        return []
    sql, params = id_query(mine_filter, order_by, descending, ws.dialect)
    return [row[0] for row in ws.conn.execute(sql, params)]


def _add(ws: Workspace, names: list[tuple[str, str]], start: int = 0) -> list[Mine]:
    template = load_mine(ws, ws.conn.execute("SELECT MIN(id) FROM mine").fetchone()[0])
    assert template is not None
    mines = [dataclasses.replace(template, licence_no=f"C62990120990100000{start + n:05d}", name=name, company=company,
                                 parts=())
             for n, (name, company) in enumerate(names)]
    upsert_mines(ws, mines, "李科员", "测试")
    return mines


def _assert_same_everywhere(ws: Workspace) -> None:
    """Every pattern, in the default order, sorted by another column descending, and with
    another filter: the same ids as LIKE; and the index itself answers the short ones."""
    for pattern in PATTERNS:
        for mine_filter, order in [(MineFilter(text=pattern), ("licence_no", False)),
                                   (MineFilter(text=f"  {pattern.upper()} "), ("name", True)),
                                   (MineFilter(text=pattern, status="producing"), ("company", False))]:
            assert query_ids(ws, mine_filter, *order) == _like(ws, mine_filter, *order), (pattern, order)
        needle = pattern.strip().casefold()
        hits = mine_search.containing(ws.conn, needle)
        if hits is not None:
            assert sorted(set(hits)) == sorted(_like(ws, MineFilter(text=pattern))), pattern


@pytest.fixture
def ws(demo_folder):  # noqa: F811 - the fixture
    with Workspace.open(demo_folder) as workspace:
        _add(workspace, ODD_NAMES)
        yield workspace


def test_the_filter_finds_exactly_what_like_found(ws):
    assert len(_like(ws, MineFilter(text="矿"))) > 300  # the demo register and the odd names
    _assert_same_everywhere(ws)


@pytest.mark.parametrize("or_terms", [0, 1])
def test_short_texts_read_occurrence_by_occurrence_find_the_same(ws, monkeypatch, or_terms):
    """A short text beginning more index terms than OR_TERMS reads their occurrences one by
    one instead of one OR query: exactly the same mines either way."""
    monkeypatch.setattr(mine_search, "OR_TERMS", or_terms)
    _assert_same_everywhere(ws)


def test_a_short_text_is_one_or_query_of_the_terms_it_begins(ws):
    """Each mine once (the occurrences repeat a mine that has the text twice)."""
    hits = mine_search.containing(ws.conn, "宏")
    assert hits is not None and len(hits) == len(set(hits.tolist())) == len(_like(ws, MineFilter(text="宏")))


def test_short_and_long_texts_are_answered_by_the_index(ws):
    """Not the scan in disguise: 1, 2, 3 and more characters come from the index."""
    for needle in ["宏", "宏达", "宏达 石", "c6299012020"]:
        hits = mine_search.containing(ws.conn, needle)
        assert hits is not None and len(hits) > 0, needle
    # an index that silently returned nothing for short texts would fail here
    assert set(mine_search.containing(ws.conn, "%")) == set(_like(ws, MineFilter(text="%")))


def test_a_text_in_every_licence_many_times_falls_back_to_the_scan(ws):
    """A digit occurs about 20 times in every licence: reading all of that from the index
    costs more than the scan, so the index gives up (and the scan's answer is the same)."""
    assert mine_search.containing(ws.conn, "0") is None
    assert query_ids(ws, MineFilter(text="0")) == _like(ws, MineFilter(text="0"))


def test_after_inserts_renames_and_deletes(ws):
    query_ids(ws, MineFilter(text="宏"))  # the list order is now cached: it must notice the changes
    added = _add(ws, [("新宏达砂场", "新来的公司"), ("新100%_矿", "x")], start=100)
    assert query_ids(ws, MineFilter(text="新宏达")) == _like(ws, MineFilter(text="新宏达")) != []
    # renamed: through the register (an upsert) and by a plain UPDATE
    upsert_mines(ws, [dataclasses.replace(added[0], name="改名砂场")], "李科员", "测试")
    ws.conn.execute("UPDATE mine SET search_text = 'c0\x1f更名矿\x1fx' WHERE licence_no = ?", [added[1].licence_no])
    ws.conn.execute("UPDATE mine SET id = id + 100000 WHERE licence_no = ?", [added[0].licence_no])
    assert query_ids(ws, MineFilter(text="新宏达")) == [] == _like(ws, MineFilter(text="新宏达"))
    assert len(query_ids(ws, MineFilter(text="改名"))) == 1
    assert query_ids(ws, MineFilter(text="更名矿")) == _like(ws, MineFilter(text="更名矿")) != []
    with ws.transaction():
        ws.conn.execute("DELETE FROM mine WHERE name LIKE '%宏%'")
    assert query_ids(ws, MineFilter(text="宏")) == [] == _like(ws, MineFilter(text="宏"))
    _assert_same_everywhere(ws)


def test_another_process_changing_the_register_is_seen(ws):
    assert query_ids(ws, MineFilter(text="宏达")) != []
    with Workspace.open(ws.folder) as other:
        with other.transaction():
            other.conn.execute("DELETE FROM mine WHERE search_text LIKE '%宏达%'")
    assert query_ids(ws, MineFilter(text="宏达")) == [] == _like(ws, MineFilter(text="宏达"))


def _index_equals_register(ws: Workspace) -> bool:
    return all(sorted(set(mine_search.containing(ws.conn, n))) == sorted(_like(ws, MineFilter(text=n)))
               for n in ["砂", "新宏", "新宏达", "改名砂"])


@pytest.mark.parametrize("trigger, change", [
    ("mine_search_insert", lambda ws: _add(ws, [("新宏达砂场", "x")], start=100)),
    ("mine_search_update", lambda ws: ws.conn.execute("UPDATE mine SET search_text = 'c\x1f改名砂场\x1fx' "
                                                      "WHERE id = (SELECT MIN(id) FROM mine WHERE name LIKE '%砂%')")),
    ("mine_search_delete", lambda ws: ws.conn.execute("DELETE FROM mine WHERE name LIKE '%砂%'")),
])
def test_every_trigger_is_needed(ws, trigger, change):
    """The checks above would catch a missing trigger: without it, the index goes wrong."""
    assert _index_equals_register(ws)
    ws.conn.execute(f"DROP TRIGGER {trigger}")
    change(ws)
    assert not _index_equals_register(ws)


def test_the_migration_indexes_the_mines_already_there(tmp_path: Path):
    [step] = [m for m in available_migrations() if m.path.name.endswith("_mine_search.sql")]
    with Workspace.create(tmp_path / "ws", "county", migrations=available_migrations()[:step.version - 1]) as old:
        upsert_mines(old, generate_register(40, 7).mines, "李科员", "测试")
        assert not old.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'mine_search'").fetchone()
    with Workspace.open(tmp_path / "ws") as ws:  # migrated: the index is made from the register
        for needle in ["有限公司", "c629901", "青岚县"]:
            hits = mine_search.containing(ws.conn, needle)
            assert hits is not None
            assert sorted(set(hits)) == sorted(_like(ws, MineFilter(text=needle))) != []


@pytest.mark.parametrize("hits", [[], [7], [7, 7, 3], [3, 99, 7, 100], list(range(0, 40, 2)) * 2, list(range(200))])
def test_hits_are_kept_in_the_list_order(hits):
    """Each once, in the list's order; ids outside the list (other filters) or newer than
    it (another process) dropped."""
    order = [5, 3, 9, 7, 1, 0, *range(10, 60)]
    kept = mine_search.Ordered((0, 0), np.array(order)).keep(np.array(hits, dtype=np.int64))
    assert kept == [i for i in order if i in set(hits)]
    assert all(type(i) is int for i in kept)  # sqlite3 binds only int: the model fetches its rows by these
