package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Instants are stored as fixed-width text and read back by a hand-written parser that must agree with Instant.parse. */
class RowsTest {
    @Test
    void readsBackEveryInstantItWrites() {
        SplittableRandom random = new SplittableRandom(20261124);
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, max + 1), random.nextInt(1_000_000_000));
            String text = Rows.text(instant);
            assertThat(Rows.instant(text)).isEqualTo(instant).isEqualTo(Instant.parse(text));
        }
        assertThat(Rows.instant("1970-01-01T00:00:00.000000000Z")).isEqualTo(Instant.EPOCH);
        assertThat(Rows.instant("2024-02-29T23:59:59.999999999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999999999Z"));
    }

    @Test
    void textOfAnotherShapeIsReadAsInstantParseReadsIt() {
        assertThat(Rows.instant("2026-11-24T14:00:00Z")).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
        assertThat(Rows.instant("2026-11-24T14:00:00.5Z")).isEqualTo(Instant.parse("2026-11-24T14:00:00.5Z"));
        assertThat(Rows.optionalInstant(null)).isEmpty();
        assertThat(Rows.instant(null)).isNull();
    }

    @Test
    void aMalformedOrImpossibleInstantIsRefusedLikeInstantParse() {
        for (String bad : new String[] {"2026-02-30T00:00:00.000000000Z", "2026-13-01T00:00:00.000000000Z",
                "2026-11-24T14:60:00.000000000Z", "2026-11-2xT14:00:00.000000000Z",
                "2026-11-24T14:00:00.00000000xZ", "not an instant at all, really"}) {
            assertThatThrownBy(() -> Rows.instant(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
        // what Instant.parse accepts although it is not the stored shape, it still accepts
        assertThat(Rows.instant("2026-11-24T24:00:00.000000000Z")).isEqualTo(Instant.parse("2026-11-24T24:00:00.000000000Z"));
        assertThat(Rows.instant("2016-12-31T23:59:60.000000000Z")).isEqualTo(Instant.parse("2016-12-31T23:59:60.000000000Z"));
    }
}
