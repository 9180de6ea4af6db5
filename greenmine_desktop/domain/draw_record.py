"""The draw record (抽取记录): everything needed to re-run a draw and see that it was fair.

A record holds the draw's canonical inputs and their SHA-256, the seed, who drew it before
which witnesses and when, the algorithm and the result, and last a SHA-256 over all of
that (``record_sha256``). Verifying re-hashes the record and the inputs and re-runs the
draw: an edit to any field shows. (A record edited *and* re-hashed is caught by the copy
the county keeps and, once packages are signed, by the signature.)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import zip_longest

from greenmine_desktop.domain.draw import DrawInputs, DrawResult, canonical_json, run_draw
from greenmine_desktop.messages import Problem, UserError

RECORD_FORMAT = 1


@dataclass(frozen=True)
class DrawContext:
    plan: str
    operator: str
    witnesses: tuple[str, ...]
    drawn_at: str  # ISO 8601 with offset
    replaces: str | None = None  # record_sha256 of the draw this one replaces
    replace_reason: str = ""


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
        "inputs": inputs.to_data(),
        "inputs_sha256": result.inputs_digest,
        "result": _result_data(result),
    }
    return {**body, "record_sha256": _sha256(body)}


def verify_record(record: dict) -> list[Problem]:
    """What is wrong with a record, or nothing when it is intact and re-runs to its result."""
    try:
        if record.get("format") != RECORD_FORMAT:
            return [Problem("draw_record_format", {"found": record.get("format"), "supported": RECORD_FORMAT})]
        body = {key: value for key, value in record.items() if key != "record_sha256"}
        problems = []
        if _sha256(body) != record["record_sha256"]:
            problems.append(Problem("draw_record_edited"))
        inputs = DrawInputs.from_data(record["inputs"])
        if inputs.digest() != record["inputs_sha256"]:
            problems.append(Problem("draw_inputs_edited"))
        rerun = run_draw(inputs, record["seed"])
        for again, recorded in zip_longest(_result_data(rerun), record["result"]):
            if again != recorded:  # the first mine where the re-run and the record part ways
                problems.append(Problem("draw_result_differs", {"licence": (again or recorded)["licence_no"]}))
                break
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UserError("draw_record_malformed", detail=type(exc).__name__) from exc
    return problems
