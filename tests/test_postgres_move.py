"""``greenmine workspace move W --database …`` (issue 22): the demo county with its year
(signed inspections, photos, cases, notices) moves into an empty server database with
every table's row count equal and the audit chain verifying; the SQLite file is kept;
the folder then opens on the server, and the demo laptop's return package imports into
it; a failed check leaves the server empty."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest

from greenmine_desktop.messages import UserError
from greenmine_desktop.services.demo_loop import DEMO_PASSPHRASE
from greenmine_desktop.store import audit, content, postgres, server_move
from greenmine_desktop.store.workspace import DATABASE_FILE, DB_NAME, Workspace
from tests.county_backend import copy_workspace


@pytest.fixture
def blank(blank_database):
    return blank_database


def _counts(conn, tables):
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_the_demo_county_moves_with_every_count_equal_and_its_return_package_then_imports(
        loop_template, tmp_path, blank, private_home):
    """The demo's county (its year: signed inspections, photos, cases, notices; its CA and
    the November draw) moves; then the demo laptop's return package imports into it."""
    demo = copy_workspace(loop_template, tmp_path / "demo")
    county = demo / "county"
    with Workspace.open(county) as before:
        if before.on_server:
            pytest.skip("the county is on the server already in this pass")
        tables = server_move._tables(before)
        counts, fingerprint = _counts(before.conn, tables), content.content_hash(before)
        draw_salt = before.meta("draw_salt")
    assert all(counts[t] for t in ("inspection", "signature", "audit_log", "follow_up", "issued_document",
                                   "certificate", "draw_record"))
    env = {**os.environ, "GREENMINE_HOME": str(private_home), "GREENMINE_LANG": "en",
           "GREENMINE_P12_PASSPHRASE": DEMO_PASSPHRASE}

    def greenmine(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "greenmine_desktop", *args], capture_output=True, text=True,
                              env=env, timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    out = greenmine("workspace", "move", str(county), "--database", blank)
    assert f"the audit chain of {counts['audit_log']} rows verified" in out
    assert json.loads((county / DATABASE_FILE).read_text(encoding="utf-8"))["conninfo"] == blank
    assert not (county / DB_NAME).exists()
    [kept] = (county / "backups").glob("workspace.before-server.*.sqlite")
    with sqlite3.connect(kept) as old:
        assert _counts(old, tables) == counts  # the SQLite file is kept whole
    old.close()
    with Workspace.open(county) as ws:
        assert ws.on_server and ws.kind == "county"
        assert _counts(ws.conn, tables) == counts
        assert audit.verify_chain(ws.conn).ok and content.content_hash(ws) == fingerprint
        assert ws.meta("draw_salt") == draw_salt  # the same draws as before the move
    assert "hash chain verified" in greenmine("verify", str(county))

    greenmine("package", "export-return", "--workspace", str(demo / "field"), "--out", str(tmp_path / "back.gmreturn"))
    back = tmp_path / "back.gmreturn"
    assert greenmine("package", "import", "--workspace", str(county), str(back)).split("\t")[:2] == [
        back.name, "imported"]
    with Workspace.open(demo / "field") as field:
        [(uid, signed_sha256)] = field.conn.execute("SELECT uid, signed_sha256 FROM inspection").fetchall()
    with Workspace.open(county) as ws:
        assert ws.conn.execute("SELECT status, signed_sha256 FROM inspection WHERE uid = ?",
                               [uid]).fetchall() == [("signed", signed_sha256)]
        photos = ws.conn.execute("SELECT p.sha256, p.stored_as FROM photo p JOIN photo_link l ON l.sha256 = p.sha256 "
                                 "JOIN inspection i ON i.id = l.inspection_id WHERE i.uid = ?", [uid]).fetchall()
        assert len(photos) == 4
        for sha256, stored_as in photos:  # on disk in the folder, whole
            assert hashlib.sha256((county / stored_as).read_bytes()).hexdigest() == sha256
        [brought] = ws.conn.execute("SELECT new FROM audit_log WHERE action = 'import' "
                                    "AND entity = 'return_package'").fetchall()
        assert json.loads(brought[0])["inspections"] == [uid]
        assert _counts(ws.conn, ["inspection", "photo", "audit_log"]) == {
            "inspection": counts["inspection"] + 1, "photo": counts["photo"] + 4, "audit_log": counts["audit_log"] + 1}
        assert audit.verify_chain(ws.conn).ok
        with ws.transaction():  # new rows get ids after the copied ones
            ws.conn.execute("INSERT INTO listing_target (year, town, target, set_on, set_by) "
                            "VALUES (2027, '青岚镇', 3, '2027-01-01', '李科员')")
    assert "hash chain verified" in greenmine("verify", str(county))
    assert greenmine("package", "import", "--workspace", str(county), str(back)).split("\t")[:2] == [
        back.name, "already imported, nothing changed"]


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
