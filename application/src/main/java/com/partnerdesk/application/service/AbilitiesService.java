package com.partnerdesk.application.service;

import com.partnerdesk.application.port.in.Abilities;
import com.partnerdesk.application.port.in.AbilitiesUseCase;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.domain.agent.Action;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.agent.PermissionPolicy;
import com.partnerdesk.domain.catalogue.ProductFamily;
import java.util.EnumSet;
import java.util.Set;

/** The permission table of SPEC §2, read for one caller. Reads nothing stored: the caller's roles are current. */
public final class AbilitiesService implements AbilitiesUseCase {
    private final PermissionPolicy permissions;

    public AbilitiesService(PermissionPolicy permissions) {
        this.permissions = permissions;
    }

    @Override
    public Abilities of(Caller caller) {
        Actor actor = caller.actor();
        return new Abilities(may(actor, Action.OPEN_CASE), may(actor, Action.WORK_CASE),
                may(actor, Action.ASSIGN_CASE),
                families(actor, Action.ESCALATE), families(actor, Action.UPDATE_SERVICE_REQUEST),
                may(actor, Action.MANAGE_HEALTH), may(actor, Action.MANAGE_AGENTS), may(actor, Action.VIEW_AUDIT),
                may(actor, Action.MANAGE_NOTIFICATIONS));
    }

    private boolean may(Actor actor, Action action) {
        return permissions.decide(actor, action).allowed();
    }

    private Set<ProductFamily> families(Actor actor, Action action) {
        Set<ProductFamily> allowed = EnumSet.noneOf(ProductFamily.class);
        for (ProductFamily family : ProductFamily.values()) {
            if (permissions.decide(actor, action, family).allowed()) {
                allowed.add(family);
            }
        }
        return allowed;
    }
}
