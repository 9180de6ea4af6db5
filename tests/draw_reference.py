"""The gm-draw-1 team assignment as it was first written (commit 1638278), kept verbatim
as the oracle the faster ``domain.draw.assign_teams`` is compared with: a draw record is
re-computable only while the same seed and inputs give the same teams."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict

from greenmine_desktop.domain.draw import Assignment, Candidate, DrawInputs, HashStream
from greenmine_desktop.messages import UserError


class _LoadBuckets:
    def __init__(self, badges: list[str], max_load: int) -> None:
        self.max_load = max_load
        self.load = dict.fromkeys(badges, 0)
        self.levels: dict[int, list[str]] = {0: sorted(badges)}

    def pick(self, stream: HashStream, excluded: set[str]) -> str | None:
        for level in sorted(self.levels):
            if level >= self.max_load:
                break
            bucket = self.levels[level]
            skipped = sorted(bisect_left(bucket, b) for b in excluded if self.load.get(b) == level)
            count = len(bucket) - len(skipped)
            if count <= 0:
                continue
            index = stream.below(count)
            for position in skipped:
                if position <= index:
                    index += 1
            badge = bucket.pop(index)
            if not bucket:
                del self.levels[level]
            self.load[badge] = level + 1
            insort(self.levels.setdefault(level + 1, []), badge)
            return badge
        return None


def assign_teams(inputs: DrawInputs, mines: list[Candidate], stream: HashStream) -> list[Assignment]:
    rule, badges = inputs.rule, sorted(i.badge_no for i in inputs.inspectors)
    if len(badges) < rule.team_size:
        raise UserError("draw_pool_too_small", inspectors=len(badges), needed=rule.team_size)
    seats = rule.team_size * len(mines)
    capacity = len(badges) * rule.max_load
    if capacity < seats:
        raise UserError("draw_capacity", seats=seats, inspectors=len(badges), max_load=rule.max_load,
                        capacity=capacity)
    avoiding: dict[str, set[str]] = defaultdict(set)
    for person in inputs.inspectors:
        for target in person.avoid_mines | person.avoid_companies:
            avoiding[target].add(person.badge_no)
    barred = [avoiding.get(m.licence_no, set()) | avoiding.get(m.credit_code, set()) for m in mines]
    for mine, bar in zip(mines, barred, strict=True):
        if len(badges) - len(bar) < rule.team_size:
            raise UserError("draw_avoidance", licence=mine.licence_no, available=len(badges) - len(bar),
                            needed=rule.team_size)
    buckets = _LoadBuckets(badges, rule.max_load)
    teams: dict[int, tuple[str, ...]] = {}
    for k in sorted(range(len(mines)), key=lambda k: (-len(barred[k]), k)):
        team: list[str] = []
        for _ in range(rule.team_size):
            badge = buckets.pick(stream, barred[k] | set(team))
            if badge is None:
                raise UserError("draw_load", licence=mines[k].licence_no, max_load=rule.max_load)
            team.append(badge)
        teams[k] = tuple(team)
    return [Assignment(mine.licence_no, teams[k]) for k, mine in enumerate(mines)]
