-- Issue 12: a case has one owner (an agent) or none, and its timeline shows every change of owner.
ALTER TABLE cases ADD COLUMN owner_agent_id TEXT REFERENCES agents (id);
-- (the owner's indexes, for "my cases" and the unowned, are those of the queue, below)

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

-- The case queue sorts by every column and filters by owner, as quick at 10,000 cases as at 100: an index
-- per sort the page offers and per owner filter. Impact, owner and customer are sorted by columns of their own that
-- triggers keep (severity as a number; the owner's and the customer's names, which live in other tables): the
-- application never writes them, and a renamed customer (an import) or agent re-sorts their cases at once.
ALTER TABLE cases ADD COLUMN sort_impact INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN sort_owner TEXT COLLATE NOCASE;
ALTER TABLE cases ADD COLUMN sort_customer TEXT COLLATE NOCASE;

UPDATE cases SET sort_impact = CASE impact WHEN 'CRITICAL' THEN 3 WHEN 'MODERATE' THEN 2 ELSE 1 END,
    sort_customer = (SELECT c.name FROM customers c WHERE c.tenant_id = cases.tenant_id),
    sort_owner = (SELECT a.name FROM agents a WHERE a.id = cases.owner_agent_id);

CREATE TRIGGER cases_sort_keys_on_insert AFTER INSERT ON cases BEGIN
    UPDATE cases SET sort_impact = CASE NEW.impact WHEN 'CRITICAL' THEN 3 WHEN 'MODERATE' THEN 2 ELSE 1 END,
        sort_customer = (SELECT c.name FROM customers c WHERE c.tenant_id = NEW.tenant_id),
        sort_owner = (SELECT a.name FROM agents a WHERE a.id = NEW.owner_agent_id)
    WHERE seq = NEW.seq;
END;
CREATE TRIGGER cases_sort_owner_on_update AFTER UPDATE OF owner_agent_id ON cases
WHEN NEW.owner_agent_id IS NOT OLD.owner_agent_id BEGIN
    UPDATE cases SET sort_owner = (SELECT a.name FROM agents a WHERE a.id = NEW.owner_agent_id) WHERE seq = NEW.seq;
END;
CREATE TRIGGER customers_name_sorts_cases AFTER UPDATE OF name ON customers
WHEN NEW.name IS NOT OLD.name BEGIN
    UPDATE cases SET sort_customer = NEW.name WHERE tenant_id = NEW.tenant_id;
END;
CREATE TRIGGER agents_name_sorts_cases AFTER UPDATE OF name ON agents
WHEN NEW.name IS NOT OLD.name BEGIN
    UPDATE cases SET sort_owner = NEW.name WHERE owner_agent_id = NEW.id;
END;

-- The queue's own order (attention, impact, oldest first), for everyone and per owner ("my cases", "unowned").
DROP INDEX cases_queue;
CREATE INDEX cases_queue ON cases (attention_needed DESC, sort_impact DESC, opened_at, seq);
CREATE INDEX cases_owner_queue ON cases (owner_agent_id, attention_needed DESC, sort_impact DESC, opened_at, seq);
-- One column each, read forwards or backwards.
CREATE INDEX cases_by_attention ON cases (attention_needed, seq);
CREATE INDEX cases_by_impact ON cases (sort_impact, seq);
CREATE INDEX cases_by_opened ON cases (opened_at, seq);
CREATE INDEX cases_by_updated ON cases (updated_at, seq);
CREATE INDEX cases_by_started ON cases (started_at, seq);
CREATE INDEX cases_by_owner ON cases (sort_owner, seq);
CREATE INDEX cases_by_customer ON cases (sort_customer, seq);
CREATE INDEX cases_by_service ON cases (service, seq);
CREATE INDEX cases_by_title ON cases (title COLLATE NOCASE, seq);
CREATE INDEX cases_by_status ON cases (status, seq);
CREATE INDEX cases_by_triage ON cases (triage_result, seq);
