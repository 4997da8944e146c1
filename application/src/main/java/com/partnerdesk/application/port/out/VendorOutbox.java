package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.ids.ServiceRequestId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Service requests waiting to reach the vendor, written in the same transaction as the request. */
public interface VendorOutbox {
    void enqueue(ServiceRequestId request, String correlationId, Instant at);

    /** Entries due for delivery at {@code now}, oldest first. */
    List<OutboxEntry> due(Instant now, int limit);

    Optional<OutboxEntry> find(ServiceRequestId request);

    void delivered(ServiceRequestId request, Instant at);

    void failed(ServiceRequestId request, int attempts, Instant nextAttemptAt, String error);

    void park(ServiceRequestId request, int attempts, String error);

    List<OutboxEntry> parked();

    record OutboxEntry(ServiceRequestId requestId, String correlationId, int attempts, Instant nextAttemptAt,
                       OutboxState state, String lastError, Instant createdAt) {
    }

    enum OutboxState {
        PENDING, DELIVERED, PARKED
    }
}
