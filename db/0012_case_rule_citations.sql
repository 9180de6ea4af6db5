-- Issue 19: findings never fall through, and every notice cites its rules.
--
-- recheck_task: a re-inspection the county assigned to a team for a rectification case
-- (the task package says so). A signed inspection of that mine by exactly that team,
-- started after the task was written, is the case's re-check: it is linked to the case
-- instead of opening cases of its own. Any other signed inspection opens cases.
CREATE TABLE recheck_task (
    id           INTEGER PRIMARY KEY,
    follow_up    INTEGER NOT NULL REFERENCES follow_up (id),
    mine_licence TEXT NOT NULL,
    team         TEXT NOT NULL,      -- JSON [badge_no], sorted
    template     TEXT NOT NULL,      -- checklist template id@version of the task
    written_at   TEXT NOT NULL
);
CREATE INDEX recheck_task_mine ON recheck_task (mine_licence);

-- finding_citation: the rule a finding breaks, written or confirmed by the clerk where the
-- checklist item has no confirmed citation of its own; a notice is issued only when each
-- of its findings has one. Replaced only by a newer confirmation (each one is audited).
CREATE TABLE finding_citation (
    inspection_uid TEXT NOT NULL,
    item_id        TEXT NOT NULL,
    citation       TEXT NOT NULL CHECK (length(trim(citation)) > 0),
    confirmed_by   TEXT NOT NULL,
    confirmed_at   TEXT NOT NULL,
    PRIMARY KEY (inspection_uid, item_id)
) WITHOUT ROWID;
