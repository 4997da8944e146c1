package com.partnerdesk.domain.cases;

import java.util.Optional;

/** The agent's answer to "what is the customer seeing?", and the category it leads to when nothing documented explains it. */
public enum SymptomClassification {
    CONFIGURATION(null),
    UNDOCUMENTED_BEHAVIOUR(EscalationCategory.UNDOCUMENTED_SERVICE_PROBLEM),
    UNAVAILABLE(EscalationCategory.SERVICE_UNAVAILABLE),
    DEFECT(EscalationCategory.SERVICE_DEFECT),
    NETWORK_DISRUPTION(EscalationCategory.LARGE_SCALE_NETWORK_DISRUPTION),
    BILLING_DISPUTE(EscalationCategory.BILLING_DISPUTE),
    FRAUD(EscalationCategory.FRAUD_CONCERN);

    private final EscalationCategory category;

    SymptomClassification(EscalationCategory category) {
        this.category = category;
    }

    /** Empty for configuration problems: the partner resolves those. */
    public Optional<EscalationCategory> category() {
        return Optional.ofNullable(category);
    }

    /** Classifications that may form a regional multi-tenant cluster (SPEC §4 rule 3). */
    public boolean clusterable() {
        return this == UNDOCUMENTED_BEHAVIOUR || this == UNAVAILABLE || this == DEFECT || this == NETWORK_DISRUPTION;
    }
}
