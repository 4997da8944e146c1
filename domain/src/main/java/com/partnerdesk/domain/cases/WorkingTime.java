package com.partnerdesk.domain.cases;

import java.time.Duration;
import java.time.Instant;

/** The time a customer clock counts: business hours of the partner's calendar, or every hour of every day. */
public interface WorkingTime {
    /** Every hour counts: the time of a {@code CRITICAL} case. */
    WorkingTime AROUND_THE_CLOCK = new WorkingTime() {
        @Override
        public Instant plus(Instant start, Duration amount) {
            return start.plus(amount);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
    };

    /** The instant at which {@code amount} of counted time has passed since {@code start}. */
    Instant plus(Instant start, Duration amount);

    /** How much counted time lies between two instants (zero when {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to);
}
