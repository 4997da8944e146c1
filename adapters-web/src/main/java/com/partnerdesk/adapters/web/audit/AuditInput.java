package com.partnerdesk.adapters.web.audit;

import com.partnerdesk.adapters.web.support.Inputs;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.in.AuditSearch;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * The audit trail's filters, read the same from the page's filter form, the CSV export's address and the API's query:
 * {@code agent}, {@code tenantId}, {@code caseId}, {@code action}, {@code outcome}, {@code from}, {@code until} (the
 * API also takes {@code since}, the older name of {@code from}). Every fault is reported at once.
 */
final class AuditInput {
    private AuditInput() {
    }

    static AuditSearch read(Inputs q, boolean newestFirst, int limit) {
        Optional<String> agent = q.text("agent");
        Optional<TenantId> tenantId = q.text("tenantId").flatMap(t -> q.value("tenantId", () -> TenantId.of(t)));
        Optional<String> caseId = q.text("caseId");
        Optional<String> action = q.text("action");
        Optional<AuditOutcome> outcome = q.enumValue("outcome", AuditOutcome.class);
        Optional<Instant> from = q.instant("from");
        if (from.isEmpty()) {
            from = q.instant("since");
        }
        Optional<Instant> until = q.instant("until");
        AuditSearch search = null;
        try {
            search = new AuditSearch(agent, tenantId, caseId, action, outcome, from, until, newestFirst, limit);
        } catch (InvalidInputException refused) {
            refused.faults().forEach(f -> q.fault(f.location(), f.message()));
        }
        q.check();
        return search;
    }
}
