package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A service request in the vendor's terms, with the vendor clock and how delivery is going. On the portal path it
 * carries the link to the vendor's partner dashboard in the customer's context and the steps to file it there
 * ({@code filingLink}, {@code filingSteps}); {@code awaitingVendorNumber} says the agent is to record the number the
 * vendor gave it (a request that waits for an agent to file it, or whose delivery through the vendor's API was parked).
 * {@code filingPortalName} and {@code filingPortalLink} name the product's portal the partner dashboard sends the agent
 * on to, for the request's product family and the customer's cloud. {@code unlinkedVendorRequests}, on a request
 * awaiting its number, are the customer's requests the vendor holds under numbers no request of the desk carries: one
 * of them is most likely this request, filed in the portal, its number never recorded.
 * {@code partnerUpdatesWaiting} counts the partner's notes and status changes not yet with the vendor;
 * {@code partnerUpdatesParked} those the outbox gave up on.
 */
public record ServiceRequestView(
        ServiceRequestId id,
        String tenantId,
        List<CaseId> caseIds,
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
        Optional<String> filingPortalName,
        Optional<String> filingPortalLink,
        List<String> filingSteps,
        boolean awaitingVendorNumber,
        List<UnlinkedVendorRequest> unlinkedVendorRequests,
        int partnerUpdatesWaiting,
        int partnerUpdatesParked,
        long version) {

    public ServiceRequestView {
        filingSteps = List.copyOf(filingSteps);
        unlinkedVendorRequests = List.copyOf(unlinkedVendorRequests);
    }
}
