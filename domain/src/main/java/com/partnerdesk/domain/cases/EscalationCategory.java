package com.partnerdesk.domain.cases;

/** The documented reasons to hand a problem to the vendor (SPEC §4). */
public enum EscalationCategory {
    UNDOCUMENTED_SERVICE_PROBLEM,
    SERVICE_UNAVAILABLE,
    SERVICE_DEFECT,
    LARGE_SCALE_NETWORK_DISRUPTION,
    REGIONAL_MULTI_TENANT,
    BILLING_DISPUTE,
    FRAUD_CONCERN
}
