package com.partnerdesk.domain.health;

import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import java.util.Optional;

/**
 * Whose service-health feed shows an issue: one customer's tenant (its Graph feed, or the resource-health events of its
 * Azure subscriptions), every customer of a cloud, or every customer (a board imported from a file without
 * {@code --customer}, for the clouds given or for all, and the issues stored before feeds were kept per customer). At
 * most one of customer and cloud is present; neither means every customer.
 */
public record IssueAudience(Optional<TenantId> customer, Optional<Cloud> cloud) {
    public IssueAudience {
        customer = customer == null ? Optional.empty() : customer;
        cloud = cloud == null ? Optional.empty() : cloud;
        if (customer.isPresent() && cloud.isPresent()) {
            throw new IllegalArgumentException("an audience is one customer, one cloud or everyone, was " + customer
                    + " and " + cloud);
        }
    }

    public static IssueAudience customer(TenantId tenant) {
        return new IssueAudience(Optional.of(tenant), Optional.empty());
    }

    public static IssueAudience everyCustomerOf(Cloud cloud) {
        return new IssueAudience(Optional.empty(), Optional.of(cloud));
    }

    public static IssueAudience everyCustomer() {
        return new IssueAudience(Optional.empty(), Optional.empty());
    }

    /** Whether this customer's feed shows what this audience was shown. */
    public boolean includes(Customer c) {
        return customer.map(t -> t.equals(c.tenantId())).orElseGet(() -> cloud.map(k -> k == c.cloud()).orElse(true));
    }

    @Override
    public String toString() {
        return customer.map(TenantId::value)
                .orElseGet(() -> cloud.map(k -> "every " + k + " customer").orElse("every customer"));
    }
}
