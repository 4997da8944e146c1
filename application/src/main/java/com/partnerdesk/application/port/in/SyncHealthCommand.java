package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.TenantId;
import java.util.Optional;

/** Read the vendor's service-health feeds: of one customer, or of every customer. */
public record SyncHealthCommand(Optional<TenantId> customer) {
    public SyncHealthCommand {
        customer = customer == null ? Optional.empty() : customer;
    }

    public static SyncHealthCommand everyCustomer() {
        return new SyncHealthCommand(Optional.empty());
    }
}
