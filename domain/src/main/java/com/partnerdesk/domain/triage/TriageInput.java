package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything triage looks at: the case's problem, its customer, the health issues on the board, the other
 * open cases, the agent's override reason (if any) and the instant of the health check.
 */
public record TriageInput(
        CaseId caseId,
        Problem problem,
        Customer customer,
        List<HealthIssue> healthIssues,
        List<OpenCase> otherOpenCases,
        Optional<String> overrideReason,
        Instant checkedAt) {

    public TriageInput {
        Require.present("caseId", caseId);
        Require.present("problem", problem);
        Require.present("customer", customer);
        healthIssues = List.copyOf(Require.present("healthIssues", healthIssues));
        otherOpenCases = List.copyOf(Require.present("otherOpenCases", otherOpenCases));
        overrideReason = Require.present("overrideReason", overrideReason)
                .map(String::strip);
        Require.present("checkedAt", checkedAt);
    }
}
