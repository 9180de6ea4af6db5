"""``greenmine server init --database …`` (issue 22): the county schema in an empty
database, refused in one that holds anything; with --workspace, a county workspace
folder whose data is on the server, which the other commands open as any workspace."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from greenmine_desktop.store import postgres
from greenmine_desktop.store.migrations import available_migrations
from greenmine_desktop.store.workspace import DATABASE_FILE, DB_NAME, Workspace


@pytest.fixture
def blank(blank_database):
    return blank_database


def greenmine(*args, home):
    env = {**os.environ, "GREENMINE_HOME": str(home), "GREENMINE_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "greenmine_desktop", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120)


def test_init_makes_the_schema_once_and_refuses_a_second_time(blank, private_home):
    done = greenmine("server", "init", "--database", blank, home=private_home)
    assert done.returncode == 0, done.stderr
    version = available_migrations(dialect="postgresql")[-1].version
    assert f"schema {version}" in done.stdout
    conn = postgres.connect(blank)
    assert {"mine", "audit_log", "issued_document", "schema_version"} <= postgres.tables(conn)
    assert conn.execute("SELECT count(*) FROM holiday_day").fetchone()[0] > 0
    conn.close()
    again = greenmine("server", "init", "--database", blank, home=private_home)
    assert again.returncode == 1 and "not empty" in again.stderr and "Traceback" not in again.stderr


def test_a_database_holding_other_tables_is_refused_and_left_as_it_was(blank, private_home):
    conn = postgres.connect(blank)
    conn.execute("CREATE TABLE payroll (name text)")
    done = greenmine("server", "init", "--database", blank, home=private_home)
    assert done.returncode == 1 and "not empty" in done.stderr
    assert postgres.tables(conn) == {"payroll"}
    conn.close()


def test_init_with_a_workspace_gives_a_folder_every_command_opens(blank, private_home, tmp_path):
    folder = tmp_path / "county"
    done = greenmine("server", "init", "--database", blank, "--workspace", folder, "--county", "青岚县",
                     "--bureau", "青岚县自然资源局", home=private_home)
    assert done.returncode == 0, done.stderr
    assert not (folder / DB_NAME).exists()
    assert json.loads((folder / DATABASE_FILE).read_text(encoding="utf-8")) == {
        "backend": "postgresql", "conninfo": blank}
    with Workspace.open(folder) as ws:
        assert ws.on_server and ws.kind == "county" and ws.meta("bureau") == "青岚县自然资源局"
    checked = greenmine("verify", folder, home=private_home)
    assert checked.returncode == 0, checked.stderr
    second = greenmine("server", "init", "--database", blank, "--workspace", tmp_path / "other", "--county", "x",
                       "--bureau", "y", home=private_home)
    assert second.returncode == 1 and not (tmp_path / "other" / DATABASE_FILE).exists()


def test_an_unreachable_server_is_one_sentence(private_home, tmp_path):
    done = greenmine("server", "init", "--database", f"host={tmp_path} port=1 dbname=x connect_timeout=2",
                     home=private_home)
    assert done.returncode == 1 and "Could not connect to the database server" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_password_for_the_folder_is_refused_before_the_server_is_touched(blank, private_home, tmp_path):
    done = greenmine("server", "init", "--database", blank + " password=secret", "--workspace", tmp_path / "c",
                     "--county", "青岚县", "--bureau", "局", home=private_home)
    assert done.returncode == 1 and "pgpass" in done.stderr and not (tmp_path / "c").exists()
    conn = postgres.connect(blank)
    assert postgres.is_empty(conn)  # still empty: init can be run again the right way
    conn.close()


def test_a_folder_in_use_is_refused_before_the_server_is_touched(blank, private_home, tmp_path):
    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("someone's files", encoding="utf-8")
    done = greenmine("server", "init", "--database", blank, "--workspace", used, "--county", "青岚县", "--bureau", "局",
                     home=private_home)
    assert done.returncode == 1 and "already a workspace" in done.stderr and "Traceback" not in done.stderr
    conn = postgres.connect(blank)
    assert postgres.is_empty(conn)  # so the next try, with an empty folder, works
    conn.close()
    again = greenmine("server", "init", "--database", blank, "--workspace", tmp_path / "new", "--county", "青岚县",
                      "--bureau", "局", home=private_home)
    assert again.returncode == 0, again.stderr


def test_a_wrong_area_code_is_refused_before_the_server_is_touched(blank, private_home, tmp_path):
    """The area code was checked only once the schema had been made, leaving the database
    refusing the corrected try as not empty."""
    done = greenmine("server", "init", "--database", blank, "--workspace", tmp_path / "new", "--county", "青岚县",
                     "--bureau", "局", "--county-code", "62", home=private_home)
    assert done.returncode == 1 and "62" in done.stderr and "Traceback" not in done.stderr
    conn = postgres.connect(blank)
    assert postgres.is_empty(conn)
    conn.close()
    again = greenmine("server", "init", "--database", blank, "--workspace", tmp_path / "new", "--county", "青岚县",
                      "--bureau", "局", "--county-code", "629901", home=private_home)
    assert again.returncode == 0, again.stderr
