"""Run long work off the GUI thread, with a delayed, cancellable progress dialog.

All jobs share one worker thread, so database writes never race (the lesson of
Vorta's "database is locked"). The work function gets a ``report(done, total)``
callback; when the user cancels, the next report raises :class:`Cancelled`, and the
work's own transaction rolls back, so nothing is left half-written. Results and
errors come back on the GUI thread (the pattern of Anki's QueryOp).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from greenmine_desktop.messages import Cancelled

log = logging.getLogger(__name__)
Report = Callable[[int, int], None]
SHOW_AFTER_MS = 600

_pool: QThreadPool | None = None
_kept_thread_states: set[int] = set()


def _keep_python_thread_state() -> None:
    """Give a Qt worker thread one Python thread state for its whole life.

    PySide makes and drops a thread state around every ``run()`` of a Qt-made thread;
    pyproj ≥ 3.7 keeps its PROJ context in a thread-local tied to that state, so the next
    job on the thread that makes a CRS crashes in ``proj_create`` (pyproj issue #1509,
    fixed upstream by PR #1539, not yet released). Holding one extra ``PyGILState_Ensure``
    for the thread keeps the state, and the context, alive."""
    import ctypes

    thread = threading.get_native_id()
    if thread not in _kept_thread_states:
        _kept_thread_states.add(thread)
        ctypes.pythonapi.PyGILState_Ensure()


def _single_worker() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # one thread for the session (its Python state is kept, see above)
    return _pool


def wait_for_jobs(msecs: int = -1) -> bool:
    """Wait for the jobs and the quiet background work (at exit, and in tests)."""
    return _single_worker().waitForDone(msecs) and QThreadPool.globalInstance().waitForDone(msecs)


class Job(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, label: str, work: Callable[[Report], Any]) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setWindowTitle("GreenMine")
        self._dialog.setMinimumDuration(2**31 - 1)  # never by itself on setValue: our timer shows it
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self._cancel.set)
        self._dialog.hide()
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._dialog.show)
        self.progressed.connect(self._on_progress)
        self.succeeded.connect(self._finish)
        self.failed.connect(self._finish)

    def report(self, done: int, total: int) -> None:
        """Called from the worker thread."""
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def start(self) -> Job:
        self._show_timer.start()
        _single_worker().start(_Runner(self))
        return self

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)

    @Slot(object)
    def _finish(self, _: object) -> None:
        self._show_timer.stop()
        self._dialog.close()
        self._dialog.deleteLater()


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        _keep_python_thread_state()
        try:
            result = self._job._work(self._job.report)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._job.failed.emit(exc)
        else:
            self._job.succeeded.emit(result)


def run_quietly(work: Callable[[], object]) -> None:
    """Work the user neither waits for nor sees (print copies of photos): on Qt's global
    pool rather than the job thread, so it never delays a job. It must not write to the
    database; a failure is only logged, since nothing depends on it."""

    def run() -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 - background preparation; the report redoes it if needed
            log.exception("background work failed")

    QThreadPool.globalInstance().start(run)


def run_job(
    parent: QWidget,
    label: str,
    work: Callable[[Report], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Job:
    job = Job(parent, label, work)
    job.succeeded.connect(on_success)
    job.failed.connect(on_failure)
    return job.start()
