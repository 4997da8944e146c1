package com.partnerdesk.domain.triage;

import static com.partnerdesk.domain.fixtures.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.fixtures.CustomerBuilder;
import com.partnerdesk.domain.fixtures.Fixtures;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import com.partnerdesk.domain.ids.ClusterId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * SPEC §4: "Triage is a pure function of its inputs: the same inputs give the same outcome and reasons."
 * Inputs are realistic: a few services, clouds and regions, health issues in every Graph status, other
 * customers' open cases (most of them about the same service and place as the case under triage, so that
 * clusters do form), start times within a few hours, several tenants.
 */
class TriagePolicyProperties {
    private static final List<VendorService> SERVICES =
            List.of(Fixtures.EXCHANGE_ONLINE, Fixtures.TEAMS, Fixtures.AZURE_VMS);
    private static final List<String> ISSUE_SERVICES =
            List.of("Exchange Online", "Microsoft Teams", "Azure Virtual Machines", VendorService.SUITE);
    private static final List<Cloud> CLOUDS = List.of(Cloud.GCC, Cloud.GCC_HIGH, Cloud.DOD);
    private static final List<Region> REGIONS = List.of(Fixtures.VIRGINIA, Fixtures.TEXAS, Fixtures.ARIZONA);
    private static final int TENANTS = 6;

    /** A triage input, the same input with its health issues and open cases in another order, and the policy. */
    record Scenario(TriageInput input, TriageInput reordered, ClusterRule rule) {
        TriagePolicy policy() {
            return new TriagePolicy(rule);
        }
    }

    private record Subject(Customer customer, Problem problem) {
    }

    @Property(tries = 400)
    @Label("triage is deterministic: the same input twice gives equal decisions")
    void deterministic(@ForAll("scenarios") Scenario scenario) {
        TriageDecision first = scenario.policy().triage(scenario.input());
        TriageDecision second = scenario.policy().triage(scenario.input());

        assertThat(second).isEqualTo(first);
        collectOutcome(first);
    }

    @Property(tries = 400)
    @Label("triage does not depend on the order of health issues or open cases")
    void orderIndependent(@ForAll("scenarios") Scenario scenario) {
        TriageDecision original = scenario.policy().triage(scenario.input());
        TriageDecision reordered = scenario.policy().triage(scenario.reordered());

        assertThat(reordered).isEqualTo(original);
        collectOutcome(original);
    }

    @Property(tries = 400)
    @Label("the outcome follows the rules' order: documented, then partner, then cluster, then category")
    void rulesInOrder(@ForAll("scenarios") Scenario scenario) {
        TriageInput input = scenario.input();
        TriageDecision decision = scenario.policy().triage(input);
        TriageOutcome outcome = decision.outcome();
        boolean documented = decision.healthCheck().foundActiveIssue();
        boolean overridden = input.overrideReason().isPresent();

        assertThat(outcome.matchedIssueIds()).isEqualTo(decision.healthCheck().activeIssueIds());
        if (documented && !overridden) {
            assertThat(outcome.result()).isEqualTo(TriageResult.KNOWN_INCIDENT);
        } else if (input.problem().classification() == SymptomClassification.CONFIGURATION) {
            assertThat(outcome.result()).isEqualTo(TriageResult.PARTNER_RESOLVABLE);
        } else if (decision.cluster().isPresent()) {
            assertThat(outcome.category()).contains(com.partnerdesk.domain.cases.EscalationCategory.REGIONAL_MULTI_TENANT);
            assertThat(outcome.clusterId()).contains(decision.cluster().get().id());
            assertThat(decision.cluster().get().customers()).hasSizeGreaterThanOrEqualTo(scenario.rule().customerThreshold());
            assertThat(decision.cluster().get().caseIds()).contains(input.caseId());
        } else {
            assertThat(outcome.category()).isEqualTo(input.problem().classification().category());
            assertThat(outcome.clusterId()).isEmpty();
        }
        collectOutcome(decision);
    }

    @Property(tries = 400)
    @Label("the cluster found is the one of the rule read plainly: every window tried, the earliest with most customers")
    void clusterAsTheRuleReadsPlainly(@ForAll("scenarios") Scenario scenario) {
        TriageInput input = scenario.input();
        TriageDecision decision = scenario.policy().triage(input);
        boolean clusterRuleApplies = (!decision.healthCheck().foundActiveIssue() || input.overrideReason().isPresent())
                && input.problem().classification().clusterable();

        assertThat(decision.cluster()).isEqualTo(clusterRuleApplies ? plainCluster(input, scenario.rule()) : Optional.empty());
        collectOutcome(decision);
    }

