"""A generated 50,000-mine county workspace, built once per benchmark session."""

import hashlib
from pathlib import Path

import pytest

from greenmine_desktop.services.demo import create_demo_county

BENCH_MINES = 50_000


@pytest.fixture(scope="session")
def big_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_county(tmp_path_factory.mktemp("bench"), mines=BENCH_MINES, seed=50_000)


def read_and_hash(paths: list[Path]) -> None:
    """The floor a file import cannot go below: read every byte once and hash it."""
    for path in paths:
        hashlib.sha256(path.read_bytes()).hexdigest()


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
