package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What an operator sees of the health sync: each customer's last reading. */
public interface HealthSyncStatusUseCase {
    /** Every customer, by name, with its last reading; a customer never read has no attempt. */
    List<HealthSyncStatusView> statuses(Caller caller);

    record HealthSyncStatusView(TenantId customer, String name, Optional<Instant> attemptedAt,
                                Optional<Instant> succeededAt, int issuesBrought, Optional<String> failure,
                                Optional<Instant> nextTryAt) {
    }
}
