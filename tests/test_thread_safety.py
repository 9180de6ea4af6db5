"""Nothing that holds native state crosses threads; a native crash leaves a trace in the log.

The app died without a word on the second register import of a run: pyproj transformers
lived in a process-wide cache and were used by the job thread and pooled threads alike.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from greenmine_desktop.geo import boundary, photo_position
from greenmine_desktop.geo.photo_position import boundary_check
from greenmine_desktop.gui.jobs import run_quietly, wait_for_jobs
from greenmine_desktop.store.mines import mine_by_licence
from greenmine_desktop.store.workspace import Workspace
from tests.conftest import show_window
from tests.photo_factory import lat_lon

TEMPLATE = Path(__file__).parent.parent / "resources" / "templates" / "mines_import_template.csv"
ZONE_35 = 4523


def _built_on_two_threads(build) -> tuple[object, object, object]:
    """What ``build`` returns twice on this thread and once on another."""
    other: list[object] = []
    thread = threading.Thread(target=lambda: other.append(build()))
    thread.start()
    thread.join()
    return build(), build(), other[0]


@pytest.mark.parametrize("build", [lambda: photo_position._from_wgs84(ZONE_35),
                                   lambda: boundary._to_geographic(ZONE_35)[0]], ids=["photo", "boundary"])
def test_each_thread_has_its_own_proj_transformer(build):
    here, again, there = _built_on_two_threads(build)
    assert here is again  # still cached within a thread: a transformer costs a millisecond to build
    assert there is not here


def test_projection_gives_the_same_point_on_every_thread():
    results: list[tuple[float, float]] = []
    threads = [threading.Thread(target=lambda: results.append(photo_position.project(ZONE_35, 35.5, 105.3)))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1 and results[0] == photo_position.project(ZONE_35, 35.5, 105.3)


class _Emitter(QObject):
    ping = Signal(int)


def test_emitting_a_signal_keeps_pythons_constants_alive(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to True on every emit: after some
    thousand signals the interpreter deallocates True and dies (constraints pin 6.11.3)."""
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(2000):
        emitter.ping.emit(n)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert len(received) == 2000
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50, (before, after)


def _import_register(window, qtbot) -> None:
    window.importer.run(TEMPLATE)
    qtbot.waitUntil(lambda: window.importer.dialog is not None and window.importer.dialog.isVisible(),
                    timeout=20_000)
    dialog, window.importer.dialog = window.importer.dialog, None
    window.statusBar().clearMessage()  # the same file says the same sentence each time
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20_000):
        dialog.accept()


@pytest.fixture
def window(qtbot, demo_folder, private_home):
    ws = Workspace.open(demo_folder)
    main = show_window(qtbot, ws, private_home / "settings.ini")
    yield main
    wait_for_jobs()
    main.close()
    ws.close()


@pytest.mark.gui
def test_two_register_imports_in_one_run(qtbot, window):
    for _ in range(2):
        _import_register(window, qtbot)
    assert window.mine_page.model.rowCount() == 301
    assert "已导入" in window.statusBar().currentMessage()


@pytest.mark.gui
def test_twenty_imports_while_photo_checks_run_on_the_pool(qtbot, window):
    ws = window.ws
    mine = mine_by_licence(ws, ws.conn.execute("SELECT licence_no FROM mine LIMIT 1").fetchone()[0])
    corner = mine.parts[0].corners[0]
    lat, lon = lat_lon(mine.epsg, corner.x, corner.y)
    stop = threading.Event()
    checks: list[str] = []

    def check_photos() -> None:  # on the background pool, as print copies are made
        while not stop.is_set():
            checks.append(boundary_check(mine, lat, lon).status)
            time.sleep(0.005)  # a photo tab checks a photo at a time, not in a hot loop

    for _ in range(2):
        run_quietly(check_photos)
    try:
        for _ in range(20):
            _import_register(window, qtbot)
    finally:
        stop.set()
        wait_for_jobs(10_000)
    assert window.mine_page.model.rowCount() == 301
    assert len(checks) > 20 and set(checks) == {checks[0]}


def test_a_native_crash_leaves_its_trace_in_the_log_file(tmp_path):
    """faulthandler writes into the log file (also after the log has rolled over)."""
    script = ("import faulthandler, logging\n"
              "from greenmine_desktop import logging_setup\n"
              "logging_setup.configure()\n"
              "logging.getLogger('t').warning('before the crash')\n"
              "handler = logging.getLogger().handlers[-1]\n"
              "handler.doRollover()\n"
              "faulthandler._sigsegv()\n")
    env = {**os.environ, "GREENMINE_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    log = (tmp_path / "logs" / "greenmine.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in log
    assert 'File "<string>", line 7' in log
    assert "before the crash" in (tmp_path / "logs" / "greenmine.log.1").read_text(encoding="utf-8")
