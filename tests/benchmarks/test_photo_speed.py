"""Ingest of 200 generated 12-megapixel JPEGs with EXIF (issue: photos): at least 20
photos/s on a 2-core machine, peak RSS ≤ 400 MB (measured in a fresh process), and within
1.3× of the least a durable copy of the same files does, in the same run (issue 23): read,
SHA-256, write to new files, fsync, rename. Reading and hashing alone is shown beside it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.conftest import durable_copy, make_phone_photos, read_and_hash, settle
from tests.benchmarks.record import TABLE

ROOT = Path(__file__).resolve().parents[2]
PHOTOS = 200
SIZE = (4000, 3000)  # 12 MP


@pytest.fixture(scope="module")
def photo_folder(tmp_path_factory) -> Path:
    return make_phone_photos(tmp_path_factory.mktemp("card"), PHOTOS, SIZE)


def test_read_and_hash_baseline(benchmark, photo_folder):
    files = sorted(photo_folder.glob("*.JPG"))

    benchmark.pedantic(read_and_hash, args=(files,), rounds=3, warmup_rounds=1)
    TABLE.baseline("photos: read + SHA-256", benchmark)


def test_durable_copy_baseline(benchmark, photo_folder, tmp_path):
    files = sorted(photo_folder.glob("*.JPG"))

    benchmark.pedantic(durable_copy, args=(files, tmp_path / "copy"), setup=lambda: settle(tmp_path / "copy"),
                       rounds=3, warmup_rounds=1)
    TABLE.baseline("photos: durable copy", benchmark)


def test_ingest_200_photos(benchmark, photo_folder, tmp_path):
    from greenmine_desktop.services.photo_ingest import ingest
    from greenmine_desktop.store.workspace import Workspace

    def fresh_workspace():
        settle(tmp_path / "ws")
        return (Workspace.create(tmp_path / "ws", "field"),), {}

    def run(ws):
        with ws:
            assert [r.status for r in ingest(ws, [photo_folder])] == ["added"] * PHOTOS

    benchmark.pedantic(run, setup=fresh_workspace, rounds=3, warmup_rounds=0)
    row = TABLE.result(f"ingest {PHOTOS} × 12 MP", benchmark, baseline="photos: durable copy", ratio=1.3,
                       most=PHOTOS / 20)  # at least 20 photos/s
    print(f"\n{row.line()}; {PHOTOS / row.median:.1f} photos/s")
    assert row.passed, row.line()


def test_ingest_peak_memory(benchmark, photo_folder):
    code = ("import json, sys, tempfile; from pathlib import Path; "
            "from greenmine_desktop.services.photo_ingest import ingest; "
            "from greenmine_desktop.store.workspace import Workspace; "
            "from tests.benchmarks.probe import peak_rss_mb; "
            "root = tempfile.TemporaryDirectory(); ws = Workspace.create(Path(root.name) / 'ws', 'field'); "
            "ingest(ws, [Path(sys.argv[1])]); print(json.dumps({'peak_rss_mb': peak_rss_mb()})); "
            "ws.close(); root.cleanup()")
    out = benchmark.pedantic(lambda: subprocess.run(
        [sys.executable, "-c", code, str(photo_folder)], cwd=ROOT, check=True, capture_output=True, text=True,
        timeout=600).stdout, rounds=1)
    row = TABLE.result("ingest peak RSS", json.loads(out.splitlines()[-1])["peak_rss_mb"], most=400, unit="MB")
    print(f"\n{row.line()}")
    assert row.passed, row.line()
