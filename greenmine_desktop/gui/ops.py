"""Operations: the one way the GUI changes a workspace (after Anki's ``CollectionOp``).

An operation is a service call that runs on the job thread (gui/jobs.py: one worker,
so writes never race; progress shown after 600 ms, with cancel) on the writer
connection this module owns there, one per workspace folder. Its result comes back on
the GUI thread. A user error becomes its one sentence in a message box unless the
caller handles failures itself; a cancel says nothing. On success, one notice
``notifier().changed`` is emitted with a :class:`Changes` naming what changed, and every
view that shows that kind of data refreshes itself from it, keeping its selection by
identity (a case id, a record hash, an inspection uid), never by row number.

Use::

    run_op(self, ws.folder, lang, self.tr("Signing…"),
           lambda ws, report: sign_report(ws, ...),
           Changes(inspections=True, documents=True), on_success=self._signed)

``work`` gets the writer :class:`Workspace` and a ``report(done, total)`` callback; it
must not touch widgets. No caller opens its own ``Workspace`` for a write.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from greenmine_desktop.gui.errors import show_error
from greenmine_desktop.gui.jobs import Job, Report, on_job_thread, run_job
from greenmine_desktop.messages import Cancelled
from greenmine_desktop.store.workspace import Workspace

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What an operation changed; a view refreshes when a kind it shows is set."""

    mines: bool = False
    inspectors: bool = False
    plans: bool = False
    draws: bool = False
    inspections: bool = False
    cases: bool = False  # follow-up cases: notices, referrals, rechecks
    documents: bool = False  # PDFs written into reports/
    certificates: bool = False
    packages: bool = False

    def __bool__(self) -> bool:
        return any(dataclasses.astuple(self))

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(a or b for a, b in zip(dataclasses.astuple(self), dataclasses.astuple(other), strict=True)))


class Notifier(QObject):
    """The app-wide notice: ``changed(Changes)`` after every successful operation."""

    changed = Signal(object)
    #: After every successful operation, whether or not it changed anything a view shows
    #: (the change watcher marks the audit rows written so far as this window's own).
    settled = Signal()


_notifier: Notifier | None = None


def notifier() -> Notifier:
    """The one notifier, owned by the application object (so it ends with it)."""
    global _notifier
    if _notifier is None:
        _notifier = Notifier(QApplication.instance())
    return _notifier


# The writer connections, one per workspace folder; touched only on the job thread.
_writers: dict[Path, Workspace] = {}


def _writer(folder: Path) -> Workspace:
    key = Path(folder).resolve()
    if key not in _writers:
        _writers[key] = Workspace.open(key)
    return _writers[key]


def release_writer(folder: Path) -> None:
    """Close the writer connection of ``folder`` after the jobs queued so far (the window on
    it closes, or another workspace is opened)."""
    key = Path(folder).resolve()

    def close() -> None:
        writer = _writers.pop(key, None)
        if writer is not None:
            writer.close()

    on_job_thread(close)


def run_op(parent: QWidget, folder: Path, lang: str, label: str, work: Callable[[Workspace, Report], T],
           changes: Changes = Changes(), on_success: Callable[[T], None] | None = None,
           on_failure: Callable[[BaseException], None] | None = None, progress: bool = True) -> Job:
    """Run ``work(writer_ws, report)`` as an operation (see the module docstring).

    ``on_failure`` replaces the default (a message box with the error's one sentence;
    nothing for a cancel). ``progress=False`` never shows the progress dialog (an edit
    typed on, which a window appearing would interrupt). The returned :class:`Job` has
    ``succeeded``/``failed`` signals for tests that wait."""

    def succeeded(result: Any) -> None:
        notifier().settled.emit()
        if changes:
            notifier().changed.emit(changes)
        if on_success is not None:
            on_success(result)

    def failed(exc: BaseException) -> None:
        if on_failure is not None:
            on_failure(exc)
        elif not isinstance(exc, Cancelled):
            show_error(parent, exc, lang)

    return run_job(parent, label, lambda report: work(_writer(folder), report), succeeded, failed, progress)
