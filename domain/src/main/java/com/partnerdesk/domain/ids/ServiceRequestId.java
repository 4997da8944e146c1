package com.partnerdesk.domain.ids;

import com.partnerdesk.domain.common.DomainIds;
import java.util.UUID;

/** The desk's id of a vendor service request (the vendor's own number is recorded beside it). */
public record ServiceRequestId(String value) {
    public ServiceRequestId {
        value = DomainIds.guid("serviceRequestId", value);
    }

    public static ServiceRequestId of(String value) {
        return new ServiceRequestId(value);
    }

    public static ServiceRequestId random() {
        return new ServiceRequestId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
