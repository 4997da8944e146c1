-- PartnerDesk schema, SQLite. Instants are ISO-8601 UTC text with nine fraction digits
-- (uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ), so text order is time order.

CREATE TABLE customers (
    tenant_id       TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    domain          TEXT NOT NULL,
    cloud           TEXT NOT NULL,
    region          TEXT NOT NULL,
    relationship    TEXT NOT NULL,
    support_rights  INTEGER NOT NULL,
    support_plan    TEXT NOT NULL,
    reseller_type   TEXT NOT NULL,
    country         TEXT NOT NULL,
    managed_services TEXT NOT NULL          -- service names joined by a newline
);
CREATE INDEX customers_cloud_region ON customers (cloud, region);

CREATE TABLE cases (
    seq                 INTEGER PRIMARY KEY,   -- stable rowid: the key of case_search
    id                  TEXT NOT NULL UNIQUE,
    customer            TEXT NOT NULL,
    service             TEXT NOT NULL COLLATE NOCASE,
    service_family      TEXT NOT NULL,
    title               TEXT NOT NULL,
    description         TEXT NOT NULL,
    started_at          TEXT NOT NULL,
    users_affected      TEXT NOT NULL,
    impact              TEXT NOT NULL,
    classification      TEXT NOT NULL,
    opened_at           TEXT NOT NULL,
    opened_by           TEXT NOT NULL,
    status              TEXT NOT NULL,
    health_checked_at   TEXT,
    triage_result       TEXT,
    triage_category     TEXT,
    triage_override     TEXT,
    cluster_id          TEXT,
    service_request_id  TEXT,
    attention_needed    INTEGER NOT NULL,
    resolution          TEXT,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL
);
CREATE INDEX cases_triage ON cases (service, status, started_at);
CREATE INDEX cases_customer ON cases (customer);
CREATE INDEX cases_status_updated ON cases (status, updated_at);
CREATE INDEX cases_opened_at ON cases (opened_at);
CREATE INDEX cases_cluster ON cases (cluster_id) WHERE cluster_id IS NOT NULL;

-- Issue ids the health check found active (kind 'H') and the ones triage matched (kind 'T').
CREATE TABLE case_issue_links (
    case_id   TEXT NOT NULL REFERENCES cases (id),
    kind      TEXT NOT NULL CHECK (kind IN ('H', 'T')),
    position  INTEGER NOT NULL,
    issue_id  TEXT NOT NULL,
    PRIMARY KEY (case_id, kind, position)
);
CREATE INDEX case_issue_links_issue ON case_issue_links (issue_id, kind);

