"""A list of values as SQL parameters: ``IN (?, ?, …)`` with one placeholder per value,
in chunks below SQLite's limit on host parameters (999 in older builds). The same text
works on PostgreSQL, unlike SQLite's ``json_each``."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

CHUNK = 500
T = TypeVar("T")


def in_chunks(values: Sequence[T]) -> Iterator[tuple[str, list[T]]]:
    """(placeholders, values) for each chunk: format the first into ``IN ({})``, pass the second."""
    for start in range(0, len(values), CHUNK):
        chunk = list(values[start:start + CHUNK])
        yield ", ".join("?" * len(chunk)), chunk


def rows_in(conn: sqlite3.Connection, sql: str, values: Sequence[Any]) -> Iterator[Any]:
    """Every row ``sql`` selects for ``values``: its ``IN ({})`` filled with one chunk's
    placeholders at a time, run once a chunk, the chunks' rows one after another."""
    for marks, chunk in in_chunks(values):
        yield from conn.execute(sql.format(marks), chunk)
