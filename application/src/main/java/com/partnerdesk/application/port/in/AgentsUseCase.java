package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.ApiToken;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Manages agents: add, change roles, disable, reset passwords, issue API tokens. */
public interface AgentsUseCase {
    Agent add(Caller caller, Email email, String name, Set<Role> roles, Optional<char[]> password);

    List<Agent> list(Caller caller);

    Agent changeRoles(Caller caller, Email email, Set<Role> roles);

    /** Refused for oneself and for the last enabled global admin (AgentRuleException). */
    Agent disable(Caller caller, Email email);

    /** A disabled agent signs in again with their password; tokens revoked at disabling stay revoked. */
    Agent enable(Caller caller, Email email);

    /**
     * Records that the agent is (or is no longer) screened for restricted customers' data (GCC High and DoD: screened
     * US persons only); an agent who is not screened is told those customers' records do not exist.
     */
    Agent setScreened(Caller caller, Email email, boolean screened);

    void resetPassword(Caller caller, Email email, char[] password);

    /** A new API token named token-N, never expiring, returned once: only its SHA-256 digest is kept. */
    default String issueToken(Caller caller, Email email) {
        return issueToken(caller, email, Optional.empty(), Optional.empty());
    }

    /**
     * A new API token, returned once (only its SHA-256 digest is kept), under {@code name} (unique for the agent;
     * token-N when none is given), expiring after {@code expiresIn} if given.
     */
    String issueToken(Caller caller, Email email, Optional<String> name, Optional<java.time.Duration> expiresIn);

    /** The agent's tokens: names, when issued, when they expire; never a secret. */
    List<ApiToken> tokens(Caller caller, Email email);

    /** Revokes one of the agent's tokens by name; the others keep working. */
    void revokeToken(Caller caller, Email email, String name);
}
