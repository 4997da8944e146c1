package com.partnerdesk.domain.escalation;

import com.partnerdesk.domain.common.DomainException;
import java.util.stream.Collectors;

/** Escalation was refused: carries the report naming every failed check. */
public final class EscalationReadinessException extends DomainException {
    private final ReadinessReport report;

    public EscalationReadinessException(ReadinessReport report) {
        super("The case is not ready to escalate: " + report.failures().stream()
                .map(f -> f.check().code() + " (" + f.message() + ")")
                .collect(Collectors.joining("; ")));
        this.report = report;
    }

    public ReadinessReport report() {
        return report;
    }
}
