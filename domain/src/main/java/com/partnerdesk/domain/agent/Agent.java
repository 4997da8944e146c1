package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.util.EnumSet;
import java.util.Set;

/** A person of the partner who signs in to the desk. */
public record Agent(AgentId id, Email email, String name, Set<Role> roles, boolean disabled, boolean screened) {
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

    /** An agent not screened for restricted customers (the default: screening is recorded by an administrator). */
    public Agent(AgentId id, Email email, String name, Set<Role> roles, boolean disabled) {
        this(id, email, name, roles, disabled, false);
    }

    public Agent withRoles(Set<Role> newRoles) {
        return new Agent(id, email, name, newRoles, disabled, screened);
    }

    public Agent disable() {
        return new Agent(id, email, name, roles, true, screened);
    }

    /** Recorded as screened (or no longer) for restricted customers' data. */
    public Agent withScreened(boolean isScreened) {
        return new Agent(id, email, name, roles, disabled, isScreened);
    }

    public Agent enable() {
        return new Agent(id, email, name, roles, false, screened);
    }

    public Actor.AgentActor asActor() {
        return new Actor.AgentActor(id, email, name, roles, screened);
    }
}
