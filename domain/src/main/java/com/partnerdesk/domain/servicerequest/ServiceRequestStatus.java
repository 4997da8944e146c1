package com.partnerdesk.domain.servicerequest;

import com.partnerdesk.domain.common.Require;
import java.util.Locale;

/** The vendor's status of a service request: none → open ↔ attention_needed → closed. */
public enum ServiceRequestStatus {
    NONE, OPEN, ATTENTION_NEEDED, CLOSED;

    public String vendorName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean canMoveTo(ServiceRequestStatus target) {
        return switch (this) {
            case NONE -> target == OPEN;
            case OPEN -> target == ATTENTION_NEEDED || target == CLOSED;
            case ATTENTION_NEEDED -> target == OPEN || target == CLOSED;
            case CLOSED -> false;
        };
    }

    /** Accepts the vendor's names ({@code attention_needed}) and the desk's ({@code ATTENTION_NEEDED}). */
    public static ServiceRequestStatus parse(String value) {
        return Require.oneOf("status", ServiceRequestStatus.class, value == null ? null : value.replace('-', '_'));
    }
}
