package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.TenantId;

/** Everything the desk knows about one customer, for its page. */
public interface CustomerOverviewUseCase {
    /** At most {@code limit} cases and {@code limit} service requests, newest first. */
    CustomerOverview overview(Caller caller, TenantId tenantId, int limit);
}
