-- Sign-in through the partner's identity provider (Microsoft Entra ID) and a second factor for local accounts
-- (issue 18, ADR 0023).

-- Which Entra security group gives which desk role; a group may give several roles, each at most once.
CREATE TABLE group_mappings (
    group_id TEXT NOT NULL,                 -- the group's object id, a lower-case GUID
    role     TEXT NOT NULL,
    screened INTEGER NOT NULL,              -- members are screened for restricted customers
    PRIMARY KEY (group_id, role)
);

-- The identity provider's person an agent is: issuer and stable subject (Entra's oid).
CREATE TABLE agent_identities (
    agent_id  TEXT PRIMARY KEY REFERENCES agents (id),
    issuer    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    linked_at TEXT NOT NULL,
    UNIQUE (issuer, subject)
);

-- An agent's Entra security groups as of their last sign-in through the provider (for GDAP's access checks too).
CREATE TABLE agent_groups (
    agent_id TEXT NOT NULL REFERENCES agents (id),
    group_id TEXT NOT NULL,
    seen_at  TEXT NOT NULL,
    PRIMARY KEY (agent_id, group_id)
);
CREATE INDEX agent_groups_group ON agent_groups (group_id);

-- A local account's TOTP secret (RFC 6238), confirmed by a first code, and the last time step a code used.
CREATE TABLE agent_totp (
    agent_id     TEXT PRIMARY KEY REFERENCES agents (id),
    secret       TEXT NOT NULL,             -- base 32
    created_at   TEXT NOT NULL,
    confirmed_at TEXT,
    last_step    INTEGER
);

-- Recovery codes: only their SHA-256 digests; each works once.
CREATE TABLE agent_recovery_codes (
    agent_id TEXT NOT NULL REFERENCES agents (id),
    digest   TEXT NOT NULL,
    used_at  TEXT,
    PRIMARY KEY (agent_id, digest)
);
