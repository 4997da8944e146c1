-- Issue 12: the queue sorts by the customer's clock (the clock closest to breach first, cases without a running clock
-- last: '~' sorts after every instant) and its own order is attention, clock, impact, oldest first. SQLite uses an
-- index only for its very expression, so the column's expression is the one JdbiCaseRepository sorts by.
CREATE INDEX cases_by_clock ON cases (coalesce(clock_next_due, '~'), seq);

DROP INDEX cases_queue;
DROP INDEX cases_owner_queue;
CREATE INDEX cases_queue ON cases (attention_needed DESC, coalesce(clock_next_due, '~'), sort_impact DESC, opened_at, seq);
CREATE INDEX cases_owner_queue ON cases (owner_agent_id, attention_needed DESC, coalesce(clock_next_due, '~'),
    sort_impact DESC, opened_at, seq);
