"""A county workspace's database on the bureau's PostgreSQL server, through psycopg 3.

Why no SQLAlchemy: the store's SQL is already plain text with ``?`` placeholders and a
handful of SQLite-only constructs, each in one store function. A small adapter gives a
psycopg connection the interface those functions use on sqlite3 (``execute`` and
``executemany`` returning a cursor to iterate or ``fetchone``/``fetchall``, ``rowcount``,
``in_transaction``), and the few functions whose SQL differs ask ``dialect_of(conn)``.
A second query language (SQLAlchemy Core) would have meant rewriting every query for a
gain in only those few places.

The adapter translates placeholders outside string literals, quoted identifiers and
comments: ``?`` becomes ``%s``, ``:name`` becomes ``%(name)s`` (a ``::`` cast is left
alone). Every ``%`` becomes ``%%``, inside literals too (``LIKE 'follow_up:%'``), because
psycopg reads its placeholders without knowing SQL's quotes; and every statement is passed
with parameters (none: an empty list), so psycopg always reads them and turns ``%%`` back.
Python booleans are passed as 0/1, because flags are integers in both schemas.
``BEGIN IMMEDIATE`` (SQLite's "take the write lock now") means the same here: ``BEGIN``
and the bureau's one writer lock (:data:`WRITER_LOCK`, a transaction-level advisory
lock), so writers take turns as they do on SQLite (the audit chain stays one chain,
notice numbers stay gap-free) while readers never wait.

psycopg is imported only when a server workspace is opened: the GUI's start-up time is
measured, and SQLite users never load it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

DIALECT = "postgresql"
#: The key of the advisory lock every writing transaction takes (any fixed 64-bit number:
#: "GreenMin" in ASCII), bureau-wide because one database is one bureau's county desk.
WRITER_LOCK = 0x477265656E4D696E
#: How long a writer waits for another's transaction, as the SQLite connection's timeout.
DEFAULT_LOCK_TIMEOUT_MS = 10_000

_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|::|:[A-Za-z_][A-Za-z0-9_]*|[?%]""")


@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """The statement in psycopg's placeholder style (see the module's docstring)."""
    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if token.startswith(":") and token != "::":
            return f"%({token[1:]})s"
        return token.replace("%", "%%")  # a literal, a quoted name, a comment or a cast
    return _TOKEN.sub(replace, sql)


def _params(params: Any) -> Any:
    if params is None:
        return []  # psycopg reads placeholders (and %%) only when it is given parameters
    if isinstance(params, Mapping):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    return [int(v) if isinstance(v, bool) else v for v in params]


class Connection:
    """A psycopg connection in autocommit mode that speaks like the store's sqlite3 one."""

    dialect = DIALECT

    def __init__(self, raw: Any) -> None:
        self.raw = raw  # psycopg.Connection
        self.total_changes = 0  # rows this connection changed, as sqlite3's attribute counts them

    def execute(self, sql: str, params: Any = None) -> Any:
        if sql.strip().upper() == "BEGIN IMMEDIATE":
            self.raw.execute("BEGIN")
            try:
                return self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
            except BaseException:  # the wait ran out: no transaction is left open
                self.raw.execute("ROLLBACK")
                raise
        cursor = self.raw.execute(translate(sql), _params(params), prepare=False)
        if cursor.rowcount > 0 and cursor.description is None:
            self.total_changes += cursor.rowcount
        return cursor

    def executemany(self, sql: str, seq_of_params: Iterable[Any]) -> Any:
        cursor = self.raw.cursor()
        cursor.executemany(translate(sql), [_params(p) for p in seq_of_params])
        if cursor.rowcount > 0:
            self.total_changes += cursor.rowcount
        return cursor

    def rows(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:
        """Rows as dicts by column name (what sqlite-utils' ``query`` gives on SQLite)."""
        from psycopg.rows import dict_row

        with self.raw.cursor(row_factory=dict_row) as cursor:
            cursor.execute(translate(sql), _params(params))
            yield from cursor.fetchall()

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self.raw.info.transaction_status != TransactionStatus.IDLE)

    @property
    def lock_timeout_ms(self) -> int:
        value = self.raw.execute("SELECT current_setting('lock_timeout')").fetchone()[0]
        return _milliseconds(value)

    @lock_timeout_ms.setter
    def lock_timeout_ms(self, milliseconds: int) -> None:
        self.raw.execute(f"SET lock_timeout = {int(milliseconds)}")  # an int: nothing to quote

    def close(self) -> None:
        self.raw.close()

    def __del__(self) -> None:
        """Closed when dropped, as a sqlite3 connection is (psycopg would warn instead)."""
        raw = getattr(self, "raw", None)
        if raw is not None and not raw.closed:
            raw.close()


def _milliseconds(setting: str) -> int:
    """``lock_timeout`` as PostgreSQL shows it ('10s', '500ms', '0') in milliseconds."""
    units = {"ms": 1, "s": 1000, "min": 60_000, "h": 3_600_000, "d": 86_400_000}
    match = re.fullmatch(r"(\d+)\s*([a-z]*)", setting.strip())
    if not match:
        return DEFAULT_LOCK_TIMEOUT_MS
    return int(match.group(1)) * units.get(match.group(2) or "ms", 1)


def connect(conninfo: str, password: str | None = None) -> Connection:
    """A connection to ``conninfo`` (libpq's ``service=…`` or ``postgresql://…``). The
    password comes from libpq's password file or service file, or the system keyring
    (store/server_password.py), never from the workspace folder; ``password``: one the
    clerk has just typed (a connection test), tried as given."""
    import psycopg

    from greenmine_desktop.store.server_password import connect_with_stored_password

    def attempt(**extra: str) -> psycopg.Connection:
        return psycopg.connect(conninfo, autocommit=True, application_name="GreenMine", **extra)

    raw = attempt(password=password) if password else connect_with_stored_password(attempt, conninfo)
    raw.execute(f"SET lock_timeout = {DEFAULT_LOCK_TIMEOUT_MS}")
    raw.execute("SET TIME ZONE 'UTC'")
    return Connection(raw)


def errors() -> Any:
    """psycopg's error classes (imported on demand, like psycopg itself)."""
    import psycopg

    return psycopg.errors


def is_empty(conn: Connection) -> bool:
    """No table of its own in the connection's current schema."""
    row = conn.raw.execute("SELECT count(*) FROM information_schema.tables "
                           "WHERE table_schema = current_schema()").fetchone()
    return bool(row[0] == 0)


def is_unused(conn: Connection) -> bool:
    """Empty, or holding GreenMine's schema and no workspace yet (``server init``'s result)."""
    if is_empty(conn):
        return True
    if "workspace_meta" not in tables(conn) or "schema_version" not in tables(conn):
        return False
    return conn.raw.execute("SELECT count(*) FROM workspace_meta WHERE key = 'id'").fetchone()[0] == 0


def tables(conn: Connection) -> set[str]:
    return {r[0] for r in conn.raw.execute("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()")}
