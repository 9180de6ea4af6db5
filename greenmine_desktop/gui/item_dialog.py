"""The spot-check item list (随机抽查事项清单): what the bureau checks, on what legal basis,
how, with which checklist, how much and how often."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.services.checklists import shipped_templates
from greenmine_desktop.services.draw_plans import SpotCheckItem, item_names, load_item, save_item
from greenmine_desktop.store.workspace import Workspace


class ItemDialog(QDialog):
    def __init__(self, ws: Workspace, actor: str, parent: QWidget | None = None, lang: str = "zh_CN") -> None:
        super().__init__(parent)
        self.ws, self.actor, self.lang = ws, actor, lang
        self.setWindowTitle(self.tr("Spot-check items"))
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(item_names(ws))
        self.legal_basis = QLineEdit(self)
        self.scope = QPlainTextEdit(self)
        self.scope.setMaximumHeight(60)
        self.method = QLineEdit(self)
        self.template = QComboBox(self)
        for template in shipped_templates().values():
            self.template.addItem(template.title, template.id)
        self.proportion = QDoubleSpinBox(self)
        self.proportion.setRange(0, 100)
        self.proportion.setSuffix(" %")
        self.frequency = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in ((self.tr("&Item"), self.name), (self.tr("Legal &basis"), self.legal_basis),
                              (self.tr("What is checked"), self.scope), (self.tr("&How"), self.method),
                              (self.tr("&Checklist"), self.template), (self.tr("&Proportion"), self.proportion),
                              (self.tr("&Frequency"), self.frequency)):
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(buttons)
        self.name.currentTextChanged.connect(self._show)
        self._show(self.name.currentText())
        self.resize(560, 420)

    def _show(self, name: str) -> None:
        item = load_item(self.ws, name)
        if item is None:
            return
        self.legal_basis.setText(item.legal_basis)
        self.scope.setPlainText(item.scope)
        self.method.setText(item.method)
        self.template.setCurrentIndex(max(0, self.template.findData(item.template)))
        self.proportion.setValue((item.proportion or 0) * 100)
        self.frequency.setText(item.frequency)

    def item(self) -> SpotCheckItem:
        return SpotCheckItem(self.name.currentText().strip(), self.legal_basis.text().strip(),
                             self.scope.toPlainText().strip(), self.method.text().strip(), self.template.currentData(),
                             round(self.proportion.value() / 100, 4) or None, self.frequency.text().strip())

    def save(self) -> None:
        item = self.item()
        if not item.name:
            self.error.setText(self.tr("Give the item a name."))
            return
        actor = self.actor
        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Saving the item…"),
                          lambda ws, _report: save_item(ws, item, actor), Changes(plans=True),
                          lambda _: self._saved(item.name),
                          lambda exc: self.error.setText(error_sentence(exc, self.lang)))

    def _saved(self, name: str) -> None:
        if self.name.findText(name) < 0:
            self.name.addItem(name)
        self.error.setText(self.tr("Saved."))
