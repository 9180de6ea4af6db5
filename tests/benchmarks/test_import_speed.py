"""Import of 50 return packages of 40 photos each (issue: packages): within 1.3× of the
least a durable copy of the same bytes does, in the same run (issue 23): read, SHA-256,
write one new file per photo's worth of bytes, fsync, rename. Reading and hashing alone
(the old baseline) is shown beside it.

The packages are made directly (a real inspection each, signed by a county-issued
certificate, with 40 distinct 1 MB photo files), so the benchmark measures the import.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from greenmine_desktop.domain.inspection import Header, TeamMember, content_digest
from greenmine_desktop.packages.container import write_package
from greenmine_desktop.services import keys
from greenmine_desktop.services.demo import create_demo_county
from greenmine_desktop.services.returns import import_returns
from greenmine_desktop.signing.ca import from_pkcs12
from greenmine_desktop.store.workspace import Workspace
from tests.benchmarks.conftest import durable_copy, read_and_hash, settle
from tests.benchmarks.record import TABLE

PACKAGES, PHOTOS, PHOTO_BYTES = 50, 40, 2**20


def _package(out: Path, n: int, team: tuple[TeamMember, ...], licence: str, identity, chain) -> Path:
    files: dict[str, bytes] = {}
    photos, links = [], []
    for k in range(PHOTOS):
        data = os.urandom(PHOTO_BYTES)
        sha = hashlib.sha256(data).hexdigest()
        files[f"photos/{sha[:2]}/{sha}.jpg"] = data
        files[f"thumbs/{sha}.jpg"] = data[:4096]
        photos.append({"sha256": sha, "format": "JPEG", "stored_as": f"photos/{sha[:2]}/{sha}.jpg",
                       "original_name": f"IMG_{k:04d}.JPG", "size": PHOTO_BYTES, "width": 4000, "height": 3000,
                       "scene_hash": f"{k:016x}", "imported_at": "2026-11-23T02:00:00+00:00"})
        links.append({"sha256": sha, "item_id": "", "added_at": "2026-11-23T02:00:00+00:00"})
    header = Header(licence, "green-mine-2020@2020.1-provisional", f"2026-11-{1 + n % 28:02d}T09:30", team, "代表")
    answers = {"env.tidy": 20}
    digest = content_digest(header, answers, {}, {},
                            {p["sha256"]: "" for p in links})
    uid = f"00000000-0000-4000-8000-{n:012d}"
    inspection = {"uid": uid, "series": uid, "revision": 1, "mine_licence": licence, "template": header.template,
                  "status": "signed", "started_at": header.started_at, "place": "", "representative": "代表",
                  "representative_title": "", "created_at": "2026-11-23T02:00:00+00:00",
                  "signed_at": "2026-11-23T03:00:00+00:00", "signed_sha256": digest,
                  "team": json.dumps([vars(m) for m in team], ensure_ascii=False),
                  "answers": [{"item_id": "env.tidy", "value": "20", "note": "", "updated_at": "x"}],
                  "findings": [], "photos": links, "signatures": []}
    files["data.json"] = json.dumps({"workspace": "bench", "inspections": [inspection], "photos": photos,
                                     "audit": []}, ensure_ascii=False).encode("utf-8")
    return write_package(out, "return", {"badge_no": team[0].badge_no}, files, identity, chain)


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    root = tmp_path_factory.mktemp("import")
    county_folder = create_demo_county(root / "demo")
    with Workspace.open(county_folder) as county:
        keys.create_county_ca(county, "bench-passphrase")
        team = tuple(TeamMember(*r) for r in county.conn.execute(
            "SELECT badge_no, name FROM inspector WHERE active ORDER BY badge_no LIMIT 2"))
        keys.issue_inspector(county, team[0].badge_no, "bench-passphrase", "bench-passphrase", root / "i.p12")
        licence = county.conn.execute("SELECT licence_no FROM mine LIMIT 1").fetchone()[0]
    identity, chain = from_pkcs12((root / "i.p12").read_bytes(), "bench-passphrase")
    (root / "packages").mkdir()  # the package writer never makes the folder it is given (issue 16)
    paths = [_package(root / "packages" / f"{n:02d}.gmreturn", n, team, licence, identity, chain)
             for n in range(PACKAGES)]
    shutil.copytree(county_folder, root / "pristine")
    return root, paths


def test_hash_the_same_bytes_baseline(benchmark, packages):
    _, paths = packages

    benchmark.pedantic(read_and_hash, args=(paths,), rounds=3, warmup_rounds=1)
    TABLE.baseline("packages: read + SHA-256", benchmark)


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
