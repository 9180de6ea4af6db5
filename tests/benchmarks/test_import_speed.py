"""Import of 50 return packages of 40 photos each (issue: packages): within 1.3× of the
least a durable copy of the same bytes does, in the same run (issue 23): read, SHA-256,
write one new file per photo's worth of bytes, fsync, rename. Beside it: reading and
hashing alone (the old baseline), and that plus reading each photo once (EXIF, thumbnail,
scene hash: what the county reads itself since issue 15).

The packages are made directly (a real inspection each of a mine drawn for the team,
every item answered and every member's signature present, signed by a county-issued
certificate, with 40 distinct 1 MB JPEGs), so the benchmark measures the import, which
reads every photo itself (issue 15).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import uuid
import zipfile
from datetime import datetime
from pathlib import Path

import piexif
import pytest
from PIL import Image

from greenmine_desktop.domain.inspection import Header, TeamMember, content_digest
from greenmine_desktop.domain.scoring import full_marks
from greenmine_desktop.packages.container import write_package
from greenmine_desktop.photos.reader import read_photo_bytes
from greenmine_desktop.services import keys
from greenmine_desktop.services.checklists import find_template
from greenmine_desktop.services.demo import DEMO_PLAN, create_demo_county
from greenmine_desktop.services.draw_plans import run_plan
from greenmine_desktop.services.returns import import_returns
from greenmine_desktop.signing.ca import from_pkcs12
from greenmine_desktop.store.inspectors import inspector_names
from greenmine_desktop.store.workspace import Workspace
from tests.benchmarks.conftest import durable_copy, read_and_hash, settle
from tests.benchmarks.record import TABLE
from tests.photo_factory import exif_for

PACKAGES, PHOTOS, PHOTO_BYTES = int(os.environ.get("GREENMINE_PACKAGES", "50")), 40, 2**20
SIGNATURE_PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


def _photo(base: bytes) -> bytes:
    """A distinct JPEG of about ``PHOTO_BYTES`` as a phone writes it (EXIF with GPS and a
    small thumbnail), made distinct by random comment segments after its EXIF: the county
    reads every photo it imports, so it must be a real one."""
    at = 2
    while base[at + 1] in range(0xE0, 0xF0):  # past the APPn segments (EXIF)
        at += 2 + int.from_bytes(base[at + 2:at + 4], "big")
    segments = b"".join(b"\xff\xfe\xff\xff" + os.urandom(0xFFFD) for _ in range(PHOTO_BYTES // 0xFFFF))
    return base[:at] + segments + base[at:]


def _base_photo() -> bytes:
    frame = Image.effect_noise((640, 480), 40).convert("RGB")
    thumbnail = io.BytesIO()
    frame.resize((160, 120)).save(thumbnail, "JPEG", quality=75)
    blocks = piexif.load(exif_for(lat=35.5, lon=105.3, alt=1500.0).tobytes())
    blocks["thumbnail"], blocks["1st"] = thumbnail.getvalue(), {piexif.ImageIFD.Compression: 6}
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=80, exif=piexif.dump(blocks))
    return buffer.getvalue()


def read_hash_and_inspect(paths: list[Path]) -> None:
    """The floor of an import that reads each photo itself: hash every byte once and
    read each photo's EXIF, thumbnail and scene hash once."""
    read_and_hash(paths)
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("photos/"):
                    read_photo_bytes(archive.read(name))


