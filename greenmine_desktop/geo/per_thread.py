"""A cache with one copy per thread, for objects that hold native state.

PROJ objects (pyproj ``Transformer``, ``CRS``) carry a PROJ context that must not be used
by two threads at once: sharing one through a process-wide ``functools.cache`` crashed
the app in libproj when a register import on the job thread met a photo check on a
pooled thread. Building a transformer costs about a millisecond, so each thread keeps
its own.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def per_thread_cache(build: Callable[[int], T]) -> Callable[[int], T]:
    """``build(key)`` once per key and per thread; never handed to another thread."""
    local = threading.local()

    @functools.wraps(build)
    def cached(key: int) -> T:
        built: dict[int, T] | None = getattr(local, "built", None)
        if built is None:
            built = local.built = {}
        if key not in built:
            built[key] = build(key)
        return built[key]

    return cached
