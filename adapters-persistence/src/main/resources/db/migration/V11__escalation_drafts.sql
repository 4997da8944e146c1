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
