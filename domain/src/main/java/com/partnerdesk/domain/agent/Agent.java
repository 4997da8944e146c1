package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.util.EnumSet;
import java.util.Set;

/** A person of the partner who signs in to the desk. */
public record Agent(AgentId id, Email email, String name, Set<Role> roles, boolean disabled) {
    public Agent {
        Require.present("agentId", id);
        Require.present("email", email);
        name = Require.text("name", name, 120);
        Require.present("roles", roles);
        if (roles.isEmpty()) {
            throw new InvalidValueException("role", "an agent needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public Agent withRoles(Set<Role> newRoles) {
        return new Agent(id, email, name, newRoles, disabled);
    }

    public Agent disable() {
        return new Agent(id, email, name, roles, true);
    }

    public Agent enable() {
        return new Agent(id, email, name, roles, false);
    }

    public Actor.AgentActor asActor() {
        return new Actor.AgentActor(id, email, name, roles);
    }
}
