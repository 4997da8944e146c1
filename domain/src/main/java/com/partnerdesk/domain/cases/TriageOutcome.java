package com.partnerdesk.domain.cases;

import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.ids.ClusterId;
import java.util.List;
import java.util.Optional;

/** What triage decided for a case, why, and on what evidence. */
public record TriageOutcome(
        TriageResult result,
        Optional<EscalationCategory> category,
        List<String> reasons,
        List<HealthIssueId> matchedIssueIds,
        Optional<ClusterId> clusterId,
        Optional<String> overrideReason) {

    public TriageOutcome {
        Require.present("outcome", result);
        category = category == null ? Optional.empty() : category;
        reasons = List.copyOf(Require.notEmpty("reasons", reasons));
        matchedIssueIds = List.copyOf(Require.present("matchedIssueIds", matchedIssueIds));
        clusterId = clusterId == null ? Optional.empty() : clusterId;
        overrideReason = overrideReason == null ? Optional.empty() : overrideReason;
        if (result == TriageResult.ESCALATE && category.isEmpty()) {
            throw new InvalidValueException("category", "an ESCALATE outcome needs an escalation category");
        }
        if (result != TriageResult.ESCALATE && category.isPresent()) {
            throw new InvalidValueException("category", "only an ESCALATE outcome has an escalation category, not " + result);
        }
        if (clusterId.isPresent() && category.orElse(null) != EscalationCategory.REGIONAL_MULTI_TENANT) {
            throw new InvalidValueException("clusterId", "only a REGIONAL_MULTI_TENANT outcome belongs to a cluster");
        }
    }

    public boolean overridden() {
        return overrideReason.isPresent();
    }

    public boolean is(EscalationCategory wanted) {
        return category.map(c -> c == wanted).orElse(false);
    }
}
