"""The checks on an inspection's photos: position against the boundary, time, edits, reuse.

Reuse is looked for among the photos of every other inspection (any mine): the same file,
or the same scene by perceptual hash. Revisions of one inspection share their photos and
do not count.
"""

from __future__ import annotations

from dataclasses import dataclass

from greenmine_desktop.domain.mine import Mine
from greenmine_desktop.domain.photo import NEAR_BUFFER_M, BoundaryCheck, Flag, flags_for
from greenmine_desktop.geo.photo_position import boundary_check
from greenmine_desktop.photos.scene import SceneIndex
from greenmine_desktop.store import photos as store
from greenmine_desktop.store.photos import StoredPhoto
from greenmine_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class CheckedPhoto:
    photo: StoredPhoto
    item_id: str
    boundary: BoundaryCheck | None  # None without a position
    flags: tuple[Flag, ...]
    reused_from: tuple[str, ...]  # licences of the mines where the same scene was used


def check_photos(ws: Workspace, inspection_id: int, series: str, mine: Mine | None, started_at: str,
                 buffer_m: float = NEAR_BUFFER_M) -> list[CheckedPhoto]:
    elsewhere = SceneIndex(store.scenes_elsewhere(ws, series))
    checked = []
    for sha256, item_id in store.links(ws, inspection_id):
        photo = store.load_photo(ws, sha256)
        assert photo is not None  # a link references a stored photo
        position = photo.position
        boundary = boundary_check(mine, *position, buffer_m) if position and mine else None
        reused = tuple(sorted(elsewhere.matches(sha256, photo.scene_hash)))
        flags = flags_for(photo.meta, boundary, started_at, bool(reused), photo.placed_by_hand)
        checked.append(CheckedPhoto(photo, item_id, boundary, tuple(flags), reused))
    return checked


def thumbnail(ws: Workspace, sha256: str) -> bytes:
    """The small upright JPEG the photo panel shows for a checked photo (b'' if unknown)."""
    return store.thumbnail(ws, sha256)
