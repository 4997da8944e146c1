package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import java.util.List;
import java.util.Optional;

/**
 * Health issues to store, and whose feed shows them: one customer's, or (without a customer) every customer of the
 * clouds each issue was read for, as the board import has always meant.
 */
public record ImportHealthCommand(List<HealthIssue> issues, Optional<TenantId> customer) {
    public ImportHealthCommand {
        issues = List.copyOf(issues);
        customer = customer == null ? Optional.empty() : customer;
    }
}
