"""A return package's inspections checked against the county's own records.

A package is signed by an inspector, and a key can be stolen with an unlocked laptop, so
a valid signature proves only who sent the package. Everything it claims is checked
against what the county itself stored before anything is written:

- the files: every file is used (no planted extras); a photo's bytes have the SHA-256 it
  is filed under and the format it claims; names on disk are made here, never taken over;
- each inspection new to the county: the template is one this program has and every
  answer fits its item's kind and range (findings only on failed items, photos on known
  items); the mine is in the register; the team (badge numbers and names as the register
  has them) is within a team the county drew or assigned to that mine, and the signer is
  on it; every team member and the representative signed the content the digest covers;
  a revision continues only a series that this team's earlier packages brought;
- an inspection the county already has must be the same one (same series, revision,
  mine, template and signed digest), and the signer must be on its team.

The package's status of an inspection is not taken over: it must be one the field can
set (signed, or superseded once signed), and the county itself marks older revisions
superseded when a newer signed one arrives. Each refusal names the inspection (its uid's
first eight characters) and the reason in one sentence.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from greenmine_desktop.domain.checklist import Department, Template, Threshold
from greenmine_desktop.domain.inspection import (
    Finding,
    Header,
    Signature,
    TeamMember,
    content_digest,
    sign_off_problems,
)
from greenmine_desktop.domain.scoring import Answer, AnswerError, Score, item_outcome, score
from greenmine_desktop.messages import UserError
from greenmine_desktop.packages.container import Package
from greenmine_desktop.packages.return_data import InspectionRow, PhotoRow, ReturnData
from greenmine_desktop.photos.reader import PhotoData, read_photo_bytes
from greenmine_desktop.services.checklists import find_template, thresholds_for
from greenmine_desktop.store import audit
from greenmine_desktop.store import returns as store
from greenmine_desktop.store.mines import mine_by_licence
from greenmine_desktop.store.workspace import Workspace

SIGNED_STATUSES = ("signed", "superseded")  # what a return package may carry: every one was signed
SUFFIX = {"JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "HEIF": ".heic"}
FORMAT_FAMILY = {"MPO": "JPEG"}  # a phone's multi-picture JPEG is a JPEG
PACKAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")
REPORT_PREFIX = "检查记录-"
READERS = 2


@dataclass(frozen=True)
class Files:
    """A package's files as the county will keep them, read before any lock is taken."""

    placed: dict[str, bytes]  # path in the workspace → bytes (photos and reports)
    photos: dict[str, tuple[PhotoRow, PhotoData, str]]  # sha256 → the package's row, our reading, stored_as


