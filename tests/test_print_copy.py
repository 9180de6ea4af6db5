"""Print-size copies of photos: made once at the print size, upright, kept, and the ones a
report embeds (so a report after the background preparation decodes no full photo)."""

from __future__ import annotations

import io

from PIL import Image
from pypdf import PdfReader

from greenmine_desktop.photos.print_copy import PRINT_SIDE, copy_path, print_copy
from greenmine_desktop.services.report_export import export_report, prepare_report_photos
from tests.photo_factory import write_jpeg


def test_a_large_photo_is_shrunk_to_the_print_size_and_turned_upright(tmp_path):
    (tmp_path / "photos" / "ab").mkdir(parents=True)
    write_jpeg(tmp_path / "photos" / "ab" / "big.jpg", seed=7, size=(2400, 1800), orientation=6)
    jpeg = print_copy(tmp_path, "photos/ab/big.jpg", "ab" * 32)
    with Image.open(io.BytesIO(jpeg)) as image:
        assert image.size == (750, PRINT_SIDE)  # 4:3 shrunk to 1000 on the long side, turned by EXIF 6
    assert copy_path(tmp_path, "ab" * 32).read_bytes() == jpeg


def _jpeg(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def test_a_kept_copy_is_used_instead_of_decoding_the_photo_again(tmp_path):
    kept = copy_path(tmp_path, "cd" * 32)
    kept.parent.mkdir(parents=True)
    kept.write_bytes(_jpeg("blue"))
    assert print_copy(tmp_path, "photos/cd/missing.jpg", "cd" * 32) == _jpeg("blue")


def test_a_kept_copy_cut_short_is_made_again_from_the_photo(tmp_path):
    """A report places the copy's bytes as they are: a truncated one would print broken."""
    (tmp_path / "photos" / "ab").mkdir(parents=True)
    write_jpeg(tmp_path / "photos" / "ab" / "big.jpg", seed=7, size=(2400, 1800))
    whole = print_copy(tmp_path, "photos/ab/big.jpg", "ab" * 32)
    for damaged in (whole[:len(whole) // 2], b""):
        copy_path(tmp_path, "ab" * 32).write_bytes(damaged)
        assert print_copy(tmp_path, "photos/ab/big.jpg", "ab" * 32) == whole
        assert copy_path(tmp_path, "ab" * 32).read_bytes() == whole


def test_the_report_embeds_the_prepared_copies(inspected):
    ws, session = inspected
    assert prepare_report_photos(ws.folder, session.id) == 5
    assert prepare_report_photos(ws.folder, session.id) == 0  # already there
    marked = copy_path(ws.folder, next(iter(session.photos)))
    buffer = io.BytesIO()
    Image.new("RGB", (321, 123), "red").save(buffer, "JPEG")
    marked.write_bytes(buffer.getvalue())
    sizes = {(image.image.width, image.image.height) for page in PdfReader(export_report(ws, session.id)).pages
             for image in page.images}
    assert (321, 123) in sizes and (640, 480) in sizes
