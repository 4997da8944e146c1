package com.partnerdesk.domain.customer;

import com.partnerdesk.domain.common.DomainIds;

/** The vendor's tenant id of a customer: a GUID. */
public record TenantId(String value) {
    public TenantId {
        value = DomainIds.guid("tenantId", value);
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
