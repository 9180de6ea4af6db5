-- Complaints received about a mine (投诉举报), so a plan can always include those mines.
ALTER TABLE mine ADD COLUMN complaints INTEGER NOT NULL DEFAULT 0;
