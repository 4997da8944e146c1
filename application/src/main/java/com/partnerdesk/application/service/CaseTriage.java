package com.partnerdesk.application.service;

import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.triage.ClusterFormation;
import com.partnerdesk.domain.triage.OpenCase;
import com.partnerdesk.domain.triage.TriageDecision;
import com.partnerdesk.domain.triage.TriageInput;
import com.partnerdesk.domain.triage.TriagePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the health check and triage for a case inside the caller's transaction, and carries out what a
 * cluster means: the earlier cases join it, and a cluster already escalated takes the case in.
 */
public final class CaseTriage {
    private final TriagePolicy policy;
    private final HealthIssueRepository health;
    private final CaseRepository cases;
    private final ClusterRepository clusters;
    private final ServiceRequestRepository requests;

    public CaseTriage(TriagePolicy policy, HealthIssueRepository health, CaseRepository cases,
                      ClusterRepository clusters, ServiceRequestRepository requests) {
        this.policy = policy;
        this.health = health;
        this.cases = cases;
        this.clusters = clusters;
        this.requests = requests;
    }

    /** Checks health, triages and applies the outcome to {@code subject}; the caller saves the subject. */
    public TriageDecision triage(Case subject, Customer customer, Optional<String> overrideReason, String by, Instant now) {
        return triage(subject, customer, activeIssues(subject.problem().service()), overrideReason, by, now);
    }

    /** The active health issues triage checks a problem on {@code service} against: the service's and the suite's. */
    public List<HealthIssue> activeIssues(VendorService service) {
        return health.forServices(List.of(service.name(), VendorService.SUITE), true);
    }

    /**
     * Triages {@code subject} against {@code issues} read a moment earlier (see {@link #activeIssues}); the open cases
     * near it are read here, in the caller's write transaction, so that two cases of one cluster see each other.
     */
    public TriageDecision triage(Case subject, Customer customer, List<HealthIssue> issues, Optional<String> overrideReason,
                                 String by, Instant now) {
        VendorService service = subject.problem().service();
        Duration window = policy.clusterRule().window();
        Instant start = subject.problem().startedAt();
        List<OpenCase> others = !policy.mayCluster(subject.problem()) ? List.of()
                : cases.openCasesNear(service.name(), customer.cloud(), customer.region(), start.minus(window),
                        start.plus(window)).stream()
                .filter(c -> !c.caseId().equals(subject.id()))
                .toList();
        TriageDecision decision = policy.triage(new TriageInput(subject.id(), subject.problem(), customer, issues,
                others, overrideReason, now));
        subject.recordHealthCheck(decision.healthCheck());
        subject.applyTriage(decision.outcome(), by, now);
        return decision;
    }

    /**
     * Brings the cluster's earlier cases into it, and, when the cluster has already been escalated, links
     * the subject and the newcomers to its service request. Saves the other cases; the caller saves the subject.
     */
    public void settleCluster(TriageDecision decision, Case subject, String by, Instant now) {
        if (decision.cluster().isEmpty()) {
            return;
        }
        ClusterFormation cluster = decision.cluster().get();
        clusters.record(cluster, now);
        Optional<ServiceRequest> escalated = requests.findByCluster(cluster.id());
        for (CaseId memberId : cluster.caseIds()) {
            if (memberId.equals(subject.id())) {
                continue;
            }
            cases.find(memberId).ifPresent(member -> {
                boolean changed = joinCluster(member, decision.outcome(), by, now);
                changed |= escalated.map(request -> follow(member, request, by, now)).orElse(false);
                if (changed) {
                    cases.update(member);
                }
            });
        }
        escalated.ifPresent(request -> {
            follow(subject, request, by, now);
            requests.update(request);
        });
    }

    private static boolean joinCluster(Case member, TriageOutcome clusterOutcome, String by, Instant now) {
        if (member.clusterId().equals(clusterOutcome.clusterId()) || !member.status().acceptsTriage()) {
            return false;
        }
        TriageOutcome previous = member.triage().orElse(null);
        TriageOutcome joined = new TriageOutcome(TriageResult.ESCALATE,
                Optional.of(EscalationCategory.REGIONAL_MULTI_TENANT),
                List.of(clusterOutcome.reasons().get(clusterOutcome.reasons().size() - 1)),
                previous == null ? List.of() : previous.matchedIssueIds(), clusterOutcome.clusterId(),
                previous == null ? Optional.empty() : previous.overrideReason());
        member.applyTriage(joined, by, now);
        return true;
    }

    private static boolean follow(Case member, ServiceRequest request, String by, Instant now) {
        if (member.status() != CaseStatus.TRIAGED || member.serviceRequestId().isPresent()) {
            return false;
        }
        member.escalate(request.id(), by, now);
        request.linkCase(member.id());
        return true;
    }
}
