package com.partnerdesk.adapters.web.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Formatting for the pages: UTC times, durations, labels. Pure functions. */
public final class Fmt {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    public static String time(Instant at) {
        return at == null ? "—" : UTC.format(at);
    }

    public static String time(Optional<Instant> at) {
        return at.map(Fmt::time).orElse("—");
    }

    public static String inputTime(Instant at) {
        return at == null ? "" : INPUT.format(at);
    }

    public static String duration(Duration d) {
        if (d == null) {
            return "—";
        }
        boolean negative = d.isNegative();
        Duration abs = d.abs();
        String text = abs.toHours() + " h " + abs.toMinutesPart() + " min";
        return negative ? "overdue by " + text : text + " left";
    }

    public static String label(Enum<?> value) {
        if (value == null) {
            return "—";
        }
        String name = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static String cssClass(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    public static String shortId(String id) {
        return id == null || id.length() < 8 ? String.valueOf(id) : id.substring(0, 8);
    }
}
