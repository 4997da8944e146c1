package com.partnerdesk.domain.triage;

import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.common.Require;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.ids.ClusterId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The triage rules of SPEC §4, in their order, as a pure function: the same inputs give the same outcome
 * and reasons, whatever order the health issues and open cases come in.
 */
public final class TriagePolicy {
    /** An issue that started up to this long after the problem still explains it. */
    public static final Duration INCIDENT_START_GRACE = Duration.ofHours(2);
    /** An override must say how the problem differs; a word or two does not. */
    public static final int MIN_OVERRIDE_REASON = 10;
    /** An override reason is a few sentences for the audit trail and the case, not a document. */
    public static final int MAX_OVERRIDE_REASON = 2000;

    private final ClusterRule clusterRule;

    public TriagePolicy(ClusterRule clusterRule) {
        this.clusterRule = Require.present("clusterRule", clusterRule);
    }

    public TriagePolicy() {
        this(ClusterRule.DEFAULT);
    }

    public ClusterRule clusterRule() {
        return clusterRule;
    }

    public TriageDecision triage(TriageInput input) {
        Problem problem = input.problem();
        Customer customer = input.customer();
        Optional<String> override = input.overrideReason();
        override.ifPresent(TriagePolicy::requireMeaningfulOverride);

        List<HealthIssue> matched = documentedIssues(input);
        List<HealthIssueId> matchedIds = matched.stream().map(HealthIssue::id).toList();
        HealthCheck check = new HealthCheck(input.checkedAt(), matchedIds);
        List<String> reasons = new ArrayList<>();

        // Rule 1: documented first.
        if (!matched.isEmpty()) {
            for (HealthIssue issue : matched) {
                reasons.add("Documented issue " + issue.id() + " (" + issue.classification() + ", " + issue.status()
                        + ") on " + issue.service() + " covers " + customer.cloud() + "/" + customer.region()
                        + " and started " + startRelation(issue.startedAt(), problem.startedAt()));
            }
            if (override.isEmpty()) {
                reasons.add("Inform the customer; if the problem persists after the outage ends, submit a service request");
                return new TriageDecision(check, outcome(TriageResult.KNOWN_INCIDENT, null, reasons, matchedIds, null, null),
                        Optional.empty());
            }
            reasons.add("Known incident overridden by the agent: " + override.get());
        } else {
            reasons.add("No active documented issue on " + problem.service().name() + " covers "
                    + customer.cloud() + "/" + customer.region() + " at " + problem.startedAt());
        }

        // Rule 2: partner first.
        SymptomClassification classification = problem.classification();
        if (classification == SymptomClassification.CONFIGURATION) {
            reasons.add("Configuration, settings, licensing or how-to: the partner resolves it with its admin privileges");
            return new TriageDecision(check,
                    outcome(TriageResult.PARTNER_RESOLVABLE, null, reasons, matchedIds, null, override.orElse(null)),
                    Optional.empty());
        }

        // Rule 3: a cluster of customers in one region.
        Optional<ClusterFormation> cluster = findCluster(input);
        if (cluster.isPresent()) {
            ClusterFormation found = cluster.get();
            reasons.add(found.customers().size() + " customers reported " + found.service() + " problems in "
                    + found.cloud() + "/" + found.region() + " within " + clusterRule.window().toMinutes()
                    + " minutes, with no documented issue: regional multi-tenant cluster " + found.id());
            return new TriageDecision(check, outcome(TriageResult.ESCALATE, EscalationCategory.REGIONAL_MULTI_TENANT,
                    reasons, matchedIds, found.id(), override.orElse(null)), cluster);
        }

        // Rule 4: the category the classification leads to.
        EscalationCategory category = classification.category().orElseThrow();
        reasons.add("Classified " + classification + " and nothing documented explains it: escalate as " + category);
        return new TriageDecision(check,
                outcome(TriageResult.ESCALATE, category, reasons, matchedIds, null, override.orElse(null)),
                Optional.empty());
    }

    /**
     * Whether other open cases can matter to this problem's triage: rule 3 clusters service problems only (a
     * configuration question, a billing dispute or a fraud concern keeps its own outcome), so for the others the open
     * cases near it need not even be looked up.
     */
    public boolean mayCluster(Problem problem) {
        return problem.classification().clusterable();
    }

    /** Active issues on the case's service and the customer's cloud and region, started before the problem or up to two hours after. */
    public static List<HealthIssue> documentedIssues(TriageInput input) {
        Problem problem = input.problem();
        Instant latestStart = problem.startedAt().plus(INCIDENT_START_GRACE);
        return input.healthIssues().stream()
                .filter(issue -> issue.isActiveAt(problem.startedAt()))
                .filter(issue -> issue.covers(problem.service(), input.customer().cloud(), input.customer().region()))
                .filter(issue -> !issue.startedAt().isAfter(latestStart))
                .sorted(Comparator.comparing(i -> i.id().value()))
                .toList();
    }

