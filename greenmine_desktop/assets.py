"""Find the files that ship beside the code: db/ migrations, resources/, ui/ forms.

One lookup serves three layouts, so nothing else needs to know where it runs:
a PyInstaller bundle (``sys._MEIPASS``), an installed wheel (the folders are copied
into ``greenmine_desktop/_data``) and a source checkout (the top-level folders).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _asset_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle)] if bundle else []
    candidates += [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    for root in candidates:
        if (root / "db").is_dir() and (root / "resources").is_dir():
            return root
    raise FileNotFoundError(f"GreenMine data folders not found near {_PACKAGE_DIR}")


def get_asset(relative: str) -> Path:
    """Path of a shipped file or folder, e.g. ``get_asset("ui/mine_register.ui")``."""
    return _asset_root() / relative
