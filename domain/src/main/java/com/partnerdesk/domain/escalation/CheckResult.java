package com.partnerdesk.domain.escalation;

/** One line of the checklist: the check, whether it passed, and what to do about it when it did not. */
public record CheckResult(ReadinessCheck check, boolean passed, String message) {
    static CheckResult pass(ReadinessCheck check) {
        return new CheckResult(check, true, check.label());
    }

    static CheckResult fail(ReadinessCheck check, String message) {
        return new CheckResult(check, false, message);
    }
}
