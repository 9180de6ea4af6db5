"""The spot-check plan editor: which mines are eligible, how many to draw, the teams.

As any setting changes, the editor says how many mines are eligible, how many the draw
will take and how many inspectors are in the pool (a short debounce keeps typing smooth
on a 50,000-mine register).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from greenmine_desktop.domain import vocab
from greenmine_desktop.domain.draw import MIN_TEAM, SampleRule, sample_size
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.item_dialog import ItemDialog
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.messages import UserError
from greenmine_desktop.services.draw_plans import (
    FILTER_COLUMNS,
    Plan,
    draw_inputs,
    item_names,
    load_plan,
    plan_names,
    save_plan,
)
from greenmine_desktop.services.mine_register import distinct_values
from greenmine_desktop.store.workspace import Workspace

VOCABS = {"status": vocab.STATUS, "scale": vocab.SCALE, "green_level": vocab.GREEN_LEVEL}
CODE = Qt.ItemDataRole.UserRole


class PlanEditor(QWidget):
    saved = Signal(str)  # plan name

    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.actor = ws, lang, actor
        self.plan_name = QComboBox(self)
        self.plan_name.setEditable(True)
        self.plan_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.plan_name.addItems(plan_names(ws))
        self.item = QComboBox(self)
        self.item.addItems(item_names(ws))
        titles = {"status": self.tr("Status"), "mineral": self.tr("Mineral"), "scale": self.tr("Scale"),
                  "green_level": self.tr("Green-mine list level"), "town": self.tr("Town")}
        self.filters: dict[str, QListWidget] = {}
        form = QFormLayout(self)
        # In a narrow pane (and in English, whose labels are longer) a label goes above its field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Plan"), self.plan_name)
        items_button = QPushButton(self.tr("Items…"), self)
        items_button.clicked.connect(self.edit_items)
        item_row = QHBoxLayout()
        item_row.addWidget(self.item, 1)
        item_row.addWidget(items_button)
        item_label = QLabel(self.tr("Spot-check &item"), self)  # a label with a buddy: "&" is a shortcut
        item_label.setBuddy(self.item)
        form.addRow(item_label, item_row)
        for column in FILTER_COLUMNS:
            values = QListWidget(self)
            values.setMaximumHeight(86)
            for code in distinct_values(ws, column):
                label = vocab.label(VOCABS[column], code, lang) if column in VOCABS else code
                entry = QListWidgetItem(label, values)
                entry.setData(CODE, code)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
            values.setToolTip(self.tr("Tick the values to keep; none ticked keeps all."))
            self.filters[column] = values
            form.addRow(titles[column], values)
        self.exclude = QSpinBox(self)
        self.exclude.setRange(0, 60)
        self.exclude.setSpecialValueText(self.tr("no exclusion"))
        self.exclude.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Leave out mines checked in the last"), self.exclude)
        self.by_ratio = QRadioButton(self.tr("Ratio"), self)
        self.by_count = QRadioButton(self.tr("Number"), self)
        self.ratio = QDoubleSpinBox(self)
        self.ratio.setRange(1, 100)
        self.ratio.setSuffix(" %")
        self.count = QSpinBox(self)
        self.count.setRange(1, 100_000)
        sample = QGridLayout()  # ratio and number on lines of their own: side by side they were cut
        for row, (choice, value) in enumerate(((self.by_ratio, self.ratio), (self.by_count, self.count))):
            sample.addWidget(choice, row, 0)
            sample.addWidget(value, row, 1)
        sample.setColumnStretch(1, 1)
        form.addRow(self.tr("Sample"), sample)
        self.stratum = QComboBox(self)
        self.stratum.addItem(self.tr("none"), "")
        for column in ("town", "mineral", "scale", "green_level"):
            self.stratum.addItem(titles[column], column)
        form.addRow(self.tr("Per stratum"), self.stratum)
        self.always_abnormal = QCheckBox(self.tr("Always include mines on the abnormal list"), self)
        form.addRow("", self.always_abnormal)
        self.always_complaints = QCheckBox(self.tr("Always include mines with complaints on record"), self)
        form.addRow("", self.always_complaints)
        self.team_size = QSpinBox(self)
        self.team_size.setRange(MIN_TEAM, 9)
        form.addRow(self.tr("Team size (at least two)"), self.team_size)
        self.max_load = QSpinBox(self)
        self.max_load.setRange(1, 1000)
        self.max_load.setSuffix(self.tr(" mines"))
        form.addRow(self.tr("Most mines per inspector"), self.max_load)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600")
        form.addRow(self.summary)
        self.save_button = QPushButton(self.tr("Save plan (Ctrl+S)"), self)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)

        self._recount = QTimer(self, singleShot=True, interval=150, timeout=self.update_summary)
        self.plan_name.currentIndexChanged.connect(self._load_selected)
        for box in self.filters.values():
            box.itemChanged.connect(self._changed)
        for spin in (self.exclude, self.ratio, self.count, self.team_size, self.max_load):
            spin.valueChanged.connect(self._changed)
        for toggle in (self.by_ratio, self.always_abnormal, self.always_complaints):
            toggle.toggled.connect(self._changed)
        self.stratum.currentIndexChanged.connect(self._changed)
        self._load_selected()

    def edit_items(self) -> None:
        dialog = ItemDialog(self.ws, self.actor, self, self.lang)
        dialog.finished.connect(self._items_changed)
        dialog.open()
        self.item_dialog = dialog

    def _items_changed(self) -> None:
        current = self.item.currentText()
        self.item.clear()
        self.item.addItems(item_names(self.ws))
        self.item.setCurrentText(current)

    def _load_selected(self) -> None:
        name = self.plan_name.currentText()
        if name in plan_names(self.ws):
            self.show_plan(load_plan(self.ws, name))

    def show_plan(self, plan: Plan) -> None:
        self.item.setCurrentText(plan.item)
        for column, box in self.filters.items():
            wanted = set(plan.filters.get(column, []))
            for row in range(box.count()):
                entry = box.item(row)
                entry.setCheckState(Qt.CheckState.Checked if entry.data(CODE) in wanted else Qt.CheckState.Unchecked)
        self.exclude.setValue(plan.exclude_checked_months)
        rule = plan.rule
        self.by_ratio.setChecked(rule.ratio is not None)
        self.by_count.setChecked(rule.ratio is None)
        self.ratio.setValue((rule.ratio or 0.2) * 100)
        self.count.setValue(rule.count or 10)
        self.stratum.setCurrentIndex(max(0, self.stratum.findData(plan.stratum if rule.per_stratum else "")))
        self.always_abnormal.setChecked(plan.always_abnormal)
        self.always_complaints.setChecked(plan.always_complaints)
        self.team_size.setValue(rule.team_size)
        self.max_load.setValue(min(rule.max_load, 1000))
        self.update_summary()

    def plan(self) -> Plan:
        filters = {column: [box.item(r).data(CODE) for r in range(box.count())
                            if box.item(r).checkState() == Qt.CheckState.Checked]
                   for column, box in self.filters.items()}
        stratum = self.stratum.currentData()
        rule = SampleRule(count=None if self.by_ratio.isChecked() else self.count.value(),
                          ratio=round(self.ratio.value() / 100, 4) if self.by_ratio.isChecked() else None,
                          per_stratum=bool(stratum), team_size=self.team_size.value(), max_load=self.max_load.value())
        return Plan(self.plan_name.currentText().strip(), self.item.currentText(), rule,
                    {c: v for c, v in filters.items() if v}, stratum, self.always_abnormal.isChecked(),
                    self.always_complaints.isChecked(), self.exclude.value())

    def _changed(self) -> None:
        """Count again shortly after the last change, only while the editor is on screen:
        a count due after the window closed would read a workspace being closed."""
        if self.isVisible():
            self._recount.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The register or the plan may have changed while another tab was showing."""
        self.update_summary()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._recount.stop()
        super().hideEvent(event)

    def update_summary(self) -> None:
        try:
            inputs = draw_inputs(self.ws, self.plan())
            text = self.tr("Eligible: %1 mines; the draw takes %2. Inspectors in the pool: %3.") \
                .replace("%1", str(len(inputs.candidates))).replace("%2", str(sample_size(inputs))) \
                .replace("%3", str(len(inputs.inspectors)))
            self.summary.setStyleSheet("font-weight: 600")
        except UserError as exc:
            text = error_sentence(exc, self.lang)
            self.summary.setStyleSheet("font-weight: 600; color: #b00020")
        self.summary.setText(text)

    def save(self) -> None:
        plan = self.plan()
        if not plan.name:
            self.summary.setText(self.tr("Give the plan a name."))
            return
        actor = self.actor
        self.job = run_op(self, self.ws.folder, self.lang, self.tr("Saving the plan…"),
                          lambda ws, _report: save_plan(ws, plan, actor), Changes(plans=True),
                          lambda _: self._saved(plan.name),
                          lambda exc: self.summary.setText(error_sentence(exc, self.lang)))

    def _saved(self, name: str) -> None:
        if self.plan_name.findText(name) < 0:
            self.plan_name.addItem(name)
        self.saved.emit(name)
