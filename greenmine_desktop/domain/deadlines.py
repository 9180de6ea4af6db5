"""Rectification deadlines in calendar or working days.

Working days follow the State Council's holiday schedule, adjusted working days (调休)
included. The schedule is data (a :class:`HolidaySchedule`, read from the workspace by
services/working_days.py), so the counting rule here stays plain and testable. The
schedule for next year is published in November or December; until it is entered, a day
of that year counts as a working day from Monday to Friday, and a deadline whose
reckoning looked at such a day is **provisional** (暂定).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

OFF, WORK = "off", "work"


@dataclass(frozen=True)
class HolidayDay:
    """One day of a year's schedule: a day off (``off``) or an adjusted working day (``work``)."""
    day: date
    kind: str
    name: str = ""


@dataclass(frozen=True)
class HolidaySchedule:
    """The known years' days off and adjusted working days."""
    years: frozenset[int]
    days_off: frozenset[date]
    adjusted_working_days: frozenset[date]

    @classmethod
    def of(cls, days: Iterable[HolidayDay], years: Iterable[int] = ()) -> HolidaySchedule:
        days = list(days)
        return cls(frozenset(years) | {d.day.year for d in days}, frozenset(d.day for d in days if d.kind == OFF),
                   frozenset(d.day for d in days if d.kind == WORK))

    def knows(self, year: int) -> bool:
        return year in self.years

    def is_workday(self, day: date) -> bool:
        """By the schedule; in a year not known, Monday to Friday."""
        if day in self.adjusted_working_days:
            return True
        return day.weekday() < 5 and day not in self.days_off


@dataclass(frozen=True)
class Deadline:
    day: date
    provisional: bool  # its reckoning looked at a day of a year whose schedule is not known


def deadline(start: date, days: int, working: bool, is_workday: Callable[[date], bool]) -> date:
    """The last day to rectify: ``days`` after ``start`` (the day the notice is served is
    not counted); in working days every holiday and weekend is skipped and every adjusted
    working day counts. A calendar deadline that falls on a day off moves to the next
    working day, as administrative time limits do."""
    if days < 1:
        raise ValueError("a deadline is at least one day")
    day = start
    if working:
        counted = 0
        while counted < days:
            day += timedelta(days=1)
            counted += is_workday(day)
        return day
    day = start + timedelta(days=days)
    while not is_workday(day):
        day += timedelta(days=1)
    return day


def reckon(start: date, days: int, working: bool, schedule: HolidaySchedule) -> Deadline:
    """:func:`deadline` by ``schedule``, provisional when a day it looked at lies in a year
    the schedule does not know (from the day after ``start`` for working days, from the
    calendar day reached for calendar days)."""
    last = deadline(start, days, working, schedule.is_workday)
    first_looked_at = start + timedelta(days=1 if working else days)
    unknown = any(not schedule.knows(year) for year in range(first_looked_at.year, last.year + 1))
    return Deadline(last, unknown)
