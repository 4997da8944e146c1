package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.Ownership;
import java.util.Optional;

/**
 * The one way a case's owner changes, inside the caller's write transaction: the case moves, is stored, and the change
 * is audited as {@code case.owner}. Also what leaves an agent's cases unowned when the agent may no longer work them
 * (disabled, or left without a role that works cases).
 */
final class CaseOwners {
    static final String AUDIT_ACTION = "case.owner";

    private final Guard guard;
    private final CaseSupport support;
    private final CaseRepository cases;
    private final AgentRepository agents;

    CaseOwners(Guard guard, CaseSupport support, CaseRepository cases, AgentRepository agents) {
        this.guard = guard;
        this.support = support;
        this.cases = cases;
        this.agents = agents;
    }

    /** Whether {@code agent} may own a case: enabled and allowed to work cases. */
    boolean mayOwn(Agent agent) {
        return !agent.disabled() && guard.allows(agent.asActor(), Action.WORK_CASE, Optional.empty());
    }

    /** Gives {@code subject} to {@code target} (or nobody); returns false when it already had that owner. */
    boolean change(Caller caller, Case subject, Optional<Agent> target, String detailSuffix) {
        Optional<AgentId> callerId = agentId(caller.actor());
        Optional<AgentId> from = subject.owner();
        Optional<AgentId> to = target.map(Agent::id);
        String how = Ownership.describe(callerId, from, to);
        if (!subject.changeOwner(to, caller.actor().name(), guard.now(), how + detailSuffix)) {
            return false;
        }
        cases.update(subject);
        guard.record(caller, AUDIT_ACTION, Optional.of(subject.customer()), Optional.of(subject.id()),
                how + target.map(a -> " to " + a.email()).orElse("") + from.flatMap(agents::find).map(f -> " (owner was " + f.email() + ")").orElse("")
                        + detailSuffix);
        return true;
    }

    /** Leaves every case of {@code agent} unowned; returns how many. */
    int releaseAll(Caller caller, Agent agent, String why) {
        int released = 0;
        for (var id : cases.ownedBy(agent.id())) {
            if (change(caller, support.loadCase(id), Optional.empty(), ": " + why)) {
                released++;
            }
        }
        return released;
    }

    static Optional<AgentId> agentId(Actor actor) {
        return actor instanceof Actor.AgentActor agent ? Optional.of(agent.agentId()) : Optional.empty();
    }
}
