-- Notifications (issue 12): what must reach an agent's or a customer's mailbox or the partner's webhook, written in
-- the same transaction as the change that caused it; one row per mail recipient, one per webhook call. The states and
-- the claim (next_attempt_at moved on while a dispatcher sends) are the vendor outbox's. Case and tenant ids are
-- space-separated, the first being the one a mail links to. Instants as in V1.
CREATE TABLE notification_outbox (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    channel            TEXT NOT NULL CHECK (channel IN ('MAIL', 'WEBHOOK')),
    recipient          TEXT NOT NULL,
    event              TEXT NOT NULL,
    occurred_at        TEXT NOT NULL,
    case_ids           TEXT NOT NULL,
    tenant_ids         TEXT NOT NULL,
    service_request_id TEXT,
    cluster_id         TEXT,
    title              TEXT NOT NULL,
    body               TEXT NOT NULL,
    attempts           INTEGER NOT NULL,
    next_attempt_at    TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'PARKED')),
    last_error         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    delivered_at       TEXT,
    CHECK ((channel = 'MAIL') = (recipient <> ''))
);
CREATE INDEX notification_outbox_due ON notification_outbox (state, next_attempt_at, created_at, id);
CREATE INDEX notification_outbox_listed ON notification_outbox (state, created_at, id);
CREATE INDEX notification_outbox_newest ON notification_outbox (created_at, id);

-- The time-based events already raised (a clock's breach for one request, say), so that a scheduler's round, also
-- after a restart, raises each once.
CREATE TABLE notification_marks (
    key       TEXT PRIMARY KEY,
    raised_at TEXT NOT NULL
) WITHOUT ROWID;

-- The events each agent turned mail off for; every other event is mailed.
CREATE TABLE agent_mail_off (
    agent_id TEXT NOT NULL REFERENCES agents (id),
    event    TEXT NOT NULL,
    PRIMARY KEY (agent_id, event)
) WITHOUT ROWID;

-- A customer's contact (customers CSV: contactName, contactEmail), whom customer updates are mailed to.
ALTER TABLE customers ADD COLUMN contact_name TEXT;
ALTER TABLE customers ADD COLUMN contact_email TEXT;