    /** SPEC §4 rule 3 word by word, in O(n²): a window from each candidate's start, the first with the most customers. */
    private static Optional<ClusterFormation> plainCluster(TriageInput input, ClusterRule rule) {
        Problem problem = input.problem();
        Customer customer = input.customer();
        List<OpenCase> candidates = new ArrayList<>();
        candidates.add(new OpenCase(input.caseId(), customer.tenantId(), problem.service().name(), customer.cloud(),
                customer.region(), problem.classification(), problem.startedAt(), CaseStatus.TRIAGED, Optional.empty()));
        Set<String> seen = new java.util.HashSet<>(Set.of(input.caseId().value()));
        for (OpenCase other : listed(input)) {
            if (other.clusterCandidate() && other.service().equalsIgnoreCase(problem.service().name())
                    && other.cloud() == customer.cloud() && other.region().equals(customer.region())
                    && seen.add(other.caseId().value())) {
                candidates.add(other);
            }
        }
        candidates.sort(java.util.Comparator.comparing(OpenCase::startedAt).thenComparing(c -> c.caseId().value()));
        List<OpenCase> best = List.of();
        int bestCustomers = 0;
        for (OpenCase first : candidates) {
            Instant windowStart = first.startedAt();
            Instant windowEnd = windowStart.plus(rule.window());
            if (windowStart.isAfter(problem.startedAt()) || windowEnd.isBefore(problem.startedAt())) {
                continue;
            }
            List<OpenCase> members = candidates.stream()
                    .filter(c -> !c.startedAt().isBefore(windowStart) && !c.startedAt().isAfter(windowEnd)).toList();
            int customers = (int) members.stream().map(OpenCase::customer).distinct().count();
            if (customers > bestCustomers) {
                best = members;
                bestCustomers = customers;
            }
        }
        if (bestCustomers < rule.customerThreshold()) {
            return Optional.empty();
        }
        List<OpenCase> members = best;
        ClusterId id = members.stream().map(OpenCase::clusterId).flatMap(Optional::stream)
                .min(java.util.Comparator.comparing(ClusterId::value))
                .orElseGet(() -> ClusterId.foundedBy(members.get(0).caseId()));
        // The formation names the cases that join: every member that does not carry the cluster's id yet.
        return Optional.of(new ClusterFormation(id, problem.service().name(), customer.cloud(), customer.region(),
                members.stream().filter(c -> !c.clusterId().equals(Optional.of(id))).map(OpenCase::caseId).toList(),
                members.stream().map(OpenCase::customer).collect(java.util.stream.Collectors.toSet())));
    }

    /** The open cases a scenario's input was made with. */
    private static List<OpenCase> listed(TriageInput input) {
        return ((NearbyCases.Listed) input.otherOpenCases()).cases();
    }

    @Property(tries = 400)
    @Label("a problem that may not cluster is triaged the same without the open cases near it")
    void openCasesMatterOnlyWhenAProblemMayCluster(@ForAll("scenarios") Scenario scenario) {
        TriageInput input = scenario.input();
        TriageInput alone = new TriageInput(input.caseId(), input.problem(), input.customer(), input.healthIssues(),
                List.of(), input.overrideReason(), input.checkedAt());

        if (!scenario.policy().mayCluster(input.problem())) {
            assertThat(scenario.policy().triage(alone)).isEqualTo(scenario.policy().triage(input));
        }
        collectOutcome(scenario.policy().triage(input));
    }

