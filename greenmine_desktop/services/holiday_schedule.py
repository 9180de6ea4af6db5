"""A county clerk enters a year's holiday schedule from the State Council's notice (国务院
办公厅关于某年部分节假日安排的通知), typed or as a small CSV; every open provisional
deadline is then reckoned again, and the ones that moved are returned to be shown.

The text is one day, or a run of days, a line: ``date,kind,name`` where kind is 休 (off)
or 班 (an adjusted working day), e.g. ``2027-10-01~2027-10-07,休,国庆节`` and
``2027-10-09,班,国庆节``. Commas (either width), tabs or spaces separate the fields; a
first line that does not start with a date is a header; lines starting with # are notes.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from greenmine_desktop.domain.deadlines import OFF, WORK, HolidayDay, reckon
from greenmine_desktop.messages import UserError
from greenmine_desktop.paths import login_name
from greenmine_desktop.store import audit, holidays, provisional_deadlines
from greenmine_desktop.store.workspace import Workspace

KINDS = {"休": OFF, "放假": OFF, "off": OFF, "班": WORK, "上班": WORK, "work": WORK}
MAX_BYTES = 64 * 1024  # a year is some forty lines
_FIELDS = re.compile(r"\s*[,，\t]\s*|\s+")
_RUN = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})(?:\s*[~～至]\s*(\d{4}-\d{1,2}-\d{1,2}))?$")


@dataclass(frozen=True)
class Moved:
    """A deadline reckoned again once its year was entered."""
    number: str
    addressee: str
    before: date
    after: date
    still_provisional: bool


@dataclass(frozen=True)
class YearEntered:
    year: int
    days: int
    moved: list[Moved]
    rechecked: int  # provisional deadlines reckoned again (moved or not)


def check_year(year: int) -> None:
    if not 2000 <= year <= 2100:
        raise UserError("calendar_year_range", year=year)


def _day(text: str, line: int) -> date:
    try:
        year, month, day = (int(part) for part in text.split("-"))
        return date(year, month, day)
    except ValueError:
        raise UserError("calendar_bad_date", line=line, value=text) from None


def parse_days(text: str, year: int) -> list[HolidayDay]:
    """The year's days from the typed or CSV text, checked line by line (in date order)."""
    check_year(year)
    found: dict[date, HolidayDay] = {}
    for line, raw in enumerate(text.splitlines(), start=1):
        row = raw.strip().strip("\ufeff")
        if not row or row.startswith("#"):
            continue
        fields = [f for f in _FIELDS.split(row.replace(" ~ ", "~").replace(" 至 ", "至"), maxsplit=2) if f]
        if not found and not row[0].isdigit():
            continue  # a header
        if len(fields) < 2:
            raise UserError("calendar_bad_line", line=line, year=year)
        run = _RUN.match(fields[0])
        if run is None:
            raise UserError("calendar_bad_date", line=line, value=fields[0])
        first = _day(run.group(1), line)
        last = _day(run.group(2), line) if run.group(2) else first
        kind = KINDS.get(fields[1].lower())
        if kind is None:
            raise UserError("calendar_bad_kind", line=line, value=fields[1])
        if last < first or (last - first).days > 31:
            raise UserError("calendar_bad_date", line=line, value=fields[0])
        day = first
        while day <= last:
            if day.year != year:
                raise UserError("calendar_wrong_year", line=line, day=day.isoformat(), year=year)
            if day in found:
                raise UserError("calendar_duplicate", line=line, day=day.isoformat())
            if kind == WORK and day.weekday() < 5:
                raise UserError("calendar_work_on_weekday", line=line, day=day.isoformat())
            found[day] = HolidayDay(day, kind, fields[2].strip() if len(fields) > 2 else "")
            day += timedelta(days=1)
    if not found:
        raise UserError("calendar_empty")
    return [found[day] for day in sorted(found)]


def read_days_file(path: Path, year: int) -> list[HolidayDay]:
    """A small CSV as Excel or Notepad writes it (UTF-8, with or without BOM, or GB18030)."""
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UserError("photo_unreadable", reason=exc.strerror or exc) from exc
    if len(data) > MAX_BYTES:
        raise UserError("calendar_bad_line", line=1, year=year)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
    return parse_days(text, year)


