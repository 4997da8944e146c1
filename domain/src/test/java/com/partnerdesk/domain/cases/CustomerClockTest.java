package com.partnerdesk.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.common.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The customer's clock (defaults: CRITICAL 1 h / 8 h around the clock, MODERATE 4 h / 16 business hours)")
class CustomerClockTest {
    private static final CustomerClockSettings SETTINGS = CustomerClockSettings.DEFAULT;
    /** Monday 2026-01-12 09:00 EST. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-01-12T14:00:00Z");
    /** Friday 2026-01-16 16:00 EST. */
    private static final Instant FRIDAY_FOUR = Instant.parse("2026-01-16T21:00:00Z");

    private static CustomerClock clock(Impact impact, Instant openedAt, Optional<Instant> responded,
                                       List<ClockPause> pauses, Instant now) {
        return CustomerClock.of(openedAt, impact, responded, pauses, SETTINGS, now);
    }

    private static ClockPause pause(PauseReason reason, Instant from, Instant until) {
        return new ClockPause(reason, from, Optional.ofNullable(until));
    }

    @Test
    @DisplayName("CRITICAL runs around the clock: opened Friday 16:00, first response due 17:00, resolution Saturday 00:00")
    void criticalAroundTheClock() {
        CustomerClock clock = clock(Impact.CRITICAL, FRIDAY_FOUR, Optional.empty(), List.of(), FRIDAY_FOUR);

        assertThat(clock.aroundTheClock()).isTrue();
        assertThat(clock.firstResponseDue()).isEqualTo(Instant.parse("2026-01-16T22:00:00Z"));
        assertThat(clock.resolutionDue()).contains(Instant.parse("2026-01-17T05:00:00Z"));
        assertThat(clock.state()).isEqualTo(CustomerClock.State.RUNNING);
    }

    @Test
    @DisplayName("MODERATE counts business hours: opened Friday 16:00, first response due Monday 12:00")
    void moderateInBusinessHours() {
        CustomerClock clock = clock(Impact.MODERATE, FRIDAY_FOUR, Optional.empty(), List.of(), FRIDAY_FOUR);

        assertThat(clock.aroundTheClock()).isFalse();
        assertThat(clock.firstResponseDue()).isEqualTo(Instant.parse("2026-01-19T17:00:00Z"));
        assertThat(clock.resolutionDue()).contains(Instant.parse("2026-01-20T21:00:00Z")); // Tuesday 16:00 EST
    }

    @Test
    @DisplayName("warning at 75 % of a target, breach once its due instant has passed")
    void warningThenBreach() {
        Instant opened = MONDAY_NINE;

        assertThat(clock(Impact.CRITICAL, opened, Optional.empty(), List.of(), opened.plus(Duration.ofMinutes(44)))
                .state()).isEqualTo(CustomerClock.State.RUNNING);
        CustomerClock warned = clock(Impact.CRITICAL, opened, Optional.empty(), List.of(),
                opened.plus(Duration.ofMinutes(45)));
        assertThat(warned.warning()).containsExactly(ClockTarget.FIRST_RESPONSE);
        assertThat(warned.state()).isEqualTo(CustomerClock.State.WARNING);
        CustomerClock late = clock(Impact.CRITICAL, opened, Optional.empty(), List.of(),
                opened.plus(Duration.ofMinutes(61)));
        assertThat(late.breached()).containsExactly(ClockTarget.FIRST_RESPONSE);
        assertThat(late.warning()).isEmpty();
        assertThat(late.missed()).as("still pending: its breach depends on the time").isZero();
        assertThat(late.nextDue()).contains(opened.plus(Duration.ofHours(1)));
    }

    @Test
    @DisplayName("a first response in time meets its target; one too late stays a breach after it is recorded")
    void firstResponseMetOrMissed() {
        Instant opened = MONDAY_NINE;
        Instant tenHoursOn = opened.plus(Duration.ofHours(10));

        CustomerClock inTime = clock(Impact.CRITICAL, opened, Optional.of(opened.plus(Duration.ofMinutes(20))),
                List.of(), tenHoursOn);
        CustomerClock tooLate = clock(Impact.CRITICAL, opened, Optional.of(opened.plus(Duration.ofMinutes(90))),
                List.of(), tenHoursOn);

        assertThat(inTime.breached()).containsExactly(ClockTarget.RESOLUTION);
        assertThat(tooLate.breached()).containsExactlyInAnyOrder(ClockTarget.FIRST_RESPONSE, ClockTarget.RESOLUTION);
        assertThat(tooLate.missed()).isEqualTo(1);
    }

