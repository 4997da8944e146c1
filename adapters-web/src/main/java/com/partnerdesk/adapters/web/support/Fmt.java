package com.partnerdesk.adapters.web.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** Small formatting for the pages: durations, CSS classes, URL parts, short ids. Pure functions. (Words: {@link Words}; times: {@link Page#when}.) */
public final class Fmt {
    private Fmt() {
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
