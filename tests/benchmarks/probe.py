"""A fresh process, as a user starts one: time to the first painted window, or peak memory.

    python -m tests.benchmarks.probe paint --baseline   an empty QMainWindow, exit at its first paint
    python -m tests.benchmarks.probe paint WORKSPACE    the register on WORKSPACE, exit at first paint
    python -m tests.benchmarks.probe memory WORKSPACE   open, page through every row, filter; print peak RSS (MB)
    python -m tests.benchmarks.probe loaded WORKSPACE   print the modules imported by the first paint (JSON), exit

Both paint modes import the same PySide6 and create the QApplication the same way, so the
ratio of their process times is what our own start-up adds.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's memory high-water mark.

    Not ``getrusage``: on Linux its ru_maxrss survives execve, so a child forked from a big
    pytest process would report the parent's peak. VmHWM belongs to the new address space.
    """
    status = Path("/proc/self/status")
    if status.exists():
        line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    import psutil  # Windows and macOS

    info = psutil.Process().memory_info()
    return getattr(info, "peak_wset", info.rss) / 2**20


def main(mode: str, target: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("GREENMINE_HOME", tempfile.mkdtemp(prefix="greenmine-probe-"))
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])

    class ExitOnFirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and mode in ("paint", "loaded"):
                if mode == "loaded":
                    print(json.dumps(sorted(sys.modules)))
                sys.stdout.flush()
                os._exit(0)  # the time the parent measures ends here
            return False

    if target == "--baseline":
        window = QMainWindow()
        window.installEventFilter(watcher := ExitOnFirstPaint())
        window.show()
        app.exec()
        return
    from greenmine_desktop.gui.i18n import install_language
    from greenmine_desktop.gui.main_window import MainWindow
    from greenmine_desktop.gui.settings import Settings
    from greenmine_desktop.store.workspace import Workspace

    install_language("zh_CN")
    ws = Workspace.open(Path(target))
    window = MainWindow(ws, Settings(Path(os.environ["GREENMINE_HOME"]) / "s.ini"), "zh_CN")
    window.mine_page.table.viewport().installEventFilter(watcher := ExitOnFirstPaint())
    window.show()
    app.processEvents()
    table, model = window.mine_page.table, window.mine_page.model
    for row in range(0, model.rowCount(), 40):  # page through the whole register
        table.scrollTo(model.index(row, 0))
        app.processEvents()
    window.mine_page.filter_edit.setText("宏达")
    app.processEvents()
    print(json.dumps({"rows": model.rowCount(), "peak_rss_mb": peak_rss_mb()}))
    window.mine_page.table.viewport().removeEventFilter(watcher)
    window.close()
    window.deleteLater()
    app.processEvents()
    ws.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
