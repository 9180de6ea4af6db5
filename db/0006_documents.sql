-- Documents the bureau issues (rectification notices, referral letters): each number is
-- prefix〔year〕seq号, counted per bureau prefix and year, and never reused.

CREATE TABLE issued_document (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('rectification', 'referral')),
    prefix         TEXT NOT NULL,   -- 机关代字, e.g. 青自然资责改
    year           INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    number         TEXT NOT NULL UNIQUE,
    inspection_uid TEXT NOT NULL,
    addressee      TEXT NOT NULL,   -- the company, or the department referred to
    deadline       TEXT,            -- ISO date, for rectification notices
    file           TEXT NOT NULL,   -- path under the workspace
    content_sha256 TEXT NOT NULL,   -- the inspection content it was issued on
    issued_on      TEXT NOT NULL,
    issued_by      TEXT NOT NULL,
    UNIQUE (prefix, year, seq)
);
CREATE TRIGGER issued_document_no_delete BEFORE DELETE ON issued_document
BEGIN SELECT RAISE(ABORT, 'issued documents are never deleted: their numbers are not reused'); END;
CREATE TRIGGER issued_document_no_renumber BEFORE UPDATE OF prefix, year, seq, number ON issued_document
BEGIN SELECT RAISE(ABORT, 'a document number never changes'); END;
