-- Photo evidence: each file stored once under photos/ by its SHA-256, never modified,
-- and linked to inspections (and to a checklist item, or '' for the inspection as a whole).

CREATE TABLE photo (
    sha256            TEXT PRIMARY KEY,
    format            TEXT NOT NULL,           -- JPEG, PNG, HEIF
    stored_as         TEXT NOT NULL,           -- path under the workspace folder
    original_name     TEXT NOT NULL,
    size              INTEGER NOT NULL,
    width             INTEGER NOT NULL,
    height            INTEGER NOT NULL,
    taken_at          TEXT,                    -- ISO 8601, with offset when the camera gave one
    taken_at_has_zone INTEGER NOT NULL DEFAULT 0,
    lat               REAL,                    -- WGS84 from EXIF GPS; never overwritten
    lon               REAL,
    alt               REAL,
    gps_time          TEXT,
    hand_lat          REAL,                    -- placed by hand on the map (never passed off as GPS)
    hand_lon          REAL,
    make              TEXT NOT NULL DEFAULT '',
    model             TEXT NOT NULL DEFAULT '',
    orientation       INTEGER NOT NULL DEFAULT 1,
    software          TEXT NOT NULL DEFAULT '',
    exif_width        INTEGER,
    exif_height       INTEGER,
    metadata_error    TEXT NOT NULL DEFAULT '',
    scene_hash        TEXT NOT NULL,           -- 64-bit difference hash (hex) for reuse detection
    thumbnail         BLOB NOT NULL,           -- small upright JPEG
    imported_at       TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE photo_link (
    inspection_id INTEGER NOT NULL REFERENCES inspection (id),
    sha256        TEXT NOT NULL REFERENCES photo (sha256),
    item_id       TEXT NOT NULL DEFAULT '',
    added_at      TEXT NOT NULL,
    PRIMARY KEY (inspection_id, sha256)
) WITHOUT ROWID;
CREATE INDEX photo_link_by_photo ON photo_link (sha256);

CREATE TRIGGER photo_link_frozen_insert BEFORE INSERT ON photo_link
WHEN (SELECT status FROM inspection WHERE id = NEW.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER photo_link_frozen_update BEFORE UPDATE ON photo_link
WHEN (SELECT status FROM inspection WHERE id = OLD.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER photo_link_frozen_delete BEFORE DELETE ON photo_link
WHEN (SELECT status FROM inspection WHERE id = OLD.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER photo_no_delete BEFORE DELETE ON photo
BEGIN SELECT RAISE(ABORT, 'photos are evidence and are never deleted'); END;
