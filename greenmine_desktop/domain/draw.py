"""The double-random draw (双随机): which mines are checked, and which inspectors check each.

Algorithm ``gm-draw-1``, documented here so anyone can re-implement it:

1. The inputs (candidates, inspector pool, sample rules) are written as canonical JSON
   (sorted keys and lists, UTF-8, no spaces) and hashed with SHA-256: the *inputs hash*.
   The inspectors' avoidance lists are confidential, so they enter only as the
   *avoidance hash*, SHA-256 over their canonical JSON and a random salt the county keeps
   (without the salt, a hash of a few licence numbers from the public register could be
   guessed); the published inputs name each inspector by badge number alone.
2. The random stream is SHA-256 in counter mode: block *i* is
   ``SHA-256(key ‖ i as 8 bytes big-endian)`` with ``key = SHA-256("gm-draw-1\\0" ‖ seed ‖ "\\0" ‖ inputs hash)``.
   Blocks are read as 64-bit big-endian integers; a number below *n* is taken by
   rejection (values ≥ the largest multiple of *n* under 2⁶⁴ are skipped), so it is unbiased.
3. Mines: candidates sorted by licence number; per stratum (strata in name order, or one
   stratum for all) the quota is ⌈ratio × N⌉, or a count split over strata by largest
   remainder. Mines marked *always* go in first; the rest of the quota is a partial
   Fisher–Yates shuffle of the others, in stream order.
4. Teams: mines are served fewest-eligible-inspectors first (then in draw order). Each
   seat goes to the k-th, in badge-number order, of the eligible inspectors (no avoidance,
   not yet on this team, below the load limit) that have the lowest current load, with
   k drawn from the stream below their number.

The same inputs and seed always give the same result; a changed seed or input changes it.
"""

from __future__ import annotations

import hashlib
import json
import math
import struct
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import asdict, dataclass
from itertools import chain, groupby
from json.encoder import encode_basestring
from operator import attrgetter
from typing import TypeVar

from greenmine_desktop.domain.inspector import Inspector
from greenmine_desktop.messages import UserError

ALGORITHM = "gm-draw-1"
MIN_TEAM = 2  # any administrative inspection needs at least two inspectors
T = TypeVar("T")


@dataclass(frozen=True)
class Candidate:
    licence_no: str
    credit_code: str
    stratum: str = ""
    always: bool = False  # e.g. on the abnormal list or under complaint


@dataclass(frozen=True)
class PoolInspector:
    badge_no: str
    avoid_mines: frozenset[str] = frozenset()
    avoid_companies: frozenset[str] = frozenset()

    @classmethod
    def from_inspector(cls, person: Inspector) -> PoolInspector:
        """An inspector of the register as the draw sees them: a badge and whom they avoid."""
        return cls(person.badge_no,
                   frozenset(a.target for a in person.avoidances if a.kind == "mine"),
                   frozenset(a.target for a in person.avoidances if a.kind == "company"))


@dataclass(frozen=True)
class SampleRule:
    count: int | None = None
    ratio: float | None = None
    per_stratum: bool = False
    team_size: int = 2
    max_load: int = 1_000_000


