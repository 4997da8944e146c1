package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Agent;
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

    void resetPassword(Caller caller, Email email, char[] password);

    /** A new API token, returned once: only its SHA-256 digest is kept. */
    String issueToken(Caller caller, Email email);
}
