"""Another clerk's change reaches this window's views through the change feed (issue 22)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from greenmine_desktop.gui import change_watcher
from greenmine_desktop.gui.mine_table_model import MINE_ID_ROLE
from greenmine_desktop.gui.ops import Changes
from greenmine_desktop.services import change_feed, mine_import
from greenmine_desktop.store import audit
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import register_row, show_window, write_csv


def _import_mine(ws: Workspace, path, actor: str) -> None:
    mine_import.apply_import(ws, mine_import.preview_import(ws, path), actor)


def test_the_feed_names_what_each_clerks_rows_touched(demo_folder, tmp_path):
    path = write_csv(tmp_path / "new.csv", [register_row("C9999")])
    with Workspace.open(demo_folder) as mine, Workspace.open(demo_folder) as theirs:
        start = change_feed.newest(mine)
        _import_mine(theirs, path, "王科员")
        feed = change_feed.since(mine, start)
        assert feed.kinds == {"mines"} and feed.seq == audit.last_seq(mine.conn) > start
        assert change_feed.since(mine, feed.seq).kinds == frozenset(), "nothing new after the point read"


def test_own_rows_are_skipped_but_another_clerks_never(demo_folder, tmp_path):
    with Workspace.open(demo_folder) as ws:
        start = change_feed.newest(ws)
        _import_mine(ws, write_csv(tmp_path / "a.csv", [register_row("C9991")]), "李科员")
        own_until = change_feed.newest(ws)
        assert change_feed.since(ws, start, "李科员", own_until).kinds == frozenset()
        assert change_feed.since(ws, start, "王科员", own_until).kinds == {"mines"}
        _import_mine(ws, write_csv(tmp_path / "b.csv", [register_row("C9992")]), "李科员")
        assert change_feed.since(ws, start, "李科员", own_until).kinds == {"mines"}, "a later row of the same name"


def test_an_entity_the_feed_does_not_know_refreshes_everything():
    assert change_feed.kinds_of("something_added_later") == change_feed.EVERY_KIND
    assert change_feed.kinds_of("follow_up_notice") == {"cases"}


def test_every_kind_the_feed_names_is_a_kind_views_refresh_for():
    fields = {field.name for field in dataclasses.fields(Changes)}
    assert change_feed.EVERY_KIND == fields
    assert set().union(*change_feed.KINDS_OF_ENTITY.values()) <= fields


@pytest.mark.gui
def test_a_mine_imported_by_another_process_appears_and_the_selection_stays(qtbot, demo_folder, private_home,
                                                                            tmp_path, monkeypatch):
    monkeypatch.setattr(change_watcher.ChangeWatcher, "INTERVAL_MS", 100)
    ws = Workspace.open(demo_folder)
    window = show_window(qtbot, ws, private_home / "settings.ini")
    table = window.mine_page.table
    table.selectRow(5)
    chosen = table.currentIndex().data(MINE_ID_ROLE)
    assert window.mine_page.model.rowCount() == 300
    path = write_csv(tmp_path / "new.csv", [register_row("C9999", 矿山名称="后来的矿")])
    done = subprocess.run([sys.executable, "-m", "greenmine_desktop", "mines", "import", str(path), "--workspace",
                           str(demo_folder)], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.mine_page.model.rowCount() == 301, timeout=10_000)
    assert table.currentIndex().data(MINE_ID_ROLE) == chosen, "the clerk's selected mine is still selected"
    window.close()
    ws.close()


@pytest.mark.gui
def test_a_failing_read_stops_the_polling_instead_of_repeating_an_error(qtbot, demo_folder, private_home,
                                                                       monkeypatch, caplog):
    ws = Workspace.open(demo_folder)
    window = show_window(qtbot, ws, private_home / "settings.ini")

    def gone(*_args):
        raise OSError("the server went away")

    monkeypatch.setattr(change_feed, "since", gone)
    window.watcher.poll()
    assert not window.watcher.timer.isActive()
    assert "stopped" in caplog.text
    window.close()
    ws.close()
