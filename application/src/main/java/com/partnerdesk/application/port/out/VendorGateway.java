package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The way service requests reach the vendor and the vendor's answers come back. */
public interface VendorGateway {
    /** Delivers a request; the correlation id is the same on every retry so the vendor can de-duplicate. */
    Delivery submit(ServiceRequest request, String correlationId);

    /** The vendor's current view of a submitted request. */
    Optional<VendorState> fetch(String vendorRequestNumber);

    /**
     * Every service request the vendor holds for this customer, whoever filed them (the partner dashboard included):
     * how the desk finds a request filed in the vendor's portal whose number was never recorded. Empty for a gateway
     * that cannot read the vendor. Throws when the vendor cannot be read now.
     */
    default List<VendorListing> listForCustomer(TenantId customer) {
        return List.of();
    }

    /**
     * Sends a partner note or status to the vendor: {@link Delivered} once the vendor has it, {@link AwaitingAgent}
     * when the agent carries it to the vendor by hand (the portal path), {@link Retry} when the vendor could not take
     * it now. The correlation id is the same on every retry of one update.
     */
    Delivery update(String vendorRequestNumber, Optional<String> newNote, Optional<ServiceRequestStatus> status,
                    String correlationId);

    /**
     * How an agent files this request by hand in the vendor's portal, in the customer's context: present for a
     * gateway that leaves filing to the agent (the portal path), empty for one that delivers the request itself.
     */
    default Optional<ManualFiling> manualFiling(ServiceRequest request, Cloud cloud) {
        return Optional.empty();
    }

    /**
     * Where to file the request ({@code link}: the vendor's partner dashboard opened on the customer, so that the
     * partner–customer relationship is kept), the product's portal the dashboard sends the agent on to (for the
     * request's product family and the customer's cloud), and the steps to take there, the request's own values
     * filled in.
     */
    record ManualFiling(String link, String portalName, String portalLink, List<String> steps) {
        public ManualFiling {
            if (link == null || link.isBlank()) {
                throw new IllegalArgumentException("a manual filing needs the link to the vendor's portal");
            }
            if (portalName == null || portalName.isBlank() || portalLink == null || portalLink.isBlank()) {
                throw new IllegalArgumentException("a manual filing names the product's portal and its address");
            }
            steps = List.copyOf(steps);
        }
    }

    sealed interface Delivery permits Delivered, AwaitingAgent, Retry {
    }

    /** The vendor acknowledged the request under its number. */
    record Delivered(String vendorRequestNumber) implements Delivery {
    }

    /** Delivery is in the agent's hands (the portal path): it completes when the agent records the number. */
    record AwaitingAgent(String instructions) implements Delivery {
    }

    /** The vendor could not take it now; try again, no sooner than {@code retryAfter} when the vendor said so. */
    record Retry(String error, Optional<Duration> retryAfter) implements Delivery {
    }

    /**
     * The vendor's view of a request: its status when the desk knows the value (a value the vendor added later is
     * empty, never a failure) and its notes.
     */
    record VendorState(Optional<ServiceRequestStatus> status, List<VendorNote> notes) {
        public VendorState {
            notes = List.copyOf(notes);
        }
    }

    /** A note the vendor holds; {@code createdAt} is empty when the vendor gave no date (or its year-one "no date"). */
    record VendorNote(String author, String text, Optional<Instant> createdAt) {
    }

    /**
     * One request in the vendor's list of a customer's requests: its number, title, severity ({@code UNKNOWN} for a
     * value the desk does not know), status (empty when unknown) and creation date (empty when the vendor gave none).
     */
    record VendorListing(String vendorRequestNumber, String title, Severity severity,
                         Optional<ServiceRequestStatus> status, Optional<Instant> createdDate) {
    }
}
