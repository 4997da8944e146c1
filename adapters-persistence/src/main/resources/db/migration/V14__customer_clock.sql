-- The customer's clock (issue 12, ADR 0019).
--
-- A case keeps the stretches its resolution clock did not count ("REASON FROM UNTIL" per pause, ';'-separated, UNTIL
-- '-' while the pause lasts), and what the queue sorts and filters its clock by: the earliest due instant and warning
-- instant of a target not met yet, the pause going on, and how many targets were missed for good. The application
-- writes these in the transaction of every change that moves the clock.
ALTER TABLE cases ADD COLUMN clock_pauses TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN clock_next_due TEXT;
ALTER TABLE cases ADD COLUMN clock_next_warning TEXT;
ALTER TABLE cases ADD COLUMN clock_pause_reason TEXT;
ALTER TABLE cases ADD COLUMN clock_missed INTEGER NOT NULL DEFAULT 0;

-- "closest to breach" and "customer clock at risk": open cases only carry a next due or warning
CREATE INDEX cases_clock_next_due ON cases (clock_next_due) WHERE clock_next_due IS NOT NULL;
CREATE INDEX cases_clock_next_warning ON cases (clock_next_warning) WHERE clock_next_warning IS NOT NULL;

-- A case stored before this migration that waits on an incident or the vendor, or is resolved, has waited since its
-- last status change: its clock starts paused from then.
UPDATE cases SET clock_pauses = (CASE status
        WHEN 'WAITING_ON_INCIDENT' THEN 'WAITING_ON_INCIDENT'
        WHEN 'ESCALATED' THEN 'WAITING_ON_VENDOR'
        ELSE 'RESOLVED' END)
    || ' ' || coalesce((SELECT max(h.at) FROM case_history h WHERE h.case_id = cases.id), updated_at) || ' -'
WHERE status IN ('WAITING_ON_INCIDENT', 'RESOLVED', 'CLOSED')
   OR (status = 'ESCALATED' AND attention_needed = 0);

-- The targets per impact and the partner's business hours; no row reads as the defaults at version 0.
CREATE TABLE customer_clock_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    first_response  TEXT NOT NULL,   -- "CRITICAL=PT1H;MODERATE=PT4H;MINIMAL=PT8H"
    resolution      TEXT NOT NULL,
    time_zone       TEXT NOT NULL,
    working_days    TEXT NOT NULL,   -- "MONDAY,TUESDAY,…"
    opens           TEXT NOT NULL,   -- "09:00"
    closes          TEXT NOT NULL,
    holidays        TEXT NOT NULL,   -- "2026-12-25,…"
    version         INTEGER NOT NULL
);
