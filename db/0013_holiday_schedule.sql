-- issue 17: the State Council's holiday schedule as workspace data. One row per day off
-- and per adjusted working day (调休) of a year; a year is known once it has rows. Rows
-- come from chinese-calendar for the years it knows (store/holidays.py seeds them) or
-- from a clerk who enters the year's notice. Working-day deadlines that reach a year not
-- yet known are counted Monday to Friday and marked provisional (暂定) until it is.
CREATE TABLE holiday_day (
    day           TEXT PRIMARY KEY,                                -- ISO date
    year          INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('off', 'work')),    -- a day off, or an adjusted working day
    name          TEXT NOT NULL DEFAULT '',                         -- 春节, 国庆节…
    source_title  TEXT NOT NULL,                                    -- the State Council notice's title
    source_number TEXT NOT NULL DEFAULT '',                         -- its number, e.g. 国办发明电〔2026〕1号
    entered_by    TEXT NOT NULL,
    entered_at    TEXT NOT NULL,
    CHECK (substr(day, 1, 4) = printf('%04d', year))
);
CREATE INDEX holiday_day_year ON holiday_day (year);

-- The rule a rectification deadline was reckoned by, so that a provisional one can be
-- reckoned again once its year's schedule is entered.
ALTER TABLE issued_document ADD COLUMN deadline_days INTEGER;
ALTER TABLE issued_document ADD COLUMN deadline_working INTEGER;
ALTER TABLE issued_document ADD COLUMN deadline_provisional INTEGER NOT NULL DEFAULT 0;
ALTER TABLE follow_up ADD COLUMN deadline_provisional INTEGER NOT NULL DEFAULT 0;
