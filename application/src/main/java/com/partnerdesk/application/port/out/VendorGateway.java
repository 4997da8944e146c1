package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
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
    default Optional<ManualFiling> manualFiling(ServiceRequest request) {
        return Optional.empty();
    }

    /**
     * Where to file the request ({@code link}: the vendor's partner dashboard opened on the customer, so that the
     * partner–customer relationship is kept) and the steps to take there, the request's own values filled in.
     */
    record ManualFiling(String link, List<String> steps) {
        public ManualFiling {
            if (link == null || link.isBlank()) {
                throw new IllegalArgumentException("a manual filing needs the link to the vendor's portal");
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

    record VendorState(ServiceRequestStatus status, List<VendorNote> notes) {
    }

    record VendorNote(String author, String text, Instant createdAt) {
    }
}
