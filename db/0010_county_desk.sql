-- The county desk: what follows a check. Rectification cases (one per inspection for the
-- findings the bureau owns) and referral cases (one per inspection and department), each
-- state change an append-only event; the green-mine list status of a mine changes only
-- together with a dated, attributed listing event.

CREATE TABLE follow_up (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('rectification', 'referral')),
    inspection_uid    TEXT NOT NULL,
    mine_licence      TEXT NOT NULL,
    department        TEXT NOT NULL DEFAULT '',   -- '' for the bureau's own rectification
    findings          TEXT NOT NULL,              -- JSON [item id]
    state             TEXT NOT NULL,
    document_number   TEXT,                       -- the notice or the referral letter
    issued_on         TEXT,
    deadline          TEXT,
    served_on         TEXT,                       -- notice served / letter sent
    proof             TEXT NOT NULL DEFAULT '',   -- proof of service, or how the letter went
    report_on         TEXT,                       -- rectification report / the department's answer
    report_accepted   INTEGER,
    recheck_uid       TEXT,                       -- the re-inspection linked to the case
    recheck_on        TEXT,
    recheck_passed    INTEGER,
    closed_on         TEXT,
    note              TEXT NOT NULL DEFAULT '',   -- the answer, the reason for escalating
    opened_on         TEXT NOT NULL,
    UNIQUE (kind, inspection_uid, department)
);
CREATE INDEX follow_up_state ON follow_up (kind, state);
CREATE INDEX follow_up_mine ON follow_up (mine_licence);

-- Signed inspections already looked at for follow-up (cases opened, the list status moved
-- or nothing to do), so each is looked at once. A re-check waiting to be linked to its case
-- is not marked.
CREATE TABLE follow_up_examined (
    inspection_uid TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE follow_up_event (
    id          INTEGER PRIMARY KEY,
    follow_up   INTEGER NOT NULL REFERENCES follow_up (id),
    on_day      TEXT NOT NULL,     -- the date the step happened (served on, received on…)
    at          TEXT NOT NULL,     -- when it was recorded
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    from_state  TEXT NOT NULL,
    to_state    TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER follow_up_event_append_only BEFORE UPDATE ON follow_up_event
BEGIN SELECT RAISE(ABORT, 'follow-up events are never changed'); END;
CREATE TRIGGER follow_up_event_no_delete BEFORE DELETE ON follow_up_event
BEGIN SELECT RAISE(ABORT, 'follow-up events are never deleted'); END;
CREATE TRIGGER follow_up_state_recorded BEFORE UPDATE OF state ON follow_up
WHEN OLD.state IS NOT NEW.state AND NOT EXISTS (
    SELECT 1 FROM follow_up_event WHERE follow_up = NEW.id AND from_state = OLD.state AND to_state = NEW.state
        AND id = (SELECT max(id) FROM follow_up_event WHERE follow_up = NEW.id))
BEGIN SELECT RAISE(ABORT, 'a follow-up changes state only with its event'); END;

CREATE TABLE listing_event (
    id           INTEGER PRIMARY KEY,
    mine_licence TEXT NOT NULL,
    on_day       TEXT NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    from_status  TEXT NOT NULL,
    to_status    TEXT NOT NULL,
    reason       TEXT NOT NULL,
    basis        TEXT NOT NULL DEFAULT ''     -- inspection uid, follow-up id, or the register file
);
CREATE INDEX listing_event_mine ON listing_event (mine_licence);
CREATE TRIGGER listing_event_append_only BEFORE UPDATE ON listing_event
BEGIN SELECT RAISE(ABORT, 'listing events are never changed'); END;
CREATE TRIGGER listing_event_no_delete BEFORE DELETE ON listing_event
BEGIN SELECT RAISE(ABORT, 'listing events are never deleted'); END;
CREATE TRIGGER mine_green_status_recorded BEFORE UPDATE OF green_status ON mine
WHEN OLD.green_status IS NOT NEW.green_status AND NOT EXISTS (
    SELECT 1 FROM listing_event WHERE mine_licence = NEW.licence_no AND from_status = OLD.green_status
        AND to_status = NEW.green_status
        AND id = (SELECT max(id) FROM listing_event WHERE mine_licence = NEW.licence_no))
BEGIN SELECT RAISE(ABORT, 'a green-mine list status changes only with its listing event'); END;
