"""Print-size copies of stored photos, kept in the workspace's ``photos/print/``.

Even in JPEG draft mode a 12 MP photo takes ~35 ms to decode, so a report with 60 photos
spent most of its time shrinking them. The app makes these copies in the background as
soon as photos are added (an inspector exports the report hours later), and a report
embeds the ready copies; a missing copy is simply made on the spot and kept.

The copies are derived data: named by the original's SHA-256 and the print size, never
exported in a package and never part of the workspace check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from greenmine_desktop.files import write_atomically
from greenmine_desktop.photos.reader import preview

PRINT_SIDE = 1000  # pixels on the long side: ~300 dpi across the 82 mm a photo gets on the page
JPEG_START, JPEG_END = b"\xff\xd8", b"\xff\xd9"  # the SOI and EOI markers a whole JPEG begins and ends with


def copy_path(workspace_folder: Path, sha256: str) -> Path:
    return workspace_folder / "photos" / "print" / f"{sha256}-{PRINT_SIDE}.jpg"


def print_copy(workspace_folder: Path, stored_as: str, sha256: str) -> bytes:
    """The print-size JPEG of a stored photo, made and kept if it is not there yet, or made
    again when the kept one is cut short (a damaged disk): a report embeds the copy's bytes
    as they are (documents/jpeg_image.py), so a broken one would print as a broken photo."""
    path = copy_path(workspace_folder, sha256)
    try:
        kept = path.read_bytes()
    except FileNotFoundError:
        kept = b""
    if kept[:2] == JPEG_START and kept[-2:] == JPEG_END:
        return kept
    jpeg = preview(workspace_folder / stored_as, PRINT_SIDE)
    write_atomically(path, lambda stream: stream.write(jpeg))
    return jpeg


def prepare_print_copies(workspace_folder: Path, photos: Iterable[tuple[str, str]],
                         cancelled: Callable[[], bool] = lambda: False) -> int:
    """Make the missing copies of ``(stored_as, sha256)`` photos; returns how many were made.
    A photo that cannot be read is left for the report to name."""
    made = 0
    for stored_as, sha256 in photos:
        if cancelled():
            break
        if copy_path(workspace_folder, sha256).exists():
            continue
        try:
            print_copy(workspace_folder, stored_as, sha256)
        except OSError:
            continue
        made += 1
    return made
