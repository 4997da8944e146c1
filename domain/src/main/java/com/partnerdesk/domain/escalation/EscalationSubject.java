package com.partnerdesk.domain.escalation;

import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.ProductFamily;
import java.time.Instant;
import java.util.Optional;

/** What readiness needs to know of the case being escalated. */
public record EscalationSubject(
        CaseStatus status,
        ProductFamily productFamily,
        Optional<TriageOutcome> triage,
        Optional<HealthCheck> healthCheck,
        Optional<Instant> startedAt,
        Optional<UsersAffected> usersAffected,
        boolean hasTroubleshootingNote,
        int linkedCustomers) {

    public static EscalationSubject of(Case subject, int linkedCustomers) {
        return new EscalationSubject(subject.status(), subject.problem().service().family(), subject.triage(),
                subject.healthCheck(), Optional.of(subject.problem().startedAt()),
                Optional.of(subject.problem().usersAffected()), subject.hasTroubleshootingNote(), linkedCustomers);
    }
}
