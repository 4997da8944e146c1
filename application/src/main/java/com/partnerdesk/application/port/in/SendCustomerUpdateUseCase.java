package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.util.List;
import java.util.Optional;

/**
 * Tells customers what the partner knows: one message per customer, mailed to its contact and recorded on each of its
 * cases the update concerns, in one transaction with the mails' outbox entries.
 */
public interface SendCustomerUpdateUseCase {
    CustomerUpdateReport send(SendCustomerUpdateCommand command);

    /** Per customer: its cases that got the note, and the contact mailed (empty when it has none on file). */
    record CustomerUpdateReport(List<Sent> customers) {
        public CustomerUpdateReport {
            customers = List.copyOf(customers);
        }

        public int mailed() {
            return (int) customers.stream().filter(c -> c.mailedTo().isPresent()).count();
        }
    }

    record Sent(TenantId tenantId, String customerName, List<CaseId> caseIds, Optional<String> mailedTo) {
        public Sent {
            caseIds = List.copyOf(caseIds);
        }
    }
}
