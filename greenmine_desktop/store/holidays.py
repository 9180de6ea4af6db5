"""The holiday schedule in SQLite (``holiday_day``): read as a :class:`HolidaySchedule`,
a year replaced as a whole, and the years chinese-calendar knows seeded into a workspace
that lacks them.

chinese-calendar is read here only to seed: at run time, working days come from the
table, so a year the library does not know yet can be entered by the clerk."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from greenmine_desktop import clock
from greenmine_desktop.domain.deadlines import OFF, WORK, HolidayDay, HolidaySchedule

#: chinese-calendar's English holiday names, in the State Council notices' words.
LIBRARY_NAMES = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
                 "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "Mid-autumn Festival": "中秋节",
                 "National Day": "国庆节",
                 "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"}


def notice_title(year: int) -> str:
    """The title the State Council's notice of a year's schedule has carried every year."""
    return f"国务院办公厅关于{year}年部分节假日安排的通知"


@dataclass(frozen=True)
class ScheduleSource:
    title: str
    number: str
    entered_by: str
    entered_at: str = ""


def known_years(conn: sqlite3.Connection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT DISTINCT year FROM holiday_day ORDER BY year")]


def schedule(conn: sqlite3.Connection) -> HolidaySchedule:
    return HolidaySchedule.of(HolidayDay(date.fromisoformat(day), kind) for day, kind in
                              conn.execute("SELECT day, kind FROM holiday_day"))


def year_days(conn: sqlite3.Connection, year: int) -> tuple[list[HolidayDay], ScheduleSource | None]:
    """A year's days in date order, and where they came from (None: the year is not known)."""
    rows = conn.execute("SELECT day, kind, name, source_title, source_number, entered_by, entered_at "
                        "FROM holiday_day WHERE year = ? ORDER BY day", [year]).fetchall()
    if not rows:
        return [], None
    return [HolidayDay(date.fromisoformat(r[0]), r[1], r[2]) for r in rows], ScheduleSource(*rows[0][3:])


def replace_year(conn: sqlite3.Connection, year: int, days: list[HolidayDay], source: ScheduleSource) -> None:
    """Inside the caller's transaction: the year's rows become ``days``."""
    conn.execute("DELETE FROM holiday_day WHERE year = ?", [year])
    conn.executemany(
        "INSERT INTO holiday_day (day, year, kind, name, source_title, source_number, entered_by, entered_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(d.day.isoformat(), year, d.kind, d.name, source.title, source.number, source.entered_by,
          source.entered_at or clock.now_iso()) for d in days])


def library_years() -> set[int]:
    """The years chinese-calendar knows, without making its days into records."""
    from chinese_calendar import constants

    return {day.year for table in (constants.holidays, constants.workdays) for day in table}


def library_days() -> tuple[str, dict[int, list[HolidayDay]]]:
    """chinese-calendar's version and its days, by year."""
    import chinese_calendar
    from chinese_calendar import constants

    by_year: dict[int, list[HolidayDay]] = {}
    for kind, table in ((OFF, constants.holidays), (WORK, constants.workdays)):
        for day, name in table.items():
            by_year.setdefault(day.year, []).append(HolidayDay(day, kind, LIBRARY_NAMES.get(name, name)))
    return chinese_calendar.__version__, by_year


def seed_from_library(conn: sqlite3.Connection) -> list[int]:
    """Enter the years chinese-calendar knows and the workspace does not (a year the clerk
    entered is left as it is); returns the years entered."""
    if library_years() <= set(known_years(conn)):  # every opening but the first after an update
        return []
    release, by_year = library_days()
    missing = sorted(set(by_year) - set(known_years(conn)))
    if not missing:
        return []
    entered_by = f"chinese-calendar {release}"
    conn.execute("BEGIN IMMEDIATE")
    try:
        have = set(known_years(conn))  # another process may have seeded meanwhile
        for year in (y for y in missing if y not in have):
            replace_year(conn, year, sorted(by_year[year], key=lambda d: d.day),
                         ScheduleSource(notice_title(year), "", entered_by))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return missing
