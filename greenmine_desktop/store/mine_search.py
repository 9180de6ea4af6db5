"""The register's substring index (FTS5 trigram over ``mine.search_text``, kept in step by
the triggers of the mine_search migration) and the list order its hits are put in.

A filter text of 3+ characters is a phrase of trigrams. One of 1 or 2 characters has no
trigram of its own: it is the start of every trigram beginning where it occurs, so its
mines are the documents of the index terms in the range [text, text + U+10FFFF…]. The
indexed text ends in ``SEARCH_PAD`` so that even its last character begins a trigram.

On a PostgreSQL server the list's client finds the text in the register's search texts,
which it holds until the database changes (see :func:`_containing_on_server`); the
server's pg_trgm index still answers any SQL that filters by text.

The hits are put in the order of the list without its text filter (cached by store.mines
until the database changes): sorting them in SQL would look every hit up in the mine
table and sort it in a temporary B-tree on every keystroke.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

#: What the migration appends to every indexed text (two U+001F); see its comment.
SEARCH_PAD = "\x1f\x1f"
TRIGRAM = 3
_TOP = "\U0010ffff"  # the greatest code point: no term with a given prefix sorts above prefix + _TOP…

#: A text of 1 or 2 characters is looked up while it occurs fewer times than this per mine
#: of the register; beyond that the covering-index scan, which reads every mine once in
#: order, is cheaper (measured on 50,000 and 500,000 mines: tests/benchmarks/test_register_speed.py).
OCCURRENCES_PER_MINE = 1.0
#: A text of 1 or 2 characters begins this many index terms or fewer: one FTS5 query ORs
#: them (each mine once, half the hits of reading every occurrence). More, and reading the
#: occurrences is cheaper: FTS5 looks at every term of an OR for every hit.
OR_TERMS = 64


def _prefix_range(needle: str) -> list[str]:
    return [needle, needle + _TOP * (TRIGRAM - len(needle))]


def _phrase(needle: str) -> str:
    """An FTS5 string: everything inside double quotes is literal, quotes doubled."""
    return '"' + needle.replace('"', '""') + '"'


def _ids(conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()) -> np.ndarray:
    """The integers one column of ``sql`` selects, as an array: joined in SQLite and parsed
    by numpy in one go (a row object per hit would cost more than finding it)."""
    import numpy as np  # here, not at the top: importing numpy costs more than the window's first paint

    joined = conn.execute(f"SELECT group_concat(hit) FROM ({sql})", params).fetchone()[0]  # noqa: S608 - ours
    return np.fromstring(joined, dtype=np.int64, sep=",") if joined else np.empty(0, dtype=np.int64)


def containing(conn: sqlite3.Connection, needle: str) -> np.ndarray | None:
    """Ids of the mines whose search_text contains ``needle`` (casefolded, stripped): exactly
    those ``search_text LIKE '%needle%'`` finds, wildcards taken literally; in no order and
    possibly repeated. None when the text is too common for the index to be the cheaper way.

    A phrase of trigrams is always the cheaper way (its rarest trigram bounds the work;
    measured). A text of 1 or 2 characters is every index term it begins: their number of
    occurrences comes first, from the vocabulary, and a digit occurs about 20 times in
    every licence number, where the scan is cheaper.
    """
    if "\0" in needle:  # SQLite ends a query string at NUL: leave such a text to the scan, as before
        return None
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        return _containing_on_server(conn, needle)
    if len(needle) >= TRIGRAM:
        return _matching(conn, _phrase(needle))
    terms = conn.execute("SELECT term, cnt FROM mine_search_terms WHERE term BETWEEN ? AND ?",
                         _prefix_range(needle)).fetchall()
    mines = conn.execute("SELECT COALESCE(MAX(id), 0) FROM mine").fetchone()[0]  # one seek, not a count
    if sum(occurrences for _, occurrences in terms) > OCCURRENCES_PER_MINE * mines:
        return None
    if 0 < len(terms) <= OR_TERMS and not any("\0" in term for term, _ in terms):
        return _matching(conn, " OR ".join(_phrase(term) for term, _ in terms))
    return _ids(conn, "SELECT doc AS hit FROM mine_search_instance WHERE term BETWEEN ? AND ?", _prefix_range(needle))


def _matching(conn: sqlite3.Connection, query: str) -> np.ndarray:
    """The mines an FTS5 query matches, each once."""
    return _ids(conn, "SELECT rowid AS hit FROM mine_search WHERE mine_search MATCH ?", [query])


def like_pattern(needle: str) -> str:
    """``needle`` as a LIKE pattern matching it anywhere, its wildcards taken literally
    (with ``ESCAPE '\\'``)."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _containing_on_server(conn: sqlite3.Connection, needle: str) -> np.ndarray:
    """On PostgreSQL the client holds the register's search texts (read once, and again
    whenever the database changed: :func:`change_stamp`) and finds the text in them itself.
    pg_trgm's GIN index cannot answer 1 or 2 characters (no trigram), and a text every mine
    holds (the county's name) makes it recheck every row: the server's answer took 20–90 ms
    on 50,000 mines, Python's substring search over the held texts 3–8 ms
    (tests/benchmarks/test_server_speed.py). Exactly what LIKE finds: ``search_text`` is
    casefolded as the needle is, and a LIKE with no wildcards of its own is containment."""
    import numpy as np

    stamp = change_stamp(conn)
    held = _SERVER_TEXTS.get(conn)
    if held is None or held[0] != stamp:
        rows = conn.execute("SELECT id, search_text FROM mine").fetchall()
        held = _SERVER_TEXTS[conn] = (stamp, [row[0] for row in rows], [row[1] for row in rows])
    _, ids, texts = held
    return np.array([i for i, text in zip(ids, texts, strict=True) if needle in text], dtype=np.int64)


