-- Certificates the county issued to its inspectors; a revoked one is never trusted again.
CREATE TABLE certificate (
    serial        TEXT PRIMARY KEY,      -- hex
    badge_no      TEXT NOT NULL,
    name          TEXT NOT NULL,
    not_before    TEXT NOT NULL,
    not_after     TEXT NOT NULL,
    pem           TEXT NOT NULL,
    issued_at     TEXT NOT NULL,
    revoked_at    TEXT,
    revoke_reason TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX certificate_by_badge ON certificate (badge_no);
CREATE TRIGGER certificate_no_delete BEFORE DELETE ON certificate
BEGIN SELECT RAISE(ABORT, 'certificates are never deleted; revoke them'); END;
CREATE TRIGGER certificate_no_unrevoke BEFORE UPDATE OF revoked_at ON certificate
WHEN OLD.revoked_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a revocation cannot be undone'); END;
