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
import com.partnerdesk.domain.customer.TenantId;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Checks health, triages and applies the outcome to {@code subject}, and settles the cluster it may have found
     * (see {@link #settleCluster}). The caller saves the subject.
     */
    public TriageDecision triage(Case subject, Customer customer, Optional<String> overrideReason, String by, Instant now) {
        return triage(subject, customer, activeIssues(customer, subject.problem().service()), overrideReason, by, now);
    }

    /**
     * The active health issues triage checks a problem on {@code service} against: the service's and the suite's that
     * the customer's own feed shows (SPEC §4 rule 1: an issue another tenant's feed shows says nothing about this one).
     */
    public List<HealthIssue> activeIssues(Customer customer, VendorService service) {
        return health.shownTo(customer, List.of(service.name(), VendorService.SUITE), true);
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
        decision.cluster().ifPresent(cluster -> settleCluster(cluster, decision.outcome(), subject, others, by, now));
        return decision;
    }

    /**
     * Brings the cluster's earlier cases into it, and, when the cluster has already been escalated, links the subject
     * and the newcomers to its service request. Saves the other cases; the caller saves the subject.
     *
     * <p>Only what changes is touched: a case already carrying the cluster's id is in the cluster (it was recorded in
     * the transaction that gave it the id), so it is neither loaded nor recorded again, and only the customers that are
     * new to the cluster are added. An outage storm of n reports thus costs O(n), not O(n²), statements.
     */
    private void settleCluster(ClusterFormation cluster, TriageOutcome outcome, Case subject, List<OpenCase> others,
                               String by, Instant now) {
        Map<CaseId, OpenCase> known = new HashMap<>();
        others.forEach(c -> known.put(c.caseId(), c));
        Optional<ServiceRequest> escalated = requests.findByCluster(cluster.id());
        List<CaseId> joining = new ArrayList<>();
        boolean linked = false;
        Set<TenantId> customersAlreadyIn = new HashSet<>();
        for (CaseId memberId : cluster.caseIds()) {
            OpenCase member = known.get(memberId);
            boolean alreadyIn = member != null && member.clusterId().equals(Optional.of(cluster.id()));
            if (alreadyIn) {
                customersAlreadyIn.add(member.customer());
            } else {
                joining.add(memberId);
            }
            if (memberId.equals(subject.id())) {
                continue;
            }
            // A member already in the cluster changes only if it still awaits the cluster's request.
            boolean mayFollow = escalated.isPresent() && member != null && member.status() == CaseStatus.TRIAGED;
            if (alreadyIn && !mayFollow) {
                continue;
            }
            Optional<Case> loaded = cases.find(memberId);
            if (loaded.isEmpty()) {
                continue;
            }
            boolean changed = joinCluster(loaded.get(), outcome, by, now);
            if (escalated.isPresent() && follow(loaded.get(), escalated.get(), by, now)) {
                changed = true;
                linked = true;
            }
            if (changed) {
                cases.update(loaded.get());
            }
        }
        Set<TenantId> newCustomers = new HashSet<>();
        for (CaseId id : joining) {
            TenantId customer = id.equals(subject.id()) ? subject.customer()
                    : Optional.ofNullable(known.get(id)).map(OpenCase::customer).orElse(null);
            if (customer != null && !customersAlreadyIn.contains(customer)) {
                newCustomers.add(customer);
            }
        }
        // The repository only ever adds: recording what joins is recording the cluster.
        clusters.record(new ClusterFormation(cluster.id(), cluster.service(), cluster.cloud(), cluster.region(), joining,
                newCustomers), now);
        boolean subjectFollows = escalated.isPresent() && follow(subject, escalated.get(), by, now);
        if (subjectFollows || linked) {
            requests.update(escalated.get());
        }
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
