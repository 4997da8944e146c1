package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxEntry;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxState;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every VendorOutbox promises: pending entries come due, are delivered, retried or parked. */
public abstract class AbstractVendorOutboxContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;

    @Override
    protected abstract StoragePorts newStorage();

    @Test
    void anEnqueuedRequestIsPendingAndDueAtOnce() {
        ServiceRequest request = storeRequest(T0);
        writeVoid(() -> storage.outbox().enqueue(request.id(), "corr-" + request.id(), T0));

        OutboxEntry entry = read(() -> storage.outbox().find(request.id())).orElseThrow();
        assertThat(entry.requestId()).isEqualTo(request.id());
        assertThat(entry.correlationId()).isEqualTo("corr-" + request.id());
        assertThat(entry.attempts()).isZero();
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(entry.createdAt()).isEqualTo(T0);
        assertThat(entry.lastError()).isNullOrEmpty();
        assertThat(read(() -> storage.outbox().due(T0, 10))).extracting(OutboxEntry::requestId)
                .containsExactly(request.id());
    }

    @Test
    void dueListsOldestFirstUpToTheLimit() {
        ServiceRequest first = storeRequest(T0);
        ServiceRequest second = storeRequest(T0.plusSeconds(60));
        ServiceRequest third = storeRequest(T0.plusSeconds(120));
        writeVoid(() -> storage.outbox().enqueue(second.id(), second.id().value(), T0.plusSeconds(60)));
        writeVoid(() -> storage.outbox().enqueue(first.id(), first.id().value(), T0));
        writeVoid(() -> storage.outbox().enqueue(third.id(), third.id().value(), T0.plusSeconds(120)));

        assertThat(read(() -> storage.outbox().due(T0.plusSeconds(300), 10))).extracting(OutboxEntry::requestId)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(read(() -> storage.outbox().due(T0.plusSeconds(300), 2))).extracting(OutboxEntry::requestId)
                .containsExactly(first.id(), second.id());
        assertThat(read(() -> storage.outbox().due(T0.plusSeconds(90), 10))).extracting(OutboxEntry::requestId)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void aFailedDeliveryIsRetriedNoSoonerThanItsNextAttempt() {
        ServiceRequest request = storeRequest(T0);
        writeVoid(() -> storage.outbox().enqueue(request.id(), request.id().value(), T0));
        writeVoid(() -> storage.outbox().failed(request.id(), 1, T0.plusSeconds(300), "503 Service Unavailable"));

        OutboxEntry entry = read(() -> storage.outbox().find(request.id())).orElseThrow();
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.nextAttemptAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(entry.lastError()).isEqualTo("503 Service Unavailable");
        assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
        assertThat(read(() -> storage.outbox().due(T0.plusSeconds(299), 10))).isEmpty();
        assertThat(read(() -> storage.outbox().due(T0.plusSeconds(300), 10))).hasSize(1);
    }

    @Test
    void aDeliveredEntryIsNoLongerDue() {
        ServiceRequest request = storeRequest(T0);
        writeVoid(() -> storage.outbox().enqueue(request.id(), request.id().value(), T0));
        writeVoid(() -> storage.outbox().delivered(request.id(), T0.plusSeconds(5)));

        assertThat(read(() -> storage.outbox().find(request.id())).orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(read(() -> storage.outbox().due(T0.plusSeconds(3600), 10))).isEmpty();
        assertThat(read(() -> storage.outbox().parked())).isEmpty();
    }

    @Test
    void aParkedEntryWaitsForAPersonAndIsListed() {
        ServiceRequest request = storeRequest(T0);
        writeVoid(() -> storage.outbox().enqueue(request.id(), request.id().value(), T0));
        writeVoid(() -> storage.outbox().park(request.id(), 8, "400 Bad Request: supportTopicId unknown"));

        OutboxEntry entry = read(() -> storage.outbox().find(request.id())).orElseThrow();
        assertThat(entry.state()).isEqualTo(OutboxState.PARKED);
        assertThat(entry.attempts()).isEqualTo(8);
        assertThat(entry.lastError()).isEqualTo("400 Bad Request: supportTopicId unknown");
        assertThat(read(() -> storage.outbox().due(T0.plusSeconds(86_400), 10))).isEmpty();
        assertThat(read(() -> storage.outbox().parked())).extracting(OutboxEntry::requestId)
                .containsExactly(request.id());
    }

    @Test
    void anUnknownRequestHasNoEntry() {
        assertThat(read(() -> storage.outbox().find(ServiceRequestId.random()))).isEmpty();
    }
}
