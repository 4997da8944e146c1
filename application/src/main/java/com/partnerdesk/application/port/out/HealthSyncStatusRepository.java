package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthSyncStatus;
import java.util.List;
import java.util.Optional;

/** How the last reading of each customer's service-health feed went. */
public interface HealthSyncStatusRepository {
    Optional<HealthSyncStatus> find(TenantId customer);

    /** Replaces the customer's status. */
    void record(HealthSyncStatus status);

    List<HealthSyncStatus> all();
}
