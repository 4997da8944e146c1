-- Issue 12: a case has one owner (an agent) or none, and its timeline shows every change of owner.
ALTER TABLE cases ADD COLUMN owner_agent_id TEXT REFERENCES agents (id);
-- "My cases", an agent's cases and the cases left unowned when an agent is disabled: by owner, newest first.
CREATE INDEX cases_owner ON cases (owner_agent_id, seq);

CREATE TABLE case_owner_changes (
    id         INTEGER PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    from_agent TEXT REFERENCES agents (id),
    to_agent   TEXT REFERENCES agents (id),
    by         TEXT NOT NULL,
    at         TEXT NOT NULL,
    why        TEXT NOT NULL
);
CREATE INDEX case_owner_changes_case ON case_owner_changes (case_id, id);
