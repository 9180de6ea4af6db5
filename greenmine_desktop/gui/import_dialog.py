"""Import a register (mines or inspectors) from a file: check in the background, preview,
confirm, apply in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop.gui.boundary_files import SourceChoice
from greenmine_desktop.gui.file_dialogs import open_file
from greenmine_desktop.gui.forms import load_form
from greenmine_desktop.gui.generated.ui_import_preview import Ui_ImportPreviewDialog
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.messages import text
from greenmine_desktop.services.row_import import ImportPreview
from greenmine_desktop.store.workspace import Workspace

PreviewFn = Callable[..., ImportPreview]  # (workspace, path, progress[, options=…])
ApplyFn = Callable[[Workspace, ImportPreview], tuple[int, int]]

REFUSED_COLOUR = QColor("#fde7e7")
WARNING_COLOUR = QColor("#fff4d6")


class ImportPreviewDialog(QDialog):
    """Every row with its fate (new, update, refused and why); OK imports the valid rows."""

    def __init__(self, preview: ImportPreview, lang: str, title: str, titles: tuple[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form(Ui_ImportPreviewDialog, None)
        self.setWindowTitle(self.tr("%1: preview").replace("%1", title))
        self.resize(form.minimumSize())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self._preview, self._lang, self._titles = preview, lang, titles
        self.summary: QLabel = form.findChild(QLabel, "summaryLabel")
        self.table: QTableWidget = form.findChild(QTableWidget, "rowTable")
        self.refused_only: QCheckBox = form.findChild(QCheckBox, "refusedOnlyCheck")
        buttons: QDialogButtonBox = form.findChild(QDialogButtonBox, "buttons")
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import %n valid row(s)", "", len(preview.accepted)))
        self.import_button.setEnabled(bool(preview.accepted))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.refused_only.toggled.connect(self._filter_rows)
        self.summary.setText(
            self.tr("%1: %2 new, %3 updates, %5 unchanged, %4 refused. Nothing is written until you import.")
            .replace("%1", preview.source.name).replace("%2", str(preview.count("new")))
            .replace("%3", str(preview.count("update"))).replace("%4", str(len(preview.refused)))
            .replace("%5", str(preview.count("unchanged")))
        )
        self._fill()

    def _fill(self) -> None:
        actions = {"new": self.tr("New"), "update": self.tr("Update"), "unchanged": self.tr("Unchanged"),
                   "refused": self.tr("Refused")}
        headers = [self.tr("Row"), *self._titles, self.tr("Result"), self.tr("Reason")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self._preview.rows))
        for index, row in enumerate(self._preview.rows):
            notes = "；".join(p.message(self._lang) for p in row.problems + row.warnings)
            cells = (str(row.row), row.key, row.name, actions[row.action], notes)
            colour = REFUSED_COLOUR if row.problems else WARNING_COLOUR if row.warnings else None
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if colour is not None:
                    item.setBackground(colour)
                self.table.setItem(index, column, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((50, 200, 220, 60)):
            self.table.setColumnWidth(column, width)

    def _filter_rows(self, refused_only: bool) -> None:
        for index, row in enumerate(self._preview.rows):
            self.table.setRowHidden(index, refused_only and not row.problems)


class RegisterImport(QObject):
    """The import flow: pick a file, check it off the GUI thread, preview, apply off the GUI thread."""

    def __init__(self, parent: QWidget, ws_folder: Path, lang: str, title: str, columns: tuple[str, str],
                 preview: PreviewFn, apply: ApplyFn, changes: Changes, on_imported: Callable[[str], None],
                 sources: SourceChoice | None = None) -> None:
        super().__init__(parent)
        self._parent, self._folder, self._lang, self._on_imported = parent, ws_folder, lang, on_imported
        self._title, self._columns, self._preview_fn, self._apply_fn = title, columns, preview, apply
        self._changes, self._sources = changes, sources
        self.dialog: ImportPreviewDialog | None = None

    def choose_and_run(self) -> None:
        file_filter = self._sources.file_filter if self._sources else self.tr("Register files (*.csv *.xlsx)")
        path = open_file(self._parent, "registers", self._title, file_filter + ";;" + self.tr("All files (*)"))
        if path:
            self.run(path)

    def run(self, path: Path) -> None:
        options = {}
        if self._sources is not None:  # what a boundary file does not say (layer, CRS, mine) is asked first
            asked = self._sources.ask(path)
            if asked is None:
                return
            options = {"options": asked}
        run_op(self._parent, self._folder, self._lang, self.tr("Checking %1…").replace("%1", path.name),
               lambda ws, report: self._preview_fn(ws, path, report, **options), on_success=self._previewed)

    def _previewed(self, preview: ImportPreview) -> None:
        self.dialog = ImportPreviewDialog(preview, self._lang, self._title, self._columns, self._parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda: self._apply(preview))
        self.dialog.open()

    def _apply(self, preview: ImportPreview) -> None:
        unchanged = preview.count("unchanged")
        run_op(self._parent, self._folder, self._lang, self.tr("Importing…"),
               lambda ws, report: self._apply_fn(ws, preview), self._changes,
               on_success=lambda counts: self._applied(counts, unchanged))

    def _applied(self, counts: tuple[int, int], unchanged: int) -> None:
        new, updated = counts
        self._on_imported(text("import_done", self._lang, accepted=new + updated + unchanged, new=new,
                               updated=updated, unchanged=unchanged))
