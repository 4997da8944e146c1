package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowsTest {
    @Test
    void everyInstantWrittenReadsBackAsItself() {
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
            assertThat(Rows.instant(Rows.text(instant))).isEqualTo(instant);
        }
        assertThat(Rows.instant(Rows.text(Instant.EPOCH))).isEqualTo(Instant.EPOCH);
        assertThat(Rows.instant("2028-02-29T23:59:59.999999999Z")).isEqualTo(Instant.parse("2028-02-29T23:59:59.999999999Z"));
    }

    @Test
    void otherIsoTextIsReadAsIso8601AndNonsenseIsRefused() {
        assertThat(Rows.instant("2026-11-24T10:15:30Z")).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(Rows.instant(null)).isNull();
        assertThatThrownBy(() -> Rows.instant("2026-02-30T10:15:30.000000000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Rows.instant("2026-11-24T24:15:30.000000000Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Rows.instant("2026-11-24T10:15:3x.000000000Z")).isInstanceOf(DateTimeException.class);
    }
}