#: Per server connection: (its change stamp, the mines' ids, their search texts).
_SERVER_TEXTS: weakref.WeakKeyDictionary[object, tuple[tuple[object, int], list[int], list[str]]] = \
    weakref.WeakKeyDictionary()


def change_stamp(conn: sqlite3.Connection) -> tuple[object, int]:
    """Changes when anything in the database changed: a commit by another connection
    (``data_version``) or a row changed through this one (``total_changes``). On
    PostgreSQL the first part is the server's current snapshot, which moves whenever a
    writing transaction starts or ends."""
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        return conn.execute("SELECT pg_current_snapshot()::text").fetchone()[0], conn.total_changes
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


def list_ids(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> np.ndarray:
    """The first column of what ``sql`` selects, in its order, as an array. Row by row: an
    aggregate over an ordered subquery would need SQLite to promise the order it is fed."""
    import numpy as np

    return np.array([row[0] for row in conn.execute(sql, params)], dtype=np.int64)


class Ordered:
    """The ids of a list in its order, and each id's place in it (made when first needed).

    Hits are put in the list's order in numpy, without a Python loop over them: each hit
    marks its place in a mask, and the mask picks the list's ids in order (500,000 ids
    take a millisecond, the same walk in Python tens of them). A hit outside the list, excluded by
    another filter, has the place ``len(ids)``, past the end.
    """

    def __init__(self, stamp: tuple[object, int], ids: np.ndarray) -> None:
        self.stamp = stamp
        self.ids = ids
        self._place: np.ndarray | None = None

    def keep(self, hits: np.ndarray) -> list[int]:
        """The list's ids that are among ``hits`` (repeats allowed), in the list's order."""
        import numpy as np

        place = self._places()
        hits = hits[hits < len(place)]  # ids added by another process since the list was read
        marks = np.zeros(len(self.ids) + 1, dtype=bool)
        marks[place[hits]] = True
        return self.ids[marks[:-1]].tolist()

    def _places(self) -> np.ndarray:
        """Each id's place, by id."""
        if self._place is None:
            import numpy as np

            self._place = np.full(int(self.ids.max(initial=-1)) + 1, len(self.ids), dtype=np.int64)
            self._place[self.ids] = np.arange(len(self.ids), dtype=np.int64)
        return self._place
