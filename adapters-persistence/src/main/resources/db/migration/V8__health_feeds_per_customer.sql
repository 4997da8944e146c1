-- Service health as the vendor publishes it: per customer tenant (issue 14, ADR 0015).

-- The status as the feed wrote it, for a status this build does not know (UNKNOWN_FUTURE_VALUE); NULL: its Graph name.
ALTER TABLE health_issues ADD COLUMN status_name TEXT;

-- Whose feeds show each issue: one customer's tenant (tenant_id), every customer of a cloud (cloud), or every customer
-- (both ''). No foreign key to health_issues: a newer version of an issue replaces its row, and who was shown it stays.
-- Triage asks about the issues on one service (found by the service index) whether a feed of the customer shows them:
-- a probe of this table's primary key per issue, so no second index is kept up on every import.
CREATE TABLE health_issue_audiences (
    issue_id  TEXT NOT NULL,
    tenant_id TEXT NOT NULL DEFAULT '',   -- '' unless the audience is one customer
    cloud     TEXT NOT NULL DEFAULT '',   -- '' unless the audience is every customer of one cloud
    CHECK (tenant_id = '' OR cloud = ''),
    PRIMARY KEY (issue_id, tenant_id, cloud)
) WITHOUT ROWID;

-- Existing issues were imported for the clouds in their clouds column (empty: every cloud), which meant every customer
-- of those clouds: they stay known to every customer of their clouds, or to every customer.
WITH clouds(name) AS (VALUES ('COMMERCIAL'), ('GCC'), ('GCC_HIGH'), ('DOD'))
INSERT INTO health_issue_audiences (issue_id, cloud)
SELECT h.id, c.name
FROM health_issues h JOIN clouds c ON (',' || h.clouds || ',') LIKE ('%,' || c.name || ',%')
WHERE h.clouds <> '';
INSERT INTO health_issue_audiences (issue_id) SELECT id FROM health_issues WHERE clouds = '';

-- How the last reading of each customer's feed went.
CREATE TABLE health_sync_status (
    tenant_id      TEXT PRIMARY KEY REFERENCES customers (tenant_id),
    attempted_at   TEXT NOT NULL,
    succeeded_at   TEXT,
    issues_brought INTEGER NOT NULL,
    failure        TEXT,
    next_try_at    TEXT,
    watermark      TEXT
);

-- The customer's Azure subscriptions, joined by a comma; empty: none.
ALTER TABLE customers ADD COLUMN azure_subscription_ids TEXT NOT NULL DEFAULT '';
