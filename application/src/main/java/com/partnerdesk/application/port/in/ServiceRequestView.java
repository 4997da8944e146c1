package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A service request in the vendor's terms, with the vendor clock and how delivery is going. On the portal path it
 * carries the link to the vendor's partner dashboard in the customer's context and the steps to file it there
 * ({@code filingLink}, {@code filingSteps}); {@code awaitingVendorNumber} says the agent is to record the number the
 * vendor gave it (a request that waits for an agent to file it, or whose delivery through the vendor's API was parked).
 * {@code partnerUpdatesWaiting} counts the partner's notes and status changes not yet with the vendor;
 * {@code partnerUpdatesParked} those the outbox gave up on.
 *
 * <p>{@code caseCount} is how many cases the request holds. {@code caseIds} names them, in the order they joined, when
 * the request is read on its own (its page, the list, an update); the request inside a case's view leaves them out
 * (empty), as a cluster's request holds thousands and every report of a storm answers with its case's view.
 */
public record ServiceRequestView(
        ServiceRequestId id,
        String tenantId,
        List<CaseId> caseIds,
        int caseCount,
        Optional<ClusterId> clusterId,
        String title,
        String description,
        Severity severity,
        ServiceRequestStatus status,
        String supportTopicId,
        String supportTopicName,
        String productFamily,
        String productName,
        String countryCode,
        Contact primaryContact,
        String organization,
        List<ServiceRequestNote> notes,
        Instant createdDate,
        Instant lastModifiedDate,
        Optional<Instant> lastClosedDate,
        Optional<String> vendorRequestNumber,
        Optional<Instant> submittedAt,
        Duration responseTarget,
        Optional<Instant> responseDueAt,
        Optional<Duration> responseTimeLeft,
        boolean responseTargetBreached,
        Optional<String> deliveryState,
        int deliveryAttempts,
        Optional<String> deliveryError,
        Optional<String> filingLink,
        List<String> filingSteps,
        boolean awaitingVendorNumber,
        int partnerUpdatesWaiting,
        int partnerUpdatesParked,
        long version) {

    public ServiceRequestView {
        caseIds = List.copyOf(caseIds);
        filingSteps = List.copyOf(filingSteps);
    }
}
