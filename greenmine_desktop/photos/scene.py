"""Telling whether two photos show the same scene (imagehash difference hashes)."""

from __future__ import annotations

import imagehash

from greenmine_desktop.domain.photo import SAME_SCENE_DISTANCE


def scene_distance(a: str, b: str) -> int:
    """Hamming distance of two hex scene hashes (0 the same picture, 32 unrelated)."""
    return int(imagehash.hex_to_hash(a) - imagehash.hex_to_hash(b))


def same_scene(a: str, b: str) -> bool:
    return scene_distance(a, b) <= SAME_SCENE_DISTANCE
