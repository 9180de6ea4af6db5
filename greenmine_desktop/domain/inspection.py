"""An inspection at a mine: who was there, what was answered, who signed.

Rules kept here: a team has at least two inspectors (the legal minimum for an
administrative inspection); sign-off needs a complete checklist and a current signature
from every inspector and from the mine's representative (or the representative's refusal
with a witness). A signature is current when it was given for the content as it is now:
an answer changed after someone signed asks them to sign again.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from greenmine_desktop.domain.checklist import Item
from greenmine_desktop.domain.draw import MIN_TEAM
from greenmine_desktop.domain.scoring import Score
from greenmine_desktop.messages import Problem, UserError


@dataclass(frozen=True)
class TeamMember:
    badge_no: str
    name: str


@dataclass(frozen=True)
class Header:
    """What is recorded when an inspection starts (编辑后仍可改，签字后冻结)."""

    mine_licence: str
    template: str  # id@version
    started_at: str  # local date and time, ISO 8601 without zone
    team: tuple[TeamMember, ...]
    representative: str
    representative_title: str = ""
    place: str = ""

    def __post_init__(self) -> None:
        if len({m.badge_no for m in self.team}) < MIN_TEAM:
            raise UserError("inspection_team_too_small", size=len({m.badge_no for m in self.team}), minimum=MIN_TEAM)
        if not self.representative.strip():
            raise UserError("inspection_no_representative")

    def to_data(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Finding:
    item_id: str
    requirement: str
    department: str = ""  # "" when it is ours, else a checklist Department


@dataclass(frozen=True)
class Signature:
    role: str  # inspector | representative
    person: str
    content_sha256: str
    refused: bool = False
    witness: str = ""


def content_digest(header: Header, answers: Mapping[str, Any], notes: Mapping[str, str],
                   findings: Mapping[str, Finding], photos: Mapping[str, str]) -> str:
    """SHA-256 of what a signature vouches for, in a canonical form (photos by their
    SHA-256 and the item each shows)."""
    body = {
        "header": header.to_data(),
        "answers": {k: answers[k] for k in sorted(answers)},
        "notes": {k: notes[k] for k in sorted(notes) if notes[k]},
        "findings": {k: asdict(findings[k]) for k in sorted(findings)},
        "photos": {k: photos[k] for k in sorted(photos)},
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def missing_evidence(template_items: Sequence[Item], photos: Mapping[str, str]) -> dict[str, int]:
    """Items that ask for more photos than are attached to them: item id → photos missing."""
    counts = Counter(photos.values())
    return {i.id: i.min_photos - counts[i.id] for i in template_items if counts[i.id] < i.min_photos}


def sign_off_problems(header: Header, score: Score, signatures: list[Signature], digest: str) -> list[Problem]:
    """Everything that still stands in the way of sign-off; empty when it may happen."""
    problems = []
    if score.unanswered:
        problems.append(Problem("signoff_unanswered", {"count": len(score.unanswered)}))
    current = {(s.role, s.person) for s in signatures if s.content_sha256 == digest}
    stale = {(s.role, s.person) for s in signatures} - current
    for member in header.team:
        if ("inspector", member.name) not in current:
            code = "signoff_resign" if ("inspector", member.name) in stale else "signoff_unsigned"
            problems.append(Problem(code, {"person": member.name}))
    rep = next((s for s in signatures if s.role == "representative"), None)
    if rep is None:
        problems.append(Problem("signoff_unsigned", {"person": header.representative}))
    elif ("representative", rep.person) not in current:
        problems.append(Problem("signoff_resign", {"person": rep.person}))
    elif rep.refused and not rep.witness.strip():
        problems.append(Problem("signoff_refusal_witness", {}))
    return problems
