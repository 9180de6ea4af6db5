"""The psycopg adapter (store/postgres.py): the store's sqlite3-style SQL as psycopg reads
it, with no server needed; and a server workspace's folder file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from greenmine_desktop.messages import UserError
from greenmine_desktop.store.postgres import translate
from greenmine_desktop.store.workspace import DATABASE_FILE, Workspace, read_database_file


@pytest.mark.parametrize(("sqlite", "psycopg"), [
    ("SELECT a FROM t WHERE b = ? AND c = ?", "SELECT a FROM t WHERE b = %s AND c = %s"),
    ("INSERT INTO t VALUES (:seq, :at)", "INSERT INTO t VALUES (%(seq)s, %(at)s)"),
    ("SELECT * FROM t WHERE s LIKE ? ESCAPE '\\'", "SELECT * FROM t WHERE s LIKE %s ESCAPE '\\'"),
    ("SELECT '?', 'it''s ?', \"col?\" FROM t WHERE x = ?", "SELECT '?', 'it''s ?', \"col?\" FROM t WHERE x = %s"),
    ("SELECT 100 % 7, '50%' FROM t", "SELECT 100 %% 7, '50%%' FROM t"),
    ("SELECT a FROM t WHERE b LIKE 'x:%' AND c = ?", "SELECT a FROM t WHERE b LIKE 'x:%%' AND c = %s"),
    ("SELECT \"50%\" FROM t -- 5%\n", "SELECT \"50%%\" FROM t -- 5%%\n"),
    ("SELECT x::text FROM t WHERE y = :y", "SELECT x::text FROM t WHERE y = %(y)s"),
    ("SELECT 1 -- what? :not\nFROM t WHERE a = ?", "SELECT 1 -- what? :not\nFROM t WHERE a = %s"),
    ("SELECT ':name' FROM t", "SELECT ':name' FROM t"),
])
def test_placeholders_are_translated_outside_literals_names_and_comments(sqlite, psycopg):
    assert translate(sqlite) == psycopg


def test_a_sqlite_workspace_does_not_load_psycopg(demo_folder):
    """The GUI's start-up is measured: a laptop or a county PC on SQLite never imports it."""
    script = ("import sys; from greenmine_desktop.store.workspace import Workspace; "
              f"ws = Workspace.open({str(demo_folder)!r}); from greenmine_desktop.store import mines; "
              "mines.query_ids(ws, mines.MineFilter(text='砂岩')); print('psycopg' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("content", ["not json", "{}", '{"backend": "mysql", "conninfo": "x"}',
                                     '{"backend": "postgresql", "conninfo": ""}', "[1]"])
def test_a_damaged_database_file_is_one_sentence(tmp_path, content):
    (tmp_path / DATABASE_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as err:
        Workspace.open(tmp_path)
    assert err.value.code == "database_file_bad"


@pytest.mark.parametrize("conninfo", ["host=db.example password=secret dbname=g",
                                      "postgresql://clerk:secret@db.example/greenmine"])
def test_a_password_in_the_folder_is_refused_before_connecting(tmp_path, conninfo):
    (tmp_path / DATABASE_FILE).write_text(json.dumps({"backend": "postgresql", "conninfo": conninfo}))
    assert read_database_file(tmp_path) == conninfo
    with pytest.raises(UserError) as err:
        Workspace.open(tmp_path)
    assert err.value.code == "database_password_in_file"


def test_an_unreachable_server_is_one_sentence(tmp_path):
    (tmp_path / DATABASE_FILE).write_text(json.dumps(
        {"backend": "postgresql", "conninfo": f"host={tmp_path} port=1 dbname=nothing connect_timeout=2"}))
    with pytest.raises(UserError) as err:
        Workspace.open(tmp_path)
    assert err.value.code == "server_unreachable" and str(tmp_path) in err.value.problem.message("en")


def test_a_field_workspace_is_never_on_a_server(tmp_path):
    with pytest.raises(UserError) as err:
        Workspace.create(tmp_path / "laptop", "field", database="service=greenmine")
    assert err.value.code == "server_field_workspace" and not (tmp_path / "laptop").exists()
