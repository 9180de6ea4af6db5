"""Photos go into a PDF unchanged (issue 23: the report within 1.5× of reportlab alone):
each JPEG embedded byte for byte as a DCTDecode stream, two different photos as two
images, the same photo twice as one."""

from __future__ import annotations

import io

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from greenmine_desktop.documents import layout  # noqa: F401 - its binary streams, as every document has them
from greenmine_desktop.documents.jpeg_image import JpegImage


def _jpeg(colour: tuple[int, int, int], size=(64, 48)) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", size, colour).save(out, "JPEG", quality=90)
    return out.getvalue()


def _images(pdf: bytes) -> list:
    return [obj.get_object() for page in PdfReader(io.BytesIO(pdf)).pages
            for obj in page["/Resources"]["/XObject"].values()]


def _pdf(*jpegs: bytes) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([JpegImage(j, 120, 90) for j in jpegs])
    return out.getvalue()


def test_each_photo_is_embedded_as_it_is():
    red, blue = _jpeg((200, 30, 30)), _jpeg((30, 30, 200))
    streams = sorted(image.get_data() for image in _images(_pdf(red, blue)))
    assert streams == sorted([red, blue])  # the files themselves, not re-encoded pixels
    assert all(image["/Filter"] == ["/DCTDecode"] for image in _images(_pdf(red)))
    assert (_images(_pdf(red))[0]["/Width"], _images(_pdf(red))[0]["/Height"]) == (64, 48)


def test_the_same_photo_twice_is_stored_once_and_different_ones_never_share():
    red, blue = _jpeg((200, 30, 30)), _jpeg((30, 30, 200))
    assert len({image.indirect_reference.idnum for image in _images(_pdf(red, red))}) == 1
    # two photos alike in size and colour are still two images (named by their bytes, not a guess)
    almost = _jpeg((200, 30, 31))
    assert len({image.indirect_reference.idnum for image in _images(_pdf(red, almost, blue))}) == 3


def test_something_that_is_not_a_jpeg_is_refused():
    png = io.BytesIO()
    PILImage.new("RGB", (8, 8)).save(png, "PNG")
    with pytest.raises(ValueError, match="JPEG"):
        JpegImage(png.getvalue(), 10, 10)


def test_no_photo_is_decompressed_to_be_placed(monkeypatch):
    """What made a 60-photo report slow: each photo decoded to pixels only to name it."""
    red = _jpeg((200, 30, 30))

    def decoded(*_args, **_kwargs):
        raise AssertionError("a photo was decoded to its pixels")

    monkeypatch.setattr(PILImage.Image, "tobytes", decoded)
    monkeypatch.setattr(PILImage.Image, "load", decoded)
    assert [image.get_data() for image in _images(_pdf(red))] == [red]
