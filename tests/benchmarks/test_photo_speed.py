"""Ingest of 200 generated 12-megapixel JPEGs with EXIF (issue: photos): at least 20
photos/s on a 2-core machine, within 3× of reading and SHA-256-hashing the same files in
the same run, and peak RSS ≤ 400 MB (measured in a fresh process)."""

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.benchmarks.conftest import make_phone_photos, read_and_hash

ROOT = Path(__file__).resolve().parents[2]
PHOTOS = 200
SIZE = (4000, 3000)  # 12 MP
RESULTS: dict[str, float] = {}


@pytest.fixture(scope="module")
def photo_folder(tmp_path_factory) -> Path:
    return make_phone_photos(tmp_path_factory.mktemp("card"), PHOTOS, SIZE)


def test_read_and_hash_baseline(benchmark, photo_folder):
    files = sorted(photo_folder.glob("*.JPG"))

    benchmark.pedantic(read_and_hash, args=(files,), rounds=3, warmup_rounds=1)
    RESULTS["baseline"] = benchmark.stats.stats.median


def test_ingest_200_photos(benchmark, photo_folder):
    from greenmine_desktop.services.photo_ingest import ingest
    from greenmine_desktop.store.workspace import Workspace

    def run():
        with tempfile.TemporaryDirectory() as root:
            with Workspace.create(Path(root) / "ws", "field") as ws:
                started = time.perf_counter()
                results = ingest(ws, [photo_folder])
                elapsed = time.perf_counter() - started
                assert [r.status for r in results] == ["added"] * PHOTOS
        return elapsed

    benchmark.pedantic(run, rounds=3, warmup_rounds=0)
    median = benchmark.stats.stats.median
    rate = PHOTOS / median
    line = f"\ningest {PHOTOS} × 12 MP JPEG: {median:.2f} s, {rate:.1f} photos/s"
    if "baseline" in RESULTS:
        line += f"; read+SHA-256 {RESULTS['baseline']:.2f} s; ratio {median / RESULTS['baseline']:.2f}×"
        assert median <= 3 * RESULTS["baseline"]
    print(line)
    assert rate >= 20


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
    peak = json.loads(out.splitlines()[-1])["peak_rss_mb"]
    print(f"\ningest peak RSS {peak:.0f} MB (target 400 MB)")
    assert peak <= 400
