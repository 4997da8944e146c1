-- The escalation an agent is writing for a case, kept until it is filed or discarded (issue 11): one row per case and
-- agent, each field of the draft a column, NULL when the agent left it empty. Instants as in V1.
CREATE TABLE escalation_drafts (
    case_id             TEXT NOT NULL,
    agent_id            TEXT NOT NULL,
    title               TEXT,
    description         TEXT,
    severity            TEXT,
    support_topic_id    TEXT,
    country_code        TEXT,
    started_at          TEXT,
    affected_users      TEXT,
    reproduction_steps  TEXT,
    affected_sites      TEXT,
    expected_behaviour  TEXT,
    actual_behaviour    TEXT,
    saved_at            TEXT NOT NULL,
    PRIMARY KEY (case_id, agent_id)
);

-- One name per concept, from the URL to the column: the customer's tenant id is tenant_id everywhere (it was
-- "customer" in cases, service_requests and audit_events). SQLite renames the column in its indexes and triggers too.
ALTER TABLE cases RENAME COLUMN customer TO tenant_id;
ALTER TABLE service_requests RENAME COLUMN customer TO tenant_id;
ALTER TABLE audit_events RENAME COLUMN customer TO tenant_id;
CREATE INDEX service_requests_tenant ON service_requests (tenant_id, created_at);

-- Search finds words in their other forms ("connecting" finds "connection"): the index is rebuilt with the Porter
-- stemmer over unicode61, keeping V5's prefix indexes for search as you type.
CREATE VIRTUAL TABLE case_search_v11 USING fts5 (title, description, notes, content = '', contentless_delete = 1,
    prefix = '2 3 4', tokenize = 'porter unicode61');

INSERT INTO case_search_v11 (rowid, title, description, notes)
SELECT k.seq, k.title, k.description,
       coalesce((SELECT group_concat(n.text, char(10)) FROM case_notes n WHERE n.case_id = k.id), '')
FROM cases k;

DROP TABLE case_search;

ALTER TABLE case_search_v11 RENAME TO case_search;
