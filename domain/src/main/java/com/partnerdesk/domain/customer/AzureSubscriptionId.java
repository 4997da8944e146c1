package com.partnerdesk.domain.customer;

import com.partnerdesk.domain.common.DomainIds;

/** An Azure subscription of a customer: a GUID, whose resource-health events the desk reads. */
public record AzureSubscriptionId(String value) implements Comparable<AzureSubscriptionId> {
    public AzureSubscriptionId {
        value = DomainIds.guid("azureSubscriptionIds", value);
    }

    public static AzureSubscriptionId of(String value) {
        return new AzureSubscriptionId(value);
    }

    @Override
    public int compareTo(AzureSubscriptionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
