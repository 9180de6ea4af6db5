"""The mine register: bulk upsert, filtered id lists, rows for display."""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from greenmine_desktop.domain.mine import BoundaryPart, Corner, Mine, MineFilter, search_text
from greenmine_desktop.store import listing, mine_search
from greenmine_desktop.store.workspace import Workspace, now_iso

#: Columns of the register list, in display order.
LIST_COLUMNS = (
    "licence_no", "name", "company", "mineral", "mining_method", "scale",
    "status", "town", "green_level", "green_status", "abnormal", "area_flag",
)
SORTABLE = frozenset(LIST_COLUMNS)


def _where(mine_filter: MineFilter) -> tuple[str, list[str]]:
    clauses, params = [], []
    if mine_filter.text.strip():
        clauses.append("search_text LIKE ? ESCAPE '\\'")
        params.append(mine_search.like_pattern(mine_filter.text.strip().casefold()))
    for column in ("mineral", "status", "green_level"):
        if value := getattr(mine_filter, column):
            clauses.append(f"{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def id_query(mine_filter: MineFilter, order_by: str = "licence_no", descending: bool = False,
             dialect: str = "sqlite") -> tuple[str, list[str]]:
    """The one SQL query behind the register list (also timed bare by the benchmarks)."""
    if order_by not in SORTABLE:
        raise ValueError(f"cannot sort by {order_by}")
    where, params = _where(mine_filter)
    direction = "DESC" if descending else "ASC"
    # SQLite cannot tell how selective the text filter is and would walk the licence index
    # with a table lookup per row (4× slower); the covering index answers on its own.
    filtering_text = bool(mine_filter.text.strip())
    hinted = order_by == "licence_no" and filtering_text and dialect == "sqlite"  # PostgreSQL has no index hints
    source = "mine INDEXED BY mine_list_order" if hinted else "mine"
    return f"SELECT id FROM {source}{where} ORDER BY {order_by} {direction}, id", params


def query_ids(
    ws: Workspace, mine_filter: MineFilter, order_by: str = "licence_no", descending: bool = False
) -> list[int]:
    """The ids the register list shows, in its order: what ``id_query`` selects, found
    through the substring index when that is cheaper than scanning (always the same ids)."""
    needle = mine_filter.text.strip().casefold()
    if "\0" in needle and ws.on_server:  # PostgreSQL's text holds no NUL, so no mine contains one
        return []
    if needle and (hits := mine_search.containing(ws.conn, needle)) is not None:
        return _ordered(ws, replace(mine_filter, text=""), order_by, descending).keep(hits)
    sql, params = id_query(mine_filter, order_by, descending, ws.dialect)
    return [row[0] for row in ws.conn.execute(sql, params)]


def list_head(ws: Workspace, order_by: str = "licence_no", descending: bool = False,
              rows: int = 64) -> tuple[list[int], int]:
    """The first ``rows`` ids of the whole register in its order, and how many mines it
    has: all the first paint of the list needs (the 50,000 ids take longer to read than
    the rest of the window to build)."""
    sql, _ = id_query(MineFilter(), order_by, descending, ws.dialect)
    head = [row[0] for row in ws.conn.execute(f"{sql} LIMIT ?", [rows])]  # noqa: S608 - our own query
    return head, ws.conn.execute("SELECT count(*) FROM mine").fetchone()[0]


def _ordered(ws: Workspace, mine_filter: MineFilter, order_by: str, descending: bool) -> mine_search.Ordered:
    """The list without its text filter, cached until the database changes; a text
    filter's hits are put in its order (see store.mine_search)."""
    cache = _ORDER_CACHE.setdefault(ws, {})
    key, stamp = (mine_filter, order_by, descending), mine_search.change_stamp(ws.conn)
    found = cache.get(key)
    if found is None or found.stamp != stamp:
        sql, params = id_query(mine_filter, order_by, descending, ws.dialect)
        found = cache[key] = mine_search.Ordered(stamp, mine_search.list_ids(ws.conn, sql, params))
        while len(cache) > _ORDERS_KEPT:
            cache.pop(next(iter(cache)))
    return found


#: Per open workspace, the last few orders of the list.
_ORDER_CACHE: weakref.WeakKeyDictionary[Workspace, dict] = weakref.WeakKeyDictionary()
_ORDERS_KEPT = 4


def fetch_rows(ws: Workspace, ids: Sequence[int]) -> dict[int, tuple]:
    """Display columns for the given ids (a page of the list at a time)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"SELECT id, {', '.join(LIST_COLUMNS)} FROM mine WHERE id IN ({marks})"
    return {row[0]: row[1:] for row in ws.conn.execute(sql, list(ids))}


def distinct_values(ws: Workspace, column: str) -> list[str]:
    """The distinct values of an indexed column, one index seek each (a skip-scan).

    ``SELECT DISTINCT`` would read all 50,000 index entries for a dozen minerals.
    """
    if column not in SORTABLE:
        raise ValueError(column)
    sql = f"""
        WITH RECURSIVE v(value) AS (
            SELECT MIN({column}) FROM mine
            UNION ALL
            SELECT (SELECT MIN({column}) FROM mine WHERE {column} > v.value) FROM v WHERE v.value IS NOT NULL
        )
        SELECT value FROM v WHERE value IS NOT NULL"""
    return [row[0] for row in ws.conn.execute(sql)]


def count(ws: Workspace) -> int:
    return ws.conn.execute("SELECT COUNT(*) FROM mine").fetchone()[0]


def mine_names(ws: Workspace) -> dict[str, str]:
    """Every mine's name by licence number."""
    return dict(ws.conn.execute("SELECT licence_no, name FROM mine"))


