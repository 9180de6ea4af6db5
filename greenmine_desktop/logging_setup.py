"""One log file in the user's data folder; tracebacks go there, never into dialogs.

A native crash (a segfault in a C library, a Python runtime abort) kills the process
before any excepthook runs; ``faulthandler`` then writes the stack of every thread into
the same log file, so the crash leaves a trace where the Python errors are.
"""

from __future__ import annotations

import faulthandler
import logging
from logging.handlers import RotatingFileHandler

from greenmine_desktop.paths import log_file


class _LogFile(RotatingFileHandler):
    """The rotating log file that faulthandler also writes to, re-pointed after each rollover
    (its old stream is closed by the rollover)."""

    def doRollover(self) -> None:
        faulthandler.disable()
        super().doRollover()
        faulthandler.enable(self.stream, all_threads=True)


def configure() -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = _LogFile(log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    faulthandler.enable(handler.stream, all_threads=True)
