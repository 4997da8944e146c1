package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.GroupId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Agents as the identity provider knows them: the provider's id of the person an agent is linked to, and the agent's
 * Entra security groups as of their last sign-in (what GDAP grants customer roles to).
 */
public interface AgentIdentities {
    Optional<AgentId> findBySubject(String issuer, String subject);

    /** True when the agent is linked to a person of the provider. */
    boolean linked(AgentId agentId);

    /** Links the agent to the provider's person; an agent is linked once, a person to one agent. */
    void link(AgentId agentId, String issuer, String subject, Instant at);

    /** The agent's Entra group ids, empty for an agent who never signed in through the provider. */
    Set<GroupId> groups(AgentId agentId);

    /** Replaces the agent's group ids with those of their latest sign-in. */
    void replaceGroups(AgentId agentId, Set<GroupId> groups, Instant at);
}
