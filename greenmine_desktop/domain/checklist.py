"""Checklist templates: what an inspection asks, item by item, and how it is scored.

A template is data (``resources/checklists/*.json``), versioned and validated when it is
loaded, so a bureau can adopt a new indicator set without a new program. The models are
pydantic: the structure is checked field by field, and the cross-field rules below
(points adding up, ids unique, a number item having its unit and threshold) are checked
in one place, each failure naming the item it is about.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

#: Points are compared after rounding to this many decimals (templates use halves at most).
POINT_DECIMALS = 6


class Department(StrEnum):
    """Where a failure that is not ours is referred (移送)."""

    emergency_management = "emergency_management"  # 应急管理
    ecology_environment = "ecology_environment"  # 生态环境
    water_resources = "water_resources"  # 水利
    forestry_grassland = "forestry_grassland"  # 林业和草原


class Kind(StrEnum):
    pass_fail = "pass_fail"  # 符合 / 不符合
    points = "points"  # a score from 0 to the item's maximum
    number = "number"  # a measured value with a unit, judged by a threshold rule
    text = "text"  # a recorded fact; never fails
    choice = "choice"  # one of the listed options, each passing or failing


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Threshold(_Model):
    """A rule a measured number must meet: ``ge`` (at least), ``le`` (at most), ``between``
    (both ends included). The bound comes from the template (``value``, ``low``/``high``)
    or from a table in resources (``table`` + ``column``, looked up per mine)."""

    rule: Literal["ge", "le", "between"]
    value: float | None = None
    low: float | None = None
    high: float | None = None
    table: str | None = None
    column: str | None = None

    @model_validator(mode="after")
    def _bounds_given(self) -> Self:
        if self.table is not None:
            if self.rule == "between" or self.column is None or self.value is not None:
                raise ValueError("a table threshold needs a column and the rule ge or le, and no value")
        elif self.rule == "between":
            if self.low is None or self.high is None or self.low > self.high:
                raise ValueError("a between threshold needs low ≤ high")
        elif self.value is None:
            raise ValueError(f"a {self.rule} threshold needs a value")
        return self

    def met_by(self, number: float) -> bool:
        """Whether a measured number meets the rule (a table rule must be resolved first)."""
        if self.rule == "between":
            assert self.low is not None and self.high is not None
            return self.low <= number <= self.high
        if self.value is None:
            raise ValueError(f"threshold from table {self.table} is not resolved for this mine")
        return number >= self.value if self.rule == "ge" else number <= self.value

    def resolved(self, value: float) -> Threshold:
        """This rule with its table bound replaced by the mine's own value."""
        return Threshold(rule=self.rule, value=value)


class Option(_Model):
    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    passes: bool
    points: float | None = Field(default=None, ge=0)


class Citation(_Model):
    """The rule a failed item breaks, as a notice cites it: the document (law, regulation,
    standard or policy, in 《》 with its number) and the article or clause. ``confirmed``
    only when checked against the published text, which ``source`` names (title and
    address); ``to_confirm`` is a proposal the clerk confirms or rewrites before a notice
    cites it."""

    document: str = Field(pattern=r"^《[^《》]+》")
    article: str = ""
    status: Literal["confirmed", "to_confirm"]
    source: str = ""
    note: str = ""

    @model_validator(mode="after")
    def _confirmed_has_source(self) -> Self:
        if self.status == "confirmed" and not self.source:
            raise ValueError("a confirmed citation names the source it was checked against")
        return self

    @property
    def confirmed(self) -> bool:
        return self.status == "confirmed"

    @property
    def text(self) -> str:
        return self.document + self.article


class Item(_Model):
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    text: str = Field(min_length=1)
    how: str = ""  # how to check it (查阅资料, 现场查看, 测量 …)
    kind: Kind
    section: str = ""  # the second-level heading it belongs to, where the standard has one
    points: float | None = Field(default=None, ge=0)  # the maximum this item earns
    unit: str = ""
    threshold: Threshold | None = None
    options: tuple[Option, ...] = ()
    veto: bool = False  # a prerequisite: failing it fails the inspection whatever the points
    allow_na: bool = False  # may be marked not applicable; its points then leave the maximum
    min_photos: int = Field(default=0, ge=0)
    requirement: str = ""  # suggested rectification requirement when it fails
    citation: Citation | None = None  # the rule a failure breaks, cited in the rectification notice
    refer_to: Department | None = None
    provisional: bool = False  # wording or numbers not confirmed against the official text

    @model_validator(mode="after")
    def _kind_fits(self) -> Self:
        match self.kind:
            case Kind.points if self.points is None:
                raise ValueError("a points item needs its maximum points")
            case Kind.number if self.threshold is None or not self.unit:
                raise ValueError("a number item needs a unit and a threshold")
            case Kind.choice:
                ids = [o.id for o in self.options]
                if len(ids) < 2 or len(set(ids)) != len(ids):
                    raise ValueError("a choice item needs at least two options with distinct ids")
                if self.points is not None and any((o.points or 0) > self.points for o in self.options):
                    raise ValueError("an option gives more points than the item's maximum")
            case Kind.text if self.points is not None or self.veto:
                raise ValueError("a text item neither scores nor vetoes")
        if self.kind != Kind.choice and self.options:
            raise ValueError("only a choice item has options")
        if self.veto and self.points is not None:
            raise ValueError("a prerequisite (veto) item carries no points")
        return self


class Group(_Model):
    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    points: float | None = Field(default=None, ge=0)
    min_ratio: float | None = Field(default=None, ge=0, le=1)  # overrides the template's
    items: tuple[Item, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _points_add_up(self) -> Self:
        if self.points is not None:
            total = round(sum(i.points or 0 for i in self.items), POINT_DECIMALS)
            if total != self.points:
                raise ValueError(f"the items' points add up to {total:g}, not the group's {self.points:g}")
        return self


class Scoring(_Model):
    """Points-based verdict: the total must reach ``pass_total`` of ``total`` and every
    group with points ``group_min_ratio`` of its own."""

    total: float = Field(gt=0)
    pass_total: float = Field(ge=0)
    group_min_ratio: float = Field(default=0, ge=0, le=1)


class Template(_Model):
    format: Literal[1] = 1
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    version: str = Field(min_length=1)
    title: str = Field(min_length=1)
    source: str = Field(min_length=1)  # the standard or rule it follows
    provisional: bool = False
    provisional_note: str = ""
    scoring: Scoring | None = None  # None: a compliance checklist, failed if any item fails
    groups: tuple[Group, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"item id {item.id} is used twice")
            seen.add(item.id)
        if self.scoring is not None:
            total = round(sum(g.points or 0 for g in self.groups), POINT_DECIMALS)
            if total != self.scoring.total:
                raise ValueError(f"the groups' points add up to {total:g}, not the total {self.scoring.total:g}")
            if self.scoring.pass_total > self.scoring.total:
                raise ValueError("the pass mark is above the total")
        if self.provisional and not self.provisional_note:
            raise ValueError("a provisional template says why in provisional_note")
        return self

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for group in self.groups for item in group.items)

    def item(self, item_id: str) -> Item:
        return next(i for i in self.items if i.id == item_id)

    @property
    def key(self) -> str:
        """What an inspection records of its template: id and version."""
        return f"{self.id}@{self.version}"
