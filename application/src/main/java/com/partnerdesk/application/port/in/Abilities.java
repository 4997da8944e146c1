package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.catalogue.ProductFamily;
import java.util.Set;

/**
 * What the caller may do, as SPEC §2 decides it: the pages show only the forms and links the agent can use, and never
 * ask the permission table themselves. The use cases still check (and audit) every action.
 */
public record Abilities(
        boolean openCases,
        boolean workCases,
        boolean assignCases,
        Set<ProductFamily> escalate,
        Set<ProductFamily> updateServiceRequests,
        boolean manageHealth,
        boolean manageAgents,
        boolean readAudit,
        boolean manageNotifications) {

    public Abilities {
        escalate = Set.copyOf(escalate);
        updateServiceRequests = Set.copyOf(updateServiceRequests);
    }

    public static final Abilities NONE = new Abilities(false, false, false, Set.of(), Set.of(), false, false, false,
            false);

    public boolean mayEscalate(ProductFamily family) {
        return escalate.contains(family);
    }

    public boolean mayUpdateServiceRequest(ProductFamily family) {
        return updateServiceRequests.contains(family);
    }

    /** An administrator's pages (agents, health issues, audit) are in the menu. */
    public boolean administers() {
        return manageHealth || manageAgents || readAudit || manageNotifications;
    }
}