def existing_licences(ws: Workspace) -> set[str]:
    return {row[0] for row in ws.conn.execute("SELECT licence_no FROM mine")}


def _mine_row(mine: Mine, stamp: str) -> dict:
    return {
        **mine.register_fields(),
        "search_text": search_text(mine.licence_no, mine.name, mine.company),
        "updated_at": stamp,
    }


def upsert_mines(ws: Workspace, mines: Sequence[Mine], actor: str, basis: str,
                 on_day: date | None = None) -> tuple[int, int]:
    """Insert new mines and update known ones (by licence number), boundaries replaced;
    a green-mine list status that arrives or changes is recorded as coming from ``basis``
    (the register file, the assignment package), as of ``on_day`` (today by default).

    Returns (new, updated). One transaction: all rows or none.
    """
    known = existing_licences(ws)
    stamp = now_iso()
    with ws.transaction():
        was = dict(ws.conn.execute("SELECT licence_no, green_status FROM mine"))
        for mine in mines:
            if mine.green_status != was.get(mine.licence_no, "none"):
                listing.record(ws.conn, mine.licence_no, was.get(mine.licence_no, "none"), mine.green_status, actor,
                               "名录导入", basis, on_day)
        ws.upsert_all("mine", ["licence_no"], (_mine_row(m, stamp) for m in mines))
        ids: dict[str, int] = {}
        licences = [m.licence_no for m in mines]
        for start in range(0, len(licences), 500):
            chunk = licences[start:start + 500]
            marks = ",".join("?" * len(chunk))
            ids.update(ws.conn.execute(f"SELECT licence_no, id FROM mine WHERE licence_no IN ({marks})", chunk))
        ws.conn.executemany("DELETE FROM mine_part WHERE mine_id = ?", [(ids[m.licence_no],) for m in mines])
        ws.insert_all("mine_part", (
            {
                "mine_id": ids[m.licence_no], "seq": seq, "name": part.name,
                "elev_top": part.elev_top, "elev_bottom": part.elev_bottom,
                "corners": json.dumps([[c.no, c.x, c.y] for c in part.corners]),
            }
            for m in mines for seq, part in enumerate(m.parts)
        ))
    updated = sum(1 for m in mines if m.licence_no in known)
    return len(mines) - updated, updated


def _parts(ws: Workspace, mine_id: int) -> tuple[BoundaryPart, ...]:
    rows = ws.conn.execute(
        "SELECT name, elev_top, elev_bottom, corners FROM mine_part WHERE mine_id = ? ORDER BY seq", [mine_id]
    )
    return tuple(
        BoundaryPart(name, tuple(Corner(int(n), x, y) for n, x, y in json.loads(corners)), top, bottom)
        for name, top, bottom, corners in rows
    )


def _to_mine(ws: Workspace, row: dict) -> Mine:
    return Mine(
        licence_no=row["licence_no"], name=row["name"], company=row["company"],
        credit_code=row["credit_code"], legal_rep=row["legal_rep"], mineral=row["mineral"],
        mining_method=row["mining_method"], scale=row["scale"], status=row["status"],
        county_code=row["county_code"], town=row["town"], address=row["address"],
        valid_from=date.fromisoformat(row["valid_from"]) if row["valid_from"] else None,
        valid_to=date.fromisoformat(row["valid_to"]) if row["valid_to"] else None,
        green_level=row["green_level"], green_status=row["green_status"],
        abnormal=bool(row["abnormal"]), epsg=row["epsg"], parts=_parts(ws, row["id"]),
        area_stated_km2=row["area_stated_km2"], area_computed_km2=row["area_computed_km2"],
        complaints=row["complaints"],
    )


def load_mine(ws: Workspace, mine_id: int) -> Mine | None:
    rows = list(ws.rows("SELECT * FROM mine WHERE id = ?", [mine_id]))
    return _to_mine(ws, rows[0]) if rows else None


def mine_by_licence(ws: Workspace, licence_no: str) -> Mine | None:
    rows = list(ws.rows("SELECT * FROM mine WHERE licence_no = ?", [licence_no]))
    return _to_mine(ws, rows[0]) if rows else None


def iter_mines(ws: Workspace) -> Iterator[Mine]:
    """Every mine of the register, whole, in licence order."""
    for row in ws.rows("SELECT * FROM mine ORDER BY licence_no"):
        yield _to_mine(ws, row)


def open_mines(ws: Workspace) -> list[tuple[str, str]]:
    """(licence, name) of every mine not closed, by name: those an inspection can be of."""
    return ws.conn.execute("SELECT licence_no, name FROM mine WHERE status != 'closed' ORDER BY name").fetchall()


# ------------------------------------------------------------------ issue 18: light look-ups for other aggregates

@dataclass(frozen=True)
class MineParty:
    """Who a mine is, without its boundary: what documents and lists print beside a licence."""

    licence_no: str
    name: str
    company: str
    legal_rep: str
    town: str


def mine_party(ws: Workspace, licence_no: str) -> MineParty | None:
    row = ws.conn.execute("SELECT licence_no, name, company, legal_rep, town FROM mine WHERE licence_no = ?",
                          [licence_no]).fetchone()
    return MineParty(*row) if row else None


def towns(ws: Workspace) -> list[str]:
    """The towns the register names, in order."""
    return [row[0] for row in ws.conn.execute("SELECT DISTINCT town FROM mine WHERE town != '' ORDER BY town")]
