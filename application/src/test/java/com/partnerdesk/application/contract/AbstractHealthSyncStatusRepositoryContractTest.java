package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.health.HealthSyncStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every HealthSyncStatusRepository promises. */
public abstract class AbstractHealthSyncStatusRepositoryContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;

    @Test
    void aCustomerNeverReadHasNoStatus() {
        assertThat(read(() -> storage.healthSync().find(Samples.CONTOSO_ID))).isEmpty();
        assertThat(read(() -> storage.healthSync().all())).isEmpty();
    }

    @Test
    void theLastReadingReplacesTheOneBeforeAndRoundTripsEveryField() {
        storeCustomer(Samples.contoso());
        storeCustomer(Samples.fabrikam());
        HealthSyncStatus success = HealthSyncStatus.succeeded(Samples.CONTOSO_ID, T0, 7, Optional.of(T0.minusSeconds(60)));
        HealthSyncStatus throttled = success.failed(T0.plusSeconds(300), "throttled by Microsoft Graph, next try at "
                + T0.plusSeconds(330), Optional.of(T0.plusSeconds(330)));
        HealthSyncStatus neverRead = HealthSyncStatus.firstFailure(Samples.FABRIKAM_ID, T0,
                "admin consent missing in the customer's tenant", Optional.empty());

        writeVoid(() -> storage.healthSync().record(success));
        assertThat(read(() -> storage.healthSync().find(Samples.CONTOSO_ID))).contains(success);
        writeVoid(() -> {
            storage.healthSync().record(throttled);
            storage.healthSync().record(neverRead);
        });

        assertThat(read(() -> storage.healthSync().find(Samples.CONTOSO_ID))).contains(throttled);
        assertThat(throttled.succeededAt()).contains(T0);
        assertThat(throttled.issuesBrought()).isEqualTo(7);
        assertThat(read(() -> storage.healthSync().all())).containsExactlyInAnyOrder(throttled, neverRead);
    }

    @Test
    void aFailedWriteLeavesTheStatusAsItWas() {
        storeCustomer(Samples.contoso());
        HealthSyncStatus success = HealthSyncStatus.succeeded(Samples.CONTOSO_ID, T0, 3, Optional.empty());
        writeVoid(() -> storage.healthSync().record(success));

        try {
            writeVoid(() -> {
                storage.healthSync().record(HealthSyncStatus.succeeded(Samples.CONTOSO_ID, T0.plusSeconds(60), 9,
                        Optional.empty()));
                throw new IllegalStateException("the server stopped in the middle of the sync");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(read(() -> storage.healthSync().find(Samples.CONTOSO_ID))).contains(success);
    }
}
