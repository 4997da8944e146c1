package com.partnerdesk.domain.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO 8601 instants as the vendor and operators write them: UTC with a Z, an offset, or none (then UTC). */
public final class IsoInstant {
    private IsoInstant() {
    }

    /** Graph writes UTC with a Z and up to seven fraction digits; an offset is accepted, none means UTC. */
    public static Instant parse(String value) {
        if (value.endsWith("Z")) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notPlainUtc) {
                // fall through to the general forms
            }
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        }
    }
}
