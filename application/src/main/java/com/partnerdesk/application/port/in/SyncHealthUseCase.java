package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Reads each customer's service-health feed from the vendor and stores what it shows, as the import does (an issue that
 * ends sends its waiting cases to recheck), one transaction per customer; records how each reading went.
 */
public interface SyncHealthUseCase {
    SyncHealthReport sync(Caller caller, SyncHealthCommand command);

    record SyncHealthReport(List<CustomerSync> customers) {
        public SyncHealthReport {
            customers = List.copyOf(customers);
        }

        public int failed() {
            return (int) customers.stream().filter(c -> c.failure().isPresent()).count();
        }
    }

    /** One customer's reading: what it brought, or why it failed. */
    record CustomerSync(TenantId customer, String name, int issues, int added, int updated, int casesSentToRecheck,
                        Optional<String> failure) {
    }
}
