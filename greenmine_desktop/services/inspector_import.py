"""Import the inspector register (执法检查人员名录库) from CSV or XLSX, avoidance lists included.

The 回避 cell lists what an inspector must not be drawn for, separated by ``;``:
``矿山:采矿许可证号:原因`` or ``企业:统一社会信用代码:原因`` (reason optional). A target
not (yet) in the mine register is kept and warned about, since the mine may come later.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.inspector import Avoidance, Inspector
from greenmine_desktop.messages import Problem
from greenmine_desktop.services import Progress
from greenmine_desktop.services.row_import import (
    Column,
    ImportPreview,
    RowResult,
    apply_audited,
    credit_code,
    missing_required,
    preview_rows,
    yes_no,
)
from greenmine_desktop.services.table_files import read_rows
from greenmine_desktop.store import inspectors as inspector_store
from greenmine_desktop.store.workspace import Workspace

COLUMNS = (
    Column("badge_no", "执法证号", "badge number", True),
    Column("name", "姓名", "name", True),
    Column("unit", "单位", "unit"),
    Column("active", "在岗", "active"),
    Column("avoidances", "回避", "avoidances"),
)


def parse_avoidances(problems: list[Problem], warnings: list[Problem], text: str,
                     known_targets: set[str]) -> tuple[Avoidance, ...]:
    found = []
    for item in filter(None, (i.strip() for i in unicodedata.normalize("NFKC", text).split(";"))):
        fields = [f.strip() for f in item.split(":", 2)]
        kind = vocab.parse(vocab.AVOIDANCE_KIND, fields[0]) if len(fields) >= 2 else None
        if kind is None or not fields[1]:
            problems.append(Problem("bad_avoidance", {"value": item}))
            continue
        target = credit_code(problems, fields[1]) if kind == "company" else fields[1]
        if target not in known_targets:
            warnings.append(Problem("warn_unknown_avoidance", {"target": target}))
        found.append(Avoidance(kind, target, fields[2] if len(fields) > 2 else ""))
    return tuple(found)


def preview_import(ws: Workspace, path: Path, progress: Progress | None = None) -> ImportPreview[Inspector]:
    """Read and check an inspector file against the workspace; writes nothing."""
    targets = inspector_store.known_avoidance_targets(ws)

    def parse_row(row: int, cells: dict[str, str]) -> RowResult[Inspector]:
        result: RowResult[Inspector] = RowResult(row, cells.get("badge_no", ""), cells.get("name", ""))
        result.problems.extend(missing_required(cells, COLUMNS))
        active = yes_no(result.problems, "在岗", cells.get("active", ""), default=True)
        avoidances = parse_avoidances(result.problems, result.warnings, cells.get("avoidances", ""), targets)
        if not result.problems:
            result.record = Inspector(result.key, result.name, cells.get("unit", ""), active, avoidances)
        return result

    known = {i.badge_no: i for i in inspector_store.list_inspectors(ws)}
    return preview_rows(read_rows(path), COLUMNS, parse_row, known, Path(path), "duplicate_badge", progress)


def apply_import(ws: Workspace, preview: ImportPreview[Inspector], actor: str | None = None) -> tuple[int, int]:
    """Write the new and changed rows in one transaction; returns (new, updated)."""
    def write() -> tuple[int, int]:
        inspector_store.upsert_inspectors(ws, preview.changed())
        return preview.count("new"), preview.count("update")

    return apply_audited(ws, "inspector_register", preview, write, actor)
