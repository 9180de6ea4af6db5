"""Carrying out an inspection: every edit committed at once, with its audit row.

An :class:`InspectionSession` holds one inspection's state in memory (so the form can
show live scores without re-reading) and writes each change through to the database in
its own transaction before returning. Each change is an :class:`Edit` (data), so the GUI
can show it at once on its own copy (:meth:`InspectionSession.preview`, no write) while
its job thread writes it through a session loaded there (:func:`edit_inspection`). A signed
inspection is frozen (the database refuses changes); :meth:`InspectionSession.revise`
starts the next revision from its content and marks it superseded.
"""

from __future__ import annotations

import uuid
from abc import ABC, abstractmethod
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

    def edit(self, edit: Edit, actor: str) -> bool:
        """Check ``edit``, write it with its audit row in one transaction, then hold it in
        memory; False when it changes nothing (the value is the stored one)."""
        if not edit.changes(self):
            return False
        with self.ws.transaction():
            edit.write(self, actor)
        edit.apply(self)
        return True

    def preview(self, edit: Edit) -> bool:
        """Check ``edit`` and hold it in memory without writing it: the GUI's copy of an
        inspection shows an edit at once while the job thread writes it through a session of
        its own (:func:`edit_inspection`). Refused with the same sentence as :meth:`edit`."""
        if not edit.changes(self):
            return False
        edit.apply(self)
        return True

    def set_answer(self, item_id: str, value: Answer | None, actor: str) -> None:
        """Record an answer (``None`` clears it); a failing answer opens a finding with the
        template's suggested requirement, a passing one closes it."""
        self.edit(SetAnswer(item_id, value), actor)

    def set_note(self, item_id: str, note: str, actor: str) -> None:
        self.edit(SetNote(item_id, note), actor)

    def set_finding(self, finding: Finding, actor: str) -> None:
        """Edit a finding's requirement text or referral department."""
        self.edit(SetFinding(finding), actor)

    def _write_finding(self, finding: Finding, actor: str) -> None:
        old = self.findings.get(finding.item_id)
        store.write_finding(self.ws, self.id, finding)
        audit.append(self.ws.conn, actor, "change" if old else "create", "finding", self.meta.uid, finding.item_id,
                     vars(old) if old else None, vars(finding))

    def update_header(self, header: Header, actor: str) -> None:
        """Correct the time, place, team or representative before sign-off."""
        self.edit(UpdateHeader(header), actor)

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
        self.edit(Sign(role, person, image_png, refused, witness), actor)

    def signature_image(self, role: str, person: str) -> bytes | None:
        return store.signature_image(self.ws, self.id, role, person)

    def sign_off(self, actor: str) -> None:
        """Freeze the inspection; refused with the first thing still missing."""
        self.edit(SignOff(now_iso()), actor)

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


def newest_revision(ws: Workspace, series: str) -> InspectionSession:
    """The newest revision of an inspection series, loaded on ``ws``: where the GUI's edits
    land (a revision it asked for is made before the edits queued after it)."""
    inspection_id = store.newest_in_series(ws, series)
    if inspection_id is None:
        raise UserError("inspection_missing", id=series)
    return InspectionSession(ws, inspection_id)


def edit_inspection(ws: Workspace, series: str, edit: Edit, actor: str) -> bool:
    """One edit of the GUI, as its job runs it on the writer connection: the inspection is
    loaded afresh (so the edit is checked against what is stored, not against the screen's
    copy), and the edit is committed with its audit row before this returns."""
    return newest_revision(ws, series).edit(edit, actor)


class Edit(ABC):
    """One change to an open inspection, as data, so that it can be shown on one copy of the
    inspection and written through another (on another thread): :meth:`changes` checks it
    (raising the user's sentence) and says whether it changes anything, :meth:`write` writes
    it inside the caller's transaction, :meth:`apply` holds it in the session's memory."""

    @abstractmethod
    def changes(self, session: InspectionSession) -> bool:
        """Refuse an edit the inspection cannot take; False when it would change nothing."""

    @abstractmethod
    def write(self, session: InspectionSession, actor: str) -> None:
        """Write the edit and its audit row (inside the caller's transaction)."""

    @abstractmethod
    def apply(self, session: InspectionSession) -> None:
        """Hold the edit in ``session``'s memory (after :meth:`write`, or instead of it)."""


