"""The register's substring index (FTS5 trigram over ``mine.search_text``, kept in step by
the triggers of the mine_search migration) and the list order its hits are put in.

A filter text of 3+ characters is a phrase of trigrams. One of 1 or 2 characters has no
trigram of its own: it is the start of every trigram beginning where it occurs, so its
mines are the documents of the index terms in the range [text, text + U+10FFFF…]. The
indexed text ends in ``SEARCH_PAD`` so that even its last character begins a trigram.

The hits are put in the order of the list without its text filter (cached by store.mines
until the database changes): sorting them in SQL would look every hit up in the mine
table and sort it in a temporary B-tree on every keystroke.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import deque
from collections.abc import Iterable
from itertools import compress, repeat

#: What the migration appends to every indexed text (two U+001F); see its comment.
SEARCH_PAD = "\x1f\x1f"
TRIGRAM = 3
_TOP = "\U0010ffff"  # the greatest code point: no term with a given prefix sorts above prefix + _TOP…

#: Hits fewer than 1/16 of the list are sorted by place; more are marked and the list walked.
_SORT_BELOW = 16
#: A text of 1 or 2 characters is looked up while it occurs fewer times than this per mine
#: of the register; beyond that the covering-index scan, which reads every mine once in
#: order, is cheaper (measured on 50,000 and 500,000 mines: tests/benchmarks/test_register_speed.py).
OCCURRENCES_PER_MINE = 1.0


def _prefix_range(needle: str) -> list[str]:
    return [needle, needle + _TOP * (TRIGRAM - len(needle))]


def _phrase(needle: str) -> str:
    """An FTS5 string: everything inside double quotes is literal, quotes doubled."""
    return '"' + needle.replace('"', '""') + '"'


def _ids(conn: sqlite3.Connection, sql: str, params: list) -> list[int]:
    """The integers one column of ``sql`` selects, joined in SQLite and split in one go:
    a row object per hit would cost more than finding it."""
    joined = conn.execute(f"SELECT group_concat(hit) FROM ({sql})", params).fetchone()[0]  # noqa: S608 - ours
    return list(map(int, joined.split(","))) if joined else []


def containing(conn: sqlite3.Connection, needle: str) -> list[int] | None:
    """Ids of the mines whose search_text contains ``needle`` (casefolded, stripped): exactly
    those ``search_text LIKE '%needle%'`` finds, wildcards taken literally; in no order and
    possibly repeated. None when the text is too common for the index to be the cheaper way.

    A phrase of trigrams is always the cheaper way (its rarest trigram bounds the work;
    measured). A text of 1 or 2 characters reads one entry per occurrence, and a digit
    occurs about 20 times in every licence number: reading stops where the scan would have
    been cheaper.
    """
    if "\0" in needle:  # SQLite ends a query string at NUL: leave such a text to the scan, as before
        return None
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        return _containing_on_server(conn, needle)
    if len(needle) >= TRIGRAM:
        return _ids(conn, "SELECT rowid AS hit FROM mine_search WHERE mine_search MATCH ?", [_phrase(needle)])
    mines = conn.execute("SELECT COALESCE(MAX(id), 0) FROM mine").fetchone()[0]  # one seek, not a count
    limit = int(OCCURRENCES_PER_MINE * mines) + 1
    hits = _ids(conn, "SELECT doc AS hit FROM mine_search_instance WHERE term BETWEEN ? AND ? LIMIT ?",
                [*_prefix_range(needle), limit])
    return hits if len(hits) < limit else None


def like_pattern(needle: str) -> str:
    """``needle`` as a LIKE pattern matching it anywhere, its wildcards taken literally
    (with ``ESCAPE '\\'``)."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _containing_on_server(conn: sqlite3.Connection, needle: str) -> list[int] | None:
    """On PostgreSQL the trigram index is pg_trgm's GIN index on mine.search_text, which
    answers LIKE itself (exactly: the server rechecks every candidate row). A text of 1 or
    2 characters has no trigram, so the list's own scan is left to answer it."""
    if len(needle) < TRIGRAM:
        return None
    return [row[0] for row in conn.execute("SELECT id FROM mine WHERE search_text LIKE ? ESCAPE '\\'",
                                           [like_pattern(needle)])]


def change_stamp(conn: sqlite3.Connection) -> tuple[object, int]:
    """Changes when anything in the database changed: a commit by another connection
    (``data_version``) or a row changed through this one (``total_changes``). On
    PostgreSQL the first part is the server's current snapshot, which moves whenever a
    writing transaction starts or ends."""
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        return conn.execute("SELECT pg_current_snapshot()::text").fetchone()[0], conn.total_changes
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


def _run(calls: Iterable[object]) -> None:
    """Drive an iterator of calls to the end in C (``deque(…, maxlen=0)``), keeping nothing."""
    deque(calls, maxlen=0)


class Ordered:
    """The ids of a list in its order, and each id's place in it (made when first needed).

    Hits are put in the list's order without a Python loop: a few are sorted by their
    places; many mark their places in a byte mask and ``itertools.compress`` walks the list
    once, in C. (numpy would do the same, but importing it costs more than the first paint
    of the window. A hit outside this list, excluded by another filter, has the place
    ``len(ids)``, past the end.)
    """

    def __init__(self, stamp: tuple[object, int], ids: list[int]) -> None:
        self.stamp = stamp
        self.ids = ids
        self._place: array | None = None

    def keep(self, hits: list[int]) -> list[int]:
        """The list's ids that are among ``hits`` (repeats allowed), in the list's order."""
        place, outside = self._places(), len(self.ids)
        if hits and max(hits) >= len(place):  # added by another process since the list was read
            hits = [h for h in hits if h < len(place)]
        if len(hits) * _SORT_BELOW < outside:  # few: sort their places
            places = sorted(set(map(place.__getitem__, hits)))
            if places and places[-1] == outside:
                places.pop()
            return list(map(self.ids.__getitem__, places))
        marks = bytearray(outside + 1)  # many: mark their places, walk the list once
        _run(map(marks.__setitem__, map(place.__getitem__, hits), repeat(1)))
        return list(compress(self.ids, marks))

    def _places(self) -> array:
        """Each id's place, by id (8 bytes an id, in one block)."""
        if self._place is None:
            outside = len(self.ids)
            place = array("q", [outside]) * (max(self.ids, default=-1) + 1)
            _run(map(place.__setitem__, self.ids, range(len(self.ids))))
            self._place = place
        return self._place
