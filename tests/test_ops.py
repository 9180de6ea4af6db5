"""gui/ops.py: an operation runs on the job thread's writer connection, says a user error
in one sentence, stays quiet on a cancel, and announces what changed once."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from greenmine_desktop.gui import ops
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.gui.ops import Changes, notifier, release_writer, run_op
from greenmine_desktop.messages import Cancelled, UserError
from greenmine_desktop.store.inspectors import inspector_names

pytestmark = pytest.mark.gui


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_changes_combine_and_are_false_when_empty():
    assert not Changes()
    assert Changes(mines=True) | Changes(cases=True) == Changes(mines=True, cases=True)


def test_an_operation_runs_off_the_gui_thread_on_one_writer_and_announces_its_changes(parent, qtbot, demo_folder):
    seen: list[tuple[str, object]] = []
    notices: list[Changes] = []
    notifier().changed.connect(notices.append)
    results: list[object] = []

    def work(ws, report):
        report(1, 2)
        seen.append((threading.current_thread().name, ws))
        return len(inspector_names(ws))

    for n in range(2):
        run_op(parent, demo_folder, "zh_CN", "…", work, Changes(inspectors=True), results.append)
        qtbot.waitUntil(lambda n=n: len(results) == n + 1, timeout=10_000)
    assert results == [24, 24] and notices == [Changes(inspectors=True)] * 2
    (first_thread, first_ws), (second_thread, second_ws) = seen
    assert first_thread.startswith("greenmine-job") and first_thread == second_thread
    assert first_ws is second_ws  # the one writer connection, kept between operations
    release_writer(demo_folder)
    wait_for_jobs()
    assert demo_folder.resolve() not in ops._writers
    notifier().changed.disconnect(notices.append)


def test_a_user_error_is_its_sentence_and_a_cancel_says_nothing(parent, qtbot, demo_folder, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("greenmine_desktop.gui.ops.show_error", lambda p, exc, lang: shown.append(exc.message(lang)))
    notices: list[Changes] = []
    notifier().changed.connect(notices.append)

    def refused(ws, report):
        raise UserError("wrong_passphrase")

    def cancelled(ws, report):
        raise Cancelled()

    for work in (refused, cancelled):
        run_op(parent, demo_folder, "zh_CN", "…", work, Changes(mines=True))
        wait_for_jobs()
        qtbot.wait(50)  # the failure is delivered through the GUI thread's event loop
    assert shown == ["口令不正确，无法打开密钥。"] and notices == []  # no change announced on failure
    handled: list[BaseException] = []
    run_op(parent, demo_folder, "en", "…", refused, on_failure=handled.append)
    qtbot.waitUntil(lambda: bool(handled), timeout=10_000)
    assert len(handled) == 1 and shown == ["口令不正确，无法打开密钥。"]  # the caller's handler instead
    notifier().changed.disconnect(notices.append)
    release_writer(demo_folder)
    wait_for_jobs()
