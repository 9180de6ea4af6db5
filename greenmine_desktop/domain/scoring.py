"""Scoring an inspection's answers against its template.

The rules, in the order they decide:
1. A failed prerequisite (veto item) fails the inspection whatever the points, and the
   scored items are then no longer required (the evaluation stops there).
2. Otherwise any unanswered item leaves the verdict ``incomplete``, which blocks sign-off.
3. A points template passes when the total reaches the pass mark and every group with
   points reaches its minimum share; points of items marked not applicable leave both the
   earned and the possible sums, and the marks scale with what is possible.
4. A compliance template (no points) passes when no item failed.

A number item whose bound comes from a table without a row for the mine (a mineral with
no national minimum) is recorded, not judged, and its points leave the maximum.

An answer is the value an inspector gave: ``"pass"``/``"fail"`` for pass/fail items, a
number for points and number items, an option id for choices, a string for text, and
``"na"`` for not applicable where the item allows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from greenmine_desktop.domain.checklist import POINT_DECIMALS, Item, Kind, Template, Threshold

NA = "na"
Answer = str | float | int


class Status(StrEnum):
    unanswered = "unanswered"
    passed = "pass"
    failed = "fail"
    na = "na"
    noted = "noted"  # a text item with its text recorded


class Verdict(StrEnum):
    passed = "pass"
    failed = "fail"
    incomplete = "incomplete"


@dataclass(frozen=True)
class ItemOutcome:
    item: Item
    status: Status
    earned: float  # 0 for items without points
    possible: float  # 0 when not applicable or without points


@dataclass(frozen=True)
class GroupScore:
    group_id: str
    title: str
    earned: float
    possible: float
    min_ratio: float
    answered: int
    items: int

    @property
    def ratio(self) -> float | None:
        return self.earned / self.possible if self.possible else None

    @property
    def meets_minimum(self) -> bool:
        return self.possible == 0 or self.earned >= self.min_ratio * self.possible - 10**-POINT_DECIMALS


@dataclass(frozen=True)
class Score:
    verdict: Verdict
    outcomes: tuple[ItemOutcome, ...]
    groups: tuple[GroupScore, ...]
    earned: float
    possible: float
    pass_mark: float | None  # the total needed, scaled to what is possible; None without points
    veto_failed: tuple[str, ...]
    unanswered: tuple[str, ...]  # items still required
    failed: tuple[str, ...]  # items that become findings

    @property
    def can_sign(self) -> bool:
        return self.verdict != Verdict.incomplete


class AnswerError(ValueError):
    """An answer that does not fit its item (a GUI never lets one through)."""


def item_outcome(item: Item, answer: Answer | None, threshold: Threshold | None = None) -> ItemOutcome:
    """One item's status and points; ``threshold`` is the item's rule resolved for the mine."""
    maximum = item.points or 0.0
    if answer is None or answer == "":
        return ItemOutcome(item, Status.unanswered, 0.0, maximum)
    if item.kind == Kind.text:  # whatever was written, "na" included, is the record
        return ItemOutcome(item, Status.noted, 0.0, 0.0)
    if answer == NA:
        if not item.allow_na:
            raise AnswerError(f"item {item.id} may not be marked not applicable")
        return ItemOutcome(item, Status.na, 0.0, 0.0)
    match item.kind:
        case Kind.pass_fail:
            if answer not in ("pass", "fail"):
                raise AnswerError(f"item {item.id} takes pass or fail, not {answer!r}")
            passed = answer == "pass"
            earned = maximum if passed else 0.0
        case Kind.points:
            earned = _number(item, answer)
            if not 0 <= earned <= maximum:
                raise AnswerError(f"item {item.id} takes 0 to {maximum:g} points, not {earned:g}")
            passed = earned >= maximum
        case Kind.number:
            rule = threshold or item.threshold
            assert rule is not None
            value = _number(item, answer)
            if rule.value is None and rule.table is not None:  # the table has no minimum for this mine
                return ItemOutcome(item, Status.noted, 0.0, 0.0)
            passed = rule.met_by(value)
            earned = maximum if passed else 0.0
        case Kind.choice:
            option = next((o for o in item.options if o.id == answer), None)
            if option is None:
                raise AnswerError(f"item {item.id} has no option {answer!r}")
            passed = option.passes
            earned = option.points if option.points is not None else (maximum if passed else 0.0)
    return ItemOutcome(item, Status.passed if passed else Status.failed, earned, maximum)


def _number(item: Item, answer: Answer) -> float:
    if isinstance(answer, bool) or not isinstance(answer, int | float):
        raise AnswerError(f"item {item.id} takes a number, not {answer!r}")
    return float(answer)


def score(template: Template, answers: Mapping[str, Answer],
          thresholds: Mapping[str, Threshold] | None = None) -> Score:
    """The verdict and the scores per group for a set of answers (item id → answer)."""
    thresholds = thresholds or {}
    outcomes: list[ItemOutcome] = []
    groups: list[GroupScore] = []
    default_ratio = template.scoring.group_min_ratio if template.scoring else 0.0
    for group in template.groups:
        mine = [item_outcome(i, answers.get(i.id), thresholds.get(i.id)) for i in group.items]
        outcomes += mine
        groups.append(GroupScore(
            group.id, group.title,
            earned=round(sum(o.earned for o in mine), POINT_DECIMALS),
            possible=round(sum(o.possible for o in mine), POINT_DECIMALS),
            min_ratio=group.min_ratio if group.min_ratio is not None else default_ratio,
            answered=sum(o.status != Status.unanswered for o in mine), items=len(mine)))
    veto_failed = tuple(o.item.id for o in outcomes if o.item.veto and o.status == Status.failed)
    required = [o for o in outcomes if o.item.veto or not veto_failed]
    unanswered = tuple(o.item.id for o in required if o.status == Status.unanswered)
    failed = tuple(o.item.id for o in outcomes if o.status == Status.failed)
    earned = round(sum(g.earned for g in groups), POINT_DECIMALS)
    possible = round(sum(g.possible for g in groups), POINT_DECIMALS)
    pass_mark = None
    if template.scoring is not None:
        pass_mark = template.scoring.pass_total / template.scoring.total * possible
    if veto_failed:
        verdict = Verdict.failed
    elif unanswered:
        verdict = Verdict.incomplete
    elif pass_mark is not None:
        enough = earned >= pass_mark - 10**-POINT_DECIMALS
        verdict = Verdict.passed if enough and all(g.meets_minimum for g in groups) else Verdict.failed
    else:
        verdict = Verdict.failed if failed else Verdict.passed
    return Score(verdict, tuple(outcomes), tuple(groups), earned, possible, pass_mark,
                 veto_failed, unanswered, failed)


def full_marks(item: Item) -> Answer:
    """The answer that passes an item with full points (a table rate of 100 % meets any
    minimum): the demo's answers and the tests' baseline."""
    match item.kind:
        case Kind.pass_fail:
            return "pass"
        case Kind.points:
            return item.points or 0.0
        case Kind.choice:
            return max((o for o in item.options if o.passes), key=lambda o: o.points or 0).id
        case Kind.text:
            return "已核实"
    rule = item.threshold
    assert rule is not None
    if rule.table:
        return 100.0
    value = rule.low if rule.rule == "between" else rule.value
    assert value is not None
    return value
