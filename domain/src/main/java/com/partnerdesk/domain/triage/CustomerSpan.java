package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * One customer's other open cases around a problem, as rule 3 needs them: the latest start at or before the problem's
 * and the earliest at or after it, both within the cluster window of the problem's start. The customer is in a window
 * that holds the problem's start exactly when one of the two instants is in it, so these two instants per customer
 * decide every count rule 3 makes, however many cases the customer has.
 */
public record CustomerSpan(TenantId customer, Optional<Instant> latestAtOrBefore, Optional<Instant> earliestAtOrAfter) {

    public CustomerSpan {
        Require.present("customer", customer);
        Require.present("latestAtOrBefore", latestAtOrBefore);
        Require.present("earliestAtOrAfter", earliestAtOrAfter);
    }

    /** Whether the customer has a case in [{@code from}, {@code to}], a window that holds the problem's start. */
    boolean inWindow(Instant from, Instant to) {
        return latestAtOrBefore.filter(t -> !t.isBefore(from)).isPresent()
                || earliestAtOrAfter.filter(t -> !t.isAfter(to)).isPresent();
    }
}
