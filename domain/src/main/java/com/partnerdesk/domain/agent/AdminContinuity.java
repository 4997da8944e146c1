package com.partnerdesk.domain.agent;

import java.util.Collection;
import java.util.Set;

/**
 * The desk never loses its last way in: nobody disables themselves or takes their own global admin role away, and the
 * last enabled global admin can be neither disabled nor stripped of the role.
 */
public final class AdminContinuity {

    /** Refuses disabling {@code target}, by {@code by}, among {@code everyone} as stored now. */
    public void checkDisable(Actor by, Agent target, Collection<Agent> everyone) {
        if (isSelf(by, target)) {
            throw new AgentRuleException("You cannot disable yourself: another global admin can, if it must be done");
        }
        if (isLastGlobalAdmin(target, everyone)) {
            throw new AgentRuleException(target.name() + " is the last enabled global admin: give another agent the "
                    + "Global admin role first");
        }
    }

    /** Refuses giving {@code target} the roles {@code roles} when that removes the last (or one's own) global admin. */
    public void checkRoles(Actor by, Agent target, Set<Role> roles, Collection<Agent> everyone) {
        if (!target.roles().contains(Role.GLOBAL_ADMIN) || roles.contains(Role.GLOBAL_ADMIN)) {
            return;
        }
        if (isSelf(by, target)) {
            throw new AgentRuleException("You cannot take the Global admin role from yourself: another global admin can");
        }
        if (isLastGlobalAdmin(target, everyone)) {
            throw new AgentRuleException(target.name() + " is the last enabled global admin: give another agent the "
                    + "Global admin role first");
        }
    }

    private static boolean isSelf(Actor by, Agent target) {
        return by instanceof Actor.AgentActor agent && agent.agentId().equals(target.id());
    }

    private static boolean isLastGlobalAdmin(Agent target, Collection<Agent> everyone) {
        if (target.disabled() || !target.roles().contains(Role.GLOBAL_ADMIN)) {
            return false;
        }
        return everyone.stream().noneMatch(a -> !a.id().equals(target.id()) && !a.disabled()
                && a.roles().contains(Role.GLOBAL_ADMIN));
    }
}
