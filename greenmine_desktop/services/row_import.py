"""Register files checked row by row: what the mine and the inspector imports share.

A file's rows become :class:`RowResult` values, each a record or the problems that refuse
it, in a :class:`ImportPreview` that the user sees before anything is written. Rows are
checked against each other (a key repeated in the file) and against the register (new
or update), and every refused row keeps its spreadsheet row number.

Every cell is held to a stated length (:data:`MAX_CELL`, or its column's own limit) and may
hold no control characters (a NUL byte in a name is damage, not a name). A row identical to
the register's record is "unchanged" and is not written again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.services import Progress
from greenmine_desktop.services.table_files import may_be_big5
from greenmine_desktop.store import audit
from greenmine_desktop.store.workspace import Workspace

T = TypeVar("T")
#: Characters a cell may hold at most, unless its column says otherwise (names, addresses…).
MAX_CELL = 500
YES = {"是", "yes", "y", "true", "1", "√"}
NO = {"否", "no", "n", "false", "0"}


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    required: bool = False
    max_length: int = MAX_CELL


@dataclass
class RowResult(Generic[T]):
    row: int
    key: str
    name: str
    record: T | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    action: str = "refused"  # "new", "update", "unchanged" or "refused"


@dataclass
class ImportPreview(Generic[T]):
    source: Path
    rows: list[RowResult[T]]

    @property
    def accepted(self) -> list[RowResult[T]]:
        return [r for r in self.rows if r.record is not None]

    @property
    def refused(self) -> list[RowResult[T]]:
        return [r for r in self.rows if r.record is None]

    def records(self) -> list[T]:
        return [r.record for r in self.rows if r.record is not None]

    def changed(self) -> list[T]:
        """The accepted records that differ from the register (new or updated)."""
        return [r.record for r in self.rows if r.record is not None and r.action in ("new", "update")]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


def missing_required(values: dict[str, str], columns: tuple[Column, ...]) -> list[Problem]:
    return [Problem("missing_field", {"field": c.zh}) for c in columns if c.required and not values.get(c.key)]


def yes_no(problems: list[Problem], column: str, value: str, default: bool) -> bool:
    folded = value.strip().casefold()
    if not folded:
        return default
    if folded not in YES | NO:
        problems.append(Problem("bad_value", {"field": column, "value": value}))
    return folded in YES


def credit_code(problems: list[Problem], value: str) -> str:
    """A unified social credit code checked with python-stdnum (length, alphabet, check digit)."""
    if not value:
        return ""
    from stdnum import exceptions as stdnum_errors  # 20 ms to import: not on the GUI's start-up path
    from stdnum.cn import uscc

    try:
        return uscc.validate(value)
    except stdnum_errors.InvalidLength:
        code = "credit_code_length"
    except stdnum_errors.InvalidChecksum:
        code = "credit_code_checksum"
    except stdnum_errors.ValidationError:
        code = "credit_code_format"
    problems.append(Problem(code, {"value": value}))
    return value


def cell_problems(values: dict[str, str], columns: tuple[Column, ...]) -> list[Problem]:
    """Cells too long for their column, or holding control characters (NUL and the like)."""
    problems = []
    for column in columns:
        value = values.get(column.key, "")
        if len(value) > column.max_length:
            problems.append(Problem("cell_too_long", {"field": column.zh, "length": len(value),
                                                      "limit": column.max_length}))
        elif any(ord(c) < 32 and c not in "\t\n\r" or ord(c) == 127 for c in value):
            problems.append(Problem("cell_control_character", {"field": column.zh}))
    return problems


def header_map(header: list[str], columns: tuple[Column, ...], aliases: dict[str, str] | None = None) -> dict[str, int]:
    """Column key → index, from Chinese or English headers or the keys themselves."""
    by_name = {name.casefold(): c.key for c in columns for name in (c.zh, c.en, c.key)}
    by_name.update({alias.casefold(): key for alias, key in (aliases or {}).items()})
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = by_name.get(name.strip().casefold())
        if key and key not in found:
            found[key] = index
    missing = [c.zh for c in columns if c.required and c.key not in found]
    if missing:
        raise UserError("no_header", columns="、".join(missing))
    return found


def preview_rows(
    rows: list[tuple[int, list[str]]],
    columns: tuple[Column, ...],
    parse_row: Callable[[int, dict[str, str]], RowResult[T]],
    known: Mapping[str, T],
    source: Path,
    duplicate_code: str,
    progress: Progress | None = None,
    aliases: dict[str, str] | None = None,
) -> ImportPreview[T]:
    """Check every data row of a read file (header first) against ``known``, the register's
    records by key; writes nothing."""
    if len(rows) < 2:
        raise UserError("file_empty")
    (_, header), data = rows[0], rows[1:]
    try:
        index_of = header_map(header, columns, aliases)
    except UserError as exc:
        if exc.code == "no_header" and may_be_big5(source):
            raise UserError("no_header_big5", **exc.problem.params) from exc
        raise
    results: list[RowResult[T]] = []
    first_seen: dict[str, int] = {}
    for done, (number, cells) in enumerate(data, start=1):
        values = {key: cells[i].strip() if i < len(cells) else "" for key, i in index_of.items()}
        damaged = cell_problems(values, columns)
        result = parse_row(number, values) if not damaged else RowResult(number, values.get(columns[0].key, "")[:80],
                                                                          "", problems=damaged)
        if result.key and result.key in first_seen:
            result.record = None
            result.problems.insert(0, Problem(duplicate_code, {"key": result.key, "first_row": first_seen[result.key]}))
        elif result.key:
            first_seen[result.key] = number
        if result.record is not None:
            stored = known.get(result.key)
            result.action = "new" if stored is None else "unchanged" if stored == result.record else "update"
        results.append(result)
        if progress and (done % 50 == 0 or done == len(data)):
            progress(done, len(data))
    return ImportPreview(source, results)


def apply_audited(ws: Workspace, register: str, preview: ImportPreview[T],
                  write: Callable[[], tuple[int, int]], actor: str | None = None) -> tuple[int, int]:
    """Run an import's write and its audit row in one transaction: the file (name and
    SHA-256) and what it did, so the log shows where each register change came from."""
    with ws.transaction():
        new, updated = write()
        digest = hashlib.sha256(preview.source.read_bytes()).hexdigest()
        audit.append(ws.conn, actor or login_name(), "import", register, preview.source.name, new={
            "file": preview.source.name, "sha256": digest, "new": new, "updated": updated,
            "unchanged": preview.count("unchanged"), "refused": len(preview.refused)})
    return new, updated
