"""Memory is bounded by design (issue 16): peak RSS of a fresh process ingesting 8 PNG
pixel bombs and 20 normal 12 MP JPEGs in one batch stays under 400 MB; a 108 MP
(12000×9000) and a 200 MP (16320×12240) phone JPEG are accepted and their print copies made.

The bombs are real: valid PNGs whose pixels are zeros, 250 KB on disk. Six are 9400×9400
(700 MB to decode: refused from the header by the decode budget, never decoded) and two are
6000×6000 (36 MP: within the budget, so decoded, one at a time).
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from tests.benchmarks.conftest import make_phone_photos
from tests.benchmarks.record import TABLE

ROOT = Path(__file__).resolve().parents[2]
TARGET_MB = 400


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_bombs(folder: Path, side: int, count: int, first: int) -> list[Path]:
    """``count`` distinct valid PNGs of ``side``² black pixels (they differ in a text chunk)."""
    squeeze = zlib.compressobj(9)
    row = b"\0" * (1 + 3 * side)  # filter byte and RGB
    idat = b"".join(squeeze.compress(row) for _ in range(side)) + squeeze.flush()
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
    paths = []
    for n in range(first, first + count):
        path = folder / f"bomb-{side}-{n}.png"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + header + _chunk(b"tEXt", b"Comment\0" + str(n).encode())
                         + _chunk(b"IDAT", idat) + _chunk(b"IEND", b""))
        paths.append(path)
    return paths


def huge_jpeg(path: Path, size: tuple[int, int]) -> Path:
    from PIL import Image

    from tests.photo_factory import exif_for

    picture = Image.linear_gradient("L").resize(size).convert("RGB")
    picture.save(path, "JPEG", quality=85, exif=exif_for(lat=35.5, lon=105.3, make="Xiaomi").tobytes())
    return path


PROBE = """
import json, sys, tempfile
from pathlib import Path
from greenmine_desktop.photos.print_copy import copy_path, prepare_print_copies
from greenmine_desktop.services.photo_ingest import ingest
from greenmine_desktop.store.workspace import Workspace
from tests.benchmarks.probe import peak_rss_mb

root = tempfile.TemporaryDirectory()
ws = Workspace.create(Path(root.name) / "ws", "field")
before = peak_rss_mb()
results = ingest(ws, [Path(p) for p in sys.argv[1:]])
kept = [(row[0], row[1]) for row in ws.conn.execute("SELECT stored_as, sha256 FROM photo")]
made = prepare_print_copies(ws.folder, kept) if len(kept) <= 2 else 0
sides = []
if made:
    from PIL import Image
    sides = [max(Image.open(copy_path(ws.folder, sha)).size) for _, sha in kept]
print(json.dumps({"before_mb": before, "peak_rss_mb": peak_rss_mb(), "print_copies": made, "sides": sides,
                  "results": [[r.path.name, r.status, r.problem.code if r.problem else ""] for r in results]}))
ws.close()
root.cleanup()
"""


def probe(files: list[Path]) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, *map(str, files)], cwd=ROOT, check=True, capture_output=True,
                         text=True, timeout=900).stdout
    return json.loads(out.splitlines()[-1])


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("bombs")
    bombs = png_bombs(folder, 9400, 6, 0) + png_bombs(folder, 6000, 2, 6)
    photos = sorted(make_phone_photos(folder / "card", 20).glob("*.JPG"))
    return bombs + photos


def test_bombs_and_phone_photos_stay_under_the_budget(benchmark, batch):
    report = benchmark.pedantic(lambda: probe(batch), rounds=1)
    statuses = {name: (status, code) for name, status, code in report["results"]}
    assert len(statuses) == 28
    assert all(statuses[p.name] == ("refused", "photo_memory") for p in batch if p.name.startswith("bomb-9400"))
    assert all(statuses[p.name][0] == "added" for p in batch if not p.name.startswith("bomb-9400"))
    row = TABLE.result("peak RSS, 8 PNG bombs + 20 photos", report["peak_rss_mb"], most=TARGET_MB, unit="MB")
    print(f"\n{row.line()} (before the batch {report['before_mb']:.0f} MB)")
    assert row.passed, row.line()


@pytest.mark.parametrize(("label", "size"), [("108 MP", (12000, 9000)), ("200 MP", (16320, 12240))])
def test_the_largest_phone_photos_are_accepted_and_printed(benchmark, tmp_path, label, size):
    path = huge_jpeg(tmp_path / f"{label.split()[0]}.jpg", size)
    report = benchmark.pedantic(lambda: probe([path]), rounds=1)
    assert report["results"] == [[path.name, "added", ""]]
    assert report["print_copies"] == 1 and report["sides"] == [1000]
    row = TABLE.result(f"peak RSS, one {label} JPEG", report["peak_rss_mb"], most=TARGET_MB, unit="MB")
    print(f"\n{label} JPEG ({path.stat().st_size / 2**20:.1f} MB): accepted, print copy made; {row.line()}")
    assert row.passed, row.line()