    private Optional<ClusterFormation> findCluster(TriageInput input) {
        Problem problem = input.problem();
        Customer customer = input.customer();
        if (!mayCluster(problem)) {
            return Optional.empty();
        }
        List<OpenCase> candidates = new ArrayList<>();
        candidates.add(new OpenCase(input.caseId(), customer.tenantId(), problem.service().name(), customer.cloud(),
                customer.region(), problem.classification(), problem.startedAt(),
                CaseStatus.TRIAGED, Optional.empty()));
        Set<String> seen = new HashSet<>();
        seen.add(input.caseId().value());
        for (OpenCase other : input.otherOpenCases()) {
            if (other.clusterCandidate()
                    && other.service().equalsIgnoreCase(problem.service().name())
                    && other.cloud() == customer.cloud()
                    && other.region().equals(customer.region())
                    && seen.add(other.caseId().value())) {
                candidates.add(other);
            }
        }
        candidates.sort(Comparator.comparing(OpenCase::startedAt).thenComparing(c -> c.caseId().value()));

        // Every window starts at a candidate's start and spans the rule's window; the best one holds the subject's
        // start and the most customers (the earliest such window on a tie). One pass with a sliding window: the cases
        // in [start, start + window] are candidates[from, to), with a count of cases per customer.
        Instant subjectStart = problem.startedAt();
        Map<TenantId, Integer> perCustomer = new HashMap<>();
        int from = 0;
        int to = 0;
        int bestFrom = 0;
        int bestTo = 0;
        int bestCustomers = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Instant windowStart = candidates.get(i).startedAt();
            if (i > 0 && candidates.get(i - 1).startedAt().equals(windowStart)) {
                continue; // the same window as the candidate before
            }
            Instant windowEnd = windowStart.plus(clusterRule.window());
            for (; from < i; from++) {
                perCustomer.computeIfPresent(candidates.get(from).customer(), (c, n) -> n == 1 ? null : n - 1);
            }
            for (; to < candidates.size() && !candidates.get(to).startedAt().isAfter(windowEnd); to++) {
                perCustomer.merge(candidates.get(to).customer(), 1, Integer::sum);
            }
            if (windowStart.isAfter(subjectStart) || windowEnd.isBefore(subjectStart)) {
                continue;
            }
            if (perCustomer.size() > bestCustomers) {
                bestFrom = i;
                bestTo = to;
                bestCustomers = perCustomer.size();
            }
        }
        List<OpenCase> best = candidates.subList(bestFrom, bestTo);
        if (bestCustomers < clusterRule.customerThreshold()) {
            return Optional.empty();
        }
        List<OpenCase> members = best;
        ClusterId id = members.stream()
                .map(OpenCase::clusterId)
                .flatMap(Optional::stream)
                .min(Comparator.comparing(ClusterId::value))
                .orElseGet(() -> ClusterId.foundedBy(members.get(0).caseId()));
        return Optional.of(new ClusterFormation(id, problem.service().name(), customer.cloud(), customer.region(),
                members.stream().map(OpenCase::caseId).toList(), distinctCustomers(members)));
    }

    private static Set<TenantId> distinctCustomers(List<OpenCase> cases) {
        Set<TenantId> customers = new HashSet<>();
        cases.forEach(c -> customers.add(c.customer()));
        return customers;
    }

    private static String startRelation(Instant issueStart, Instant problemStart) {
        if (!issueStart.isAfter(problemStart)) {
            return "at " + issueStart + ", before the problem started";
        }
        return "at " + issueStart + ", " + Duration.between(problemStart, issueStart).toMinutes()
                + " minutes after the problem started";
    }

    private static void requireMeaningfulOverride(String reason) {
        if (reason.length() < MIN_OVERRIDE_REASON) {
            throw new InvalidValueException("overrideReason", "say how the problem differs from the documented issue (at least "
                    + MIN_OVERRIDE_REASON + " characters), was '" + reason + "'");
        }
        if (reason.length() > MAX_OVERRIDE_REASON) {
            throw new InvalidValueException("overrideReason", "is " + reason.length() + " characters long; at most "
                    + MAX_OVERRIDE_REASON + " are allowed");
        }
    }

    private static TriageOutcome outcome(TriageResult result, EscalationCategory category, List<String> reasons,
                                         List<HealthIssueId> matched, ClusterId cluster, String override) {
        return new TriageOutcome(result, Optional.ofNullable(category), reasons, matched, Optional.ofNullable(cluster),
                Optional.ofNullable(override));
    }
}
