"""``greenmine workspace move W --database …`` (issue 22): the demo county with its year
(signed inspections, photos, cases, notices) moves into an empty server database with
every table's row count equal and the audit chain verifying; the SQLite file is kept;
the folder then opens on the server; a failed check leaves the server empty."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from greenmine_desktop.messages import UserError
from greenmine_desktop.store import audit, content, postgres, server_move
from greenmine_desktop.store.workspace import DATABASE_FILE, DB_NAME, Workspace


@pytest.fixture
def blank(blank_database):
    return blank_database


def _counts(conn, tables):
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_the_demo_year_moves_with_every_count_equal_and_the_chain_verifying(year_folder, blank, private_home):
    with Workspace.open(year_folder) as before:
        if before.on_server:
            pytest.skip("the county is on the server already in this pass")
        tables = server_move._tables(before)
        counts, fingerprint = _counts(before.conn, tables), content.content_hash(before)
        draw_salt = before.meta("draw_salt")
    assert all(counts[t] for t in ("inspection", "signature", "audit_log", "follow_up", "issued_document"))
    env = {**os.environ, "GREENMINE_HOME": str(private_home), "GREENMINE_LANG": "en"}
    done = subprocess.run([sys.executable, "-m", "greenmine_desktop", "workspace", "move", str(year_folder),
                           "--database", blank], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"the audit chain of {counts['audit_log']} rows verified" in done.stdout
    assert json.loads((year_folder / DATABASE_FILE).read_text(encoding="utf-8"))["conninfo"] == blank
    assert not (year_folder / DB_NAME).exists()
    [kept] = (year_folder / "backups").glob("workspace.before-server.*.sqlite")
    with sqlite3.connect(kept) as old:
        assert _counts(old, tables) == counts  # the SQLite file is kept whole
    old.close()
    with Workspace.open(year_folder) as ws:
        assert ws.on_server and ws.kind == "county"
        assert _counts(ws.conn, tables) == counts
        assert audit.verify_chain(ws.conn).ok and content.content_hash(ws) == fingerprint
        assert ws.meta("draw_salt") == draw_salt  # the same draws as before the move
        with ws.transaction():  # new rows get ids after the copied ones
            audit.append(ws.conn, "李科员", "check", "workspace", "moved")
            ws.conn.execute("INSERT INTO listing_target (year, town, target, set_on, set_by) "
                            "VALUES (2027, '青岚镇', 3, '2027-01-01', '李科员')")
        assert audit.verify_chain(ws.conn).ok
    checked = subprocess.run([sys.executable, "-m", "greenmine_desktop", "verify", str(year_folder)],
                             capture_output=True, text=True, env=env, timeout=300)
    assert checked.returncode == 0, checked.stderr


def test_a_check_that_fails_leaves_the_server_empty_and_the_workspace_as_it_was(demo_folder, blank, monkeypatch):
    with Workspace.open(demo_folder) as ws:
        if ws.on_server:
            pytest.skip("the county is on the server already in this pass")
    monkeypatch.setattr(server_move.content, "content_hash", lambda ws: ws.conn.dialect if hasattr(
        ws.conn, "dialect") else "sqlite")  # as if a value had changed on the way
    with pytest.raises(UserError) as err:
        server_move.move(demo_folder, blank)
    assert err.value.code == "move_content_differs"
    assert (demo_folder / DB_NAME).exists() and not (demo_folder / DATABASE_FILE).exists()
    conn = postgres.connect(blank)
    try:
        assert conn.execute("SELECT count(*) FROM mine").fetchone()[0] == 0  # schema made, no rows kept
        assert conn.execute("SELECT count(*) FROM workspace_meta WHERE key = 'id'").fetchone()[0] == 0
        with pytest.raises(postgres.errors().IntegrityError, match="append-only"):  # the triggers are on again
            with conn.raw.transaction():
                audit.append(conn, "甲", "test", "x", 1)
                conn.execute("DELETE FROM audit_log")
    finally:
        conn.close()
    monkeypatch.undo()
    assert server_move.move(demo_folder, blank).rows["mine"] == 300  # and it can be tried again


def test_a_field_laptop_or_a_used_database_is_not_moved(tmp_path, blank, demo_folder):
    Workspace.create(tmp_path / "laptop", "field").close()
    with pytest.raises(UserError) as err:
        server_move.move(tmp_path / "laptop", blank)
    assert err.value.code == "server_field_workspace"
    conn = postgres.connect(blank)
    conn.execute("CREATE TABLE other (x int)")
    conn.close()
    with Workspace.open(demo_folder) as ws:
        if ws.on_server:
            pytest.skip("the county is on the server already in this pass")
    with pytest.raises(UserError) as err:
        server_move.move(demo_folder, blank)
    assert err.value.code == "server_not_empty" and (demo_folder / DB_NAME).exists()


def test_the_move_reports_each_table_and_a_cancel_leaves_the_server_empty(demo_folder, blank):
    """The GUI's progress dialog (gui/server_dialog.py) cancels through the report."""
    from greenmine_desktop.messages import Cancelled

    reports = []

    def cancel_halfway(done, total):
        reports.append((done, total))
        if done == total // 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        server_move.move(demo_folder, blank, cancel_halfway)
    total = reports[0][1]
    assert total > 20 and reports == [(n, total) for n in range(1, total // 2 + 1)]
    assert (demo_folder / DB_NAME).exists() and not (demo_folder / DATABASE_FILE).exists()
    conn = postgres.connect(blank)
    try:
        assert conn.execute("SELECT count(*) FROM mine").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM workspace_meta WHERE key = 'id'").fetchone()[0] == 0
    finally:
        conn.close()
    reports.clear()
    assert server_move.move(demo_folder, blank, lambda done, total: reports.append(done)).rows["mine"] == 300
    assert reports == list(range(1, total + 1))
