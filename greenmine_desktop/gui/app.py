"""Start the GUI: application object, language, workspace choice, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from greenmine_desktop import __version__
from greenmine_desktop.assets import get_asset
from greenmine_desktop.gui.errors import install_excepthook, show_error
from greenmine_desktop.gui.i18n import install_language
from greenmine_desktop.gui.jobs import wait_for_jobs
from greenmine_desktop.gui.main_window import MainWindow
from greenmine_desktop.gui.settings import Settings
from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import demo_root
from greenmine_desktop.store.workspace import Workspace

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("GreenMine")
    app.setOrganizationName("GreenMine")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(get_asset("resources/icons/greenmine.png"))))
    return app


class Shell:
    """Owns the one main window and rebuilds it when the language or workspace changes."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None
        self.ws: Workspace | None = None

    def open(self, folder: Path, lang: str) -> bool:
        try:
            ws = Workspace.open(folder)
        except UserError as exc:
            show_error(self.window, exc, lang)
            return False
        install_language(lang)  # only now: a failed open leaves the running window as it was
        old_window, old_ws = self.window, self.ws
        self.ws, self.window = ws, MainWindow(ws, self.settings, lang)
        self.window.reopenRequested.connect(self.open)
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_ws is not None:
            old_ws.close()
        self.settings.last_workspace = ws.folder
        self.window.show()
        return True


def _choose_folder(settings: Settings, workspace: Path | None, demo: bool) -> Path | None:
    if demo:
        from greenmine_desktop.services.demo_loop import ensure_demo

        return ensure_demo(demo_root())
    if workspace is not None:
        return workspace
    last = settings.last_workspace
    if last and Workspace.is_in(last):
        return last
    from greenmine_desktop.gui.setup_dialogs import FirstStartDialog

    first = FirstStartDialog(settings.language)
    return first.folder if first.exec() else None


def run_gui(workspace: Path | None = None, demo: bool = False) -> int:
    app = application()
    settings = Settings()
    install_excepthook(lambda: settings.language)
    install_language(settings.language)
    folder = _choose_folder(settings, workspace, demo)
    shell = Shell(settings)
    if folder is None or not shell.open(folder, settings.language):
        return 1
    code = app.exec()
    wait_for_jobs()
    return code