@dataclass(frozen=True)
class DrawInputs:
    candidates: tuple[Candidate, ...]
    inspectors: tuple[PoolInspector, ...]
    rule: SampleRule
    salt: str = ""  # kept with the avoidance lists in the county workspace, never published

    def to_data(self) -> dict:
        """The inputs as canonical data, avoidance lists included (the format-1 record)."""
        return {**self._common(), "inspectors": [
            {"badge_no": i.badge_no, "avoid_mines": sorted(i.avoid_mines), "avoid_companies": sorted(i.avoid_companies)}
            for i in sorted(self.inspectors, key=lambda i: i.badge_no)]}

    def public_data(self) -> dict:
        """The inputs as they may be published: badge numbers without whom each avoids,
        and the avoidance hash that commits to the lists."""
        return {**self._common(), **self._public_pool()}

    def _public_pool(self) -> dict:
        return {"inspectors": [{"badge_no": b} for b in sorted(i.badge_no for i in self.inspectors)],
                "avoidance_sha256": self.avoidance_digest()}

    def avoidance_data(self) -> dict:
        """The confidential part: the salt and every inspector's avoidance lists."""
        return {"salt": self.salt, "inspectors": [
            {"badge_no": i.badge_no, "avoid_mines": sorted(i.avoid_mines), "avoid_companies": sorted(i.avoid_companies)}
            for i in sorted(self.inspectors, key=lambda i: i.badge_no) if i.avoid_mines or i.avoid_companies]}

    def avoidance_digest(self) -> str:
        return hashlib.sha256(canonical_json(self.avoidance_data())).hexdigest()

    def _common(self) -> dict:
        return {"algorithm": ALGORITHM, "candidates": [_candidate_data(c) for c in self.sorted_candidates()],
                "rule": asdict(self.rule)}

    def sorted_candidates(self) -> list[Candidate]:
        return sorted(self.candidates, key=_BY_LICENCE)

    @classmethod
    def from_data(cls, data: dict) -> DrawInputs:
        """Format-1 inputs (avoidance lists inline)."""
        return cls(
            tuple(Candidate(**c) for c in data["candidates"]),
            tuple(PoolInspector(i["badge_no"], frozenset(i["avoid_mines"]), frozenset(i["avoid_companies"]))
                  for i in data["inspectors"]),
            SampleRule(**data["rule"]),
        )

    @classmethod
    def from_public(cls, data: dict, avoidance: dict | None = None) -> DrawInputs:
        """Published inputs, with the confidential part when it is at hand (else nobody avoids anyone)."""
        lists = {i["badge_no"]: i for i in (avoidance or {}).get("inspectors", [])}
        empty: dict = {"avoid_mines": [], "avoid_companies": []}
        return cls(
            tuple(Candidate(**c) for c in data["candidates"]),
            tuple(PoolInspector(i["badge_no"], frozenset(lists.get(i["badge_no"], empty)["avoid_mines"]),
                                frozenset(lists.get(i["badge_no"], empty)["avoid_companies"]))
                  for i in data["inspectors"]),
            SampleRule(**data["rule"]), (avoidance or {}).get("salt", ""),
        )

    def digest(self) -> str:
        """The inputs hash the random stream is keyed with: over the publishable inputs,
        so anyone holding a record can re-derive the stream and re-run the choice of mines.

        The bytes are ``canonical_json(self.public_data())``, written without building a
        dict per candidate (the candidates' list is most of them; see ``_candidates_json``)."""
        public = _canonical_dict({"algorithm": ALGORITHM, "rule": asdict(self.rule), **self._public_pool()},
                                 candidates=_candidates_json(self.sorted_candidates()))
        return hashlib.sha256(public).hexdigest()

    def legacy_digest(self) -> str:
        """The inputs hash of format-1 records, over the inputs with the avoidance lists."""
        return hashlib.sha256(canonical_json(self.to_data())).hexdigest()


@dataclass(frozen=True)
class Assignment:
    licence_no: str
    team: tuple[str, ...]  # badge numbers, in the order drawn


@dataclass(frozen=True)
class DrawResult:
    algorithm: str
    seed: str
    inputs_digest: str
    assignments: tuple[Assignment, ...]  # in the order the mines were drawn


