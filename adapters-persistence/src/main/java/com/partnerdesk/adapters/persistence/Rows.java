package com.partnerdesk.adapters.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static Optional<Instant> optionalInstant(String text) {
        return Optional.ofNullable(text).map(Instant::parse);
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
