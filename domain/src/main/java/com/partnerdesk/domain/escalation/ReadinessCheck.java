package com.partnerdesk.domain.escalation;

/** Each check of the escalation readiness checklist (SPEC §5), with the name an API client sees. */
public enum ReadinessCheck {
    ROLE_PERMITS("rolePermits", "The agent's roles permit escalating this product family"),
    TRIAGED_TO_ESCALATE("triagedToEscalate", "Triage says ESCALATE and the case awaits escalation"),
    RELATIONSHIP_ACTIVE("relationshipActive", "The customer relationship is ACTIVE"),
    SUPPORT_RIGHTS("supportRights", "The relationship grants the Service support administrator role"),
    HEALTH_CHECK_RECENT("healthCheckRecent", "Service health was checked within the last 60 minutes"),
    HEALTH_CHECK_CLEAR("healthCheckClear", "The health check found no matching active issue, or it was overridden with a reason"),
    TROUBLESHOOTING_NOTE("troubleshootingNote", "At least one troubleshooting step is recorded"),
    EVIDENCE_START_TIME("evidence.startedAt", "When the problem started"),
    EVIDENCE_AFFECTED_USERS("evidence.affectedUsers", "Who is affected"),
    EVIDENCE_REPRODUCTION_STEPS("evidence.reproductionSteps", "Steps that reproduce the defect"),
    EVIDENCE_AFFECTED_SITES("evidence.affectedSites", "The affected sites or locations"),
    EVIDENCE_LINKED_CUSTOMERS("evidence.linkedCustomers", "At least 2 customers linked in the cluster"),
    EVIDENCE_EXPECTED_BEHAVIOUR("evidence.expectedBehaviour", "What the service description says"),
    EVIDENCE_ACTUAL_BEHAVIOUR("evidence.actualBehaviour", "What happens instead"),
    TITLE("title", "A title"),
    DESCRIPTION("description", "A description"),
    SEVERITY("severity", "A severity: critical, moderate or minimal"),
    SUPPORT_TOPIC("supportTopicId", "A support topic of the product family"),
    COUNTRY_CODE("countryCode", "An ISO 3166 alpha-2 country code"),
    PRIMARY_CONTACT("primaryContact", "The partner's primary contact"),
    AZURE_SUPPORT_PLAN("azureSupportPlan", "Azure: the customer's support plan is CSP"),
    AZURE_DIRECT_RESELLER("azureDirectReseller", "Azure: the partner is not the customer's indirect reseller"),
    DYNAMICS_ADVANCED_SUPPORT("dynamicsAdvancedSupport", "Dynamics 365: the partner has Advanced Support"),
    NOT_MARKETPLACE("notMarketplace", "Not a Marketplace product: publishers support those");

    private final String code;
    private final String label;

    ReadinessCheck(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
