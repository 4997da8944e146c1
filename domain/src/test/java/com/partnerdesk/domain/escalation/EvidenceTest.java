package com.partnerdesk.domain.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.common.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59Z"})
    void aStartTimeOutsideTheYearsTheDeskKeepsIsRefusedNamingTheField(String at) {
        assertThatThrownBy(() -> started(Instant.parse(at)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("evidence.startedAt"))
                .hasMessageContaining("between the years 1970 and 9999");
    }

    @Test
    void aStartTimeWithinTheCalendarIsKept() {
        Instant at = Instant.parse("2026-11-24T13:00:00Z");

        assertThat(started(at).startedAt()).contains(at);
    }

    private static Evidence started(Instant at) {
        return new Evidence(Optional.of(at), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
