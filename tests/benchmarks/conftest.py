"""Shared by the benchmarks: a generated 50,000-mine county workspace and 50 return
packages of 40 photos for a drawn county (each built once per session), the import they
time, the baselines of file work, phone photos, and the run's one table."""

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from greenmine_desktop.services.demo import create_demo_county
from greenmine_desktop.services.returns import import_returns
from greenmine_desktop.store.workspace import Workspace
from tests.benchmarks.record import TABLE
from tests.return_packages import drawn_county, return_packages

BENCH_MINES = 50_000
PACKAGES, PHOTOS, PHOTO_BYTES = int(os.environ.get("GREENMINE_PACKAGES", "50")), 40, 2**20
ROOT = Path(__file__).resolve().parents[2]
TABLE_FILE = ROOT / "build" / "bench.json"


@pytest.hookimpl(trylast=True)  # after pytest-benchmark's own tables
def pytest_terminal_summary(terminalreporter) -> None:
    """The run's table, at the end of the output and in build/bench.json."""
    if not TABLE.rows:
        return
    terminalreporter.write_sep("=", "benchmark table")
    for line in TABLE.lines():
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"written to {TABLE.write(TABLE_FILE)}")


@pytest.fixture(scope="session")
def big_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_county(tmp_path_factory.mktemp("bench"), mines=BENCH_MINES, seed=50_000)


@pytest.fixture(scope="session")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """(root, paths): ``PACKAGES`` return packages of ``PHOTOS`` distinct 1 MB photos (2 GiB),
    and ``root/pristine``, the county they import into (SQLite), never changed."""
    root = tmp_path_factory.mktemp("import")
    county_folder, team = drawn_county(root)
    paths = return_packages(root / "packages", PACKAGES, team, PHOTOS, PHOTO_BYTES)
    shutil.copytree(county_folder, root / "pristine")
    return root, paths


def import_all(folder: Path, paths: list[Path]) -> None:
    """What the import benchmarks time: open the county, import every package, all new."""
    with Workspace.open(folder) as ws:
        results = import_returns(ws, paths)
    assert [r.result for r in results] == ["imported"] * len(paths)


def read_and_hash(paths: list[Path]) -> None:
    """The floor a file import cannot go below: read every byte once and hash it."""
    for path in paths:
        hashlib.sha256(path.read_bytes()).hexdigest()


def durable_copy(paths: list[Path], folder: Path, piece: int | None = None) -> None:
    """The floor a durable import cannot go below: read every byte once, hash it, and write
    it to new files in ``folder`` (one per ``piece`` bytes of a source, or per source), each
    flushed to the disk before it is renamed to its name, and the folder's renames made
    durable once at the end (the fewest fsyncs that lose nothing shown as stored)."""
    folder.mkdir(parents=True)
    for path in paths:
        data = path.read_bytes()
        step = piece or len(data) or 1
        for start in range(0, len(data), step):  # every byte hashed once: per piece, or the whole file
            chunk = data[start:start + step]
            name = hashlib.sha256(chunk).hexdigest()
            temporary = folder / f"{name}.part"
            with temporary.open("wb") as stream:
                stream.write(chunk)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, folder / name)
    if os.name != "nt":  # Windows has no directory handles to flush; NTFS journals the renames
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def settle(*gone: Path) -> None:
    """Remove the last round's output, as a real disk reuses its space, and let the disk
    finish writing, so none of it is flushed during the next round."""
    for folder in gone:
        shutil.rmtree(folder, ignore_errors=True)
    getattr(os, "sync", lambda: None)()


def make_phone_photos(folder: Path, count: int, size: tuple[int, int] = (4000, 3000)) -> Path:
    """``count`` distinct 12 MP JPEGs as a phone writes them: textured enough to weigh what
    phone photos weigh (about 3 MB), EXIF with GPS, and the small EXIF thumbnail phones embed."""
    import io

    import piexif
    from PIL import Image, ImageFilter

    from tests.photo_factory import exif_for

    folder.mkdir(parents=True, exist_ok=True)
    texture = Image.effect_noise(size, 48).convert("RGB").filter(ImageFilter.GaussianBlur(1))
    light = Image.linear_gradient("L").resize(size).convert("RGB")
    for n in range(count):
        frame = Image.blend(texture, light.rotate(n * 7), 0.35)
        buffer = io.BytesIO()
        frame.resize((160, 120)).save(buffer, "JPEG", quality=75)
        blocks = piexif.load(exif_for(lat=35.5 + n * 1e-4, lon=105.3, alt=1500.0).tobytes())
        blocks["thumbnail"], blocks["1st"] = buffer.getvalue(), {piexif.ImageIFD.Compression: 6}
        frame.save(folder / f"IMG_{n:04d}.JPG", "JPEG", quality=92, exif=piexif.dump(blocks))
    return folder
