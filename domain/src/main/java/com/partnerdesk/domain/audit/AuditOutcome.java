package com.partnerdesk.domain.audit;

/** Whether the audited action was allowed or denied. */
public enum AuditOutcome {
    ALLOWED, DENIED
}
