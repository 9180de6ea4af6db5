import sqlite3
from pathlib import Path

import pytest

from greenmine_desktop.messages import UserError
from greenmine_desktop.store.migrations import Migration, available_migrations, current_version
from greenmine_desktop.store.workspace import DB_NAME, Workspace

SHIPPED = len(available_migrations())
NEXT = SHIPPED + 1


def _with_extra(tmp_path: Path, sql: str) -> list[Migration]:
    """The shipped migrations plus one more, as the next release would have it."""
    extra = tmp_path / f"{NEXT:04d}_extra.sql"
    extra.write_text(sql, encoding="utf-8")
    return [*available_migrations(), Migration(NEXT, extra)]


def test_new_workspace_is_wal_with_kind_and_folders(tmp_path):
    with Workspace.create(tmp_path / "ws", "county") as ws:
        assert ws.kind == "county"
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert current_version(ws.conn) == len(available_migrations())
        assert ws.meta("id")
    for name in ("photos", "reports", "keys"):
        assert (tmp_path / "ws" / name).is_dir()


def test_kind_must_be_county_or_field(tmp_path):
    with pytest.raises(UserError) as err:
        Workspace.create(tmp_path / "ws", "office")
    assert err.value.code == "bad_kind"


def test_creating_over_an_existing_workspace_is_refused(tmp_path):
    Workspace.create(tmp_path / "ws", "field").close()
    with pytest.raises(UserError) as err:
        Workspace.create(tmp_path / "ws", "field")
    assert err.value.code == "workspace_exists"


def test_older_workspace_is_backed_up_then_migrated(tmp_path):
    Workspace.create(tmp_path / "ws", "county").close()
    migrations = _with_extra(tmp_path, "ALTER TABLE mine ADD COLUMN note TEXT;")
    with Workspace.open(tmp_path / "ws", migrations) as ws:
        assert current_version(ws.conn) == NEXT
        assert "note" in ws.db["mine"].columns_dict
    backups = list((tmp_path / "ws" / "backups").glob("*.sqlite"))
    assert len(backups) == 1 and f".v{SHIPPED}." in backups[0].name
    with sqlite3.connect(backups[0]) as old:
        assert current_version(old) == SHIPPED
        assert "note" not in [row[1] for row in old.execute("PRAGMA table_info(mine)")]


def test_failed_migration_step_leaves_previous_version(tmp_path):
    Workspace.create(tmp_path / "ws", "county").close()
    migrations = _with_extra(tmp_path, "ALTER TABLE mine ADD COLUMN note TEXT;\nTHIS IS NOT SQL;")
    with pytest.raises(sqlite3.Error):
        Workspace.open(tmp_path / "ws", migrations)
    with Workspace.open(tmp_path / "ws") as ws:
        assert current_version(ws.conn) == SHIPPED
        assert "note" not in ws.db["mine"].columns_dict


def test_newer_workspace_is_refused_with_a_clear_error(tmp_path):
    Workspace.create(tmp_path / "ws", "county", _with_extra(tmp_path, "CREATE TABLE later (x);")).close()
    with pytest.raises(UserError) as err:
        Workspace.open(tmp_path / "ws")
    assert err.value.code == "workspace_too_new"
    assert str(NEXT) in err.value.message("en") and "upgrade" in err.value.message("en")


def test_missing_and_foreign_databases_are_refused(tmp_path):
    with pytest.raises(UserError) as err:
        Workspace.open(tmp_path / "nothing")
    assert err.value.code == "workspace_missing"
    other = tmp_path / "other"
    other.mkdir()
    with sqlite3.connect(other / DB_NAME) as conn:
        conn.execute("CREATE TABLE unrelated (x)")
    with pytest.raises(UserError) as err:
        Workspace.open(other)
    assert err.value.code == "workspace_not_greenmine"
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / DB_NAME).write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(UserError) as err:
        Workspace.open(junk)
    assert err.value.code == "workspace_not_greenmine"


def test_workspace_from_the_first_release_is_migrated_step_by_step(tmp_path):
    first = available_migrations()[:1]
    Workspace.create(tmp_path / "ws", "county", first).close()
    with Workspace.open(tmp_path / "ws") as ws:
        versions = [row[0] for row in ws.conn.execute("SELECT version FROM schema_version ORDER BY version")]
        assert versions == list(range(1, SHIPPED + 1))
        indexes = {row[1] for row in ws.conn.execute("PRAGMA index_list(mine)")}
        assert "mine_list_order" in indexes


def test_migration_files_are_numbered_without_gaps(tmp_path):
    (tmp_path / "0001_a.sql").write_text("")
    (tmp_path / "0003_c.sql").write_text("")
    with pytest.raises(RuntimeError):
        available_migrations(tmp_path)
