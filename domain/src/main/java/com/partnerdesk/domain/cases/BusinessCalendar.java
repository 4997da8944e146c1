package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The partner's business hours: a time zone, the working days, the hours of a working day in that zone, and the
 * holidays (whole days off). Local times are read in the zone on each day, so a day across a daylight-saving change
 * still opens and closes at its local hours.
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
                               SortedSet<LocalDate> holidays) implements WorkingTime {
    public static final int MAX_HOLIDAYS = 400;
    /** Looking further than this for working time means the calendar has none (every day a holiday). */
    private static final int MAX_DAYS = 3 * 366;

    /** Monday to Friday, 09:00 to 17:00 in America/New_York, no holidays until the partner lists them. */
    public static final BusinessCalendar DEFAULT = new BusinessCalendar(ZoneId.of("America/New_York"),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            new TreeSet<>());

    public BusinessCalendar {
        Require.present("timeZone", zone);
        workingDays = Set.copyOf(Require.present("workingDays", workingDays));
        if (workingDays.isEmpty()) {
            throw new InvalidValueException("workingDays", "at least one working day is needed");
        }
        Require.present("opens", opens);
        Require.present("closes", closes);
        if (!closes.isAfter(opens)) {
            throw new InvalidValueException("closes", "must be after opens (" + opens + "), was " + closes);
        }
        holidays = new TreeSet<>(Require.present("holidays", holidays));
        if (holidays.size() > MAX_HOLIDAYS) {
            throw new InvalidValueException("holidays", "at most " + MAX_HOLIDAYS + " days, was " + holidays.size());
        }
    }

    /** The business hours of one working day. */
    public Duration workingDay() {
        return Duration.between(opens, closes);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    @Override
    public Instant plus(Instant start, Duration amount) {
        Require.present("start", start);
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        Duration left = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = at(day, opens);
            Instant close = at(day, closes);
            Instant from = start.isAfter(open) ? start : open;
            if (!from.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(from, close);
            if (left.compareTo(available) <= 0) {
                return from.plus(left);
            }
            left = left.minus(available);
        }
        throw new InvalidValueException("holidays", "the calendar has no working time within " + MAX_DAYS + " days");
    }

    @Override
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = at(day, opens);
            Instant close = at(day, closes);
            Instant a = from.isAfter(open) ? from : open;
            Instant b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
