package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A customer's service health as the vendor publishes it: the issues of its own tenant's feed (read on its cloud's
 * hosts) and the resource-health events of its Azure subscriptions, as health issues.
 */
public interface HealthFeed {
    /**
     * Reads the customer's feed; with {@code modifiedSince}, only the issues modified since then where the vendor's API
     * can say so.
     *
     * @throws Unavailable when the feed cannot be read now, saying why in words
     */
    List<HealthIssue> read(Customer customer, Optional<Instant> modifiedSince);

    /** The feed could not be read: why, in words an operator can act on, and when to try again if the vendor said. */
    final class Unavailable extends RuntimeException {
        private final transient Optional<Instant> retryAt;

        public Unavailable(String why, Optional<Instant> retryAt) {
            super(why);
            this.retryAt = retryAt;
        }

        public Optional<Instant> retryAt() {
            return retryAt;
        }
    }
}
