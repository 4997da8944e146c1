package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.ApiToken;
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

    /** Stores the SHA-256 digest of a new token under its name; the token itself is never stored. */
    void addToken(AgentId id, String tokenDigest, ApiToken token);

    /** The agent a token digest belongs to, and that token (its expiry is the caller's to check). */
    Optional<TokenHolder> findByTokenDigest(String tokenDigest);

    /** The agent's tokens, oldest first, without their digests. */
    List<ApiToken> tokens(AgentId id);

    /** Revokes the agent's token of that name; false when it has none by that name. */
    boolean revokeToken(AgentId id, String name);

    void revokeTokens(AgentId id);

    /** An agent found by one of its tokens. */
    record TokenHolder(Agent agent, ApiToken token) {
    }
}
