"""The deadline a notice will carry, shown before it is issued: the day, and when the
year it reaches has no holiday schedule entered yet, that it is provisional (暂定) and
why. The clerk can still issue; the deadline is reckoned again when the year is entered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from greenmine_desktop.domain.deadlines import reckon
from greenmine_desktop.services.working_days import schedule
from greenmine_desktop.store.workspace import Workspace


def provisional_text(day: date | None, provisional: bool) -> str:
    """A deadline as lists show it: the day, marked 暂定 when provisional."""
    if day is None:
        return ""
    if not provisional:
        return str(day)
    return QCoreApplication.translate("DeadlinePreview", "%1 (provisional)").replace("%1", str(day))


class DeadlinePreview(QLabel):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        """``ws`` is the window's own (reading) workspace: the schedule is read once."""
        super().__init__(parent)
        self.setWordWrap(True)
        self.schedule = schedule(ws)
        self.provisional = False

    def show_for(self, start: date, days: int, working: bool) -> None:
        due = reckon(start, days, working, self.schedule)
        self.provisional = due.provisional
        if not due.provisional:
            self.setStyleSheet("")
            self.setText(self.tr("Deadline: %1").replace("%1", str(due.day)))
            return
        unknown = next(y for y in range(start.year, due.day.year + 1) if not self.schedule.knows(y))
        self.setStyleSheet("color: #8a5300")
        self.setText(self.tr("Deadline: %1, provisional. The holiday schedule for %2 is not entered yet, so its "
                             "working days are counted Monday to Friday. You can issue the notice; the deadline is "
                             "reckoned again when the schedule is entered.").replace("%1", str(due.day))
                     .replace("%2", str(unknown)))
