"""How long a backup takes (issue 20): the demo county, and a 50,000-mine county with
2,000 phone photos (about 3 MB each, as phones write them) in its photos/ folder.

Each run copies the database through SQLite's backup API, copies and hashes every file,
opens the copy and runs ``verify`` on it, and reads every file back against its hash.
Run once: ``pytest tests/benchmarks/test_backup_speed.py --benchmark-only -s``.
"""

import hashlib
import shutil
from pathlib import Path

import pytest

from greenmine_desktop.services.backup import backup_workspace
from greenmine_desktop.store.workspace import Workspace
from tests.benchmarks.conftest import make_phone_photos
from tests.benchmarks.record import TABLE

PHOTOS = 2_000


@pytest.fixture(scope="module")
def demo_county(tmp_path_factory) -> Path:
    from greenmine_desktop.services.demo_loop import create_demo_loop

    county, _ = create_demo_loop(tmp_path_factory.mktemp("demo"))
    return county


@pytest.fixture(scope="module")
def county_with_photos(big_workspace: Path, tmp_path_factory) -> Path:
    """The 50,000-mine county with 2,000 distinct photos stored under their SHA-256. One
    real 12 MP phone JPEG, each copy made distinct by bytes after its end-of-image marker
    (which JPEG readers ignore): the bytes a backup moves, without an hour of encoding."""
    [original] = make_phone_photos(tmp_path_factory.mktemp("camera"), 1).glob("*.JPG")
    body = original.read_bytes()
    photos = big_workspace / "photos"
    for n in range(PHOTOS):
        data = body + n.to_bytes(4, "big")
        digest = hashlib.sha256(data).hexdigest()
        (photos / digest[:2]).mkdir(parents=True, exist_ok=True)
        (photos / digest[:2] / f"{digest}.jpg").write_bytes(data)
    return big_workspace


def _backup_once(benchmark, name: str, folder: Path, target: Path) -> None:
    def run():
        shutil.rmtree(target, ignore_errors=True)
        with Workspace.open(folder) as ws:
            return backup_workspace(ws, target)

    result = benchmark.pedantic(run, rounds=1, iterations=1)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    row = TABLE.result(name, benchmark)  # measured, no target yet
    print(f"\n{row.line()}: {result.files} files + database, {size / 2**20:.0f} MiB")


def test_backup_of_the_demo_county(benchmark, demo_county, tmp_path):
    _backup_once(benchmark, "backup, demo county", demo_county, tmp_path / "backup")


def test_backup_of_a_50000_mine_county_with_2000_photos(benchmark, county_with_photos, tmp_path):
    _backup_once(benchmark, "backup, 50,000 mines + 2,000 photos", county_with_photos, tmp_path / "backup")
