package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.agent.Agent;

/** An agent as a case names them: their e-mail (the agent's key everywhere) and their name. */
public record AgentRef(String email, String name) {
    public static AgentRef of(Agent agent) {
        return new AgentRef(agent.email().value(), agent.name());
    }
}
