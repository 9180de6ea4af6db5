"""The two migration histories give the same schema (issue 22): db/*.sql on SQLite and
db/postgresql/*.sql on PostgreSQL have the same tables, columns, types, not-null columns,
primary keys, unique constraints, foreign keys and indexes; only the substring index is
of each engine's own kind (FTS5 trigram tables on SQLite, a pg_trgm GIN index on the
server). A migration added to one history and not the other fails here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from greenmine_desktop.store import postgres
from greenmine_desktop.store.migrations import available_migrations, migrate

#: SQLite's declared types and PostgreSQL's for the same values.
TYPES = {"INTEGER": "integer", "bigint": "integer", "TEXT": "text", "text": "text", "REAL": "real",
         "double precision": "real", "BLOB": "blob", "bytea": "blob"}
SUBSTRING_INDEX = {"mine_search", "mine_search_terms", "mine_search_instance"}  # FTS5's tables on SQLite


def sqlite_schema(path: Path) -> dict:
    conn = sqlite3.connect(path)
    migrate(conn, path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                         "'CREATE VIRTUAL%' AND name NOT LIKE 'mine_search%' "
                                         "AND name != 'schema_version'")]
    schema = {}
    for table in tables:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        columns = {name: (TYPES[kind], bool(notnull or pk)) for _, name, kind, notnull, _, pk in info}
        key = tuple(name for *_, pk in sorted(info, key=lambda r: r[5]) if pk for name in [_[1]])
        unique, indexes = set(), {}
        for _, name, is_unique, origin, _ in conn.execute(f"PRAGMA index_list({table})"):
            cols = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({name})"))
            if origin == "u":
                unique.add(cols)
            elif origin == "c":
                indexes[name] = (cols, bool(is_unique))
        foreign = {(r[3], r[2], r[4]) for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
        schema[table] = {"columns": columns, "key": key, "unique": unique, "indexes": indexes, "foreign": foreign}
    conn.close()
    return schema


def server_schema(conn: postgres.Connection) -> dict:
    raw = conn.raw
    schema = {}
    for (table,) in raw.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                "current_schema() AND table_name != 'schema_version'").fetchall():
        columns = {name: (TYPES[kind], nullable == "NO") for name, kind, nullable in raw.execute(
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s", [table])}
        key, unique, indexes = (), set(), {}
        for name, cols, is_unique, primary, constraint, method in raw.execute(
                "SELECT c.relname, array_agg(a.attname ORDER BY k.ord), i.indisunique, i.indisprimary, "
                "EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = i.indexrelid), am.amname "
                "FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam "
                "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) "
                "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                "WHERE i.indrelid = %s::regclass GROUP BY c.relname, i.indisunique, i.indisprimary, i.indexrelid, "
                "am.amname", [table]):
            if primary:
                key = tuple(cols)
            elif constraint:
                unique.add(tuple(cols))
            elif method == "btree":
                indexes[name] = (tuple(cols), bool(is_unique))
        foreign = {(r[0], r[1], r[2]) for r in raw.execute(
            "SELECT kcu.column_name, ccu.table_name, ccu.column_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
            "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name "
            "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = %s", [table])}
        schema[table] = {"columns": columns, "key": key, "unique": unique, "indexes": indexes, "foreign": foreign}
    return schema


@pytest.fixture
def server_db(blank_database):
    conn = postgres.connect(blank_database)
    yield conn
    conn.close()


def test_both_histories_give_the_same_tables_columns_keys_and_indexes(server_db, tmp_path):
    migrate(server_db, tmp_path)
    on_sqlite, on_server = sqlite_schema(tmp_path / "w.sqlite"), server_schema(server_db)
    assert sorted(on_server) == sorted(on_sqlite)
    for table, expected in on_sqlite.items():
        assert on_server[table] == expected, table


def test_the_register_filter_has_a_trigram_index_on_the_server(server_db, tmp_path):
    migrate(server_db, tmp_path)
    [(definition,)] = server_db.raw.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'mine_search'")
    assert "gin" in definition and "gin_trgm_ops" in definition and "search_text" in definition
    assert not SUBSTRING_INDEX & set(server_schema(server_db))


def test_the_comparison_sees_a_missing_column(server_db, tmp_path):
    """The test above can fail: a column the server lacks is a difference."""
    migrate(server_db, tmp_path)
    server_db.raw.execute("ALTER TABLE follow_up DROP COLUMN deadline_provisional")
    assert server_schema(server_db)["follow_up"] != sqlite_schema(tmp_path / "w.sqlite")["follow_up"]


def test_each_history_is_numbered_without_gaps():
    assert available_migrations(dialect="postgresql")[0].path.parent.name == "postgresql"
    assert available_migrations()[0].path.parent.name == "db"
