package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.Channel;
import java.util.Optional;

/** Signs agents in by password, and checks API tokens. */
public interface AuthenticateUseCase {
    /** The agent, or a NotAuthenticatedException (audited) for a wrong password, unknown or disabled agent. */
    Actor.AgentActor signIn(String email, char[] password, Channel channel);

    /** The agent a token belongs to, if the token is known, not expired, and the agent enabled. */
    Optional<Actor.AgentActor> checkToken(String token);

    /**
     * Audits refused bearer tokens from one address as one event: {@code attempts} requests between {@code from} and
     * {@code to} (aggregated, never one row per attempt).
     */
    void recordFailedTokens(String address, long attempts, java.time.Instant from, java.time.Instant to);

    /** The agent as stored now: roles changed or disabled since sign-in count at once. */
    Optional<Actor.AgentActor> current(com.partnerdesk.domain.agent.AgentId id);

    /** True while the desk has no agent at all: no one can sign in until an operator adds the first one. */
    boolean noAgentYet();
}
