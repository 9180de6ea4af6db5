"""The one clock: every "now" and "today" of the app comes from here.

The GUI and the CLI install a :class:`Clock` when they start (the wall clock, or a clock
set to a day by ``GREENMINE_CLOCK=YYYY-MM-DD``, for training and tests); the domain
receives dates as arguments, the services and the store read :func:`today`,
:func:`now` and :func:`now_iso`. Tests install a set clock for every test (``pytest
--clock 2027-07-01``), so the suite can be run as if it were another day.

A set clock fixes the date and starts the time of day at 09:00 local time; the time then
runs on with the real seconds, so events recorded one after the other keep their order.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import UTC, date, datetime, timedelta

ENVIRONMENT = "GREENMINE_CLOCK"
log = logging.getLogger(__name__)


class Clock:
    """The wall clock, or (``set_to``) a clock that started at a given moment."""

    def __init__(self, set_to: datetime | None = None) -> None:
        self.set_to = set_to.astimezone() if set_to else None
        self._started = time.monotonic()

    @classmethod
    def on_day(cls, day: date) -> Clock:
        return cls(datetime(day.year, day.month, day.day, 9, 0).astimezone())

    @classmethod
    def from_environment(cls) -> Clock:
        """The wall clock, unless ``GREENMINE_CLOCK`` names a day (YYYY-MM-DD)."""
        value = os.environ.get(ENVIRONMENT, "").strip()
        if not value:
            return cls()
        try:
            day = date.fromisoformat(value)
        except ValueError:
            log.warning("%s=%r is not a date (YYYY-MM-DD); the wall clock is used", ENVIRONMENT, value)
            return cls()
        log.info("the clock is set to %s by %s", day, ENVIRONMENT)
        return cls.on_day(day)

    def now(self) -> datetime:
        """Now, in local time, with its offset."""
        if self.set_to is None:
            return datetime.now().astimezone()
        return self.set_to + timedelta(seconds=time.monotonic() - self._started)

    def today(self) -> date:
        return self.now().date()

    def now_iso(self) -> str:
        """Now in UTC to the second, as the database records it."""
        return self.now().astimezone(UTC).isoformat(timespec="seconds")


_installed = Clock()


def install(clock: Clock) -> Clock:
    """Make ``clock`` the app's clock; returns the one it replaces."""
    global _installed
    previous, _installed = _installed, clock
    return previous


def current() -> Clock:
    return _installed


def now() -> datetime:
    return _installed.now()


def today() -> date:
    return _installed.today()


def now_iso() -> str:
    return _installed.now_iso()