    @Test
    @DisplayName("a pause stops the resolution clock, not the first response; resumed, the due moves by the paused business time")
    void pauseAndResume() {
        Instant pausedAt = MONDAY_NINE.plus(Duration.ofHours(4));                 // Monday 13:00
        Instant resumedAt = Instant.parse("2026-01-13T18:00:00Z");               // Tuesday 13:00
        Instant during = Instant.parse("2026-01-13T15:00:00Z");

        CustomerClock paused = clock(Impact.MODERATE, MONDAY_NINE, Optional.empty(),
                List.of(pause(PauseReason.WAITING_ON_VENDOR, pausedAt, null)), during);
        assertThat(paused.paused()).isTrue();
        assertThat(paused.pauseReason()).contains(PauseReason.WAITING_ON_VENDOR);
        assertThat(paused.pausedSince()).contains(pausedAt);
        assertThat(paused.resolutionDue()).as("unknown while paused").isEmpty();
        assertThat(paused.resolutionTimeLeft()).isEqualTo(Duration.ofHours(12));
        assertThat(paused.firstResponseDue()).isEqualTo(MONDAY_NINE.plus(Duration.ofHours(4)));
        assertThat(paused.breached()).as("the first response did not pause").containsExactly(ClockTarget.FIRST_RESPONSE);

        CustomerClock resumed = clock(Impact.MODERATE, MONDAY_NINE, Optional.of(MONDAY_NINE.plus(Duration.ofHours(1))),
                List.of(pause(PauseReason.WAITING_ON_VENDOR, pausedAt, resumedAt)), resumedAt);
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.resolutionDue()).contains(Instant.parse("2026-01-14T22:00:00Z")); // Wednesday 17:00
        assertThat(resumed.state()).isEqualTo(CustomerClock.State.RUNNING);
    }

    @Test
    @DisplayName("a pause after 75 % keeps the warning: the customer's time already ran")
    void pauseAfterTheWarning() {
        Instant opened = MONDAY_NINE;
        CustomerClock clock = clock(Impact.CRITICAL, opened, Optional.of(opened.plus(Duration.ofMinutes(5))),
                List.of(pause(PauseReason.WAITING_ON_INCIDENT, opened.plus(Duration.ofHours(7)), null)),
                opened.plus(Duration.ofHours(30)));

        assertThat(clock.warning()).containsExactly(ClockTarget.RESOLUTION);
        assertThat(clock.breached()).isEmpty();
        assertThat(clock.resolutionTimeLeft()).isEqualTo(Duration.ofHours(1));
        assertThat(clock.nextWarningAt()).contains(opened.plus(Duration.ofHours(6)));
    }

    @Test
    @DisplayName("resolved, the clock stops: targets met stay met however long the case stays resolved")
    void resolvedStops() {
        Instant opened = MONDAY_NINE;
        CustomerClock clock = clock(Impact.CRITICAL, opened, Optional.of(opened.plus(Duration.ofMinutes(5))),
                List.of(pause(PauseReason.RESOLVED, opened.plus(Duration.ofHours(2)), null)),
                opened.plus(Duration.ofDays(30)));

        assertThat(clock.state()).isEqualTo(CustomerClock.State.MET);
        assertThat(clock.paused()).isFalse();
        assertThat(clock.nextDue()).isEmpty();
        assertThat(clock.nextWarningAt()).isEmpty();
    }

    @Test
    @DisplayName("re-opened, the resolution clock picks up where it stopped")
    void reopenedResumes() {
        Instant opened = MONDAY_NINE;
        Instant reopened = opened.plus(Duration.ofDays(3));
        CustomerClock clock = clock(Impact.CRITICAL, opened, Optional.of(opened.plus(Duration.ofMinutes(5))),
                List.of(pause(PauseReason.RESOLVED, opened.plus(Duration.ofHours(2)), reopened)), reopened);

        assertThat(clock.resolutionDue()).contains(reopened.plus(Duration.ofHours(6)));
        assertThat(clock.state()).isEqualTo(CustomerClock.State.RUNNING);
    }

    @Test
    @DisplayName("targets are checked per impact and name the field at fault")
    void targetsValidated() {
        assertThatThrownBy(() -> ClockTargets.DEFAULT.with(ClockTarget.FIRST_RESPONSE, Impact.MINIMAL, Duration.ZERO))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("targets.MINIMAL.firstResponse:");
        assertThatThrownBy(() -> ClockTargets.DEFAULT.with(ClockTarget.RESOLUTION, Impact.CRITICAL, Duration.ofMinutes(30)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("targets.CRITICAL.resolution:");
        assertThat(ClockTargets.DEFAULT.with(ClockTarget.RESOLUTION, Impact.MINIMAL, Duration.ofHours(80))
                .of(ClockTarget.RESOLUTION, Impact.MINIMAL)).isEqualTo(Duration.ofHours(80));
        assertThat(Set.of(ClockTargets.field(ClockTarget.RESOLUTION, Impact.MODERATE))).containsExactly("targets.MODERATE.resolution");
    }
}
