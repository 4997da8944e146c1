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
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.triage.ClusterFormation;
import com.partnerdesk.domain.triage.TriageDecision;
import com.partnerdesk.domain.triage.TriageInput;
import com.partnerdesk.domain.triage.TriagePolicy;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
    private final Notifier notifier;

    public CaseTriage(TriagePolicy policy, HealthIssueRepository health, CaseRepository cases,
                      ClusterRepository clusters, ServiceRequestRepository requests, Notifier notifier) {
        this.notifier = notifier;
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
     * near it are asked about here, in the caller's write transaction, so that two cases of one cluster see each other.
     */
    public TriageDecision triage(Case subject, Customer customer, List<HealthIssue> issues, Optional<String> overrideReason,
                                 String by, Instant now) {
        TriageDecision decision = policy.triage(new TriageInput(subject.id(), subject.problem(), customer, issues,
                cases, overrideReason, now));
        subject.recordHealthCheck(decision.healthCheck());
        subject.applyTriage(decision.outcome(), by, now);
        decision.cluster().ifPresent(cluster -> settleCluster(cluster, decision.outcome(), subject, by, now));
        return decision;
    }

    /**
     * Brings the cases joining the cluster into it, and, when the cluster has already been escalated, links the subject
     * and the newcomers to its service request. Saves the other cases; the caller saves the subject.
     *
     * <p>Only what changes is touched: the formation names the cases that do not carry the cluster's id yet (a case
     * carrying it was recorded in the transaction that gave it the id), and linking a case to the request appends one
     * row. An outage storm of n reports thus costs the same few statements per report, however large it grows.
     */
    private void settleCluster(ClusterFormation cluster, TriageOutcome outcome, Case subject, String by, Instant now) {
        Optional<ServiceRequestId> escalated = requests.idByCluster(cluster.id());
        Set<TenantId> joiningCustomers = new HashSet<>();
        joiningCustomers.add(subject.customer());
        boolean forming = clusters.find(cluster.id()).isEmpty();
        List<Case> members = new java.util.ArrayList<>();
        for (CaseId memberId : cluster.caseIds()) {
            if (memberId.equals(subject.id())) {
                continue;
            }
            Optional<Case> loaded = cases.find(memberId);
            if (loaded.isEmpty()) {
                continue;
            }
            Case member = loaded.get();
            members.add(member);
            joiningCustomers.add(member.customer());
            boolean changed = joinCluster(member, outcome, by, now);
            if (escalated.isPresent() && follow(member, escalated.get(), by, now)) {
                changed = true;
            }
            if (changed) {
                cases.update(member);
            }
        }
        if (escalated.isPresent()) {
            // A member already in the cluster that still awaits its request follows it too.
            for (CaseId waiting : cases.awaitingRequest(cluster.id())) {
                if (!waiting.equals(subject.id()) && !cluster.caseIds().contains(waiting)) {
                    cases.find(waiting).filter(member -> follow(member, escalated.get(), by, now))
                            .ifPresent(cases::update);
                }
            }
        }
        // The repository only ever adds: recording what joins is recording the cluster.
        clusters.record(new ClusterFormation(cluster.id(), cluster.service(), cluster.cloud(), cluster.region(),
                cluster.caseIds(), joiningCustomers), now);
        escalated.ifPresent(request -> follow(subject, request, by, now));
        if (forming) {
            members.add(subject);
            notifier.raise(Notifier.Event.about(NotificationEvent.CLUSTER_FORMED, members,
                    members.size() + " customers' cases on " + cluster.service() + " formed a cluster in "
                            + cluster.cloud() + "/" + cluster.region(),
                    "Cases from " + joiningCustomers.size() + " customers about " + cluster.service() + " in "
                            + cluster.cloud() + "/" + cluster.region() + " started close together and no documented"
                            + " incident explains them: a candidate regional multi-tenant escalation (cluster "
                            + cluster.id() + ").").inCluster(cluster.id()), now);
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

    private boolean follow(Case member, ServiceRequestId request, String by, Instant now) {
        if (member.status() != CaseStatus.TRIAGED || member.serviceRequestId().isPresent()) {
            return false;
        }
        member.escalate(request, by, now);
        requests.linkCase(request, member.id());
        return true;
    }
}
