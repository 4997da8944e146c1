package com.partnerdesk.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** How hard the outbox tries: exponential backoff with full jitter, the vendor's Retry-After honoured, then parked. */
public record DeliveryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    public static final DeliveryPolicy DEFAULT = new DeliveryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1));

    public DeliveryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The wait before attempt {@code attempts + 1}: the vendor's Retry-After if given, else a jittered backoff. */
    public Duration delayAfter(int attempts, Optional<Duration> retryAfter, RandomGenerator random) {
        if (retryAfter.isPresent() && !retryAfter.get().isNegative()) {
            return retryAfter.get().compareTo(maxDelay) > 0 ? maxDelay : retryAfter.get();
        }
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempts - 1, 20));
        long half = Math.max(1, cap / 2);
        return Duration.ofMillis(half + random.nextLong(half + 1));
    }

    /**
     * When attempt {@code attempts + 1} is due after a failure at {@code now}; empty when {@code attempts} is the
     * last one allowed, and the entry is parked.
     */
    public Optional<Instant> nextAttempt(int attempts, Optional<Duration> retryAfter, Instant now,
                                         RandomGenerator random) {
        return attempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(attempts, retryAfter, random)));
    }
}
