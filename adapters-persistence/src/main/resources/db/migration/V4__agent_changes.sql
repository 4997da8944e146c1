-- A counter that moves whenever an agent or an API token is added, changed or removed, by any process (the CLI
-- writes agents while the server runs). The server keeps the agent behind a token in memory only while this counter
-- stands still, so a disabled agent, a changed role or a revoked token takes effect on the next request.
CREATE TABLE agent_changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO agent_changes (id, version) VALUES (1, 0);

CREATE TRIGGER agents_inserted AFTER INSERT ON agents
BEGIN
    UPDATE agent_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER agents_updated AFTER UPDATE ON agents
BEGIN
    UPDATE agent_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER agents_deleted AFTER DELETE ON agents
BEGIN
    UPDATE agent_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER agent_tokens_inserted AFTER INSERT ON agent_tokens
BEGIN
    UPDATE agent_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER agent_tokens_updated AFTER UPDATE ON agent_tokens
BEGIN
    UPDATE agent_changes SET version = version + 1 WHERE id = 1;
END;

CREATE TRIGGER agent_tokens_deleted AFTER DELETE ON agent_tokens
BEGIN
    UPDATE agent_changes SET version = version + 1 WHERE id = 1;
END;
