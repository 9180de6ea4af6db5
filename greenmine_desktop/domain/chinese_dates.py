"""Dates and times as Chinese official documents write them in running text:
2026年11月23日, 2026年11月23日9时40分 (no leading zeros, no ISO)."""

from __future__ import annotations

from datetime import date, datetime


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_datetime(moment: str | datetime) -> str:
    """From ``2026-11-23T09:40`` (or a datetime): 2026年11月23日9时40分; a date alone stays a date."""
    if isinstance(moment, str):
        if len(moment) <= 10:
            return chinese_date(date.fromisoformat(moment))
        moment = datetime.fromisoformat(moment)
    return f"{chinese_date(moment.date())}{moment.hour}时{moment.minute}分"
