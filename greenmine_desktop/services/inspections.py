"""Carrying out an inspection: every edit committed at once, with its audit row.

An :class:`InspectionSession` holds one inspection's state in memory (so the form can
show live scores without re-reading) and writes each change through to the database in
its own transaction before returning: what the screen shows as done is on disk. A signed
inspection is frozen (the database refuses changes); :meth:`InspectionSession.revise`
starts the next revision from its content and marks it superseded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from greenmine_desktop.domain.checklist import Template, Threshold
from greenmine_desktop.domain.inspection import (
    Finding,
    Header,
    Signature,
    content_digest,
    missing_evidence,
    sign_off_problems,
)
from greenmine_desktop.domain.scoring import Answer, AnswerError, Score, Status, item_outcome, score
from greenmine_desktop.messages import Problem, UserError
from greenmine_desktop.services import Progress
from greenmine_desktop.services.checklists import find_template, thresholds_for
from greenmine_desktop.services.photo_checks import CheckedPhoto, check_photos
from greenmine_desktop.services.photo_ingest import IngestResult, ingest
from greenmine_desktop.store import audit
from greenmine_desktop.store import inspections as store
from greenmine_desktop.store import photos as photo_store
from greenmine_desktop.store.mines import mine_by_licence
from greenmine_desktop.store.workspace import Workspace, now_iso


@dataclass(frozen=True)
class Meta:
    uid: str
    series: str
    revision: int
    status: str  # open | signed | superseded
    signed_at: str | None


def start_inspection(ws: Workspace, header: Header, actor: str) -> InspectionSession:
    """A new inspection (revision 1) of a mine in the register, open for answers."""
    find_template(header.template)  # refuse an unknown template before writing anything
    if mine_by_licence(ws, header.mine_licence) is None:
        raise UserError("inspection_mine_missing", licence=header.mine_licence)
    uid = str(uuid.uuid4())
    with ws.transaction():
        inspection_id = store.insert_inspection(ws, uid, uid, 1, header)
        audit.append(ws.conn, actor, "create", "inspection", uid, new=header.to_data())
    return InspectionSession(ws, inspection_id)


class InspectionSession:
    """One inspection, loaded; every method that changes it commits before returning."""

    def __init__(self, ws: Workspace, inspection_id: int) -> None:
        self.ws, self.id = ws, inspection_id
        stored = store.load_inspection(ws, inspection_id)
        if stored is None:
            raise UserError("inspection_missing", id=inspection_id)
        self.meta = Meta(stored.uid, stored.series, stored.revision, stored.status, stored.signed_at)
        self.header = stored.header
        self.template: Template = find_template(self.header.template)
        mine = mine_by_licence(ws, self.header.mine_licence)
        self.thresholds: dict[str, Threshold] = thresholds_for(self.template, mine) if mine else {}
        self.answers, self.notes = store.load_answers(ws, inspection_id)
        self.findings = store.load_findings(ws, inspection_id)
        self.photos: dict[str, str] = dict(photo_store.links(ws, inspection_id))  # sha256 → item id
        self.signatures = store.load_signatures(ws, inspection_id)

    # ------------------------------------------------------------------ reading
    @property
    def frozen(self) -> bool:
        return self.meta.status != "open"

    def score(self) -> Score:
        return score(self.template, self.answers, self.thresholds)

    def digest(self) -> str:
        return content_digest(self.header, self.answers, self.notes, self.findings, self.photos)

    def sign_off_problems(self) -> list[Problem]:
        return sign_off_problems(self.header, self.score(), self.signatures, self.digest())

    # ------------------------------------------------------------------ editing
    def _check_open(self) -> None:
        if self.frozen:
            raise UserError("inspection_frozen")

    def set_answer(self, item_id: str, value: Answer | None, actor: str) -> None:
        """Record an answer (``None`` clears it); a failing answer opens a finding with the
        template's suggested requirement, a passing one closes it."""
        self._check_open()
        item = self.template.item(item_id)
        try:
            outcome = item_outcome(item, value, self.thresholds.get(item_id))
        except AnswerError as exc:
            raise UserError("inspection_bad_answer", item=item_id, detail=str(exc)) from exc
        old = self.answers.get(item_id)
        if old == value:
            return
        with self.ws.transaction():
            store.write_answer(self.ws, self.id, item_id, value, self.notes.get(item_id, ""))
            audit.append(self.ws.conn, actor, "change", "answer", self.meta.uid, item_id, old, value)
            if outcome.status == Status.failed and item_id not in self.findings:
                self._write_finding(Finding(item_id, item.requirement, item.refer_to or ""), actor)
            elif outcome.status != Status.failed and item_id in self.findings:
                store.delete_finding(self.ws, self.id, item_id)
                audit.append(self.ws.conn, actor, "delete", "finding", self.meta.uid, item_id,
                             vars(self.findings[item_id]), None)
        if value is None:
            self.answers.pop(item_id, None)
        else:
            self.answers[item_id] = value
        if outcome.status == Status.failed:
            self.findings.setdefault(item_id, Finding(item_id, item.requirement, item.refer_to or ""))
        else:
            self.findings.pop(item_id, None)

    def set_note(self, item_id: str, note: str, actor: str) -> None:
        self._check_open()
        self.template.item(item_id)
        old = self.notes.get(item_id, "")
        if old == note:
            return
        with self.ws.transaction():
            store.write_answer(self.ws, self.id, item_id, self.answers.get(item_id), note)
            audit.append(self.ws.conn, actor, "change", "note", self.meta.uid, item_id, old, note)
        self.notes[item_id] = note

    def set_finding(self, finding: Finding, actor: str) -> None:
        """Edit a finding's requirement text or referral department."""
        self._check_open()
        if finding.item_id not in self.findings:
            raise UserError("inspection_no_finding", item=finding.item_id)
        if self.findings[finding.item_id] == finding:
            return
        with self.ws.transaction():
            self._write_finding(finding, actor)
        self.findings[finding.item_id] = finding

    def _write_finding(self, finding: Finding, actor: str) -> None:
        old = self.findings.get(finding.item_id)
        store.write_finding(self.ws, self.id, finding)
        audit.append(self.ws.conn, actor, "change" if old else "create", "finding", self.meta.uid, finding.item_id,
                     vars(old) if old else None, vars(finding))

    def update_header(self, header: Header, actor: str) -> None:
        """Correct the time, place, team or representative before sign-off."""
        self._check_open()
        if header.mine_licence != self.header.mine_licence or header.template != self.header.template:
            raise UserError("inspection_header_fixed")
        if header == self.header:
            return
        with self.ws.transaction():
            store.update_header(self.ws, self.id, header)
            audit.append(self.ws.conn, actor, "change", "inspection", self.meta.uid, "header",
                         self.header.to_data(), header.to_data())
        self.header = header

    # ------------------------------------------------------------------ photos
    def add_photos(self, paths: list[Path], item_id: str, actor: str, progress: Progress | None = None,
                   cancelled: Callable[[], bool] = lambda: False) -> list[IngestResult]:
        """Import photo files (or folders) as evidence for an item ('' for the whole inspection)."""
        self._check_open()
        if item_id:
            self.template.item(item_id)
        results = ingest(self.ws, paths, self.id, item_id, actor, progress, cancelled)
        self.reload_photos()
        return results

    def reload_photos(self) -> None:
        """Pick up photos another connection (a background import) has linked."""
        self.photos = dict(photo_store.links(self.ws, self.id))

    def missing_evidence(self) -> dict[str, int]:
        return missing_evidence(self.template.items, self.photos)

    def checked_photos(self) -> list[CheckedPhoto]:
        mine = mine_by_licence(self.ws, self.header.mine_licence)
        return check_photos(self.ws, self.id, self.meta.series, mine, self.header.started_at)

    def place_by_hand(self, sha256: str, lat: float, lon: float, actor: str) -> None:
        """Put a photo without GPS on the map; it stays marked as placed by hand."""
        self._check_open()
        if sha256 not in self.photos:
            raise UserError("photo_not_linked")
        with self.ws.transaction():
            old = photo_store.hand_position(self.ws, sha256)
            photo_store.place_by_hand(self.ws, sha256, lat, lon)
            audit.append(self.ws.conn, actor, "place", "photo", sha256, "hand_position", list(old), [lat, lon])

    # ------------------------------------------------------------------ signing
    def sign(self, role: str, person: str, image_png: bytes | None, actor: str,
             refused: bool = False, witness: str = "") -> None:
        """Store a drawn signature (PNG) for the content as it is now, or the
        representative's refusal with its witness."""
        self._check_open()
        if refused and (role != "representative" or not witness.strip()):
            raise UserError("signoff_refusal_witness")
        if not refused and not image_png:
            raise UserError("signature_empty", person=person)
        signature = Signature(role, person, self.digest(), refused, witness.strip())
        with self.ws.transaction():
            store.put_signature(self.ws, self.id, signature, image_png)
            audit.append(self.ws.conn, actor, "refuse" if refused else "sign", "signature", self.meta.uid,
                         f"{role}:{person}", None, {"content_sha256": signature.content_sha256,
                                                    "witness": signature.witness})
        self.signatures = [s for s in self.signatures if (s.role, s.person) != (role, person)
                           and not (role == "representative" == s.role)] + [signature]

    def signature_image(self, role: str, person: str) -> bytes | None:
        return store.signature_image(self.ws, self.id, role, person)

    def sign_off(self, actor: str) -> None:
        """Freeze the inspection; refused with the first thing still missing."""
        self._check_open()
        problems = self.sign_off_problems()
        if problems:
            raise UserError(problems[0].code, **problems[0].params)
        digest, at = self.digest(), now_iso()
        with self.ws.transaction():
            store.mark_signed(self.ws, self.id, at, digest)
            audit.append(self.ws.conn, actor, "sign_off", "inspection", self.meta.uid, None, None,
                         {"content_sha256": digest, "verdict": self.score().verdict.value})
        self.meta = replace(self.meta, status="signed", signed_at=at)

    def revise(self, actor: str) -> InspectionSession:
        """The next revision of a signed inspection, carrying its answers, notes and
        findings but no signatures; this one is kept, marked superseded."""
        if self.meta.status != "signed":
            raise UserError("inspection_not_signed")
        uid = str(uuid.uuid4())
        with self.ws.transaction():
            new_id = store.insert_inspection(self.ws, uid, self.meta.series, self.meta.revision + 1, self.header)
            store.carry_into_revision(self.ws, self.id, new_id)
            audit.append(self.ws.conn, actor, "revise", "inspection", uid, "supersedes", None, self.meta.uid)
        self.meta = replace(self.meta, status="superseded")
        return InspectionSession(self.ws, new_id)
