package com.partnerdesk.domain.agent;

/** The vendor's partner roles. An agent may hold several; permissions add up. */
public enum Role {
    GLOBAL_ADMIN("Global admin"),
    ADMIN_AGENT("Admin agent"),
    HELPDESK_AGENT("Helpdesk agent"),
    SALES_AGENT("Sales agent");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
