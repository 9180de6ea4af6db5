"""Telling whether two photos show the same scene (imagehash difference hashes)."""

from __future__ import annotations

from collections.abc import Iterable

import imagehash

from greenmine_desktop.domain.photo import SAME_SCENE_DISTANCE


def scene_distance(a: str, b: str) -> int:
    """Hamming distance of two hex scene hashes (0 the same picture, 32 unrelated)."""
    return int(imagehash.hex_to_hash(a) - imagehash.hex_to_hash(b))


class SceneIndex:
    """Scenes to compare a photo against, each hash parsed once (a county holds thousands
    of photos; parsing both hashes for every pair would dominate the check)."""

    def __init__(self, scenes: Iterable[tuple[str, str, str]]) -> None:
        self._scenes = [(sha256, imagehash.hex_to_hash(scene), label) for sha256, scene, label in scenes]

    def matches(self, sha256: str, scene: str) -> set[str]:
        """Labels of the entries that are the same file or the same scene."""
        wanted = imagehash.hex_to_hash(scene)
        return {label for other, other_scene, label in self._scenes
                if other == sha256 or wanted - other_scene <= SAME_SCENE_DISTANCE}
