package com.partnerdesk.domain.health;

import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import java.util.Optional;

/**
 * Whose service-health feed shows an issue: one customer's tenant (its Graph feed, or the resource-health events of its
 * Azure subscriptions), or every customer of a cloud (a board imported from a file without {@code --customer}, and the
 * issues stored before feeds were kept per customer). Exactly one of the two is present.
 */
public record IssueAudience(Optional<TenantId> customer, Optional<Cloud> cloud) {
    public IssueAudience {
        customer = customer == null ? Optional.empty() : customer;
        cloud = cloud == null ? Optional.empty() : cloud;
        if (customer.isPresent() == cloud.isPresent()) {
            throw new IllegalArgumentException("an audience is one customer or one cloud, was " + customer + " and " + cloud);
        }
    }

    public static IssueAudience customer(TenantId tenant) {
        return new IssueAudience(Optional.of(tenant), Optional.empty());
    }

    public static IssueAudience everyCustomerOf(Cloud cloud) {
        return new IssueAudience(Optional.empty(), Optional.of(cloud));
    }

    /** Whether this customer's feed shows what this audience was shown. */
    public boolean includes(Customer c) {
        return customer.map(t -> t.equals(c.tenantId())).orElseGet(() -> cloud.orElseThrow() == c.cloud());
    }

    @Override
    public String toString() {
        return customer.map(TenantId::value).orElseGet(() -> "every " + cloud.orElseThrow() + " customer");
    }
}
