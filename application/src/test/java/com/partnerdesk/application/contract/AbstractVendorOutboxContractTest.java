package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxEntry;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxState;
import com.partnerdesk.application.port.out.VendorOutbox.UpdateEntry;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
        assertThat(due(T0, 10)).extracting(OutboxEntry::requestId)
                .containsExactly(request.id());
    }

    @Test
    void claimsTakeTheOldestDueFirstUpToTheLimit() {
        ServiceRequest first = storeRequest(T0);
        ServiceRequest second = storeRequest(T0.plusSeconds(60));
        ServiceRequest third = storeRequest(T0.plusSeconds(120));
        writeVoid(() -> storage.outbox().enqueue(second.id(), second.id().value(), T0.plusSeconds(60)));
        writeVoid(() -> storage.outbox().enqueue(first.id(), first.id().value(), T0));
        writeVoid(() -> storage.outbox().enqueue(third.id(), third.id().value(), T0.plusSeconds(120)));

        assertThat(due(T0.plusSeconds(90), 10)).extracting(OutboxEntry::requestId)
                .containsExactly(first.id(), second.id());
        assertThat(due(T0.plusSeconds(300), 2)).extracting(OutboxEntry::requestId)
                .containsExactly(first.id(), second.id());
        // Each claim above made its entries due again only at the claim's end: the unclaimed third is the oldest due.
        assertThat(due(T0.plusSeconds(300), 10)).extracting(OutboxEntry::requestId)
                .containsExactly(third.id(), first.id(), second.id());
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
        assertThat(due(T0.plusSeconds(299), 10)).isEmpty();
        assertThat(due(T0.plusSeconds(300), 10)).hasSize(1);
    }

    @Test
    void aDeliveredEntryIsNoLongerDue() {
        ServiceRequest request = storeRequest(T0);
        writeVoid(() -> storage.outbox().enqueue(request.id(), request.id().value(), T0));
        writeVoid(() -> storage.outbox().delivered(request.id(), T0.plusSeconds(5)));

        assertThat(read(() -> storage.outbox().find(request.id())).orElseThrow().state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(due(T0.plusSeconds(3600), 10)).isEmpty();
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
        assertThat(due(T0.plusSeconds(86_400), 10)).isEmpty();
        assertThat(read(() -> storage.outbox().parked())).extracting(OutboxEntry::requestId)
                .containsExactly(request.id());
    }

    @Test
    void aClaimedEntryIsNotDueAgainUntilTheClaimRunsOut() {
        ServiceRequest request = storeRequest(T0);
        writeVoid(() -> storage.outbox().enqueue(request.id(), request.id().value(), T0));

        assertThat(write(() -> storage.outbox().claimDue(T0, T0.plusSeconds(120), 10))).extracting(OutboxEntry::requestId)
                .containsExactly(request.id());
        assertThat(write(() -> storage.outbox().claimDue(T0.plusSeconds(60), T0.plusSeconds(180), 10))).isEmpty();
        assertThat(write(() -> storage.outbox().claimDue(T0.plusSeconds(120), T0.plusSeconds(240), 10)))
                .extracting(OutboxEntry::requestId).containsExactly(request.id());
        assertThat(read(() -> storage.outbox().find(request.id())).orElseThrow().attempts()).isZero();
    }

    @Test
    void anUpdateWaitsUntilTheVendorKnowsTheRequest() {
        ServiceRequest request = storeRequest(T0);
        writeVoid(() -> storage.outbox().enqueueUpdate(request.id(), Optional.of("Trace attached"), Optional.empty(),
                "upd-1", T0));

        assertThat(write(() -> storage.outbox().claimDueUpdates(T0.plusSeconds(60), T0.plusSeconds(120), 10))).isEmpty();

        markSubmitted(request, "SR1001");
        assertThat(write(() -> storage.outbox().claimDueUpdates(T0.plusSeconds(60), T0.plusSeconds(120), 10)))
                .singleElement().satisfies(u -> {
                    assertThat(u.requestId()).isEqualTo(request.id());
                    assertThat(u.note()).contains("Trace attached");
                    assertThat(u.status()).isEmpty();
                    assertThat(u.correlationId()).isEqualTo("upd-1");
                    assertThat(u.state()).isEqualTo(OutboxState.PENDING);
                });
        assertThat(write(() -> storage.outbox().claimDueUpdates(T0.plusSeconds(90), T0.plusSeconds(150), 10))).isEmpty();
    }

    @Test
    void aRequestsUpdatesReachTheVendorOneAtATimeInTheOrderTheyWereMade() {
        ServiceRequest request = storeRequest(T0);
        markSubmitted(request, "SR1002");
        writeVoid(() -> storage.outbox().enqueueUpdate(request.id(), Optional.of("first"), Optional.empty(), "u-1", T0));
        writeVoid(() -> storage.outbox().enqueueUpdate(request.id(), Optional.empty(),
                Optional.of(ServiceRequestStatus.CLOSED), "u-2", T0.plusSeconds(1)));

        UpdateEntry first = write(() -> storage.outbox().claimDueUpdates(T0.plusSeconds(5), T0.plusSeconds(5), 10))
                .get(0);
        assertThat(first.note()).contains("first");
        writeVoid(() -> storage.outbox().updateFailed(first.id(), 1, T0.plusSeconds(30), "503"));
        assertThat(write(() -> storage.outbox().claimDueUpdates(T0.plusSeconds(10), T0.plusSeconds(10), 10)))
                .as("the second waits behind the first").isEmpty();

        writeVoid(() -> storage.outbox().finishUpdate(first.id(), OutboxState.DELIVERED, T0.plusSeconds(31)));
        assertThat(write(() -> storage.outbox().claimDueUpdates(T0.plusSeconds(31), T0.plusSeconds(31), 10)))
                .singleElement().satisfies(u -> assertThat(u.status()).contains(ServiceRequestStatus.CLOSED));

        assertThat(read(() -> storage.outbox().updates(request.id()))).extracting(UpdateEntry::state, UpdateEntry::attempts,
                UpdateEntry::lastError).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OutboxState.DELIVERED, 1, "503"),
                        org.assertj.core.groups.Tuple.tuple(OutboxState.PENDING, 0, ""));
    }

    @Test
    void aParkedUpdateHoldsBackTheUpdatesAfterIt() {
        ServiceRequest request = storeRequest(T0);
        markSubmitted(request, "SR1003");
        writeVoid(() -> storage.outbox().enqueueUpdate(request.id(), Optional.of("one"), Optional.empty(), "p-1", T0));
        writeVoid(() -> storage.outbox().enqueueUpdate(request.id(), Optional.of("two"), Optional.empty(), "p-2", T0));
        UpdateEntry first = write(() -> storage.outbox().claimDueUpdates(T0, T0, 10)).get(0);

        writeVoid(() -> storage.outbox().parkUpdate(first.id(), 8, "400 Bad Request"));

        assertThat(read(() -> storage.outbox().updates(request.id())).get(0).state()).isEqualTo(OutboxState.PARKED);
        assertThat(write(() -> storage.outbox().claimDueUpdates(T0.plusSeconds(3600), T0.plusSeconds(3600), 10)))
                .extracting(UpdateEntry::note).containsExactly(Optional.of("two"));
    }

    private List<OutboxEntry> due(Instant now, int limit) {
        return write(() -> storage.outbox().claimDue(now, now, limit));
    }

    private void markSubmitted(ServiceRequest request, String vendorNumber) {
        writeVoid(() -> {
            ServiceRequest loaded = storage.requests().find(request.id()).orElseThrow();
            loaded.submitted(vendorNumber, T0.plusSeconds(1));
            storage.requests().update(loaded);
        });
    }

    @Test
    void anUnknownRequestHasNoEntry() {
        assertThat(read(() -> storage.outbox().find(ServiceRequestId.random()))).isEmpty();
    }
}
