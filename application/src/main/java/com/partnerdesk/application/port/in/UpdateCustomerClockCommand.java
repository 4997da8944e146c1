package com.partnerdesk.application.port.in;

import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.cases.BusinessCalendar;
import com.partnerdesk.domain.cases.ClockTarget;
import com.partnerdesk.domain.cases.ClockTargets;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer clock's whole new settings, as typed, and the version they were read at. Every fault is found at once
 * and named by its field: {@code targets.CRITICAL.firstResponse} (… {@code .resolution}, per impact),
 * {@link #TIME_ZONE}, {@link #WORKING_DAYS}, {@link #OPENS}, {@link #CLOSES}, {@link #HOLIDAYS}.
 */
public record UpdateCustomerClockCommand(Caller caller, long expectedVersion, CustomerClockSettings settings) {
    public static final String TIME_ZONE = "timeZone";
    public static final String WORKING_DAYS = "workingDays";
    public static final String OPENS = "opens";
    public static final String CLOSES = "closes";
    public static final String HOLIDAYS = "holidays";
    private static final Pattern HOURS = Pattern.compile("(?:(\\d{1,4})h)?\\s*(?:(\\d{1,5})m(?:in)?)?");

    public UpdateCustomerClockCommand {
        Require.present("caller", caller);
        Require.present("settings", settings);
        if (expectedVersion < 0) {
            throw InvalidInputException.of("version", "must not be negative");
        }
    }

    /**
     * Validates the typed values. {@code targets} maps a field name ({@code targets.MODERATE.resolution}) to a
     * duration, as {@code 4h}, {@code 30m}, {@code 1h30m} or ISO 8601 ({@code PT4H}); a target not given keeps
     * {@code current}'s. Working days are day names ({@code MONDAY} or {@code Mon}), holidays ISO dates.
     */
    public static UpdateCustomerClockCommand of(Caller caller, long expectedVersion, CustomerClockSettings current,
                                                Map<String, String> targets, String timeZone, List<String> workingDays,
                                                String opens, String closes, List<String> holidays) {
        List<InputFault> faults = new ArrayList<>();
        Map<Impact, Duration> first = new EnumMap<>(current.targets().firstResponse());
        Map<Impact, Duration> resolution = new EnumMap<>(current.targets().resolution());
        for (Map.Entry<String, String> typed : targets.entrySet()) {
            Optional<Map.Entry<ClockTarget, Impact>> which = fieldNamed(typed.getKey());
            if (which.isEmpty()) {
                faults.add(new InputFault(typed.getKey(), "is not a target: use targets.IMPACT.firstResponse or "
                        + "targets.IMPACT.resolution, IMPACT one of CRITICAL, MODERATE, MINIMAL"));
                continue;
            }
            Optional<Duration> value = duration(typed.getValue());
            if (value.isEmpty()) {
                faults.add(new InputFault(typed.getKey(), "'" + typed.getValue()
                        + "' is not a duration: write it as 4h, 30m, 1h30m or PT4H"));
                continue;
            }
            (which.get().getKey() == ClockTarget.FIRST_RESPONSE ? first : resolution).put(which.get().getValue(),
                    value.get());
        }
        ZoneId zone = parse(faults, TIME_ZONE, timeZone, "a time zone such as America/New_York", ZoneId::of);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : workingDays) {
            DayOfWeek parsed = parse(faults, WORKING_DAYS, day, "a day such as MONDAY or Mon", UpdateCustomerClockCommand::day);
            if (parsed != null) {
                days.add(parsed);
            }
        }
        LocalTime open = parse(faults, OPENS, opens, "a time such as 09:00", LocalTime::parse);
        LocalTime close = parse(faults, CLOSES, closes, "a time such as 17:00", LocalTime::parse);
        TreeSet<LocalDate> off = new TreeSet<>();
        for (String holiday : holidays) {
            LocalDate parsed = parse(faults, HOLIDAYS, holiday, "a date such as 2026-12-25", LocalDate::parse);
            if (parsed != null) {
                off.add(parsed);
            }
        }
        ClockTargets newTargets = valid(faults, () -> new ClockTargets(first, resolution));
        BusinessCalendar calendar = faults.isEmpty() ? valid(faults, () -> new BusinessCalendar(zone, days, open, close, off))
                : null;
        if (!faults.isEmpty()) {
            throw new InvalidInputException("The customer clock settings were not saved", faults);
        }
        return new UpdateCustomerClockCommand(caller, expectedVersion, new CustomerClockSettings(newTargets, calendar));
    }

    /** "4h", "30m", "1h30m", "PT4H": a duration; empty when it is none of these. */
    public static Optional<Duration> duration(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("pt") || text.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher m = HOURS.matcher(text);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return Optional.empty();
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Optional.of(Duration.ofHours(hours).plusMinutes(minutes));
    }

    /** A duration as the forms show it: {@code 4h}, {@code 30m}, {@code 1h30m}. */
    public static String typed(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        return hours == 0 ? minutes + "m" : minutes == 0 ? hours + "h" : hours + "h" + minutes + "m";
    }

    private static Optional<Map.Entry<ClockTarget, Impact>> fieldNamed(String field) {
        for (Impact impact : Impact.values()) {
            for (ClockTarget target : ClockTarget.values()) {
                if (ClockTargets.field(target, impact).equals(field)) {
                    return Optional.of(Map.entry(target, impact));
                }
            }
        }
        return Optional.empty();
    }

    private static DayOfWeek day(String typed) {
        String text = typed.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(text) || (text.length() == 3 && day.name().startsWith(text))) {
                return day;
            }
        }
        throw new DateTimeException("not a day");
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(List<InputFault> faults, String field, String typed, String expected, Parser<T> parser) {
        if (typed == null || typed.isBlank()) {
            faults.add(new InputFault(field, "is required: " + expected));
            return null;
        }
        try {
            return parser.parse(typed.strip());
        } catch (DateTimeException | IllegalArgumentException e) {
            faults.add(new InputFault(field, "'" + typed.strip() + "' is not " + expected));
            return null;
        }
    }

    private static <T> T valid(List<InputFault> faults, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String prefix = e.field() + ": ";
            String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            faults.add(new InputFault(e.field(), message));
            return null;
        }
    }
}
