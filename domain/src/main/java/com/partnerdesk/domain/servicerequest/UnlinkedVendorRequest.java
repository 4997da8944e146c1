package com.partnerdesk.domain.servicerequest;

import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A service request the vendor holds for a customer whose number no request of the desk carries: most often one an
 * agent filed in the vendor's portal and never recorded. It is offered to the agent to link to the request (and so the
 * cases) it belongs to. {@code severity} is {@code UNKNOWN} and {@code status} empty for values the desk does not know;
 * {@code createdDate} is empty when the vendor gave none (its year-one "no date"); {@code foundAt} is when the desk
 * first saw it.
 */
public record UnlinkedVendorRequest(TenantId customer, String vendorRequestNumber, String title, Severity severity,
                                    Optional<ServiceRequestStatus> status, Optional<Instant> createdDate,
                                    Instant foundAt) {
    public UnlinkedVendorRequest {
        Objects.requireNonNull(customer, "customer");
        vendorRequestNumber = VendorRequestNumber.of(vendorRequestNumber).value();
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdDate, "createdDate");
        Objects.requireNonNull(foundAt, "foundAt");
    }
}
