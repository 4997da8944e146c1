package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.domain.cases.ClockTarget;
import com.partnerdesk.domain.cases.Impact;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** {@code partnerdesk clock show | set}: the customer clock's settings from the host, audited, refusals naming the option. */
class ClockCommandTest {
    private final CliTestDesk desk = new CliTestDesk();

    @Test
    void showPrintsTheDefaultTargetsAndBusinessHours() {
        CliTestDesk.Result r = desk.run("clock", "show");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("CRITICAL:         first response 1h, resolution 8h (around the clock)")
                .contains("America/New_York").contains("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY").contains("09:00-17:00");
    }

    @Test
    void setChangesWhatIsGivenKeepsTheRestAndIsAudited() {
        CliTestDesk.Result r = desk.run("clock", "set", "--first-response", "MODERATE=2h", "--time-zone",
                "America/Denver", "--holidays", "2026-11-26,2026-12-25");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Saved the customer clock (version 1)");
        var settings = desk.storage.partner().customerClock();
        assertThat(settings.targets().of(ClockTarget.FIRST_RESPONSE, Impact.MODERATE)).isEqualTo(Duration.ofHours(2));
        assertThat(settings.targets().of(ClockTarget.RESOLUTION, Impact.MODERATE)).isEqualTo(Duration.ofHours(16));
        assertThat(settings.calendar().zone()).isEqualTo(ZoneId.of("America/Denver"));
        assertThat(settings.calendar().holidays()).hasSize(2);
        assertThat(desk.run("audit", "export").out()).contains("customer-clock.update");
    }

    @Test
    void aBadValueIsRefusedWithExitTwoNamingTheOption() {
        CliTestDesk.Result r = desk.run("clock", "set", "--resolution", "CRITICAL=soon", "--opens", "25:00");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--resolution CRITICAL").contains("--opens");
        assertThat(desk.storage.partner().customerClockVersion()).isZero();
    }
}
