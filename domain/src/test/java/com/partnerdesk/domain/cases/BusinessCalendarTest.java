package com.partnerdesk.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.common.InvalidValueException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Business hours of the partner's calendar (America/New_York, Monday to Friday, 09:00-17:00)")
class BusinessCalendarTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final BusinessCalendar WEEKDAYS = BusinessCalendar.DEFAULT;

    private static BusinessCalendar withHolidays(String... days) {
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (String day : days) {
            holidays.add(LocalDate.parse(day));
        }
        return new BusinessCalendar(NEW_YORK, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), holidays);
    }

    @Test
    @DisplayName("four business hours from Friday 15:00 end on Monday 11:00: the weekend does not count")
    void acrossAWeekend() {
        Instant friday = Instant.parse("2026-01-16T20:00:00Z"); // 15:00 EST

        Instant due = WEEKDAYS.plus(friday, Duration.ofHours(4));

        assertThat(due).isEqualTo(Instant.parse("2026-01-19T16:00:00Z")); // Monday 11:00 EST
        assertThat(WEEKDAYS.between(friday, due)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    @DisplayName("a holiday counts as a day off: Wednesday 16:00 plus four hours skips Thanksgiving to Friday 12:00")
    void acrossAHoliday() {
        BusinessCalendar calendar = withHolidays("2026-11-26");
        Instant wednesday = Instant.parse("2026-11-25T21:00:00Z"); // 16:00 EST

        Instant due = calendar.plus(wednesday, Duration.ofHours(4));

        assertThat(due).isEqualTo(Instant.parse("2026-11-27T17:00:00Z")); // Friday 12:00 EST
        assertThat(WEEKDAYS.plus(wednesday, Duration.ofHours(4)))
                .as("without the holiday").isEqualTo(Instant.parse("2026-11-26T17:00:00Z"));
    }

    @Test
    @DisplayName("across the March change (EST to EDT) Monday still opens at 09:00 local: one hour fewer in UTC")
    void acrossTheSpringChange() {
        Instant friday = Instant.parse("2026-03-06T21:00:00Z"); // Friday 16:00 EST (UTC-5)

        Instant due = WEEKDAYS.plus(friday, Duration.ofHours(4));

        assertThat(due).isEqualTo(Instant.parse("2026-03-09T16:00:00Z")); // Monday 12:00 EDT (UTC-4)
        assertThat(due.atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(WEEKDAYS.between(friday, due)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    @DisplayName("across the November change (EDT to EST) Monday still opens at 09:00 local: one hour more in UTC")
    void acrossTheAutumnChange() {
        Instant friday = Instant.parse("2026-10-30T20:00:00Z"); // Friday 16:00 EDT (UTC-4)

        Instant due = WEEKDAYS.plus(friday, Duration.ofHours(4));

        assertThat(due).isEqualTo(Instant.parse("2026-11-02T17:00:00Z")); // Monday 12:00 EST (UTC-5)
        assertThat(due.atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    @DisplayName("hours that span the change itself are counted as they pass: 3 h on 8 March, 5 h on 1 November")
    void hoursWithinTheChange() {
        BusinessCalendar nights = new BusinessCalendar(NEW_YORK, EnumSet.allOf(DayOfWeek.class), LocalTime.of(1, 0),
                LocalTime.of(5, 0), new TreeSet<>());

        assertThat(nights.between(Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(nights.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z")))
                .isEqualTo(Duration.ofHours(5));
    }

    @Test
    @DisplayName("time outside business hours starts counting at the next opening")
    void startsAtTheNextOpening() {
        Instant saturday = Instant.parse("2026-01-17T15:00:00Z");

        assertThat(WEEKDAYS.plus(saturday, Duration.ofMinutes(30))).isEqualTo(Instant.parse("2026-01-19T14:30:00Z"));
        assertThat(WEEKDAYS.between(saturday, Instant.parse("2026-01-19T14:00:00Z"))).isZero();
    }

    @Test
    @DisplayName("a calendar that cannot work is refused, naming the field")
    void refusesBadCalendars() {
        assertThatThrownBy(() -> new BusinessCalendar(NEW_YORK, Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0),
                new TreeSet<>())).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("workingDays:");
        assertThatThrownBy(() -> new BusinessCalendar(NEW_YORK, Set.of(DayOfWeek.MONDAY), LocalTime.of(17, 0),
                LocalTime.of(9, 0), new TreeSet<>())).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("closes:");
    }
}
