-- Packages: assignments opened on a field laptop, and every package a county tried to import.

CREATE TABLE assignment (
    package_sha256 TEXT PRIMARY KEY,
    record_sha256  TEXT NOT NULL,      -- the draw it came from
    plan           TEXT NOT NULL,
    template       TEXT NOT NULL,      -- checklist template id of the spot-check item
    team           TEXT NOT NULL,      -- JSON [{"badge_no", "name"}]
    mines          TEXT NOT NULL,      -- JSON [licence_no]
    earlier        TEXT NOT NULL,      -- JSON: earlier findings and orders of these mines
    opened_at      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE package_import (
    id       INTEGER PRIMARY KEY,
    file     TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    kind     TEXT NOT NULL,
    signer   TEXT NOT NULL DEFAULT '',
    result   TEXT NOT NULL CHECK (result IN ('imported', 'unchanged', 'refused')),
    reason   TEXT NOT NULL DEFAULT '',
    at       TEXT NOT NULL
);

-- The field laptop's own audit rows, as they arrived in return packages.
CREATE TABLE received_audit (
    package_sha256 TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    row            TEXT NOT NULL,      -- JSON of the field audit row, hashes included
    PRIMARY KEY (package_sha256, seq)
) WITHOUT ROWID;
