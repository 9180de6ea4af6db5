"""Scale bars, on screen and on paper."""

from __future__ import annotations

import math


def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ not above ``metres`` (a readable scale-bar length)."""
    if metres <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(metres))
    return max(step * power for step in (1, 2, 5) if step * power <= metres)
