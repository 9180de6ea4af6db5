"""The main window: register pages, menus with standard shortcuts, remembered layout."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget

from greenmine_desktop import __version__, clock
from greenmine_desktop.gui.change_watcher import ChangeWatcher
from greenmine_desktop.gui.lazy_page import LazyPage
from greenmine_desktop.gui.mine_page import LARGEST_REGISTER, MineRegisterPage
from greenmine_desktop.gui.ops import Changes, notifier, release_writer
from greenmine_desktop.gui.settings import Settings
from greenmine_desktop.gui.steady_label import keep_size
from greenmine_desktop.gui.workspace_actions import WorkspaceActions
from greenmine_desktop.store.workspace import Workspace

if TYPE_CHECKING:
    from greenmine_desktop.gui.boundary_files import MineExports, SourceChoice
    from greenmine_desktop.gui.import_dialog import RegisterImport
    from greenmine_desktop.gui.package_actions import PackageActions

# What the first paint waits for is only the register's first page (the other ids are read
# just after it: gui/mine_table_model.py), the other tabs are built
# when first shown (gui/lazy_page.py), the import, export and package flows with their
# services when first used (the cached properties below), and the status bar's counts
# right after the first paint (tests/test_layers.py keeps it so).


class MainWindow(QMainWindow):
    #: Asked for by the user; the application rebuilds the window (language, workspace).
    reopenRequested = Signal(object, str)  # workspace folder, language
    #: The status bar's counts are in, just after the first paint.
    statusBarFilled = Signal()

    def __init__(self, ws: Workspace, settings: Settings, lang: str) -> None:
        super().__init__()
        ws.refuse_writes()  # the window only reads here; its writes are operations (gui/ops.py)
        self.ws, self.settings, self.lang = ws, settings, lang
        self.setObjectName("MainWindow")
        kind = self.tr("County office") if ws.kind == "county" else self.tr("Field laptop")
        self.setWindowTitle(f"GreenMine — {ws.meta('county') or ws.folder.name} ({kind})")
        self.mine_page = MineRegisterPage(ws, lang, self)
        self.inspectors_tab = LazyPage(self._inspector_page, self)
        self.inspections_tab = LazyPage(self._inspection_page, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.mine_page, self.tr("Mine register"))
        self.tabs.addTab(self.inspectors_tab, self.tr("Inspectors"))
        self.tabs.addTab(self.inspections_tab, self.tr("Inspections"))
        if ws.kind == "county":  # draws are the county office's; field laptops only inspect
            self.draw_tab = LazyPage(self._draw_page, self)
            self.tabs.addTab(self.draw_tab, self.tr("Draws"))
            self.follow_up_tab = LazyPage(self._follow_up_page, self)
            self.tabs.addTab(self.follow_up_tab, self.tr("Follow-up"))
            self.dashboard_tab = LazyPage(self._dashboard_page, self)
            self.tabs.addTab(self.dashboard_tab, self.tr("Statistics"))
        self.setCentralWidget(self.tabs)
        self.overdue_label = QLabel()
        self.statusBar().addPermanentWidget(self.overdue_label)
        self.count_label = QLabel()
        keep_size(self.count_label, self.tr("%n mine(s) shown", "", LARGEST_REGISTER))
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(str(ws.folder))
        self.mine_page.countChanged.connect(self._show_count)
        self._show_count(self.mine_page.model.rowCount())
        self.care = WorkspaceActions(self, ws, lang, settings.operator)
        self.care.openRequested.connect(lambda folder: self.reopenRequested.emit(folder, self.lang))
        self._painted = False
        self.setAcceptDrops(True)  # a PDF or package dropped on the window is checked
        notifier().changed.connect(self._changed)
        self.watcher = ChangeWatcher(ws, settings.operator, self)
        self._build_menus()
        self._restore_layout()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._painted:  # the window is on screen: now what it can show a moment later
            self._painted = True
            QTimer.singleShot(0, self._fill_status_bar)

    def _fill_status_bar(self) -> None:
        """What needs queries of its own: the register list's other pages, the overdue
        rectifications (county) and the backup reminder, read once the window has been
        painted (unless it was closed meanwhile, or let go of its workspace)."""
        if not self.isVisible() or not self.tabs.isVisible():
            return
        self.mine_page.model.complete()
        if self.ws.kind == "county":
            self._show_overdue(self._overdue_count())
        self.care.show_reminder()
        self.statusBarFilled.emit()

    def _overdue_count(self) -> int:
        from greenmine_desktop.services.case_list import overdue

        return len(overdue(self.ws))

    @cached_property
    def boundary_sources(self) -> SourceChoice:
        from greenmine_desktop.gui.boundary_files import SourceChoice

        return SourceChoice(self, self.ws, self.lang, lambda: getattr(
            self.mine_page.boundary_view, "shown_licence", None))

    @cached_property
    def importer(self) -> RegisterImport:
        from greenmine_desktop.gui.import_dialog import RegisterImport
        from greenmine_desktop.services import mine_import

        return RegisterImport(self, self.ws.folder, self.lang, self.tr("Import mines"),
                              (self.tr("Licence No."), self.tr("Mine")), mine_import.preview_import,
                              mine_import.apply_import, Changes(mines=True), self._imported, self.boundary_sources)

    @cached_property
    def inspector_importer(self) -> RegisterImport:
        from greenmine_desktop.gui.import_dialog import RegisterImport
        from greenmine_desktop.services import inspector_import

        return RegisterImport(
            self, self.ws.folder, self.lang, self.tr("Import inspectors"), (self.tr("Badge No."), self.tr("Name")),
            inspector_import.preview_import, inspector_import.apply_import, Changes(inspectors=True), self._imported)

    @cached_property
    def exports(self) -> MineExports:
        from greenmine_desktop.gui.boundary_files import MineExports

        return MineExports(self, self.ws.folder, self.lang, clock.today().year)

    @cached_property
    def packages(self) -> PackageActions:
        from greenmine_desktop.gui.package_actions import PackageActions

        return PackageActions(self, self.ws, self.lang, self.settings.operator)

    def _action(self, text: str, slot: Callable[[], object], shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        open_action = self._action(self.tr("&Open workspace…"), self.open_workspace, QKeySequence.StandardKey.Open)
        file_menu.addAction(open_action)
        file_menu.addAction(self._action(self.tr("Import &mines…"), lambda: self.importer.choose_and_run(), "Ctrl+I"))
        file_menu.addAction(self._action(self.tr("Import i&nspectors…"),
                                         lambda: self.inspector_importer.choose_and_run(), "Ctrl+Shift+I"))
        file_menu.addAction(self._action(self.tr("New ins&pection…"), self._new_inspection, "Ctrl+N"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Export the register…"), lambda: self.exports.choose_register()))
        file_menu.addAction(self._action(self.tr("Export a &year's results…"), lambda: self.exports.choose_results()))
        file_menu.addSeparator()
        if self.ws.kind == "county":
            file_menu.addAction(self._action(self.tr("Import &return packages…"),
                                             lambda: self.packages.choose_returns(), "Ctrl+Shift+R"))
        else:
            file_menu.addAction(self._action(self.tr("Open an &assignment package…"),
                                             lambda: self.packages.choose_task(), "Ctrl+Shift+A"))
            file_menu.addAction(self._action(self.tr("Export the &return package…"),
                                             lambda: self.packages.choose_return(), "Ctrl+Shift+R"))
        file_menu.addSeparator()
        if self.ws.kind == "county":
            file_menu.addAction(self._action(self.tr("&Certificates…"), self.care.certificates))
        file_menu.addAction(self._action(self.tr("Chec&k a file…"), lambda: self.care.check_file(), "Ctrl+Shift+V"))
        file_menu.addAction(self._action(self.tr("&Back up the workspace…"), self.care.back_up, "Ctrl+Shift+B"))
        file_menu.addAction(self._action(self.tr("Res&tore from a backup…"), self.care.restore))
        self.server_action = self._action(self.tr("Connect to a ser&ver…"), lambda: self.care.connect_server(
            self.let_go))
        refusal = self.care.server_refusal()
        if refusal is not None:
            self.server_action.setEnabled(False)
            self.server_action.setToolTip(refusal)
            self.server_action.setStatusTip(refusal)
        file_menu.addAction(self.server_action)
        file_menu.setToolTipsVisible(True)  # the reason a disabled item is not offered
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Mine register"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1"))
        view_menu.addAction(self._action(self.tr("&Inspectors"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2"))
        view_menu.addAction(self._action(self.tr("I&nspections"), lambda: self.tabs.setCurrentIndex(2), "Ctrl+3"))
        if self.ws.kind == "county":
            view_menu.addAction(self._action(self.tr("&Draws"), lambda: self.tabs.setCurrentWidget(self.draw_tab),
                                             "Ctrl+4"))
            view_menu.addAction(self._action(self.tr("&Follow-up"),
                                             lambda: self.tabs.setCurrentWidget(self.follow_up_tab), "Ctrl+5"))
            view_menu.addAction(self._action(self.tr("&Statistics"),
                                             lambda: self.tabs.setCurrentWidget(self.dashboard_tab), "Ctrl+6"))
        view_menu.addAction(self._action(self.tr("&Find mine"), self._focus_filter, QKeySequence.StandardKey.Find))

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = self._action(name, lambda checked=False, c=code: self.change_language(c))
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            group.addAction(action)
            language_menu.addAction(action)
        if self.ws.kind == "county":
            settings_menu.addAction(self._action(self.tr("&Holiday schedule…"), self.holiday_schedule))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About GreenMine"), self.about))

    def _inspector_page(self, parent):
        from greenmine_desktop.gui.inspector_page import InspectorPage

        return InspectorPage(self.ws, self.lang, parent)

    def _inspection_page(self, parent):
        from greenmine_desktop.gui.inspection_page import InspectionPage

        return InspectionPage(self.ws, self.lang, self.settings.operator, parent)

    def _draw_page(self, parent):
        from greenmine_desktop.gui.draw_page import DrawPage

        return DrawPage(self.ws, self.lang, self.settings.operator, parent)

    def _follow_up_page(self, parent):
        from greenmine_desktop.gui.follow_up_page import FollowUpPage

        page = FollowUpPage(self.ws, self.lang, self.settings.operator, parent)
        page.overdueChanged.connect(self._show_overdue)
        return page

    def _dashboard_page(self, parent):
        from greenmine_desktop.gui.dashboard_page import DashboardPage

        return DashboardPage(self.ws, self.lang, self.settings.operator, parent)

    def _show_overdue(self, count: int) -> None:
        """Overdue rectifications stand out on every tab."""
        self.overdue_label.setText(self.tr("%n overdue rectification(s)", "", count) if count else "")
        self.overdue_label.setStyleSheet("color: #b00020; font-weight: bold" if count else "")

    @property
    def inspector_page(self):
        return self.inspectors_tab.page

    @property
    def inspection_page(self):
        return self.inspections_tab.page

    def _changed(self, changes: Changes) -> None:
        """After an operation: each page that shows what changed reloads (keeping its selection)."""
        if changes.mines:
            self.mine_page.reload()
        if (changes.inspectors or changes.mines) and self.inspectors_tab.built:  # avoidances name mines
            self.inspector_page.reload()
        if changes.inspections and self.inspections_tab.built:
            self.inspection_page.reload()
        if self.ws.kind != "county":
            return
        if (changes.draws or changes.plans) and self.draw_tab.built:
            self.draw_tab.page.reload_history()
        if (changes.cases or changes.inspections) and self.follow_up_tab.built:
            self.follow_up_tab.page.refresh()
        if changes.cases or changes.inspections:
            self._show_overdue(self._overdue_count())
        if (changes.inspections or changes.cases or changes.draws) and self.dashboard_tab.built:
            self.dashboard_tab.page.reload()

    def holiday_schedule(self) -> None:
        """Enter a year's schedule; deadlines it moved show at once in the lists."""
        from greenmine_desktop.gui.holiday_dialog import HolidayDialog

        dialog = HolidayDialog(self.ws, self.lang, self.settings.operator, self)
        dialog.exec()  # saving announces what it moved (cases, draws): the lists refresh from that

    def _new_inspection(self) -> None:
        self.tabs.setCurrentWidget(self.inspections_tab)
        self.inspection_page.start_new()

    def _focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.mine_page.focus_filter()

    def _show_count(self, shown: int) -> None:
        self.count_label.setText(self.tr("%n mine(s) shown", "", shown))

    def _imported(self, message: str) -> None:
        self.statusBar().showMessage(message, 15_000)

    def open_workspace(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open workspace"), str(self.ws.folder.parent))
        if folder:
            self.reopenRequested.emit(Path(folder), self.lang)

    def change_language(self, lang: str) -> None:
        if lang != self.lang:
            self.settings.language = lang
            self.reopenRequested.emit(self.ws.folder, lang)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About GreenMine"),
            self.tr("<h3>GreenMine Desktop %1</h3><p>Green-mine spot checks for county natural-resources "
                    "bureaus: double-random draws, field inspections offline, signed reports.</p>")
            .replace("%1", __version__),
        )

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_layout()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state("mines")
        if splitter is not None:
            self.mine_page.splitter.restoreState(splitter)

    def dragEnterEvent(self, event) -> None:
        from greenmine_desktop.gui.verify_dialog import dropped_paths

        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        from greenmine_desktop.gui.verify_dialog import dropped_paths

        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.care.check_file(paths[0])

    def let_go(self) -> None:
        """Close this window's connection to its workspace and stop watching it, for a
        move of its database (gui/server_dialog.py); the window is rebuilt after. The
        pages are hidden meanwhile: their lists fetch rows as they paint."""
        self.tabs.setVisible(False)
        self.watcher.pause()
        self.ws.close()

    def closeEvent(self, event) -> None:
        self.settings.save_window_layout(self.saveGeometry(), self.saveState())
        self.settings.save_splitter_state("mines", self.mine_page.splitter.saveState())
        self.settings.sync()
        notifier().changed.disconnect(self._changed)
        self.watcher.stop()
        if self.inspections_tab.built:
            self.inspection_page.flush()  # the inspection's last edits are written before the window goes
        release_writer(self.ws.folder)
        super().closeEvent(event)
