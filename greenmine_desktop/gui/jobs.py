"""Run long work off the GUI thread, with a delayed, cancellable progress dialog.

All jobs share one worker thread, so database writes never race (the lesson of
Vorta's "database is locked"). The work function gets a ``report(done, total)``
callback; when the user cancels, the next report raises :class:`Cancelled`, and the
work's own transaction rolls back, so nothing is left half-written. Results and
errors come back on the GUI thread (the pattern of Anki's QueryOp).

The worker threads are Python threads (``ThreadPoolExecutor``), not Qt's pool: PySide
gives a ``QRunnable`` a fresh Python thread state on every run, which frees pyproj's
per-thread PROJ context while PROJ still holds it for that OS thread; the next job on
the same thread then crashed in libproj (the second register import of a run).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from greenmine_desktop.messages import Cancelled

log = logging.getLogger(__name__)
Report = Callable[[int, int], None]
SHOW_AFTER_MS = 600

_writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="greenmine-job")
_background = ThreadPoolExecutor(max_workers=2, thread_name_prefix="greenmine-background")
_pending: set[Future] = set()
_pending_lock = threading.Lock()


def _submit(executor: ThreadPoolExecutor, run: Callable[[], None]) -> Future:
    future = executor.submit(run)
    with _pending_lock:
        _pending.add(future)

    def forget(done: Future) -> None:
        with _pending_lock:
            _pending.discard(done)

    future.add_done_callback(forget)
    return future


def wait_for_jobs(msecs: int = -1) -> bool:
    """Wait for the jobs and the quiet background work (at exit, and in tests)."""
    with _pending_lock:
        running = list(_pending)
    _, not_done = futures.wait(running, timeout=None if msecs < 0 else msecs / 1000)
    return not not_done


class Job(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, label: str, work: Callable[[Report], Any], progress: bool = True) -> None:
        """``progress=False``: no dialog ever (an edit the user goes on typing after, which a
        window appearing would interrupt)."""
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._show_timer: QTimer | None = None
        self.succeeded.connect(self._finish)
        self.failed.connect(self._finish)
        if not progress:
            return
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

    def report(self, done: int, total: int) -> None:
        """Called from the worker thread."""
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def start(self) -> Job:
        if self._show_timer is not None:
            self._show_timer.start()
        self._future = _submit(_writer, self._run)
        return self

    def wait(self) -> None:
        """Block until the work has run (and every job queued before it: there is one job
        thread); its result is delivered to the GUI thread afterwards, as always."""
        futures.wait([self._future])

    def _run(self) -> None:
        """On the job thread."""
        try:
            result = self._work(self.report)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._deliver(self.failed, exc)
        else:
            self._deliver(self.succeeded, result)

    def _deliver(self, signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked was closed meanwhile
            log.info("job finished after its window closed")

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    @Slot(object)
    def _finish(self, _: object) -> None:
        if self._dialog is not None and self._show_timer is not None:
            self._show_timer.stop()
            self._dialog.close()
            self._dialog.deleteLater()


def on_job_thread(work: Callable[[], None]) -> None:
    """Run ``work`` on the job thread after the jobs queued so far, with no dialog and no
    result (closing a connection that lives on that thread)."""

    def run() -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 - housekeeping; nobody waits for it
            log.exception("job-thread housekeeping failed")

    _submit(_writer, run)


def run_quietly(work: Callable[[], object]) -> None:
    """Work the user neither waits for nor sees (print copies of photos): on a background
    pool rather than the job thread, so it never delays a job. It must not write to the
    database; a failure is only logged, since nothing depends on it."""

    def run() -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 - background preparation; the report redoes it if needed
            log.exception("background work failed")

    _submit(_background, run)


def run_job(
    parent: QWidget,
    label: str,
    work: Callable[[Report], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    progress: bool = True,
) -> Job:
    job = Job(parent, label, work, progress)
    job.succeeded.connect(on_success)
    job.failed.connect(on_failure)
    return job.start()
