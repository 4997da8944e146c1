package com.partnerdesk.application.port.in;

import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.StatusChange;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A case as the agent sees it: the problem, the health check, triage, its service request and its timeline. */
public record CaseView(
        CaseId id,
        String tenantId,
        String customerName,
        String cloud,
        String region,
        String service,
        ProductFamily productFamily,
        String title,
        String description,
        Instant startedAt,
        UsersAffected usersAffected,
        Impact impact,
        SymptomClassification classification,
        CaseStatus status,
        Instant openedAt,
        String openedBy,
        Instant updatedAt,
        long version,
        Optional<HealthCheck> healthCheck,
        Optional<TriageOutcome> triage,
        Optional<ClusterId> clusterId,
        Optional<ServiceRequestId> serviceRequestId,
        Optional<ServiceRequestView> serviceRequest,
        boolean attentionNeeded,
        Optional<String> resolution,
        List<CaseNote> notes,
        List<StatusChange> history,
        Optional<AgentRef> owner,
        List<OwnerChangeView> ownerChanges) {

    public static CaseView of(Case c, Customer customer, Optional<ServiceRequestView> request, Optional<AgentRef> owner,
                              List<OwnerChangeView> ownerChanges) {
        return new CaseView(c.id(), customer.tenantId().value(), customer.name(), customer.cloud().name(),
                customer.region().value(), c.problem().service().name(), c.problem().service().family(),
                c.problem().title(), c.problem().description(), c.problem().startedAt(), c.problem().usersAffected(),
                c.problem().impact(), c.problem().classification(), c.status(), c.openedAt(), c.openedBy(),
                c.updatedAt(), c.version(), c.healthCheck(), c.triage(), c.clusterId(), c.serviceRequestId(), request,
                c.attentionNeeded(), c.resolution(), c.notes(), c.history(), owner, List.copyOf(ownerChanges));
    }

    /**
     * Whether this view reads differently as time passes with nothing stored changing: so while its service request
     * waits for the vendor's first answer (the time left runs down).
     */
    public boolean changesWithTime() {
        return serviceRequest.map(r -> r.responseTimeLeft().isPresent()).orElse(false);
    }
}
