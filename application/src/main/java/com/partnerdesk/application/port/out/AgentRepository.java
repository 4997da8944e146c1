package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agents, their password hashes and the digests of their API tokens. */
public interface AgentRepository {
    void insert(Agent agent, Optional<String> passwordHash, Instant at);

    void update(Agent agent);

    Optional<Agent> find(AgentId id);

    Optional<Agent> findByEmail(Email email);

    List<Agent> all();

    Optional<String> passwordHash(AgentId id);

    void setPasswordHash(AgentId id, String hash);

    /** Stores the SHA-256 digest of a new token; the token itself is never stored. */
    void addToken(AgentId id, String tokenDigest, Instant at);

    Optional<Agent> findByTokenDigest(String tokenDigest);

    void revokeTokens(AgentId id);
}