@dataclass
class Accepted:
    """What the county will write for a package that passed every check."""

    new: list[InspectionRow] = field(default_factory=list)
    photos: list[tuple[PhotoRow, PhotoData, str]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # path in the workspace → bytes
    series: list[str] = field(default_factory=list)


def _refuse(code: str, inspection: InspectionRow | None = None, **params: object) -> UserError:
    if inspection is not None:
        params["uid"] = inspection.uid[:8]
    return UserError(code, **params)


def photo_target(sha256: str, photo_format: str) -> str:
    """Where the county keeps a photo: under the SHA-256 of its bytes."""
    return f"photos/{sha256[:2]}/{sha256}{SUFFIX.get(photo_format, '.jpg')}"


def report_target(data: bytes) -> str:
    """A returned report's name in the county, made from its bytes (the field's name is not used)."""
    return f"reports/{REPORT_PREFIX}{hashlib.sha256(data).hexdigest()[:16]}.pdf"


def check_files(package: Package, data: ReturnData) -> Files:
    """Every file of the package is accounted for, and each photo is what its row says:
    its bytes have its SHA-256 and its format. What a photo shows about itself (time,
    position, camera, size, scene hash, thumbnail) the county reads from the bytes itself;
    of the package's row it keeps only the file's original name and a position placed by
    hand (which stays marked as such)."""
    files = package.files
    hashed = {str(f["path"]): str(f["sha256"]) for f in package.manifest["files"]}  # the container checked each
    used = {"data.json"}
    placed: dict[str, bytes] = {}
    linked = {link.sha256 for inspection in data.inspections for link in inspection.photos}
    seen: set[str] = set()
    for photo in data.photos:
        if photo.sha256 in seen:
            raise _refuse("return_photo_twice", sha=photo.sha256[:12])
        seen.add(photo.sha256)
        if photo.sha256 not in linked:
            raise _refuse("return_file_unused", file=photo.stored_as[:80])
        prefix = f"photos/{photo.sha256[:2]}/{photo.sha256}"
        if not (photo.stored_as.startswith(prefix) and photo.stored_as[len(prefix):] in PACKAGE_SUFFIXES):
            raise _refuse("return_photo_name", sha=photo.sha256[:12])
        if photo.stored_as not in files:
            raise _refuse("package_file_missing", file=photo.stored_as)
        if hashed[photo.stored_as] != photo.sha256 or len(files[photo.stored_as]) != photo.size:
            raise _refuse("return_photo_hash", sha=photo.sha256[:12])
        used |= {photo.stored_as, f"thumbs/{photo.sha256}.jpg"}
    with ThreadPoolExecutor(READERS) as pool:  # decoding releases the GIL
        readings = list(pool.map(_reading, [(p, files[p.stored_as]) for p in data.photos]))
    photos: dict[str, tuple[PhotoRow, PhotoData, str]] = {}
    for photo, read in zip(data.photos, readings, strict=True):
        if isinstance(read, UserError):
            raise _refuse("return_photo_unreadable", sha=photo.sha256[:12], reason=read.message("zh_CN"))
        if FORMAT_FAMILY.get(read.format, read.format) != FORMAT_FAMILY.get(photo.format, photo.format):
            raise _refuse("return_photo_format", sha=photo.sha256[:12], format=photo.format)
        stored_as = photo_target(photo.sha256, read.format)
        photos[photo.sha256] = (photo, read, stored_as)
        placed[stored_as] = files[photo.stored_as]
    for inspection in data.inspections:
        for signature in inspection.signatures:
            if signature.image is not None:
                if not files.get(signature.image, b"").startswith(b"\x89PNG"):
                    raise _refuse("return_signature_image", inspection, person=signature.person)
                used.add(signature.image)
    for name, content in files.items():
        if name.startswith("reports/") and name.count("/") == 1 and name.lower().endswith(".pdf"):
            if not content.startswith(b"%PDF-"):
                raise _refuse("return_report_not_pdf", file=name)
            used.add(name)
            placed[report_target(content)] = content
    if unused := sorted(set(files) - used):
        raise _refuse("return_file_unused", file=unused[0])
    return Files(placed, photos)


def _reading(job: tuple[PhotoRow, bytes]) -> PhotoData | UserError:
    try:
        return read_photo_bytes(job[1])
    except UserError as exc:
        return exc


def check_inspections(ws: Workspace, data: ReturnData, files: Files, signer_badge: str) -> Accepted:
    """The inspections new to the county, each checked as the module says; call inside the
    import's write transaction so that what is checked is what is written."""
    accepted = Accepted(files=files.placed)
    chain = audit.verify_rows(row.model_dump() for row in data.audit)
    if not chain.ok:
        raise _refuse("return_audit_broken", seq=chain.first_broken)
    uids = [i.uid for i in data.inspections]
    if len(set(uids)) != len(uids) or len({(i.series, i.revision) for i in data.inspections}) != len(uids):
        raise _refuse("return_inspection_twice")
    stored = store.stored_inspections(ws.conn, uids, sorted({i.series for i in data.inspections}))
    by_uid = {s.uid: s for s in stored}
    in_package = {p.sha256 for p in data.photos}
    photos_known = store.known_photos(ws.conn, sorted({link.sha256 for i in data.inspections for link in i.photos}))
    for inspection in data.inspections:
        badges = {m.badge_no for m in inspection.members}
        if signer_badge not in badges:
            raise _refuse("return_signer_not_team", inspection)
        known = by_uid.get(inspection.uid)
        if known is not None:
            if (known.series, known.revision, known.mine_licence, known.template, known.signed_sha256,
                    known.badges) != (inspection.series, inspection.revision, inspection.mine_licence,
                                      inspection.template, inspection.signed_sha256, badges):
                raise _refuse("return_differs", inspection)
            continue
        _check_new(ws, inspection, data, in_package | photos_known, [s for s in stored if s.series ==
                                                                      inspection.series])
        accepted.new.append(inspection)
    new_links = {link.sha256 for i in accepted.new for link in i.photos}
    fresh = store.known_photos(ws.conn, sorted(new_links))
    accepted.photos = [files.photos[sha] for sha in sorted(new_links - fresh)]
    accepted.series = sorted({i.series for i in accepted.new})
    if not accepted.new:
        accepted.files = {}
    return accepted


def _check_new(ws: Workspace, inspection: InspectionRow, data: ReturnData, photos: set[str],
               series: list[store.StoredInspection]) -> None:
    if inspection.status not in SIGNED_STATUSES or inspection.signed_sha256 is None or not inspection.signed_at:
        raise _refuse("return_bad_status", inspection, status=inspection.status)
    try:
        if "@" not in inspection.template:  # an inspection keeps the version it began with
            raise UserError("template_missing", template=inspection.template)
        template = find_template(inspection.template)
    except UserError as exc:
        raise _refuse("return_template_unknown", inspection, template=inspection.template) from exc
    mine = mine_by_licence(ws, inspection.mine_licence)
    if mine is None:
        raise _refuse("return_mine_unknown", inspection, licence=inspection.mine_licence)
    team = _checked_team(ws, inspection)
    try:
        header = Header(inspection.mine_licence, inspection.template, inspection.started_at, team,
                        inspection.representative, inspection.representative_title, inspection.place)
    except UserError as exc:
        raise _refuse("return_team_small", inspection) from exc
    badges = frozenset(m.badge_no for m in team)
    teams = [t for t in store.assigned_teams(ws.conn, mine.licence_no) if badges <= t]
    if not teams:
        raise _refuse("return_not_assigned", inspection, licence=mine.licence_no)
    _check_series(inspection, data, teams, series)
    thresholds = thresholds_for(template, mine)
    answers = _checked_answers(inspection, template, thresholds)
    notes = {a.item_id: a.note for a in inspection.answers if a.note}
    scored = score(template, answers, thresholds)
    findings = _checked_findings(inspection, set(scored.failed))
    links = _checked_links(inspection, template, photos)
    digest = content_digest(header, answers, notes, findings, links)
    if digest != inspection.signed_sha256:
        raise _refuse("package_content_mismatch", inspection)
    _check_signatures(inspection, header, scored, digest)


def _checked_team(ws: Workspace, inspection: InspectionRow) -> tuple[TeamMember, ...]:
    """The team as the county's register names it; a badge or name it does not know is refused."""
    members = inspection.members
    names = store.register_names(ws.conn, [m.badge_no for m in members])
    for member in members:
        if names.get(member.badge_no) != member.name:
            raise _refuse("return_member_unknown", inspection, badge=member.badge_no)
    if len({m.badge_no for m in members}) != len(members):
        raise _refuse("return_member_unknown", inspection, badge=members[0].badge_no)
    return tuple(TeamMember(m.badge_no, m.name) for m in members)


def _check_series(inspection: InspectionRow, data: ReturnData, teams: list[frozenset[str]],
                  stored: list[store.StoredInspection]) -> None:
    """A revision continues a series this team brought: revision 1 is here or came in an
    earlier package, every earlier revision is of the same mine and template and by this
    team, and none was made in the county itself."""
    first = inspection.revision == 1
    if first != (inspection.uid == inspection.series):
        raise _refuse("return_series_foreign", inspection)
    template_id = inspection.template.partition("@")[0]
    siblings = [i for i in data.inspections if i.series == inspection.series and i.uid != inspection.uid]
    for other in siblings:
        if other.mine_licence != inspection.mine_licence or other.template.partition("@")[0] != template_id:
            raise _refuse("return_series_foreign", inspection)
    for earlier in stored:
        if (not earlier.from_package or earlier.revision == inspection.revision
                or earlier.mine_licence != inspection.mine_licence
                or earlier.template.partition("@")[0] != template_id
                or not any(earlier.badges <= team for team in teams)):
            raise _refuse("return_series_foreign", inspection)
    has_first = first or any(i.revision == 1 for i in siblings) or any(e.revision == 1 for e in stored)
    if not has_first:
        raise _refuse("return_series_foreign", inspection)


def _checked_answers(inspection: InspectionRow, template: Template,
                     thresholds: dict[str, Threshold]) -> dict[str, Answer]:
    items = {i.id: i for i in template.items}
    answers: dict[str, Answer] = {}
    for row in inspection.answers:
        item = items.get(row.item_id)
        if item is None or row.item_id in answers:
            raise _refuse("return_unknown_item", inspection, item=row.item_id)
        value = row.answer
        if value is None:
            continue
        try:
            item_outcome(item, value, thresholds.get(item.id))
        except AnswerError as exc:
            raise _refuse("return_bad_answer", inspection, item=item.id, value=str(value)[:40]) from exc
        answers[row.item_id] = value
    return answers


def _checked_findings(inspection: InspectionRow, failed: set[str]) -> dict[str, Finding]:
    findings: dict[str, Finding] = {}
    departments = {"", *(d.value for d in Department)}
    for row in inspection.findings:
        if row.item_id not in failed or row.item_id in findings or row.department not in departments:
            raise _refuse("return_bad_finding", inspection, item=row.item_id)
        findings[row.item_id] = Finding(row.item_id, row.requirement, row.department)
    return findings


def _checked_links(inspection: InspectionRow, template: Template, photos: set[str]) -> dict[str, str]:
    items = {"", *(i.id for i in template.items)}
    links: dict[str, str] = {}
    for link in inspection.photos:
        if link.item_id not in items or link.sha256 in links or link.sha256 not in photos:
            raise _refuse("return_bad_photo_link", inspection, sha=link.sha256[:12])
        links[link.sha256] = link.item_id
    return links


def _check_signatures(inspection: InspectionRow, header: Header, scored: Score, digest: str) -> None:
    """Every inspector of the team and the representative signed this very content (the
    sign-off rule of the domain, applied again by the county)."""
    seen: set[tuple[str, str]] = set()
    signatures = []
    for row in inspection.signatures:
        key = (row.role, row.person)
        if key in seen or (row.role == "representative" and any(r == "representative" for r, _ in seen)):
            raise _refuse("return_signature_missing", inspection, person=row.person)
        if (row.refused and row.role != "representative") or (not row.refused and row.image is None):
            raise _refuse("return_signature_missing", inspection, person=row.person)
        seen.add(key)
        signatures.append(Signature(row.role, row.person, row.content_sha256, bool(row.refused), row.witness))
    if problems := sign_off_problems(header, scored, signatures, digest):
        if problems[0].code == "signoff_unanswered":
            raise _refuse("return_incomplete", inspection)
        raise _refuse("return_signature_missing", inspection,
                      person=problems[0].params.get("person", header.representative))
