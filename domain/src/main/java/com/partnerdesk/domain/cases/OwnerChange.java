package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.common.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One change of a case's owner, for its timeline: taken, released, assigned, or left unowned when its owner was
 * disabled ({@code why} says which).
 */
public record OwnerChange(Optional<AgentId> from, Optional<AgentId> to, String by, Instant at, String why) {
    public OwnerChange {
        Require.present("from", from);
        Require.present("to", to);
        by = Require.text("by", by);
        Require.present("at", at);
        why = why == null ? "" : why;
    }
}
