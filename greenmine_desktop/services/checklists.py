"""The checklist templates shipped in ``resources/checklists/`` and the tables they cite.

Loading validates a template completely; a bad file is refused with one sentence that
names the file, the item (or group) and the problem, so whoever edited it can fix it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from greenmine_desktop.assets import get_asset
from greenmine_desktop.domain.checklist import Template, Threshold
from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.messages import UserError

TEMPLATE_FOLDER = "resources/checklists"
RATE_TABLE = "three_rates"


def template_folder() -> Path:
    return get_asset(TEMPLATE_FOLDER)


def load_template(path: Path) -> Template:
    """One template file, validated, or a :class:`UserError` naming what is wrong where."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError("file_unreadable", path=path.name, reason=exc.__class__.__name__) from exc
    except json.JSONDecodeError as exc:
        raise UserError("template_invalid", file=path.name, where=f"line {exc.lineno}", problem=exc.msg) from exc
    try:
        template = Template.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where, field = _locate(data, error["loc"])
        problem = error["msg"].removeprefix("Value error, ")
        raise UserError("template_invalid", file=path.name, where=where,
                        problem=f"{field}: {problem}" if field else problem) from exc
    for item in template.items:
        if item.threshold and item.threshold.table is not None:
            if item.threshold.table != RATE_TABLE or item.threshold.column not in rate_columns():
                raise UserError("template_invalid", file=path.name, where=item.id,
                                problem=f"threshold: unknown table {item.threshold.table}.{item.threshold.column}")
    return template


def _locate(data: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """The innermost group or item id along a validation error's path, and the field left."""
    where, node, parent = "template", data, None
    field: list[str] = []
    for step in loc:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            node = None
        if isinstance(step, int) and parent in ("groups", "items"):
            found = node.get("id") if isinstance(node, dict) else None
            where, field = str(found or f"{parent}[{step}]"), []
        elif isinstance(step, str):
            field.append(step)
        parent = step
    return where, ".".join(field)


@cache
def _shipped(folder: Path) -> dict[str, Template]:
    templates = {}
    for path in sorted(folder.glob("*.json")):
        template = load_template(path)
        templates[template.id] = template
    return templates


def shipped_templates() -> dict[str, Template]:
    """Every template in resources, by id (loaded once per process)."""
    return _shipped(template_folder())


def find_template(key: str) -> Template:
    """A template by ``id`` or ``id@version``; an inspection keeps the version it began with."""
    template_id, _, version = key.partition("@")
    template = shipped_templates().get(template_id)
    if template is None or (version and template.version != version):
        raise UserError("template_missing", template=key)
    return template


@dataclass(frozen=True)
class Rate:
    values: Mapping[str, float]
    status: str  # confirmed, secondary or unverified
    source: str


@cache
def _rates(path: Path) -> dict[tuple[str, str], Rate]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {(r["mineral"], r["mining_method"]): Rate(
        {k: float(r[k]) for k in rate_columns() if r[k]}, r["status"], r["source"]) for r in rows}


def rate_columns() -> tuple[str, ...]:
    return ("mining_recovery", "processing_recovery", "comprehensive_use")


def rate_for(mineral: str, method: str) -> Rate | None:
    """The minimum 三率 for a mineral and mining method, from ``three_rates.csv``."""
    return _rates(template_folder() / f"{RATE_TABLE}.csv").get((mineral, method))


def thresholds_for(template: Template, mine: Mine) -> dict[str, Threshold]:
    """The template's table thresholds resolved for this mine (items without a row stay
    unresolved and are recorded, not judged)."""
    rate = rate_for(mine.mineral, mine.mining_method)
    resolved = {}
    for item in template.items:
        rule = item.threshold
        if rule is not None and rule.column is not None and rate is not None and rule.column in rate.values:
            resolved[item.id] = rule.resolved(rate.values[rule.column])
    return resolved