@dataclass(frozen=True)
class SetAnswer(Edit):
    item_id: str
    value: Answer | None

    def _failed(self, session: InspectionSession) -> bool:
        item = session.template.item(self.item_id)
        try:
            outcome = item_outcome(item, self.value, session.thresholds.get(self.item_id))
        except AnswerError as exc:
            raise UserError("inspection_bad_answer", item=self.item_id, detail=str(exc)) from exc
        return outcome.status == Status.failed

    def _finding(self, session: InspectionSession) -> Finding:
        item = session.template.item(self.item_id)
        return Finding(self.item_id, item.requirement, item.refer_to or "")

    def changes(self, session: InspectionSession) -> bool:
        session._check_open()
        self._failed(session)
        return session.answers.get(self.item_id) != self.value

    def write(self, session: InspectionSession, actor: str) -> None:
        ws, item_id = session.ws, self.item_id
        store.write_answer(ws, session.id, item_id, self.value, session.notes.get(item_id, ""))
        audit.append(ws.conn, actor, "change", "answer", session.meta.uid, item_id, session.answers.get(item_id),
                     self.value)
        failed = self._failed(session)
        if failed and item_id not in session.findings:  # the template's suggested requirement
            session._write_finding(self._finding(session), actor)
        elif not failed and item_id in session.findings:
            store.delete_finding(ws, session.id, item_id)
            audit.append(ws.conn, actor, "delete", "finding", session.meta.uid, item_id,
                         vars(session.findings[item_id]), None)

    def apply(self, session: InspectionSession) -> None:
        if self.value is None:
            session.answers.pop(self.item_id, None)
        else:
            session.answers[self.item_id] = self.value
        if self._failed(session):
            session.findings.setdefault(self.item_id, self._finding(session))
        else:
            session.findings.pop(self.item_id, None)


@dataclass(frozen=True)
class SetNote(Edit):
    item_id: str
    note: str

    def changes(self, session: InspectionSession) -> bool:
        session._check_open()
        session.template.item(self.item_id)
        return session.notes.get(self.item_id, "") != self.note

    def write(self, session: InspectionSession, actor: str) -> None:
        store.write_answer(session.ws, session.id, self.item_id, session.answers.get(self.item_id), self.note)
        audit.append(session.ws.conn, actor, "change", "note", session.meta.uid, self.item_id,
                     session.notes.get(self.item_id, ""), self.note)

    def apply(self, session: InspectionSession) -> None:
        session.notes[self.item_id] = self.note


@dataclass(frozen=True)
class SetFinding(Edit):
    finding: Finding

    def changes(self, session: InspectionSession) -> bool:
        session._check_open()
        if self.finding.item_id not in session.findings:
            raise UserError("inspection_no_finding", item=self.finding.item_id)
        return session.findings[self.finding.item_id] != self.finding

    def write(self, session: InspectionSession, actor: str) -> None:
        session._write_finding(self.finding, actor)

    def apply(self, session: InspectionSession) -> None:
        session.findings[self.finding.item_id] = self.finding


@dataclass(frozen=True)
class UpdateHeader(Edit):
    header: Header

    def changes(self, session: InspectionSession) -> bool:
        session._check_open()
        if (self.header.mine_licence != session.header.mine_licence
                or self.header.template != session.header.template):
            raise UserError("inspection_header_fixed")
        return self.header != session.header

    def write(self, session: InspectionSession, actor: str) -> None:
        store.update_header(session.ws, session.id, self.header)
        audit.append(session.ws.conn, actor, "change", "inspection", session.meta.uid, "header",
                     session.header.to_data(), self.header.to_data())

    def apply(self, session: InspectionSession) -> None:
        session.header = self.header


@dataclass(frozen=True)
class Sign(Edit):
    """A drawn signature (PNG) for the content as it is when the edit is made, or the
    representative's refusal with its witness; signing again replaces the signature."""

    role: str
    person: str
    image_png: bytes | None
    refused: bool = False
    witness: str = ""

    def _signature(self, session: InspectionSession) -> Signature:
        return Signature(self.role, self.person, session.digest(), self.refused, self.witness.strip())

    def changes(self, session: InspectionSession) -> bool:
        session._check_open()
        if self.refused and (self.role != "representative" or not self.witness.strip()):
            raise UserError("signoff_refusal_witness")
        if not self.refused and not self.image_png:
            raise UserError("signature_empty", person=self.person)
        return True

    def write(self, session: InspectionSession, actor: str) -> None:
        signature = self._signature(session)
        store.put_signature(session.ws, session.id, signature, self.image_png)
        audit.append(session.ws.conn, actor, "refuse" if self.refused else "sign", "signature", session.meta.uid,
                     f"{self.role}:{self.person}", None, {"content_sha256": signature.content_sha256,
                                                          "witness": signature.witness})

    def apply(self, session: InspectionSession) -> None:
        session.signatures = [s for s in session.signatures if (s.role, s.person) != (self.role, self.person)
                              and not (self.role == "representative" == s.role)] + [self._signature(session)]


@dataclass(frozen=True)
class SignOff(Edit):
    """Freeze the inspection at ``at``; refused with the first thing still missing."""

    at: str

    def changes(self, session: InspectionSession) -> bool:
        session._check_open()
        problems = session.sign_off_problems()
        if problems:
            raise UserError(problems[0].code, **problems[0].params)
        return True

    def write(self, session: InspectionSession, actor: str) -> None:
        digest = session.digest()
        store.mark_signed(session.ws, session.id, self.at, digest)
        audit.append(session.ws.conn, actor, "sign_off", "inspection", session.meta.uid, None, None,
                     {"content_sha256": digest, "verdict": session.score().verdict.value})

    def apply(self, session: InspectionSession) -> None:
        session.meta = replace(session.meta, status="signed", signed_at=self.at)
