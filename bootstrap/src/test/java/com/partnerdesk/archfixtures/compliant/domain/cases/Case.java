package com.partnerdesk.archfixtures.compliant.domain.cases;

import com.partnerdesk.archfixtures.compliant.domain.customer.CustomerId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. */
public final class Case {

    private final CaseId id;
    private final CustomerId customer;
    private final Instant openedAt;

    private Case(CaseId id, CustomerId customer, Instant openedAt) {
        this.id = Objects.requireNonNull(id);
        this.customer = Objects.requireNonNull(customer);
        this.openedAt = Objects.requireNonNull(openedAt);
    }

    public static Case open(CaseId id, CustomerId customer, Clock clock) {
        return new Case(id, customer, clock.instant());
    }

    public static Case rehydrate(CaseId id, CustomerId customer, Instant openedAt) {
        return new Case(id, customer, openedAt);
    }

    public CaseId id() {
        return id;
    }

    public CustomerId customer() {
        return customer;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
