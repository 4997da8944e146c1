package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Filters of the audit trail: the actor's name containing {@code actor} (any case), the customer, the case whose id
 * starts with {@code caseIdPrefix} (the short id the queue shows, or the whole id), the action, the outcome, and events
 * at or after {@code from} and before {@code until}; newest first or oldest first, up to {@code limit}.
 */
public record AuditQuery(
        Optional<String> actor,
        Optional<TenantId> tenantId,
        Optional<String> caseIdPrefix,
        Optional<String> action,
        Optional<AuditOutcome> outcome,
        Optional<Instant> from,
        Optional<Instant> until,
        boolean newestFirst,
        int limit) {

    public AuditQuery {
        actor = actor == null ? Optional.empty() : actor.map(String::strip).filter(s -> !s.isEmpty());
        tenantId = tenantId == null ? Optional.empty() : tenantId;
        caseIdPrefix = caseIdPrefix == null ? Optional.empty() : caseIdPrefix.map(String::strip).filter(s -> !s.isEmpty());
        action = action == null ? Optional.empty() : action.map(String::strip).filter(s -> !s.isEmpty());
        outcome = outcome == null ? Optional.empty() : outcome;
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}