def enter_year(ws: Workspace, year: int, days: list[HolidayDay], number: str, title: str = "",
               actor: str | None = None, replace: bool = False) -> YearEntered:
    """Save the year's schedule and reckon every open provisional deadline again, in one
    transaction; refuses a year already entered unless ``replace``."""
    check_year(year)
    if not number.strip():
        raise UserError("calendar_number_needed", before=year - 1)
    if not days:
        raise UserError("calendar_empty")
    if any(d.day.year != year for d in days):
        raise UserError("calendar_wrong_year", line="—", day=next(d.day for d in days if d.day.year != year), year=year)
    actor = actor or login_name()
    source = holidays.ScheduleSource(title.strip() or holidays.notice_title(year), number.strip(), actor)
    with ws.transaction():
        _, earlier = holidays.year_days(ws.conn, year)
        if earlier is not None and not replace:
            raise UserError("calendar_year_known", year=year, source=earlier.number or earlier.entered_by)
        holidays.replace_year(ws.conn, year, days, source)
        audit.append(ws.conn, actor, "enter" if earlier is None else "replace", "holiday_year", year, None,
                     None, {"title": source.title, "number": source.number, "days": len(days)})
        moved, rechecked = _reckon_again(ws, actor)
    return YearEntered(year, len(days), moved, rechecked)


def _reckon_again(ws: Workspace, actor: str) -> tuple[list[Moved], int]:
    """Inside the caller's transaction: every open provisional deadline by the schedule as it now is."""
    schedule = holidays.schedule(ws.conn)
    moved = []
    waiting = provisional_deadlines.open_provisional(ws.conn)
    for notice in waiting:
        now = reckon(notice.issued_on, notice.days, notice.working, schedule)
        provisional_deadlines.set_deadline(ws.conn, notice.number, now.day, now.provisional)
        if now.day != notice.deadline or not now.provisional:
            audit.append(ws.conn, actor, "reckon", "issued_document", notice.number, "deadline",
                         notice.deadline.isoformat(), {"deadline": now.day.isoformat(), "provisional": now.provisional})
        if now.day != notice.deadline:
            moved.append(Moved(notice.number, notice.addressee, notice.deadline, now.day, now.provisional))
    return moved, len(waiting)


def known_years(ws: Workspace) -> list[int]:
    """The years whose schedule is entered, oldest first (the holiday dialog lists them)."""
    return holidays.known_years(ws.conn)


def notice_title(year: int) -> str:
    """The title a year's State Council notice carries, as the holiday dialog suggests it."""
    return holidays.notice_title(year)


def year_schedule(ws: Workspace, year: int) -> tuple[list[HolidayDay], holidays.ScheduleSource]:
    """A year's days and source, or a sentence saying it is not entered."""
    check_year(year)
    days, source = holidays.year_days(ws.conn, year)
    if source is None:
        raise UserError("calendar_year_unknown", year=year)
    return days, source


# ------------------------------------------------------------------ in assignment packages

def for_package(ws: Workspace, since: int) -> list[dict]:
    """The schedule of ``since`` and the years after, for a field laptop's deadlines."""
    entries = []
    for year in (y for y in holidays.known_years(ws.conn) if y >= since):
        days, source = holidays.year_days(ws.conn, year)
        assert source is not None  # a known year has rows
        entries.append({"year": year, "title": source.title, "number": source.number,
                        "entered_by": source.entered_by, "entered_at": source.entered_at,
                        "days": [[d.day.isoformat(), d.kind, d.name] for d in days]})
    return entries


def from_package(ws: Workspace, entries: object) -> list[int]:
    """Inside the caller's transaction: the county's years replace the laptop's where they
    differ (the county's schedule is the one its deadlines follow); returns those years.
    Each year is checked as if typed in, so a malformed entry is refused, not stored."""
    if not isinstance(entries, list):
        raise UserError("package_holidays_bad")
    changed = []
    for entry in entries:
        try:
            year = int(entry["year"])
            lines = "\n".join(",".join(str(f).replace("\n", " ") for f in row[:3]) for row in entry["days"])
            days = parse_days(lines, year)
            source = holidays.ScheduleSource(str(entry["title"]), str(entry["number"]), str(entry["entered_by"]),
                                             str(entry["entered_at"]))
        except (KeyError, TypeError, ValueError, UserError) as exc:
            raise UserError("package_holidays_bad") from exc
        have_days, have_source = holidays.year_days(ws.conn, year)
        # the same days from the same notice are the same schedule, whenever each side stored them
        stored = have_source and dataclasses.replace(have_source, entered_at="")
        if (have_days, stored) != (days, dataclasses.replace(source, entered_at="")):
            holidays.replace_year(ws.conn, year, days, source)
            changed.append(year)
    return changed
