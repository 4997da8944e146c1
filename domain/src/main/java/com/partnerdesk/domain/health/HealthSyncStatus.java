package com.partnerdesk.domain.health;

import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * How the last reading of one customer's service-health feed went: when it was tried, when it last succeeded, how many
 * issues that success brought, the last failure in words (empty after a success), when the next try may be made after
 * throttling, and the newest {@code lastModifiedDateTime} seen (the next reading asks only for what changed since).
 */
public record HealthSyncStatus(
        TenantId customer,
        Instant attemptedAt,
        Optional<Instant> succeededAt,
        int issuesBrought,
        Optional<String> failure,
        Optional<Instant> nextTryAt,
        Optional<Instant> watermark) {

    public HealthSyncStatus {
        Require.present("customer", customer);
        Require.present("attemptedAt", attemptedAt);
        succeededAt = succeededAt == null ? Optional.empty() : succeededAt;
        failure = failure == null ? Optional.empty() : failure.filter(f -> !f.isBlank());
        nextTryAt = nextTryAt == null ? Optional.empty() : nextTryAt;
        watermark = watermark == null ? Optional.empty() : watermark;
        if (issuesBrought < 0) {
            throw new IllegalArgumentException("issuesBrought must not be negative, was " + issuesBrought);
        }
    }

    /** A reading that succeeded at {@code at}, bringing {@code issues}, with the newest modification seen. */
    public static HealthSyncStatus succeeded(TenantId customer, Instant at, int issues, Optional<Instant> watermark) {
        return new HealthSyncStatus(customer, at, Optional.of(at), issues, Optional.empty(), Optional.empty(), watermark);
    }

    /** A reading that failed at {@code at}; what the last success brought is kept. */
    public HealthSyncStatus failed(Instant at, String why, Optional<Instant> retryAt) {
        return new HealthSyncStatus(customer, at, succeededAt, issuesBrought, Optional.of(why), retryAt, watermark);
    }

    /** The first failure of a customer never read before. */
    public static HealthSyncStatus firstFailure(TenantId customer, Instant at, String why, Optional<Instant> retryAt) {
        return new HealthSyncStatus(customer, at, Optional.empty(), 0, Optional.of(why), retryAt, Optional.empty());
    }
}