CREATE TABLE case_triage_reasons (
    case_id   TEXT NOT NULL REFERENCES cases (id),
    position  INTEGER NOT NULL,
    reason    TEXT NOT NULL,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE case_notes (
    id        INTEGER PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES cases (id),
    kind      TEXT NOT NULL,
    author    TEXT NOT NULL,
    text      TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, id);

CREATE TABLE case_history (
    id        INTEGER PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES cases (id),
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    by        TEXT NOT NULL,
    at        TEXT NOT NULL,
    why       TEXT NOT NULL
);
CREATE INDEX case_history_case ON case_history (case_id, id);

-- Full-text search over title, description and notes; rowid = cases.seq; kept in sync by the
-- repository in the same transaction. Contentless: the text itself lives in cases and case_notes.
CREATE VIRTUAL TABLE case_search USING fts5 (title, description, notes, content = '', contentless_delete = 1);

CREATE TABLE health_issues (
    id                 TEXT PRIMARY KEY,
    title              TEXT NOT NULL,
    service            TEXT NOT NULL,
    feature            TEXT NOT NULL,
    classification     TEXT NOT NULL,
    status             TEXT NOT NULL,
    resolved_flag      INTEGER NOT NULL,
    started_at         TEXT NOT NULL,
    ended_at           TEXT,
    last_modified_at   TEXT NOT NULL,
    impact_description TEXT NOT NULL,
    clouds             TEXT NOT NULL,       -- cloud names joined by a comma; empty = all
    regions            TEXT NOT NULL        -- region names joined by a comma; empty = all
);
CREATE INDEX health_issues_service ON health_issues (service COLLATE NOCASE);

CREATE TABLE health_issue_posts (
    issue_id    TEXT NOT NULL REFERENCES health_issues (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    post_type   TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (issue_id, position)
);

CREATE TABLE agents (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    roles         TEXT NOT NULL,            -- role names joined by a comma
    disabled      INTEGER NOT NULL,
    password_hash TEXT,
    created_at    TEXT NOT NULL
);

CREATE TABLE agent_tokens (
    digest     TEXT PRIMARY KEY,
    agent_id   TEXT NOT NULL REFERENCES agents (id),
    created_at TEXT NOT NULL
);
CREATE INDEX agent_tokens_agent ON agent_tokens (agent_id);

CREATE TABLE service_requests (
    id                    TEXT PRIMARY KEY,
    customer              TEXT NOT NULL,
    cluster_id            TEXT,
    title                 TEXT NOT NULL,
    description           TEXT NOT NULL,
    severity              TEXT NOT NULL,
    topic_id              TEXT NOT NULL,
    topic_name            TEXT NOT NULL,
    topic_family          TEXT NOT NULL,
    country               TEXT NOT NULL,
    contact_name          TEXT NOT NULL,
    contact_email         TEXT NOT NULL,
    contact_phone         TEXT NOT NULL,
    organization          TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    status                TEXT NOT NULL,
    vendor_request_number TEXT,
    submitted_at          TEXT,
    first_response_at     TEXT,
    last_closed_at        TEXT,
    last_modified_at      TEXT NOT NULL,
    version               INTEGER NOT NULL
);
CREATE INDEX service_requests_cluster ON service_requests (cluster_id) WHERE cluster_id IS NOT NULL;
CREATE INDEX service_requests_status ON service_requests (status, created_at);

CREATE TABLE service_request_cases (
    request_id TEXT NOT NULL REFERENCES service_requests (id),
    position   INTEGER NOT NULL,
    case_id    TEXT NOT NULL,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE service_request_notes (
    request_id  TEXT NOT NULL REFERENCES service_requests (id),
    position    INTEGER NOT NULL,
    author      TEXT NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    from_vendor INTEGER NOT NULL,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE clusters (
    id          TEXT PRIMARY KEY,
    service     TEXT NOT NULL,
    cloud       TEXT NOT NULL,
    region      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE cluster_cases (
    cluster_id TEXT NOT NULL REFERENCES clusters (id),
    position   INTEGER NOT NULL,
    case_id    TEXT NOT NULL,
    PRIMARY KEY (cluster_id, position),
    UNIQUE (cluster_id, case_id)
);

CREATE TABLE cluster_customers (
    cluster_id TEXT NOT NULL REFERENCES clusters (id),
    tenant_id  TEXT NOT NULL,
    PRIMARY KEY (cluster_id, tenant_id)
);

CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    actor_kind  TEXT NOT NULL,
    roles       TEXT NOT NULL,
    action      TEXT NOT NULL,
    customer    TEXT,
    case_id     TEXT,
    channel     TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX audit_events_at ON audit_events (at, id);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: audit events cannot be changed');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: audit events cannot be deleted');
END;

CREATE TABLE idempotency_keys (
    scope               TEXT NOT NULL,
    key                 TEXT NOT NULL,
    request_fingerprint TEXT NOT NULL,
    result_id           TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);

CREATE TABLE vendor_outbox (
    request_id      TEXT PRIMARY KEY,
    correlation_id  TEXT NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    state           TEXT NOT NULL,
    last_error      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    delivered_at    TEXT
);
CREATE INDEX vendor_outbox_due ON vendor_outbox (state, next_attempt_at);

CREATE TABLE partner_settings (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    organization           TEXT NOT NULL,
    contact_name           TEXT,
    contact_email          TEXT,
    contact_phone          TEXT,
    advanced_support       INTEGER NOT NULL
);

CREATE TABLE extra_services (
    name   TEXT PRIMARY KEY,
    family TEXT NOT NULL
);

CREATE TABLE extra_support_topics (
    id     TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    family TEXT NOT NULL
);
