-- The case queue shows cases whose service request needs attention first, then the newest.
CREATE INDEX cases_queue ON cases (attention_needed DESC, seq DESC);
