package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What must reach the vendor, written in the same transaction as the change it carries: new service requests, and
 * the partner's notes and status changes on requests the vendor already has.
 *
 * <p>A dispatcher claims the entries it is about to send: a claimed entry is not due again before the claim runs
 * out, so two dispatchers (the server's and {@code partnerdesk requests submit}) do not send the same entry at once,
 * and an entry whose dispatcher died comes due again by itself.
 */
public interface VendorOutbox {
    void enqueue(ServiceRequestId request, String correlationId, Instant at);

    /** Claims up to {@code limit} entries due at {@code now}, oldest first, until {@code claimedUntil}. */
    List<OutboxEntry> claimDue(Instant now, Instant claimedUntil, int limit);

    Optional<OutboxEntry> find(ServiceRequestId request);

    void delivered(ServiceRequestId request, Instant at);

    void failed(ServiceRequestId request, int attempts, Instant nextAttemptAt, String error);

    void park(ServiceRequestId request, int attempts, String error);

    List<OutboxEntry> parked();

    /** A partner note or status for the vendor; it waits until the vendor knows the request by its number. */
    void enqueueUpdate(ServiceRequestId request, Optional<String> note, Optional<ServiceRequestStatus> status,
                       String correlationId, Instant at);

    /**
     * Claims, until {@code claimedUntil}, the oldest pending update of each request that has a vendor request
     * number, when it is due at {@code now}: the vendor receives one request's updates in the order they were made.
     */
    List<UpdateEntry> claimDueUpdates(Instant now, Instant claimedUntil, int limit);

    /** Every update of a request, oldest first. */
    List<UpdateEntry> updates(ServiceRequestId request);

    /** An update reached the vendor ({@link OutboxState#DELIVERED}) or was left to the agent ({@link OutboxState#HANDED_TO_AGENT}). */
    void finishUpdate(long updateId, OutboxState state, Instant at);

    void updateFailed(long updateId, int attempts, Instant nextAttemptAt, String error);

    void parkUpdate(long updateId, int attempts, String error);

    record OutboxEntry(ServiceRequestId requestId, String correlationId, int attempts, Instant nextAttemptAt,
                       OutboxState state, String lastError, Instant createdAt) {
    }

    record UpdateEntry(long id, ServiceRequestId requestId, Optional<String> note, Optional<ServiceRequestStatus> status,
                       String correlationId, int attempts, Instant nextAttemptAt, OutboxState state, String lastError,
                       Instant createdAt) {
    }

    enum OutboxState {
        PENDING, DELIVERED, PARKED, HANDED_TO_AGENT
    }
}
