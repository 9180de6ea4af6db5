"""A JPEG photo placed in a PDF as it is, without decoding it.

reportlab embeds a JPEG unchanged (as a DCTDecode stream), but before that its canvas
names every in-memory image by the MD5 of its decoded pixels, so that an image drawn twice
is stored once. For a report's photos that meant decompressing each print copy and hashing
its ~6 MB of pixels only to find a name: half the time of a 60-photo report. Here the
name comes from the JPEG's own bytes, which identify the picture as well (the same photo
twice is still stored once) at a hundredth of the cost.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image


class _NamedByItsBytes(ImageReader):
    """A JPEG reader whose "RGB data" is the file itself. reportlab asks a reader for its
    RGB data only to hash it into the image's PDF name when the reader is a JPEG (it embeds
    the file through ``jpeg_fh``, never the pixels), so these bytes name it as well."""

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(io.BytesIO(jpeg))
        self._bytes = jpeg
        self._dataA = None  # no alpha channel: what getRGBData would have found out
        if self.jpeg_fh() is None:  # not a JPEG after all: the pixels would be embedded, so they must name it
            raise ValueError("not a JPEG")

    def getRGBData(self) -> bytes:  # noqa: N802 - reportlab's name
        return self._bytes


class JpegImage(Image):
    """A platypus Image of JPEG bytes, drawn ``width`` × ``height`` points."""

    def __init__(self, jpeg: bytes, width: float, height: float) -> None:
        super().__init__(io.BytesIO(jpeg), width=width, height=height)
        self._img = _NamedByItsBytes(jpeg)
