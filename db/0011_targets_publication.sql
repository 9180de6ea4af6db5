-- The clerk's yearly green-mine listing targets per town (as the province sets them per
-- city and county), and the publication of each draw's results (一公开): when and where
-- the public notice went out. Both are append-only: a new target or a corrected date is
-- a new row, and the newest row counts.

CREATE TABLE listing_target (
    id       INTEGER PRIMARY KEY,
    year     INTEGER NOT NULL,
    town     TEXT NOT NULL,
    target   INTEGER NOT NULL CHECK (target >= 0),
    set_on   TEXT NOT NULL,
    set_by   TEXT NOT NULL
);
CREATE INDEX listing_target_year ON listing_target (year, town);

CREATE TABLE publication (
    id             INTEGER PRIMARY KEY,
    record_sha256  TEXT NOT NULL REFERENCES draw_record (record_sha256),
    published_on   TEXT NOT NULL,
    place          TEXT NOT NULL,      -- where: the bureau's website, the credit publicity system
    recorded_at    TEXT NOT NULL,
    recorded_by    TEXT NOT NULL
);
CREATE INDEX publication_record ON publication (record_sha256);

CREATE TRIGGER listing_target_append_only BEFORE UPDATE ON listing_target
BEGIN SELECT RAISE(ABORT, 'listing targets are append-only'); END;
CREATE TRIGGER listing_target_no_delete BEFORE DELETE ON listing_target
BEGIN SELECT RAISE(ABORT, 'listing targets are append-only'); END;
CREATE TRIGGER publication_append_only BEFORE UPDATE ON publication
BEGIN SELECT RAISE(ABORT, 'publications are append-only'); END;
CREATE TRIGGER publication_no_delete BEFORE DELETE ON publication
BEGIN SELECT RAISE(ABORT, 'publications are append-only'); END;
