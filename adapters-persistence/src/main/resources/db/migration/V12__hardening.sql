-- Issue 13 (ADR 0014): hardening. Written as V7 on its branch; it runs after V11, so the trail names tenant_id.

-- The audit trail becomes a hash chain: each event carries the hash of the event before it and its own hash over that
-- and its content (computed by the desk, see AuditChain). Events written before this migration are chained when the
-- database is next opened (their hash is NULL until then; only that one change is allowed on them).
ALTER TABLE audit_events ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_events ADD COLUMN hash TEXT;

-- The anchor of the chain: the hash the first kept event follows (64 zeros, or the hash of the last event pruned by
-- retention) and the sequence number of that last pruned event. Pruning raises the flag for its own transaction.
CREATE TABLE audit_chain (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    anchor         TEXT    NOT NULL,
    pruned_through INTEGER NOT NULL,
    pruning        INTEGER NOT NULL DEFAULT 0
);
INSERT INTO audit_chain (id, anchor, pruned_through, pruning)
VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000', 0, 0);

DROP TRIGGER audit_events_no_update;
DROP TRIGGER audit_events_no_delete;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
    OR NEW.actor_kind IS NOT OLD.actor_kind OR NEW.roles IS NOT OLD.roles OR NEW.action IS NOT OLD.action
    OR NEW.tenant_id IS NOT OLD.tenant_id OR NEW.case_id IS NOT OLD.case_id OR NEW.channel IS NOT OLD.channel
    OR NEW.outcome IS NOT OLD.outcome OR NEW.detail IS NOT OLD.detail
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: audit events cannot be changed');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN (SELECT pruning FROM audit_chain WHERE id = 1) = 0
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only: audit events are removed only by retention, after export');
END;

-- API tokens have a name (unique per agent) and may expire. Tokens issued before get the name token-<n>.
ALTER TABLE agent_tokens ADD COLUMN name TEXT;
ALTER TABLE agent_tokens ADD COLUMN expires_at TEXT;
UPDATE agent_tokens SET name = 'token-' || rowid WHERE name IS NULL;
CREATE UNIQUE INDEX agent_tokens_name ON agent_tokens (agent_id, name);

-- Restricted customers (GCC High and DoD by default) are seen only by screened agents. Agents start unscreened: an
-- administrator records screening with `partnerdesk agents screened --email E --yes`.
ALTER TABLE customers ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
UPDATE customers SET restricted = 1 WHERE cloud IN ('GCC_HIGH', 'DOD');
ALTER TABLE agents ADD COLUMN screened INTEGER NOT NULL DEFAULT 0;
