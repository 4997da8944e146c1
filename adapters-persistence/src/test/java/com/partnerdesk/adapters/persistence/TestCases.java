package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Cases for the adapter's own tests, the crash child and the benchmark. */
public final class TestCases {
    private TestCases() {
    }

    public static Case triaged(TenantId customer, String title, String description, Instant at) {
        Problem problem = new Problem(Samples.EXCHANGE, title, description, at.minusSeconds(600), UsersAffected.SEVERAL,
                Impact.CRITICAL, SymptomClassification.UNAVAILABLE);
        Case c = Case.open(CaseId.random(), customer, problem, "helpdesk@partner.example", at);
        c.recordHealthCheck(new HealthCheck(at, List.of()));
        c.applyTriage(new TriageOutcome(TriageResult.ESCALATE, problem.classification().category(),
                List.of("No active documented issue"), List.of(), Optional.empty(), Optional.empty()),
                "helpdesk@partner.example", at);
        return c;
    }
}
