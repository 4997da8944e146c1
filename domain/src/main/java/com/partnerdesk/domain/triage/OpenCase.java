package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import java.time.Instant;
import java.util.Optional;

/** What triage needs to know of another open case when it looks for a cluster. */
public record OpenCase(
        CaseId caseId,
        TenantId customer,
        String service,
        Cloud cloud,
        Region region,
        SymptomClassification classification,
        Instant startedAt,
        CaseStatus status,
        Optional<ClusterId> clusterId) {

    public OpenCase {
        Require.present("caseId", caseId);
        Require.present("customer", customer);
        service = Require.text("service", service);
        Require.present("cloud", cloud);
        Require.present("region", region);
        Require.present("classification", classification);
        Require.present("startedAt", startedAt);
        Require.present("status", status);
        clusterId = clusterId == null ? Optional.empty() : clusterId;
    }

    /**
     * Whether this case may be counted in a cluster: still awaiting escalation (or already escalated as part
     * of a cluster), and not waiting on a documented incident.
     */
    boolean clusterCandidate() {
        if (!classification.clusterable()) {
            return false;
        }
        return switch (status) {
            case NEW, TRIAGED, RECHECK -> true;
            case ESCALATED -> clusterId.isPresent();
            default -> false;
        };
    }
}