    /** Fails the property when the generator stops reaching every rule: a property that never clusters proves little. */
    private static void collectOutcome(TriageDecision decision) {
        TriageOutcome outcome = decision.outcome();
        String label = outcome.result() == TriageResult.ESCALATE
                ? outcome.category().orElseThrow().name() : outcome.result().name();
        Statistics.label("outcome").collect(label);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("KNOWN_INCIDENT").percentage(p -> p >= 3);
            coverage.check("PARTNER_RESOLVABLE").percentage(p -> p >= 3);
            coverage.check("REGIONAL_MULTI_TENANT").count(c -> c > 0);
            coverage.check("SERVICE_UNAVAILABLE").count(c -> c > 0);
        });
    }

    // --- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> scenarios() {
        return subjects().flatMap(subject -> Combinators.combine(
                        healthIssues(),
                        openCases(subject),
                        overrideReasons())
                .as((issues, cases, override) -> new TriageInput(Fixtures.caseId(1), subject.problem(),
                        subject.customer(), issues, cases, override, T0.plus(Duration.ofHours(4))))
                .flatMap(input -> Combinators.combine(
                                Arbitraries.shuffle(input.healthIssues()),
                                Arbitraries.shuffle(listed(input)),
                                Arbitraries.just(input))
                        .as((issues, cases, same) -> Tuple.of(same, new TriageInput(same.caseId(), same.problem(),
                                same.customer(), issues, cases, same.overrideReason(), same.checkedAt())))))
                .flatMap(pair -> clusterRules().map(rule -> new Scenario(pair.get1(), pair.get2(), rule)));
    }

    private Arbitrary<Subject> subjects() {
        return Combinators.combine(
                        Arbitraries.of(CLOUDS),
                        Arbitraries.of(REGIONS),
                        Arbitraries.of(SERVICES),
                        Arbitraries.of(SymptomClassification.class),
                        minutesAroundT0(-120, 120))
                .as((cloud, region, service, classification, startedAt) -> new Subject(
                        CustomerBuilder.aCustomer().in(cloud, region).build(),
                        new Problem(service, "Users report a problem with " + service.name(),
                                "What the users see, in their words.", startedAt, UsersAffected.SEVERAL, Impact.MODERATE,
                                classification)));
    }

    private Arbitrary<List<HealthIssue>> healthIssues() {
        Arbitrary<HealthIssueDraft> draft = Combinators.combine(
                        Arbitraries.of(ISSUE_SERVICES),
                        Arbitraries.of(HealthStatus.class),
                        Arbitraries.of(true, false, false, false, false, false),
                        minutesAroundT0(-360, 240),
                        Arbitraries.integers().between(10, 600).injectNull(0.7),
                        Arbitraries.subsetOf(CLOUDS).ofMaxSize(2),
                        Arbitraries.subsetOf(REGIONS).ofMaxSize(2),
                        Arbitraries.of(IssueClassification.class))
                .as(HealthIssueDraft::new);
        return draft.list().ofMaxSize(6).map(drafts -> {
            List<HealthIssue> issues = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                issues.add(drafts.get(i).toIssue(i));
            }
            return issues;
        });
    }

    private record HealthIssueDraft(String service, HealthStatus status, boolean resolvedFlag, Instant startedAt,
                                    Integer minutesToEnd, Set<Cloud> clouds, Set<Region> regions,
                                    IssueClassification classification) {
        HealthIssue toIssue(int index) {
            Optional<Instant> endedAt = Optional.ofNullable(minutesToEnd).map(m -> startedAt.plus(Duration.ofMinutes(m)));
            return new HealthIssue(HealthIssueId.of(String.format("HI%06d", 100 + index)), "Issue on " + service, service,
                    "", classification, status, resolvedFlag, startedAt, endedAt, startedAt, "", clouds, regions, List.of());
        }
    }

    /** Mostly the subject's own service and place (so that clusters form), some elsewhere. */
    private Arbitrary<List<OpenCase>> openCases(Subject subject) {
        Arbitrary<String> service = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.just(subject.problem().service().name())),
                Tuple.of(3, Arbitraries.of(SERVICES).map(VendorService::name)));
        Arbitrary<Cloud> cloud = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(subject.customer().cloud())), Tuple.of(2, Arbitraries.of(CLOUDS)));
        Arbitrary<Region> region = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(subject.customer().region())), Tuple.of(2, Arbitraries.of(REGIONS)));
        Arbitrary<CaseStatus> status = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(CaseStatus.TRIAGED)),
                Tuple.of(1, Arbitraries.just(CaseStatus.NEW)),
                Tuple.of(1, Arbitraries.just(CaseStatus.RECHECK)),
                Tuple.of(2, Arbitraries.just(CaseStatus.ESCALATED)),
                Tuple.of(1, Arbitraries.just(CaseStatus.WAITING_ON_INCIDENT)),
                Tuple.of(1, Arbitraries.just(CaseStatus.IN_PROGRESS)));
        Arbitrary<SymptomClassification> classification = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(SymptomClassification.UNDOCUMENTED_BEHAVIOUR, SymptomClassification.UNAVAILABLE,
                        SymptomClassification.DEFECT, SymptomClassification.NETWORK_DISRUPTION)),
                Tuple.of(1, Arbitraries.of(SymptomClassification.class)));
        Arbitrary<OpenCaseDraft> draft = Combinators.combine(
                        Arbitraries.integers().between(1, TENANTS),
                        service, cloud, region, classification,
                        minutesAroundT0(-150, 150),
                        status,
                        Arbitraries.integers().between(1, 3).injectNull(0.6))
                .as(OpenCaseDraft::new);
        return draft.list().ofMaxSize(10).map(drafts -> {
            List<OpenCase> cases = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                cases.add(drafts.get(i).toOpenCase(100 + i));
            }
            return cases;
        });
    }

    private record OpenCaseDraft(int tenant, String service, Cloud cloud, Region region,
                                 SymptomClassification classification, Instant startedAt, CaseStatus status,
                                 Integer cluster) {
        OpenCase toOpenCase(int number) {
            Optional<ClusterId> clusterId = status == CaseStatus.ESCALATED
                    ? Optional.ofNullable(cluster).map(n -> ClusterId.foundedBy(Fixtures.caseId(90 + n)))
                    : Optional.empty();
            return new OpenCase(Fixtures.caseId(number), Fixtures.tenant(tenant), service, cloud, region, classification,
                    startedAt, status, clusterId);
        }
    }

    private Arbitrary<Optional<String>> overrideReasons() {
        return Arbitraries.of("Only shared mailboxes fail; the incident is about mail flow delays",
                        "Different symptom: users can sign in but calendars are empty")
                .injectNull(0.8)
                .map(Optional::ofNullable);
    }

    private Arbitrary<ClusterRule> clusterRules() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(ClusterRule.DEFAULT)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(2, 4), Arbitraries.integers().between(15, 120))
                        .as((threshold, minutes) -> new ClusterRule(threshold, Duration.ofMinutes(minutes)))));
    }

    private static Arbitrary<Instant> minutesAroundT0(int from, int to) {
        return Arbitraries.integers().between(from, to).map(m -> T0.plus(Duration.ofMinutes(m)));
    }
}
