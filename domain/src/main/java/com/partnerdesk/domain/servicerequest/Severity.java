package com.partnerdesk.domain.servicerequest;

import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import java.time.Duration;
import java.util.Locale;

/** The vendor's severity of a service request, with the vendor's response target. */
public enum Severity {
    CRITICAL(Duration.ofHours(2)),
    MODERATE(Duration.ofHours(4)),
    MINIMAL(Duration.ofHours(8)),
    UNKNOWN(null);

    private final Duration responseTarget;

    Severity(Duration responseTarget) {
        this.responseTarget = responseTarget;
    }

    /** The vendor's name: {@code critical}, {@code moderate}, {@code minimal}, {@code unknown}. */
    public String vendorName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean known() {
        return this != UNKNOWN;
    }

    public Duration responseTarget() {
        if (responseTarget == null) {
            throw new InvalidValueException("severity", "an unknown severity has no response target");
        }
        return responseTarget;
    }

    public static Severity parse(String value) {
        return Require.oneOf("severity", Severity.class, value);
    }

    /** The severity the escalation form suggests for the customer's business impact. */
    public static Severity forImpact(Impact impact) {
        return switch (impact) {
            case CRITICAL -> CRITICAL;
            case MODERATE -> MODERATE;
            case MINIMAL -> MINIMAL;
        };
    }
}
