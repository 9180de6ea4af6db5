"""China's working days from chinese-calendar (the State Council's schedule, 调休 included)."""

from __future__ import annotations

from datetime import date

import chinese_calendar

from greenmine_desktop.messages import UserError


def is_workday(day: date) -> bool:
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError as exc:  # the schedule for that year is not published yet
        raise UserError("working_days_unknown", year=day.year) from exc
