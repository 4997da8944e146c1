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
import java.util.HashSet;
import java.util.List;
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

    /**
     * Rule 3 (ADR 0002 §5). Every window starts at a candidate's start (the subject is one) and spans the rule's
     * window; the best one holds the subject's start and the most customers, the earliest such window on a tie.
     *
     * <p>Asked of the open cases near the subject without reading them all: a customer is in a window [s, s + w] that
     * holds the subject's start S exactly when its latest case at or before S starts at or after s, or its earliest
     * case at or after S starts at or before s + w (its {@link CustomerSpan}). As s moves from S - w to S, a customer
     * leaves just after its latest start before S and comes back at its earliest start after S, less w. One sweep over
     * those instants finds the earliest instant s* with the most customers; a window can only gain customers by
     * starting at the first candidate at or after s* (no case starts in between), and no earlier candidate has as
     * many, so that candidate's window is the rule's. Its cluster id, and the cases not yet in it, are then read for
     * that window alone.
     */
    private Optional<ClusterFormation> findCluster(TriageInput input) {
        Problem problem = input.problem();
        Customer customer = input.customer();
        if (!mayCluster(problem)) {
            return Optional.empty();
        }
        Duration window = clusterRule.window();
        Instant subjectStart = problem.startedAt();
        NearbyQuery query = new NearbyQuery(input.caseId(), customer.tenantId(), problem.service().name(),
                customer.cloud(), customer.region(), subjectStart, window);
        NearbyCases nearby = input.otherOpenCases();
        List<CustomerSpan> spans = nearby.spans(query); // the subject's customer is in every window, with the subject

        // Events as s moves from S - w to S: a customer enters at (earliest after) - w, leaves after (latest before).
        Instant lowest = query.from();
        List<Instant> enters = new ArrayList<>();
        List<Instant> leaves = new ArrayList<>();
        int count = 1; // the subject's customer
        for (CustomerSpan span : spans) {
            Optional<Instant> enter = span.earliestAtOrAfter().map(t -> t.minus(window));
            Optional<Instant> leave = span.latestAtOrBefore();
            boolean inAtLowest = leave.isPresent() || enter.filter(t -> !t.isAfter(lowest)).isPresent();
            if (inAtLowest) {
                count++;
            }
            boolean alwaysIn = leave.isPresent() && enter.filter(t -> !t.isAfter(leave.get())).isPresent()
                    || enter.filter(t -> !t.isAfter(lowest)).isPresent();
            if (alwaysIn) {
                continue;
            }
            leave.filter(t -> t.isBefore(subjectStart)).ifPresent(leaves::add);
            enter.ifPresent(enters::add);
        }
        enters.sort(null);
        leaves.sort(null);
        Instant bestAt = lowest;
        int best = count;
        int l = 0;
        for (int e = 0; e < enters.size(); e++) {
            Instant at = enters.get(e);
            for (; l < leaves.size() && leaves.get(l).isBefore(at); l++) {
                count--; // left just after its latest start, before this instant
            }
            count++;
            boolean lastAtThisInstant = e + 1 == enters.size() || !enters.get(e + 1).equals(at);
            if (lastAtThisInstant && count > best) {
                best = count;
                bestAt = at;
            }
        }
        if (best < clusterRule.customerThreshold()) {
            return Optional.empty();
        }

        OpenCase subject = new OpenCase(input.caseId(), customer.tenantId(), problem.service().name(), customer.cloud(),
                customer.region(), problem.classification(), subjectStart, CaseStatus.TRIAGED, Optional.empty());
        OpenCase founder = nearby.first(query, bestAt)
                .filter(first -> NearbyCases.ORDER.compare(first, subject) < 0)
                .orElse(subject);
        Instant from = founder.startedAt();
        Instant to = from.plus(window);
        Set<TenantId> customers = new HashSet<>();
        customers.add(customer.tenantId());
        spans.stream().filter(span -> span.inWindow(from, to)).forEach(span -> customers.add(span.customer()));
        ClusterId id = nearby.smallestClusterId(query, from, to).orElseGet(() -> ClusterId.foundedBy(founder.caseId()));
        List<OpenCase> joining = new ArrayList<>(nearby.outside(query, id, from, to));
        joining.add(subject);
        joining.sort(NearbyCases.ORDER);
        return Optional.of(new ClusterFormation(id, problem.service().name(), customer.cloud(), customer.region(),
                joining.stream().map(OpenCase::caseId).toList(), customers));
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
