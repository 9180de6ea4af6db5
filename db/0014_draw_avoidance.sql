-- issue 20: the confidential part of a draw (the inspectors' avoidance lists and the salt
-- of their hash) stays here, beside the record that is published without it.
ALTER TABLE draw_record ADD COLUMN avoidance TEXT;  -- JSON; NULL for records of format 1

-- The salt of the avoidance hash: one per workspace, made here from SQLite's CSPRNG, so
-- the same plan, register and seed always draw the same (a salt chosen per draw could be
-- tried again and again after the seed is known).
INSERT OR IGNORE INTO workspace_meta (key, value) VALUES ('draw_salt', lower(hex(randomblob(16))));
