package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.DomainException;

/** A case was asked to move between two states that SPEC §3 does not connect. */
public final class IllegalTransitionException extends DomainException {
    private final CaseStatus from;
    private final CaseStatus to;

    public IllegalTransitionException(CaseStatus from, CaseStatus to, String action) {
        super("Cannot " + action + ": a case that is " + from + " cannot become " + to
                + (from.next().isEmpty() ? " (" + from + " is final)" : " (from " + from + " it may become " + from.next() + ")"));
        this.from = from;
        this.to = to;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }
}
