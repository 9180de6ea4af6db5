-- 随机抽查事项清单, spot-check plans, and the draw records they produce.

CREATE TABLE spot_check_item (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    legal_basis TEXT NOT NULL DEFAULT '',
    scope       TEXT NOT NULL DEFAULT '',  -- what is checked
    method      TEXT NOT NULL DEFAULT '',  -- how
    template    TEXT NOT NULL DEFAULT '',  -- checklist template id
    proportion  REAL,                      -- e.g. 0.2 of the eligible mines
    frequency   TEXT NOT NULL DEFAULT ''   -- e.g. 每年一次
);

CREATE TABLE spot_check_plan (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    item_id    INTEGER NOT NULL REFERENCES spot_check_item (id),
    definition TEXT NOT NULL,  -- JSON: filters, sample rule, strata, always-included
    created_at TEXT NOT NULL
);

-- A draw, once made, never changes: a redraw is a new record naming the one it replaces.
CREATE TABLE draw_record (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES spot_check_plan (id),
    record_sha256 TEXT NOT NULL UNIQUE,
    record        TEXT NOT NULL,  -- the record JSON, as exported
    created_at    TEXT NOT NULL
);
CREATE TRIGGER draw_record_no_update BEFORE UPDATE ON draw_record
BEGIN SELECT RAISE(ABORT, 'draw records are immutable'); END;
CREATE TRIGGER draw_record_no_delete BEFORE DELETE ON draw_record
BEGIN SELECT RAISE(ABORT, 'draw records are immutable'); END;
