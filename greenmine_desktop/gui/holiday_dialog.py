"""The county clerk enters a year's holiday schedule from the State Council's notice:
typed (a line a day or a run of days) or loaded from a small CSV, shown as the year's
twelve months to check, then saved; the deadlines that moved are listed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from greenmine_desktop.domain.deadlines import OFF, HolidayDay
from greenmine_desktop.gui.errors import error_sentence
from greenmine_desktop.gui.file_dialogs import open_file
from greenmine_desktop.gui.ops import Changes, run_op
from greenmine_desktop.services import holiday_schedule
from greenmine_desktop.store.workspace import Workspace

OFF_COLOUR, WORK_COLOUR = QColor("#f4c7c3"), QColor("#c6dafc")


class HolidayDialog(QDialog):
    def __init__(self, ws: Workspace, lang: str, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.lang, self.actor = ws, lang, actor
        self.days: list[HolidayDay] = []
        self.entered: holiday_schedule.YearEntered | None = None
        self.setWindowTitle(self.tr("Holiday schedule"))
        known = holiday_schedule.known_years(ws)
        self.year = QSpinBox(self, minimum=2000, maximum=2100, value=(known[-1] + 1) if known else 2027)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText("国办发明电〔YYYY〕N号")
        self.title = QLineEdit(self)
        self.replace = QCheckBox(self.tr("Replace the year if it is already entered"), self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("One line a day or a run of days: date, 休 (day off) or 班 (adjusted "
                                             "working day), name. For example:\n2027-10-01~2027-10-07,休,国庆节\n"
                                             "2027-10-09,班,国庆节"))
        load = QPushButton(self.tr("&Load CSV…"), self)
        load.clicked.connect(self.choose_file)
        check = QPushButton(self.tr("&Show as calendar"), self)
        check.clicked.connect(self.show_calendar)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.months = [self._month() for _ in range(12)]
        self.month_titles = [QLabel(self) for _ in range(12)]
        grid = QGridLayout()
        for n, (title, month) in enumerate(zip(self.month_titles, self.months, strict=True)):
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(title, 2 * (n // 4), n % 4)
            grid.addWidget(month, 2 * (n // 4) + 1, n % 4)
        self.moved = QPlainTextEdit(self)
        self.moved.setReadOnly(True)
        self.moved.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("Notice &number"), self.number)
        form.addRow(self.tr("Notice &title"), self.title)
        form.addRow("", self.replace)
        actions = QHBoxLayout()
        actions.addWidget(load)
        actions.addWidget(check)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.moved)
        layout.addWidget(self.buttons)
        self.year.valueChanged.connect(self._year_changed)
        self.text.textChanged.connect(self._unchecked)
        self._year_changed()

    def _month(self) -> QCalendarWidget:
        month = QCalendarWidget(self)
        month.setNavigationBarVisible(False)
        month.setSelectionMode(QCalendarWidget.SelectionMode.NoSelection)
        month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        month.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames)
        month.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        month.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Nothing is chosen here: the selected day must not look like a coloured one.
        month.setStyleSheet("QCalendarWidget QAbstractItemView { selection-background-color: transparent; "
                            "selection-color: palette(text); }")
        return month

    def _year_changed(self) -> None:
        year = self.year.value()
        self.title.setPlaceholderText(holiday_schedule.notice_title(year))
        for n, (title, month) in enumerate(zip(self.month_titles, self.months, strict=True), start=1):
            title.setText(f"{year}-{n:02d}")
            month.setDateRange(QDate(year, n, 1), QDate(year, n, 1).addMonths(1).addDays(-1))
            month.setCurrentPage(year, n)
        self._unchecked()

    def _unchecked(self) -> None:
        """Anything changed: the calendar must be looked at again before saving."""
        self.days = []
        self.save_button.setEnabled(False)
        self._paint([])

    def choose_file(self) -> None:
        path = open_file(self, "holidays", self.tr("Holiday schedule"), self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        try:
            days = holiday_schedule.read_days_file(path, self.year.value())
        except Exception as exc:  # noqa: BLE001 - shown as its sentence
            self.error.setText(error_sentence(exc, self.lang))
            return
        self.text.setPlainText("\n".join(f"{d.day.isoformat()},{'休' if d.kind == OFF else '班'},{d.name}"
                                         for d in days))
        self.show_calendar()

    def show_calendar(self) -> None:
        """Read the text and paint the year: days off red, adjusted working days blue."""
        try:
            days = holiday_schedule.parse_days(self.text.toPlainText(), self.year.value())
        except Exception as exc:  # noqa: BLE001 - shown as its sentence
            self.error.setText(error_sentence(exc, self.lang))
            self._unchecked()
            return
        self.error.clear()
        self._paint(days)
        self.days = days
        off = sum(1 for d in days if d.kind == OFF)
        self.summary.setText(self.tr("%1 day(s) off (red), %2 adjusted working day(s) (blue). Check them against "
                                     "the notice, then save.").replace("%1", str(off))
                             .replace("%2", str(len(days) - off)))
        self.save_button.setEnabled(True)

    def _paint(self, days: list[HolidayDay]) -> None:
        plain = QTextCharFormat()
        for month in self.months:
            month.setDateTextFormat(QDate(), plain)  # a null date clears every format
        for d in days:
            paint = QTextCharFormat()
            paint.setBackground(OFF_COLOUR if d.kind == OFF else WORK_COLOUR)
            paint.setToolTip(f"{'休' if d.kind == OFF else '班'} {d.name}")
            self.months[d.day.month - 1].setDateTextFormat(QDate(d.day), paint)
        painted = {d.day for d in days}
        for n, month in enumerate(self.months, start=1):  # the selected day is drawn plain: make it a plain one
            first = date(self.year.value(), n, 1)
            month.setSelectedDate(QDate(next(first + timedelta(days=k) for k in range(31)
                                             if first + timedelta(days=k) not in painted)))
        if not days:
            self.summary.clear()

    def painted(self, day: date) -> str:
        """'off', 'work' or '' as the calendar shows the day (for tests and screen readers)."""
        colour = self.months[day.month - 1].dateTextFormat(QDate(day)).background().color()
        return OFF if colour == OFF_COLOUR else "work" if colour == WORK_COLOUR else ""

    def save(self) -> None:
        year, days, number, title, actor, replace = (self.year.value(), self.days, self.number.text(),
                                                     self.title.text(), self.actor, self.replace.isChecked())
        self.save_button.setEnabled(False)
        # deadlines of cases and the draws' publication due dates may move: the lists show them
        self.job = run_op(
            self, self.ws.folder, self.lang, self.tr("Saving the schedule…"),
            lambda ws, _report: holiday_schedule.enter_year(ws, year, days, number, title, actor, replace),
            Changes(cases=True, draws=True), self._saved, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_sentence(exc, self.lang))
        self.save_button.setEnabled(bool(self.days))

    def _saved(self, entered: holiday_schedule.YearEntered) -> None:
        self.entered = entered
        self.summary.setText(self.tr("The %1 schedule is saved. %2 provisional deadline(s) reckoned again, %3 moved.")
                             .replace("%1", str(entered.year)).replace("%2", str(entered.rechecked))
                             .replace("%3", str(len(entered.moved))))
        self.moved.setPlainText("\n".join(
            f"{m.number}  {m.addressee}  {m.before.isoformat()} → {m.after.isoformat()}"
            + (self.tr(" (still provisional)") if m.still_provisional else "") for m in entered.moved))
        self.moved.setVisible(bool(entered.moved))
        self.save_button.hide()
