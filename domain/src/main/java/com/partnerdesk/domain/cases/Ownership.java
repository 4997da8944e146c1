package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.AgentId;
import java.util.Optional;

/**
 * Who may change a case's owner (SPEC §2 and issue 12): an agent who may work cases takes an unowned case or their
 * own, and releases their own ({@link Action#WORK_CASE}); anything else — taking a case someone else owns, releasing
 * it, giving it to another agent — is assigning ({@link Action#ASSIGN_CASE}), for global admins and admin agents.
 */
public final class Ownership {
    private Ownership() {
    }

    /**
     * The action a change from {@code current} to {@code target} asks of {@code caller} (empty for the ops operator,
     * who is no agent and so can only assign).
     */
    public static Action requiredAction(Optional<AgentId> caller, Optional<AgentId> current, Optional<AgentId> target) {
        if (caller.isEmpty()) {
            return Action.ASSIGN_CASE;
        }
        boolean currentIsFreeOrMine = current.isEmpty() || current.equals(caller);
        boolean targetIsNobodyOrMe = target.isEmpty() || target.equals(caller);
        return currentIsFreeOrMine && targetIsNobodyOrMe ? Action.WORK_CASE : Action.ASSIGN_CASE;
    }

    /** How the timeline and the audit trail name a change. */
    public static String describe(Optional<AgentId> by, Optional<AgentId> current, Optional<AgentId> target) {
        if (target.isEmpty()) {
            return by.isPresent() && by.equals(current) ? "released" : "unassigned";
        }
        return by.isPresent() && by.equals(target) ? "taken" : "assigned";
    }
}
