package com.partnerdesk.domain.agent;

/** Everything an actor may be allowed or refused to do; the rows of SPEC §2. */
public enum Action {
    VIEW("view customers, service health, cases and service requests"),
    OPEN_CASE("open a case on behalf of a customer"),
    ADD_NOTE("add a note to a case"),
    WORK_CASE("triage, record troubleshooting or resolve a case, take a case or release it"),
    ASSIGN_CASE("assign a case to an agent or take it from its owner"),
    ESCALATE("file a vendor service request for a customer"),
    UPDATE_SERVICE_REQUEST("update or close a service request"),
    MANAGE_HEALTH("record or edit service-health issues"),
    MANAGE_CUSTOMERS("manage customers and relationships"),
    MANAGE_AGENTS("manage agents and roles"),
    VIEW_AUDIT("read the audit trail"),
    MANAGE_NOTIFICATIONS("see and retry the notifications the desk sends");

    private final String description;

    Action(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
