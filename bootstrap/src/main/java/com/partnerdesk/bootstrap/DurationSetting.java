package com.partnerdesk.bootstrap;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/** A duration read from the environment as a positive whole number of one unit; a bad value names the variable. */
final class DurationSetting {
    private DurationSetting() {
    }

    static Duration seconds(Map<String, String> environment, String variable, Duration fallback) {
        return read(environment, variable, ChronoUnit.SECONDS, fallback);
    }

    static Duration millis(Map<String, String> environment, String variable, Duration fallback) {
        return read(environment, variable, ChronoUnit.MILLIS, fallback);
    }

    /** The value of {@code variable} in {@code unit}s, or {@code fallback} when it is not set. */
    static Duration read(Map<String, String> environment, String variable, ChronoUnit unit, Duration fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long amount = Long.parseLong(value.trim());
            if (amount <= 0) {
                throw new NumberFormatException();
            }
            return Duration.of(amount, unit);
        } catch (NumberFormatException bad) {
            throw new IllegalArgumentException(variable + ": '" + value + "' is not a positive number of "
                    + (unit == ChronoUnit.MILLIS ? "milliseconds" : unit.toString().toLowerCase(Locale.ROOT)), bad);
        }
    }
}
