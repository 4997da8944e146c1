package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The partner's promises to its customers per business impact: how soon the customer hears from the partner (first
 * response) and how soon the problem is resolved. {@code CRITICAL} counts every hour; the others count business
 * hours of the partner's calendar.
 */
public record ClockTargets(Map<Impact, Duration> firstResponse, Map<Impact, Duration> resolution) {
    public static final Duration LONGEST = Duration.ofDays(365);

    /** 1 h / 8 h around the clock, 4 business hours / 2 business days, 1 business day / 5 business days. */
    public static final ClockTargets DEFAULT = new ClockTargets(
            Map.of(Impact.CRITICAL, Duration.ofHours(1), Impact.MODERATE, Duration.ofHours(4),
                    Impact.MINIMAL, Duration.ofHours(8)),
            Map.of(Impact.CRITICAL, Duration.ofHours(8), Impact.MODERATE, Duration.ofHours(16),
                    Impact.MINIMAL, Duration.ofHours(40)));

    public ClockTargets {
        firstResponse = complete("firstResponse", firstResponse);
        resolution = complete("resolution", resolution);
        for (Impact impact : Impact.values()) {
            if (firstResponse.get(impact).compareTo(resolution.get(impact)) > 0) {
                throw new InvalidValueException(field("resolution", impact), "must not be shorter than the first "
                        + "response target (" + firstResponse.get(impact) + "), was " + resolution.get(impact));
            }
        }
    }

    public Duration of(ClockTarget target, Impact impact) {
        return (target == ClockTarget.FIRST_RESPONSE ? firstResponse : resolution).get(impact);
    }

    /** The same targets with one changed. */
    public ClockTargets with(ClockTarget target, Impact impact, Duration value) {
        Map<Impact, Duration> first = new EnumMap<>(firstResponse);
        Map<Impact, Duration> res = new EnumMap<>(resolution);
        (target == ClockTarget.FIRST_RESPONSE ? first : res).put(impact, value);
        return new ClockTargets(first, res);
    }

    /** The name a setting has in the API and on the pages: {@code targets.CRITICAL.firstResponse}. */
    public static String field(String target, Impact impact) {
        return "targets." + impact.name() + "." + target;
    }

    public static String field(ClockTarget target, Impact impact) {
        return field(target == ClockTarget.FIRST_RESPONSE ? "firstResponse" : "resolution", impact);
    }

    private static Map<Impact, Duration> complete(String name, Map<Impact, Duration> targets) {
        Require.present(name, targets);
        Map<Impact, Duration> copy = new EnumMap<>(Impact.class);
        for (Impact impact : Impact.values()) {
            Duration value = targets.get(impact);
            String field = field(name, impact);
            if (value == null) {
                throw new InvalidValueException(field, "a target is needed for every impact");
            }
            if (value.isNegative() || value.isZero()) {
                throw new InvalidValueException(field, "must be longer than zero, was " + value);
            }
            if (value.compareTo(LONGEST) > 0) {
                throw new InvalidValueException(field, "must be at most " + LONGEST.toDays() + " days, was " + value);
            }
            copy.put(impact, value);
        }
        return Map.copyOf(copy);
    }
}
