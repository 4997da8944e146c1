package com.partnerdesk.application.port.out;

import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.time.Instant;
import java.util.Optional;

/** One line of the case queue. */
public record CaseSummary(
        CaseId id,
        TenantId tenantId,
        String customerName,
        String service,
        String title,
        CaseStatus status,
        Impact impact,
        Optional<TriageResult> outcome,
        Optional<EscalationCategory> category,
        Optional<ClusterId> clusterId,
        Optional<ServiceRequestId> serviceRequestId,
        boolean attentionNeeded,
        Instant startedAt,
        Instant openedAt,
        Instant updatedAt,
        long version,
        Optional<AgentId> owner) {
}
