"""One log file in the user's data folder; tracebacks go there, never into dialogs."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from greenmine_desktop.paths import log_file


def configure() -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = RotatingFileHandler(log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
