package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.IdempotencyKeys.StoredResult;
import org.junit.jupiter.api.Test;

/** What every IdempotencyKeys store promises. */
public abstract class AbstractIdempotencyKeysContractTest extends AbstractStorageContractTest {
    private static final String CASE_ID = "3d7e9a10-2b4c-4d6e-8f01-a2b3c4d5e6f7";

    @Override
    protected abstract StoragePorts newStorage();

    @Test
    void rememberedResultIsFoundUnderItsScopeAndKey() {
        writeVoid(() -> storage.idempotency().remember("open-case", "c0ffee-1", "fingerprint-1", CASE_ID));

        assertThat(read(() -> storage.idempotency().find("open-case", "c0ffee-1")))
                .contains(new StoredResult("fingerprint-1", CASE_ID));
    }

    @Test
    void keysAreSeparateByScope() {
        writeVoid(() -> storage.idempotency().remember("open-case", "c0ffee-1", "fingerprint-1", CASE_ID));

        assertThat(read(() -> storage.idempotency().find("escalate", "c0ffee-1"))).isEmpty();
        assertThat(read(() -> storage.idempotency().find("open-case", "c0ffee-2"))).isEmpty();
    }

    @Test
    void aRolledBackKeyIsForgotten() {
        try {
            writeVoid(() -> {
                storage.idempotency().remember("open-case", "c0ffee-3", "fingerprint-3", CASE_ID);
                throw new IllegalStateException("case insert failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(read(() -> storage.idempotency().find("open-case", "c0ffee-3"))).isEmpty();
    }
}
