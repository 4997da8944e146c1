-- The partner's notes and status changes waiting to reach the vendor, in the order they were made.
CREATE TABLE vendor_update_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id      TEXT NOT NULL REFERENCES service_requests (id),
    note            TEXT,
    status          TEXT,
    correlation_id  TEXT NOT NULL UNIQUE,
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    state           TEXT NOT NULL,
    last_error      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    finished_at     TEXT,
    CHECK (note IS NOT NULL OR status IS NOT NULL)
);
CREATE INDEX vendor_update_outbox_pending ON vendor_update_outbox (state, request_id, id);
