package com.partnerdesk.adapters.persistence;

import com.partnerdesk.domain.customer.Region;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How values are written to and read from columns: instants as fixed-width ISO-8601 UTC text. */
final class Rows {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Rows() {
    }

    static String text(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    static String text(Optional<Instant> instant) {
        return instant.map(Rows::text).orElse(null);
    }

    /** Reads what {@link #text(Instant)} wrote without the general parser (a row read is dozens of these); anything else as ISO-8601. */
    static Instant instant(String text) {
        return text == null ? null : parse(text);
    }

    static Optional<Instant> optionalInstant(String text) {
        return Optional.ofNullable(text).map(Rows::parse);
    }

    /**
     * Reads the fixed-width text {@link #text(Instant)} writes ({@code uuuu-MM-ddTHH:mm:ss.nnnnnnnnnZ}) digit by digit:
     * triage reads thousands of instants per case in an outage, and {@link Instant#parse} costs several times more.
     * Anything else (an older row, a year past 9999) goes through {@link Instant#parse}.
     */
    static Instant parse(String text) {
        if (text.length() != 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(29) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = digits(text, 20, 29);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return Instant.parse(text);
        }
        long epochDay;
        try {
            epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException invalidDate) {
            return Instant.parse(text);
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final int KNOWN_REGIONS = 1_000;
    private static final Map<String, Region> REGIONS = new ConcurrentHashMap<>();

    /** A stored region name as a Region: there are few, so each is checked once, not on every row. */
    static Region region(String name) {
        Region known = REGIONS.get(name);
        if (known != null) {
            return known;
        }
        Region region = Region.of(name);
        if (REGIONS.size() < KNOWN_REGIONS) {
            REGIONS.put(name, region);
        }
        return region;
    }

    static String joined(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    static <T> List<T> split(String text, Function<String, T> parse) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(parse).toList();
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
