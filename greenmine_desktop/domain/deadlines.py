"""Rectification deadlines in calendar or working days.

Working days follow the State Council's holiday schedule, adjusted working days (调休)
included; which day is a working day comes from outside (chinese-calendar, through
services/working_days.py), so the counting rule here stays plain and testable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta


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
