package com.partnerdesk.domain.servicerequest;

import com.partnerdesk.domain.common.DomainException;

/** A service request was asked to take a status its lifecycle does not allow from where it is. */
public final class IllegalServiceRequestTransitionException extends DomainException {
    public IllegalServiceRequestTransitionException(ServiceRequestStatus from, ServiceRequestStatus to) {
        super("A service request that is " + from.vendorName() + " cannot become " + to.vendorName());
    }

    public IllegalServiceRequestTransitionException(String message) {
        super(message);
    }
}
