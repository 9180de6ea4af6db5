-- Inspections: answers, findings, signatures; frozen once signed. The audit log.

CREATE TABLE inspection (
    id                   INTEGER PRIMARY KEY,
    uid                  TEXT NOT NULL UNIQUE,  -- the same in every workspace it travels to
    series               TEXT NOT NULL,         -- uid of revision 1; all revisions share it
    revision             INTEGER NOT NULL,
    mine_licence         TEXT NOT NULL,
    template             TEXT NOT NULL,         -- checklist template id@version
    status               TEXT NOT NULL CHECK (status IN ('open', 'signed', 'superseded')),
    started_at           TEXT NOT NULL,         -- local date and time of the check
    place                TEXT NOT NULL DEFAULT '',
    team                 TEXT NOT NULL,         -- JSON: [{"badge_no", "name"}], at least two
    representative       TEXT NOT NULL DEFAULT '',
    representative_title TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    signed_at            TEXT,
    signed_sha256        TEXT,                  -- the content digest that was signed
    UNIQUE (series, revision)
);

CREATE TABLE answer (
    inspection_id INTEGER NOT NULL REFERENCES inspection (id),
    item_id       TEXT NOT NULL,
    value         TEXT,                  -- JSON; NULL while unanswered
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (inspection_id, item_id)
) WITHOUT ROWID;

CREATE TABLE finding (
    inspection_id INTEGER NOT NULL REFERENCES inspection (id),
    item_id       TEXT NOT NULL,
    requirement   TEXT NOT NULL,
    department    TEXT NOT NULL DEFAULT '',  -- '' is ours; else where it is referred
    PRIMARY KEY (inspection_id, item_id)
) WITHOUT ROWID;

CREATE TABLE signature (
    inspection_id  INTEGER NOT NULL REFERENCES inspection (id),
    role           TEXT NOT NULL CHECK (role IN ('inspector', 'representative')),
    person         TEXT NOT NULL,
    image          BLOB,                  -- PNG of the drawn signature; NULL when refused
    refused        INTEGER NOT NULL DEFAULT 0,
    witness        TEXT NOT NULL DEFAULT '',
    content_sha256 TEXT NOT NULL,         -- what the person saw when signing
    signed_at      TEXT NOT NULL,
    PRIMARY KEY (inspection_id, role, person)
) WITHOUT ROWID;

-- Once signed, an inspection's content never changes: a change is a new revision.
CREATE TRIGGER inspection_frozen BEFORE UPDATE ON inspection
WHEN OLD.status != 'open' AND NOT (OLD.status = 'signed' AND NEW.status = 'superseded'
    AND NEW.signed_sha256 IS OLD.signed_sha256 AND NEW.started_at IS OLD.started_at AND NEW.team IS OLD.team
    AND NEW.representative IS OLD.representative AND NEW.place IS OLD.place)
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER inspection_no_delete BEFORE DELETE ON inspection
BEGIN SELECT RAISE(ABORT, 'inspections are never deleted'); END;

CREATE TRIGGER answer_frozen_insert BEFORE INSERT ON answer
WHEN (SELECT status FROM inspection WHERE id = NEW.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER answer_frozen_update BEFORE UPDATE ON answer
WHEN (SELECT status FROM inspection WHERE id = OLD.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER finding_frozen_insert BEFORE INSERT ON finding
WHEN (SELECT status FROM inspection WHERE id = NEW.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER finding_frozen_update BEFORE UPDATE ON finding
WHEN (SELECT status FROM inspection WHERE id = OLD.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER finding_frozen_delete BEFORE DELETE ON finding
WHEN (SELECT status FROM inspection WHERE id = OLD.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER signature_frozen_insert BEFORE INSERT ON signature
WHEN (SELECT status FROM inspection WHERE id = NEW.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER signature_frozen_update BEFORE UPDATE ON signature
WHEN (SELECT status FROM inspection WHERE id = OLD.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER signature_frozen_delete BEFORE DELETE ON signature
WHEN (SELECT status FROM inspection WHERE id = OLD.inspection_id) != 'open'
BEGIN SELECT RAISE(ABORT, 'a signed inspection is frozen'); END;
CREATE TRIGGER answer_no_delete BEFORE DELETE ON answer
BEGIN SELECT RAISE(ABORT, 'answers are cleared, never deleted'); END;

-- Who did what and when; each row holds the hash of the one before it.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,   -- create, change, sign, sign_off, revise, export, import …
    entity    TEXT NOT NULL,   -- inspection, answer, finding, signature, mine …
    entity_id TEXT NOT NULL,
    field     TEXT,
    old       TEXT,            -- JSON
    new       TEXT,            -- JSON
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL UNIQUE
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
