"""China's working days from the workspace's holiday schedule (the State Council's, 调休
included), and deadlines reckoned by it.

Nothing here raises for a year whose schedule is not entered yet: its days count Monday
to Friday and the deadline is provisional (暂定), to be reckoned again when the year is
entered (services/holiday_schedule.py)."""

from __future__ import annotations

from datetime import date

from greenmine_desktop.domain.deadlines import Deadline, HolidaySchedule, reckon
from greenmine_desktop.store import holidays
from greenmine_desktop.store.workspace import Workspace


def schedule(ws: Workspace) -> HolidaySchedule:
    return holidays.schedule(ws.conn)


def deadline_by_schedule(ws: Workspace, start: date, days: int, working: bool) -> Deadline:
    return reckon(start, days, working, schedule(ws))


def next_working_day(ws: Workspace, day: date) -> date:
    """The first working day after ``day``."""
    return reckon(day, 1, True, schedule(ws)).day
