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
