"""``greenmine selftest``: prove a build works, offscreen, without touching the user's files."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="greenmine-selftest-") as tmp:
        os.environ["GREENMINE_HOME"] = tmp  # settings and logs stay in the temp folder
        from greenmine_desktop.gui.app import application
        from greenmine_desktop.gui.i18n import install_language
        from greenmine_desktop.gui.main_window import MainWindow
        from greenmine_desktop.gui.settings import Settings
        from greenmine_desktop.services.demo import create_demo_county
        from greenmine_desktop.store.workspace import Workspace

        app = application()
        install_language("zh_CN")
        folder = create_demo_county(Path(tmp), mines=60)
        with Workspace.open(folder) as ws:
            window = MainWindow(ws, Settings(Path(tmp) / "settings.ini"), "zh_CN")
            window.show()
            app.processEvents()
            page = window.mine_page
            total = page.model.rowCount()
            first_name = page.model.index(0, 1).data()
            page.filter_edit.setText(first_name)
            app.processEvents()
            filtered = page.model.rowCount()
            page.table.selectRow(0)
            app.processEvents()
            checks = {
                "register loaded": total == 60,
                "filter narrows the list": 1 <= filtered < total,
                "detail shows the mine": first_name in page.title_label.text(),
                "interface is Chinese": window.tabs.tabText(0) == "矿山名录",
            }
            window.close()
            app.processEvents()
        failed = [name for name, ok in checks.items() if not ok]
        if failed:
            print("selftest failed: " + ", ".join(failed), file=sys.stderr)
            return 1
    print("selftest ok")
    return 0