def _package(out: Path, n: int, team: tuple[TeamMember, ...], licence: str, identity, chain, base: bytes) -> Path:
    """One signed inspection of a mine drawn for ``team``, with ``PHOTOS`` photos, that
    passes every check of the county's import."""
    files: dict[str, bytes] = {}
    photos, links = [], []
    for k in range(PHOTOS):
        data = _photo(base)
        sha = hashlib.sha256(data).hexdigest()
        files[f"photos/{sha[:2]}/{sha}.jpg"] = data
        photos.append({"sha256": sha, "format": "JPEG", "stored_as": f"photos/{sha[:2]}/{sha}.jpg",
                       "original_name": f"IMG_{k:04d}.JPG", "size": len(data), "width": 640, "height": 480,
                       "scene_hash": f"{k:016x}", "imported_at": "2026-11-23T02:00:00+00:00"})
        links.append({"sha256": sha, "item_id": "", "added_at": "2026-11-23T02:00:00+00:00"})
    template = find_template("green-mine-2020")
    header = Header(licence, template.key, f"2026-11-{1 + n % 28:02d}T09:30", team, "代表")
    answers = {item.id: full_marks(item) for item in template.items}
    digest = content_digest(header, answers, {}, {}, {p["sha256"]: "" for p in links})
    uid = str(uuid.UUID(int=n + 1, version=4))
    people = [("inspector", m.name) for m in team] + [("representative", "代表")]
    signatures = []
    for k, (role, person) in enumerate(people):
        files[f"signatures/{uid}-{k}.png"] = SIGNATURE_PNG
        signatures.append({"role": role, "person": person, "image": f"signatures/{uid}-{k}.png", "refused": 0,
                           "witness": "", "content_sha256": digest, "signed_at": "2026-11-23T03:00:00+00:00"})
    inspection = {"uid": uid, "series": uid, "revision": 1, "mine_licence": licence, "template": header.template,
                  "status": "signed", "started_at": header.started_at, "place": "", "representative": "代表",
                  "representative_title": "", "created_at": "2026-11-23T02:00:00+00:00",
                  "signed_at": "2026-11-23T03:00:00+00:00", "signed_sha256": digest,
                  "team": json.dumps([vars(m) for m in team], ensure_ascii=False),
                  "answers": [{"item_id": k, "value": json.dumps(v), "note": "", "updated_at": "x"}
                              for k, v in answers.items()],
                  "findings": [], "photos": links, "signatures": signatures}
    files["data.json"] = json.dumps({"workspace": "bench", "inspections": [inspection], "photos": photos,
                                     "audit": []}, ensure_ascii=False).encode("utf-8")
    return write_package(out, "return", {"badge_no": team[0].badge_no}, files, identity, chain)


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    root = tmp_path_factory.mktemp("import")
    county_folder = create_demo_county(root / "demo")
    with Workspace.open(county_folder) as county:
        keys.create_county_ca(county, "bench-passphrase")
        record = run_plan(county, DEMO_PLAN.name, "1 2 3", "op", ("w",), datetime(2026, 11, 20, 9).astimezone())
        drawn = record.result[0]
        names = inspector_names(county)
        team = tuple(TeamMember(b, names[b]) for b in drawn.team)
        keys.issue_inspector(county, team[0].badge_no, "bench-passphrase", "bench-passphrase", root / "i.p12")
        licence = drawn.licence_no
    identity, chain = from_pkcs12((root / "i.p12").read_bytes(), "bench-passphrase")
    base = _base_photo()
    (root / "packages").mkdir()  # the package writer never makes the folder it is given (issue 16)
    paths = [_package(root / "packages" / f"{n:02d}.gmreturn", n, team, licence, identity, chain, base)
             for n in range(PACKAGES)]
    shutil.copytree(county_folder, root / "pristine")
    return root, paths


def test_hash_the_same_bytes_baseline(benchmark, packages):
    _, paths = packages

    benchmark.pedantic(read_and_hash, args=(paths,), rounds=3, warmup_rounds=1)
    TABLE.baseline("packages: read + SHA-256", benchmark)


def test_hash_and_read_each_photo_baseline(benchmark, packages):
    _, paths = packages

    benchmark.pedantic(read_hash_and_inspect, args=(paths,), rounds=3, warmup_rounds=1)
    TABLE.baseline("packages: read + SHA-256 + each photo read", benchmark)


def test_durable_copy_baseline(benchmark, packages, tmp_path):
    _, paths = packages

    benchmark.pedantic(durable_copy, args=(paths, tmp_path / "copy", PHOTO_BYTES),
                       setup=lambda: settle(tmp_path / "copy"), rounds=3, warmup_rounds=1)
    TABLE.baseline("packages: durable copy", benchmark)


def test_import_50_return_packages(benchmark, packages):
    root, paths = packages
    counter = iter(range(100))

    def setup():
        """A fresh copy of the county; the last round's copy goes, as a real disk reuses its
        space (three rounds' 6 GiB of new files would measure a disk filling up)."""
        settle(*root.glob("county-*"))
        target = root / f"county-{next(counter)}"
        shutil.copytree(root / "pristine", target)
        settle()
        return (target,), {}

    def run(target):
        with Workspace.open(target) as ws:
            results = import_returns(ws, paths)
        assert [r.result for r in results] == ["imported"] * PACKAGES

    benchmark.pedantic(run, setup=setup, rounds=3)
    size = sum(p.stat().st_size for p in paths) / 2**30
    row = TABLE.result(f"import {PACKAGES} packages × {PHOTOS} photos", benchmark, baseline="packages: durable copy",
                       ratio=1.3)
    print(f"\n{row.line()} ({size:.1f} GiB)")
    assert row.passed, row.line()
