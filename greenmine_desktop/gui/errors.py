"""Errors as a user sees them: one sentence in their language, details in the log."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget

from greenmine_desktop.messages import Cancelled, UserError, text
from greenmine_desktop.paths import log_file

log = logging.getLogger(__name__)


def error_sentence(exc: BaseException, lang: str) -> str:
    if isinstance(exc, UserError):
        return exc.message(lang)
    if isinstance(exc, Cancelled):
        return text("cancelled", lang)
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return text("unexpected", lang, log=log_file())


def show_error(parent: QWidget | None, exc: BaseException, lang: str) -> None:
    QMessageBox.warning(parent, "GreenMine", error_sentence(exc, lang))


def install_excepthook(lang_source) -> None:
    """Uncaught exceptions in slots: logged with their traceback, shown as one sentence."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(None, exc.with_traceback(tb), lang_source())

    sys.excepthook = hook