def canonical_json(data: object) -> bytes:
    """Sorted keys, UTF-8, no spaces: the bytes that are hashed."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_BY_LICENCE = attrgetter("licence_no")


def _candidate_data(c: Candidate) -> dict:
    return {"licence_no": c.licence_no, "credit_code": c.credit_code, "stratum": c.stratum, "always": c.always}


def _canonical_dict(data: dict, **written: bytes) -> bytes:
    """``canonical_json({**data, **values})`` where ``written`` holds values already
    written as canonical JSON: the keys sorted, each ``"key":value``, comma-separated."""
    values = {key: canonical_json(value) for key, value in data.items()} | written
    return b"{" + b",".join(canonical_json(key) + b":" + values[key] for key in sorted(values)) + b"}"


def _candidates_json(candidates: list[Candidate]) -> bytes:
    """``canonical_json([_candidate_data(c) for c in candidates])``, four times faster: each
    candidate's object is one f-string, its keys in sorted order, its texts through json's
    own string escaper. Candidates holding anything but a bool and three texts (a
    hand-edited record) are written by ``canonical_json`` itself, so the bytes never differ
    (tests/test_draw_digest.py)."""
    if {*map(type, map(attrgetter("always"), candidates))} <= {bool}:
        try:
            return ("[" + ",".join([
                f'{{"always":{"true" if c.always else "false"},"credit_code":{encode_basestring(c.credit_code)},'
                f'"licence_no":{encode_basestring(c.licence_no)},"stratum":{encode_basestring(c.stratum)}}}'
                for c in candidates]) + "]").encode("utf-8")
        except TypeError:  # not a text: the escaper takes only str
            pass
    return canonical_json([_candidate_data(c) for c in candidates])


_FOUR_WORDS = struct.Struct(">4Q")  # a SHA-256 block as four 64-bit big-endian integers


class HashStream:
    """SHA-256 in counter mode over the seed and the inputs hash (see the module docstring)."""

    def __init__(self, seed: str, inputs_digest: str) -> None:
        self._key = hashlib.sha256(f"{ALGORITHM}\0{seed}\0{inputs_digest}".encode()).digest()
        self._counter = 0
        self._words: list[int] = []

    def next_u64(self) -> int:
        if not self._words:
            block = hashlib.sha256(self._key + self._counter.to_bytes(8, "big")).digest()
            self._counter += 1
            self._words = list(_FOUR_WORDS.unpack(block))
            self._words.reverse()  # popped from the end: bytes 0–7 first
        return self._words.pop()

    def below(self, n: int) -> int:
        if n <= 0:
            raise ValueError("below() needs a positive bound")
        limit = 2**64 - (2**64 % n)
        words = self._words  # next_u64 inlined while its block lasts: this runs once a seat
        while (value := words.pop() if words else self.next_u64()) >= limit:
            words = self._words
        return value % n

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        """k items without replacement, in drawn order (partial Fisher–Yates)."""
        pool = list(items)
        for i in range(k):
            j = i + self.below(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]


def quotas(rule: SampleRule, sizes: dict[str, int]) -> dict[str, int]:
    """How many mines each stratum gives (one stratum "" unless per_stratum)."""
    total = sum(sizes.values())
    if rule.ratio is not None:
        return {s: math.ceil(rule.ratio * n - 1e-9) for s, n in sizes.items()}
    count = rule.count or 0
    if count > total:
        raise UserError("draw_sample_too_large", wanted=count, eligible=total)
    exact = {s: count * n / total for s, n in sizes.items()} if total else {}
    floors = {s: math.floor(v) for s, v in exact.items()}
    by_remainder = sorted(exact, key=lambda s: (-(exact[s] - floors[s]), s))
    for s in by_remainder[:count - sum(floors.values())]:
        floors[s] += 1
    return floors


def _check_rule(rule: SampleRule) -> None:
    if rule.team_size < MIN_TEAM:
        raise UserError("draw_team_too_small", size=rule.team_size, minimum=MIN_TEAM)
    if (rule.count is None) == (rule.ratio is None):
        raise UserError("draw_sample_rule")
    if rule.ratio is not None and not 0 < rule.ratio <= 1:
        raise UserError("draw_sample_rule")


def _strata(inputs: DrawInputs) -> Iterator[tuple[list[Candidate], list[Candidate], int]]:
    """Per stratum, in order: the mines always included, the others, and how many of the
    others to draw."""
    candidates = inputs.sorted_candidates()
    if inputs.rule.per_stratum:
        by_stratum = attrgetter("stratum")
        groups = {key: list(group) for key, group in groupby(sorted(candidates, key=by_stratum), key=by_stratum)}
    else:
        groups = {"": candidates} if candidates else {}
    wanted = quotas(inputs.rule, {key: len(group) for key, group in groups.items()})
    for key in sorted(groups):
        always = [c for c in groups[key] if c.always]
        others = [c for c in groups[key] if not c.always]
        yield always, others, max(0, min(len(others), wanted[key] - len(always)))


def sample_size(inputs: DrawInputs) -> int:
    """How many mines the draw will pick, known before the seed is (for the plan editor)."""
    return sum(len(always) + take for always, _, take in _strata(inputs))


def draw_mines(inputs: DrawInputs, stream: HashStream) -> list[Candidate]:
    drawn: list[Candidate] = []
    for always, others, take in _strata(inputs):
        drawn += always + stream.sample(others, take)
    return drawn


class _LoadBuckets:
    """Inspectors grouped by current load, each group in badge order, for the seat rule.

    ``pick`` runs once per seat (20,000 times in a large draw), so it keeps the loads in
    use in order rather than sorting them on every call."""

    def __init__(self, badges: list[str], max_load: int) -> None:
        self.max_load = max_load
        self.load = dict.fromkeys(badges, 0)
        self.levels: dict[int, list[str]] = {0: sorted(badges)}
        self._in_order = [0]  # the keys of levels, ascending

    def pick(self, stream: HashStream, barred: Collection[str], team: list[str]) -> str | None:
        """The seat's inspector, neither barred nor on the team already: at the lowest load
        with anyone left, the k-th of those left in badge order, k drawn below their number."""
        load = self.load
        for level in self._in_order:
            if level >= self.max_load:
                break
            bucket = self.levels[level]
            count = len(bucket)
            skipped = [bisect_left(bucket, b) for b in chain(barred, team) if load[b] == level] \
                if barred or team else None
            if skipped:
                skipped.sort()
                count -= len(skipped)
                if count <= 0:
                    continue
            index = stream.below(count)
            if skipped:
                for position in skipped:  # the index-th of those not skipped
                    if position <= index:
                        index += 1
            badge = bucket.pop(index)
            if not bucket:
                del self.levels[level]
                self._in_order.remove(level)
            load[badge] = level + 1
            if level + 1 in self.levels:
                insort(self.levels[level + 1], badge)
            else:
                self.levels[level + 1] = [badge]
                insort(self._in_order, level + 1)
            return badge
        return None


_NOBODY: frozenset[str] = frozenset()


def _barred(inputs: DrawInputs, mines: list[Candidate]) -> list[Collection[str]]:
    """Per mine, the badges of those who avoid it or its company (shared, never changed)."""
    avoiding: dict[str, set[str]] = defaultdict(set)  # licence or credit code → badges avoiding it
    for person in inputs.inspectors:
        for target in person.avoid_mines | person.avoid_companies:
            avoiding[target].add(person.badge_no)
    barred: list[Collection[str]] = []
    for mine in mines:
        by_licence, by_company = avoiding.get(mine.licence_no), avoiding.get(mine.credit_code)
        if by_licence and by_company:
            barred.append(by_licence | by_company)
        else:
            barred.append(by_licence or by_company or _NOBODY)
    return barred


def assign_teams(inputs: DrawInputs, mines: list[Candidate], stream: HashStream) -> list[Assignment]:
    rule, badges = inputs.rule, sorted(i.badge_no for i in inputs.inspectors)
    if len(badges) < rule.team_size:
        raise UserError("draw_pool_too_small", inspectors=len(badges), needed=rule.team_size)
    seats = rule.team_size * len(mines)
    capacity = len(badges) * rule.max_load
    if capacity < seats:
        raise UserError("draw_capacity", seats=seats, inspectors=len(badges), max_load=rule.max_load,
                        capacity=capacity)
    barred = _barred(inputs, mines)
    sizes = list(map(len, barred))
    for mine, size in zip(mines, sizes, strict=True):
        if len(badges) - size < rule.team_size:
            raise UserError("draw_avoidance", licence=mine.licence_no, available=len(badges) - size,
                            needed=rule.team_size)
    buckets = _LoadBuckets(badges, rule.max_load)
    teams: list[tuple[str, ...]] = [()] * len(mines)
    # Most avoided first, then in draw order (the sort is stable, also reversed).
    pick = buckets.pick
    for k in sorted(range(len(mines)), key=sizes.__getitem__, reverse=True):
        team: list[str] = []
        for _ in range(rule.team_size):
            badge = pick(stream, barred[k], team)
            if badge is None:
                raise UserError("draw_load", licence=mines[k].licence_no, max_load=rule.max_load)
            team.append(badge)
        teams[k] = tuple(team)
    return [Assignment(mine.licence_no, team) for mine, team in zip(mines, teams, strict=True)]


def run_draw(inputs: DrawInputs, seed: str, digest: str | None = None) -> DrawResult:
    """The whole draw; raises :class:`UserError` naming the constraint that cannot be met.
    ``digest`` keys the stream when re-running a record of an older format."""
    _check_rule(inputs.rule)
    if not seed.strip():
        raise UserError("draw_no_seed")
    digest = digest or inputs.digest()
    stream = HashStream(seed, digest)
    mines = draw_mines(inputs, stream)
    return DrawResult(ALGORITHM, seed, digest, tuple(assign_teams(inputs, mines, stream)))
