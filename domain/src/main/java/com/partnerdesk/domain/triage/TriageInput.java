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
 * open cases near it (asked as rule 3 asks, see {@link NearbyCases}), the agent's override reason (if any) and the
 * instant of the health check.
 */
public record TriageInput(
        CaseId caseId,
        Problem problem,
        Customer customer,
        List<HealthIssue> healthIssues,
        NearbyCases otherOpenCases,
        Optional<String> overrideReason,
        Instant checkedAt) {

    public TriageInput {
        Require.present("caseId", caseId);
        Require.present("problem", problem);
        Require.present("customer", customer);
        healthIssues = List.copyOf(Require.present("healthIssues", healthIssues));
        Require.present("otherOpenCases", otherOpenCases);
        overrideReason = Require.present("overrideReason", overrideReason)
                .map(String::strip);
        Require.present("checkedAt", checkedAt);
    }

    /** The input with the other open cases given as a list. */
    public TriageInput(CaseId caseId, Problem problem, Customer customer, List<HealthIssue> healthIssues,
                       List<OpenCase> otherOpenCases, Optional<String> overrideReason, Instant checkedAt) {
        this(caseId, problem, customer, healthIssues,
                NearbyCases.listed(Require.present("otherOpenCases", otherOpenCases)), overrideReason, checkedAt);
    }
}
