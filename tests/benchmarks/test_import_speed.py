"""Import of 50 return packages of 40 photos each (issue: packages): within 1.3× of the
least a durable copy of the same bytes does, in the same run (issue 23): read, SHA-256,
write one new file per photo's worth of bytes, fsync, rename. Beside it: reading and
hashing alone (the old baseline), and that plus reading each photo once (EXIF, thumbnail,
scene hash: what the county reads itself since issue 15).

The packages are made directly (the ``packages`` fixture, tests/return_packages.py: a real
inspection each, with 40 distinct 1 MB JPEGs), so the benchmark measures the import, which
reads every photo itself. tests/benchmarks/test_server_speed.py imports the same packages
into PostgreSQL.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from greenmine_desktop.photos.reader import read_photo_bytes
from tests.benchmarks.conftest import PACKAGES, PHOTO_BYTES, PHOTOS, durable_copy, import_all, read_and_hash, settle
from tests.benchmarks.record import TABLE


def read_hash_and_inspect(paths: list[Path]) -> None:
    """The floor of an import that reads each photo itself: hash every byte once and
    read each photo's EXIF, thumbnail and scene hash once."""
    read_and_hash(paths)
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("photos/"):
                    read_photo_bytes(archive.read(name))


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
        return (target, paths), {}

    benchmark.pedantic(import_all, setup=setup, rounds=3)
    size = sum(p.stat().st_size for p in paths) / 2**30
    row = TABLE.result(f"import {PACKAGES} packages × {PHOTOS} photos", benchmark, baseline="packages: durable copy",
                       ratio=1.3)
    print(f"\n{row.line()} ({size:.1f} GiB)")
    assert row.passed, row.line()
