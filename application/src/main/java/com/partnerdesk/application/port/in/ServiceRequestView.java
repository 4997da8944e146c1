package com.partnerdesk.application.port.in;

import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
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
 */
public record ServiceRequestView(
        ServiceRequestId id,
        String customerTenantId,
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
        List<String> filingSteps,
        boolean awaitingVendorNumber,
        int partnerUpdatesWaiting,
        int partnerUpdatesParked,
        long version) {

    public ServiceRequestView {
        filingSteps = List.copyOf(filingSteps);
    }

    public static ServiceRequestView of(ServiceRequest r, Optional<VendorOutbox.OutboxEntry> outbox,
                                        List<VendorOutbox.UpdateEntry> updates,
                                        Optional<VendorGateway.ManualFiling> filing, Instant now) {
        boolean parked = outbox.map(e -> e.state() == VendorOutbox.OutboxState.PARKED).orElse(false);
        boolean awaitingNumber = r.vendorRequestNumber().isEmpty() && (filing.isPresent() || parked);
        return new ServiceRequestView(r.id(), r.customer().value(), r.caseIds(), r.clusterId(), r.title(),
                r.description(), r.severity(), r.status(), r.supportTopic().id().value(), r.supportTopic().name(),
                r.supportTopic().productFamily().name(), r.productName(), r.countryCode().value(), r.primaryContact(),
                r.organization(), r.notes(), r.createdAt(), r.lastModifiedAt(), r.lastClosedAt(),
                r.vendorRequestNumber(), r.submittedAt(), r.responseTarget(), r.responseDueAt(),
                r.responseTimeLeft(now), r.isResponseTargetBreached(now),
                outbox.map(e -> e.state().name()), outbox.map(VendorOutbox.OutboxEntry::attempts).orElse(0),
                outbox.map(VendorOutbox.OutboxEntry::lastError).filter(e -> !e.isBlank()),
                filing.map(VendorGateway.ManualFiling::link), filing.map(VendorGateway.ManualFiling::steps).orElse(List.of()),
                awaitingNumber, count(updates, VendorOutbox.OutboxState.PENDING),
                count(updates, VendorOutbox.OutboxState.PARKED), r.version());
    }

    private static int count(List<VendorOutbox.UpdateEntry> updates, VendorOutbox.OutboxState state) {
        return (int) updates.stream().filter(u -> u.state() == state).count();
    }
}
