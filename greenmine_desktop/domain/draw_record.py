"""The draw record (抽取记录): everything needed to re-run a draw and see that it was fair.

A record holds the draw's canonical inputs and their SHA-256, the seed, who drew it before
which witnesses and when, the algorithm and the result, and last a SHA-256 over all of
that (``record_sha256``). Verifying re-hashes the record and the inputs and re-runs the
draw: an edit to any field shows. (A record edited *and* re-hashed is caught by the copy
the county keeps and, once packages are signed, by the signature.)

Format 2 (since issue 20) publishes no avoidance lists: the inputs carry only the salted
avoidance hash (see domain/draw.py), the lists and the salt stay in the county workspace.
Anyone can then check the hashes, re-run the choice of mines exactly and check that the
teams keep the rules (size, distinct members, load limit, members from the pool); who sits
on which team is re-run where the avoidance lists are given (the county workspace:
``greenmine draw verify RECORD.json --workspace W``, and the Draws tab). Format-1 records,
written before, carry the lists inline and still verify in full as they did.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import zip_longest
from typing import Any

from greenmine_desktop.domain.draw import DrawInputs, DrawResult, HashStream, canonical_json, draw_mines, run_draw
from greenmine_desktop.messages import Problem, UserError

RECORD_FORMAT = 2
LEGACY_FORMAT = 1  # avoidance lists inline


@dataclass(frozen=True)
class DrawContext:
    plan: str
    operator: str
    witnesses: tuple[str, ...]
    drawn_at: str  # ISO 8601 with offset
    replaces: str | None = None  # record_sha256 of the draw this one replaces
    replace_reason: str = ""


@dataclass(frozen=True)
class DrawnMine:
    """One row of a draw's result: a mine and the badge numbers of its team."""

    licence_no: str
    team: tuple[str, ...]


@dataclass(frozen=True)
class DrawRecord:
    """A draw record as the services and the GUI use it.

    ``data`` is the record exactly as it was hashed and is stored and exported (the JSON
    of :func:`make_record`, or an older format); the fields are read from it and never
    written back, so a record keeps its hash whatever format wrote it."""

    record_sha256: str
    format: int
    plan: str
    drawn_at: str  # ISO 8601 with offset
    operator: str
    witnesses: tuple[str, ...]
    seed: str
    algorithm: str
    inputs_sha256: str
    replaces: str | None
    replace_reason: str
    result: tuple[DrawnMine, ...]
    data: Mapping[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DrawRecord:
        return cls(data["record_sha256"], data["format"], data["plan"], data["drawn_at"], data["operator"],
                   tuple(data["witnesses"]), data["seed"], data["algorithm"], data["inputs_sha256"],
                   data.get("replaces"), data.get("replace_reason", ""),
                   tuple(DrawnMine(row["licence_no"], tuple(row["team"])) for row in data["result"]), data)

    @property
    def drawn_on(self) -> date:
        return date.fromisoformat(self.drawn_at[:10])

    @property
    def inputs(self) -> Mapping[str, Any]:
        """The published inputs (candidates, inspectors, rule), as recorded."""
        return self.data["inputs"]

    def teams(self) -> list[tuple[str, ...]]:
        """The distinct teams, in the order they first appear (team 1, 2, …)."""
        return list(dict.fromkeys(row.team for row in self.result))

    def mines_of(self, team: tuple[str, ...]) -> list[str]:
        """The licences drawn for one team, in the draw's order."""
        return [row.licence_no for row in self.result if row.team == team]


def _sha256(data: object) -> str:
    return hashlib.sha256(canonical_json(data)).hexdigest()


def _result_data(result: DrawResult) -> list[dict]:
    return [{"licence_no": a.licence_no, "team": list(a.team)} for a in result.assignments]


def make_record(inputs: DrawInputs, result: DrawResult, context: DrawContext) -> dict:
    body = {
        "format": RECORD_FORMAT,
        "algorithm": result.algorithm,
        "plan": context.plan,
        "operator": context.operator,
        "witnesses": list(context.witnesses),
        "drawn_at": context.drawn_at,
        "replaces": context.replaces,
        "replace_reason": context.replace_reason,
        "seed": result.seed,
        "inputs": inputs.public_data(),
        "inputs_sha256": result.inputs_digest,
        "result": _result_data(result),
    }
    return {**body, "record_sha256": _sha256(body)}


def verify_record(record: dict, avoidance: dict | None = None) -> list[Problem]:
    """What is wrong with a record, or nothing when it is intact and re-runs to its result.

    ``avoidance`` is the confidential part kept in the county workspace; without it a
    format-2 record's teams are checked against the rules rather than re-run."""
    try:
        if record.get("format") not in (RECORD_FORMAT, LEGACY_FORMAT):
            return [Problem("draw_record_format", {"found": record.get("format"), "supported": RECORD_FORMAT})]
        body = {key: value for key, value in record.items() if key != "record_sha256"}
        problems = []
        if _sha256(body) != record["record_sha256"]:
            problems.append(Problem("draw_record_edited"))
        if record["format"] == LEGACY_FORMAT:
            inputs = DrawInputs.from_data(record["inputs"])
            digest = inputs.legacy_digest()
        else:
            inputs = DrawInputs.from_public(record["inputs"], avoidance)
            digest = _sha256(record["inputs"])
            if avoidance is not None and inputs.avoidance_digest() != record["inputs"]["avoidance_sha256"]:
                problems.append(Problem("draw_avoidance_differs"))
                return problems
        if digest != record["inputs_sha256"]:
            problems.append(Problem("draw_inputs_edited"))
        if record["format"] == LEGACY_FORMAT or avoidance is not None:
            problems += _rerun_all(record, inputs, digest)
        else:
            problems += _rerun_mines(record, inputs, digest)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UserError("draw_record_malformed", detail=type(exc).__name__) from exc
    return problems


def _rerun_all(record: dict, inputs: DrawInputs, digest: str) -> list[Problem]:
    rerun = run_draw(inputs, record["seed"], digest)
    for again, recorded in zip_longest(_result_data(rerun), record["result"]):
        if again != recorded:  # the first mine where the re-run and the record part ways
            return [Problem("draw_result_differs", {"licence": (again or recorded)["licence_no"]})]
    return []


def _rerun_mines(record: dict, inputs: DrawInputs, digest: str) -> list[Problem]:
    """The mines re-run exactly (they do not depend on avoidance); the teams against the rules."""
    drawn = [c.licence_no for c in draw_mines(inputs, HashStream(record["seed"], digest))]
    for again, recorded in zip_longest(drawn, record["result"]):
        if recorded is None or again != recorded["licence_no"]:
            return [Problem("draw_result_differs", {"licence": again or recorded["licence_no"]})]
    rule, pool = inputs.rule, {i.badge_no for i in inputs.inspectors}
    load: Counter[str] = Counter()
    for row in record["result"]:
        team = row["team"]
        load.update(team)
        if len(team) != rule.team_size or len(set(team)) != len(team) or not set(team) <= pool:
            return [Problem("draw_team_broken", {"licence": row["licence_no"]})]
    if load and max(load.values()) > rule.max_load:
        return [Problem("draw_team_broken", {"licence": record["result"][-1]["licence_no"]})]
    return []


def teams_rerun(record: dict, avoidance: dict | None) -> bool:
    """Whether :func:`verify_record` re-ran the teams too (not only checked their rules)."""
    return record.get("format") == LEGACY_FORMAT or avoidance is not None
