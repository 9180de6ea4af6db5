"""Return packages made directly, as many as a test needs: each a real inspection of a mine
drawn for the team, every item answered and every member's signature present, signed by a
county-issued certificate, with distinct JPEGs as a phone writes them. They pass every check
of the county's import, which reads every photo itself (issue 15), so the import benchmarks
(tests/benchmarks/) and the racing imports (tests/test_postgres_concurrency.py) measure
and race the real import. (tests/return_factory.py makes hostile packages from real laptops.)"""

from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import piexif
from PIL import Image

from greenmine_desktop.domain.inspection import Finding, Header, TeamMember, content_digest
from greenmine_desktop.domain.scoring import full_marks
from greenmine_desktop.packages.container import write_package
from greenmine_desktop.services import keys
from greenmine_desktop.services.checklists import find_template
from greenmine_desktop.services.demo import DEMO_PLAN, create_demo_county
from greenmine_desktop.services.draw_plans import run_plan
from greenmine_desktop.signing.ca import Identity, from_pkcs12
from greenmine_desktop.store.inspectors import inspector_names
from greenmine_desktop.store.workspace import Workspace
from tests.photo_factory import exif_for

PASSPHRASE = "bench-passphrase"
SIGNATURE_PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)
#: The finding a package with ``finding=True`` carries: a failed veto item whose rule the
#: checklist cites as confirmed, so the county can issue its rectification notice at once.
FAILED_ITEM = "pre.no_penalty"


@dataclass(frozen=True)
class Team:
    """The drawn team, the mine drawn for it, and its first inspector's key."""

    members: tuple[TeamMember, ...]
    licence: str
    identity: Identity
    chain: list


def drawn_county(root: Path) -> tuple[Path, Team]:
    """The demo county (``root/demo/county``) with a CA and a draw, whose first team's first
    inspector holds a certificate."""
    county_folder = create_demo_county(root / "demo")
    with Workspace.open(county_folder) as county:
        keys.create_county_ca(county, PASSPHRASE)
        record = run_plan(county, DEMO_PLAN.name, "1 2 3", "op", ("w",), datetime(2026, 11, 20, 9).astimezone())
        drawn = record.result[0]
        names = inspector_names(county)
        members = tuple(TeamMember(b, names[b]) for b in drawn.team)
        keys.issue_inspector(county, members[0].badge_no, PASSPHRASE, PASSPHRASE, root / "i.p12")
    identity, chain = from_pkcs12((root / "i.p12").read_bytes(), PASSPHRASE)
    return county_folder, Team(members, drawn.licence_no, identity, chain)


def base_photo() -> bytes:
    """A small phone JPEG: EXIF with GPS and the EXIF thumbnail phones embed."""
    frame = Image.effect_noise((640, 480), 40).convert("RGB")
    thumbnail = io.BytesIO()
    frame.resize((160, 120)).save(thumbnail, "JPEG", quality=75)
    blocks = piexif.load(exif_for(lat=35.5, lon=105.3, alt=1500.0).tobytes())
    blocks["thumbnail"], blocks["1st"] = thumbnail.getvalue(), {piexif.ImageIFD.Compression: 6}
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=80, exif=piexif.dump(blocks))
    return buffer.getvalue()


def distinct_photo(base: bytes, size: int) -> bytes:
    """``base`` made distinct and about ``size`` bytes by random comment segments after its
    EXIF: the county reads every photo it imports, so it must be a real one."""
    at = 2
    while base[at + 1] in range(0xE0, 0xF0):  # past the APPn segments (EXIF)
        at += 2 + int.from_bytes(base[at + 2:at + 4], "big")
    segments = b"".join(b"\xff\xfe\xff\xff" + os.urandom(0xFFFD) for _ in range(size // 0xFFFF))
    return base[:at] + segments + base[at:]


def return_package(out: Path, n: int, team: Team, base: bytes, photos: int, photo_bytes: int,
                   finding: bool = False) -> Path:
    """Inspection number ``n`` of the team's mine with ``photos`` photos, as a signed return
    package at ``out``; with ``finding``, it fails :data:`FAILED_ITEM` and says what to put right."""
    files: dict[str, bytes] = {}
    rows, links = [], []
    for k in range(photos):
        data = distinct_photo(base, photo_bytes)
        sha = hashlib.sha256(data).hexdigest()
        files[f"photos/{sha[:2]}/{sha}.jpg"] = data
        rows.append({"sha256": sha, "format": "JPEG", "stored_as": f"photos/{sha[:2]}/{sha}.jpg",
                     "original_name": f"IMG_{k:04d}.JPG", "size": len(data), "width": 640, "height": 480,
                     "scene_hash": f"{k:016x}", "imported_at": "2026-11-23T02:00:00+00:00"})
        links.append({"sha256": sha, "item_id": "", "added_at": "2026-11-23T02:00:00+00:00"})
    template = find_template("green-mine-2020")
    header = Header(team.licence, template.key, f"2026-11-{1 + n % 28:02d}T09:30", team.members, "代表")
    answers = {item.id: full_marks(item) for item in template.items}
    findings = {}
    if finding:
        answers[FAILED_ITEM] = "fail"
        findings[FAILED_ITEM] = Finding(FAILED_ITEM, template.item(FAILED_ITEM).requirement, "")
    digest = content_digest(header, answers, {}, findings, {p["sha256"]: "" for p in links})
    uid = str(uuid.UUID(int=n + 1, version=4))
    people = [("inspector", m.name) for m in team.members] + [("representative", "代表")]
    signatures = []
    for k, (role, person) in enumerate(people):
        files[f"signatures/{uid}-{k}.png"] = SIGNATURE_PNG
        signatures.append({"role": role, "person": person, "image": f"signatures/{uid}-{k}.png", "refused": 0,
                           "witness": "", "content_sha256": digest, "signed_at": "2026-11-23T03:00:00+00:00"})
    inspection = {"uid": uid, "series": uid, "revision": 1, "mine_licence": team.licence, "template": header.template,
                  "status": "signed", "started_at": header.started_at, "place": "", "representative": "代表",
                  "representative_title": "", "created_at": "2026-11-23T02:00:00+00:00",
                  "signed_at": "2026-11-23T03:00:00+00:00", "signed_sha256": digest,
                  "team": json.dumps([vars(m) for m in team.members], ensure_ascii=False),
                  "answers": [{"item_id": k, "value": json.dumps(v), "note": "", "updated_at": "x"}
                              for k, v in answers.items()],
                  "findings": [vars(f) for f in findings.values()], "photos": links, "signatures": signatures}
    files["data.json"] = json.dumps({"workspace": "bench", "inspections": [inspection], "photos": rows,
                                     "audit": []}, ensure_ascii=False).encode("utf-8")
    return write_package(out, "return", {"badge_no": team.members[0].badge_no}, files, team.identity, team.chain)


def return_packages(folder: Path, count: int, team: Team, photos: int, photo_bytes: int,
                    finding: bool = False, first: int = 0) -> list[Path]:
    """``count`` packages ``first``, ``first + 1``, … in ``folder`` (made here)."""
    folder.mkdir(parents=True, exist_ok=True)  # the package writer never makes the folder it is given (issue 16)
    base = base_photo()
    return [return_package(folder / f"{n:03d}.gmreturn", n, team, base, photos, photo_bytes, finding)
            for n in range(first, first + count)]
