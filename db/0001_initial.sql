-- Workspace identity, the mine register and the inspector register.

CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE mine (
    id                INTEGER PRIMARY KEY,
    licence_no        TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    company           TEXT NOT NULL,
    credit_code       TEXT NOT NULL DEFAULT '',
    legal_rep         TEXT NOT NULL DEFAULT '',
    mineral           TEXT NOT NULL,
    mining_method     TEXT NOT NULL,
    scale             TEXT NOT NULL,
    status            TEXT NOT NULL,
    county_code       TEXT NOT NULL DEFAULT '',
    town              TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    valid_from        TEXT,
    valid_to          TEXT,
    green_level       TEXT NOT NULL DEFAULT 'none',
    green_status      TEXT NOT NULL DEFAULT 'none',
    abnormal          INTEGER NOT NULL DEFAULT 0,
    epsg              INTEGER NOT NULL,
    area_stated_km2   REAL,
    area_computed_km2 REAL,
    area_flag         INTEGER NOT NULL DEFAULT 0,
    search_text       TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX mine_name ON mine (name);
CREATE INDEX mine_company ON mine (company);
CREATE INDEX mine_mineral ON mine (mineral);
CREATE INDEX mine_town ON mine (town);

-- A licence may hold several parts (A区, B区), each a ring with its own elevation range.
CREATE TABLE mine_part (
    id          INTEGER PRIMARY KEY,
    mine_id     INTEGER NOT NULL REFERENCES mine (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    elev_top    REAL NOT NULL,
    elev_bottom REAL NOT NULL,
    corners     TEXT NOT NULL, -- JSON [[no, x, y], ...], ring without the closing repeat
    UNIQUE (mine_id, seq)
);

CREATE TABLE inspector (
    id       INTEGER PRIMARY KEY,
    badge_no TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    unit     TEXT NOT NULL DEFAULT '',
    active   INTEGER NOT NULL DEFAULT 1
);

-- 回避: mines (licence number) or companies (credit code) an inspector must not check.
CREATE TABLE inspector_avoidance (
    id           INTEGER PRIMARY KEY,
    inspector_id INTEGER NOT NULL REFERENCES inspector (id) ON DELETE CASCADE,
    target_kind  TEXT NOT NULL CHECK (target_kind IN ('mine', 'company')),
    target       TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    UNIQUE (inspector_id, target_kind, target)
);
