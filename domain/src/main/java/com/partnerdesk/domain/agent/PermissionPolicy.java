package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.catalogue.ProductFamily;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The table of SPEC §2 as a function. Roles add up: an action is allowed when any of the actor's roles
 * allows it. The ops operator, acting with local access to the installation, may do everything.
 */
public final class PermissionPolicy {

    public Permission decide(Actor actor, Action action) {
        return decide(actor, action, Optional.empty());
    }

    public Permission decide(Actor actor, Action action, ProductFamily family) {
        return decide(actor, action, Optional.of(family));
    }

    public Permission decide(Actor actor, Action action, Optional<ProductFamily> family) {
        if (actor instanceof Actor.Operator) {
            return Permission.allow();
        }
        Set<Role> roles = actor.roles();
        for (Role role : roles) {
            if (allows(role, action, family)) {
                return Permission.allow();
            }
        }
        return Permission.deny(denial(roles, action, family));
    }

    private static boolean allows(Role role, Action action, Optional<ProductFamily> family) {
        switch (role) {
            case GLOBAL_ADMIN:
                return true;
            case ADMIN_AGENT:
                return action != Action.MANAGE_AGENTS;
            case HELPDESK_AGENT:
                switch (action) {
                    case VIEW, OPEN_CASE, ADD_NOTE, WORK_CASE:
                        return true;
                    case ESCALATE, UPDATE_SERVICE_REQUEST:
                        return family.map(f -> f != ProductFamily.AZURE).orElse(false);
                    default:
                        return false;
                }
            case SALES_AGENT:
                return EnumSet.of(Action.VIEW, Action.OPEN_CASE, Action.ADD_NOTE).contains(action);
            default:
                return false;
        }
    }

    private static String denial(Set<Role> roles, Action action, Optional<ProductFamily> family) {
        String held = roles.isEmpty() ? "no role" : String.join(", ", roles.stream().map(Role::label).sorted().toList());
        String what = action.description() + family.map(f -> " for product family " + f).orElse("");
        if (roles.contains(Role.HELPDESK_AGENT) && family.isPresent() && family.get() == ProductFamily.AZURE
                && (action == Action.ESCALATE || action == Action.UPDATE_SERVICE_REQUEST)) {
            return "A Helpdesk agent may not " + what + ": Azure requests need an Admin agent or Global admin";
        }
        return "Not allowed to " + what + " with the role(s) " + held;
    }
}
