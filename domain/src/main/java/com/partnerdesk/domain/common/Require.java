package com.partnerdesk.domain.common;

import java.time.Instant;
import java.util.Collection;
import java.util.regex.Pattern;

/** Guards for compact constructors: each failure names the field and the value at fault. */
public final class Require {
    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /** The earliest instant the desk keeps: nothing it records happened before 1970. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest instant the desk keeps: four-digit years, so that time arithmetic and storage never overflow. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** A point in time between {@link #EARLIEST} and {@link #LATEST}. */
    public static Instant instant(String field, Instant value) {
        present(field, value);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new InvalidValueException(field, value + " is not between the years 1970 and 9999");
        }
        return value;
    }

    public static String text(String field, String value) {
        present(field, value);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return value.strip();
    }

    public static String text(String field, String value, int maxLength) {
        String stripped = text(field, value);
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field,
                    "is " + stripped.length() + " characters long; at most " + maxLength + " are allowed");
        }
        return stripped;
    }

    /** The stripped text when it matches {@code shape} (compiled once by the caller: values are checked on every load). */
    public static String matching(String field, String value, Pattern shape, String expected) {
        String stripped = text(field, value);
        if (!shape.matcher(stripped).matches()) {
            throw new InvalidValueException(field, "'" + value + "' is not " + expected);
        }
        return stripped;
    }

    public static <C extends Collection<?>> C notEmpty(String field, C values) {
        present(field, values);
        if (values.isEmpty()) {
            throw new InvalidValueException(field, "must name at least one value");
        }
        return values;
    }

    public static <E extends Enum<E>> E oneOf(String field, Class<E> type, String value) {
        present(field, value);
        String wanted = value.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (allowed.length() > 0) {
                allowed.append(", ");
            }
            allowed.append(constant.name());
        }
        throw new InvalidValueException(field, "'" + value + "' is not one of " + allowed);
    }
}
