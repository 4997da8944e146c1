package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.Require;
import java.util.EnumSet;
import java.util.Set;

/** Who acts: a signed-in agent with roles, or the named operator of the ops CLI. */
public sealed interface Actor permits Actor.AgentActor, Actor.Operator {

    /** The name written in the audit trail and on notes. */
    String name();

    Set<Role> roles();

    /**
     * Screened for restricted customers' data (GCC High and DoD: screened US persons only). The operator of the ops
     * CLI, with local access to the installation, always is.
     */
    boolean screened();

    record AgentActor(AgentId agentId, Email email, String displayName, Set<Role> roles, boolean screened)
            implements Actor {
        public AgentActor {
            Require.present("agentId", agentId);
            Require.present("email", email);
            displayName = Require.text("name", displayName);
            roles = Set.copyOf(Require.present("roles", roles));
        }

        /** An agent not screened. */
        public AgentActor(AgentId agentId, Email email, String displayName, Set<Role> roles) {
            this(agentId, email, displayName, roles, false);
        }

        @Override
        public String name() {
            return email.value();
        }
    }

    /** The ops CLI, run with local access to the installation; named so its writes are audited. */
    record Operator(String name) implements Actor {
        public Operator {
            name = Require.text("operator", name, 120);
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.noneOf(Role.class);
        }

        @Override
        public boolean screened() {
            return true;
        }
    }
}
