package com.partnerdesk.domain.triage;

import static com.partnerdesk.domain.fixtures.CustomerBuilder.aCustomer;
import static com.partnerdesk.domain.fixtures.Fixtures.T0;
import static com.partnerdesk.domain.fixtures.Fixtures.caseId;
import static com.partnerdesk.domain.fixtures.Fixtures.minutesAfterT0;
import static com.partnerdesk.domain.fixtures.Fixtures.minutesBeforeT0;
import static com.partnerdesk.domain.fixtures.Fixtures.tenant;
import static com.partnerdesk.domain.fixtures.HealthIssueBuilder.anIssue;
import static com.partnerdesk.domain.fixtures.OpenCaseBuilder.anOpenCase;
import static com.partnerdesk.domain.fixtures.ProblemBuilder.aProblem;
import static com.partnerdesk.domain.fixtures.TriageInputBuilder.aTriageInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.fixtures.Fixtures;
import com.partnerdesk.domain.fixtures.TriageInputBuilder;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import com.partnerdesk.domain.ids.ClusterId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("TriagePolicy (SPEC §4)")
class TriagePolicyTest {
    private final TriagePolicy policy = new TriagePolicy();

    private TriageDecision triage(TriageInputBuilder input) {
        return policy.triage(input.build());
    }

    private TriageOutcome outcome(TriageInputBuilder input) {
        return triage(input).outcome();
    }

    /** Three other customers' cases about Exchange Online in GCC/us-gov-virginia within the hour: a cluster. */
    private static TriageInputBuilder withThreeCustomerCluster(TriageInputBuilder input) {
        return input
                .openCase(anOpenCase(101, 2, minutesBeforeT0(20)))
                .openCase(anOpenCase(102, 3, minutesBeforeT0(10)));
    }

    @Nested
    @DisplayName("rule 1: documented first")
    class DocumentedFirst {

        @Test
        @DisplayName("an active issue on the service, in the customer's cloud and region, started before the problem ⇒ KNOWN_INCIDENT")
        void knownIncident() {
            TriageOutcome outcome = outcome(aTriageInput().issue(anIssue().id("EX100001").startedAt(minutesBeforeT0(30))));

            assertThat(outcome.result()).isEqualTo(TriageResult.KNOWN_INCIDENT);
            assertThat(outcome.category()).isEmpty();
            assertThat(outcome.matchedIssueIds()).containsExactly(HealthIssueId.of("EX100001"));
            assertThat(outcome.reasons()).anySatisfy(r -> assertThat(r).contains("EX100001", "before the problem started"));
            assertThat(outcome.reasons()).last().asString().contains("if the problem persists after the outage ends");
        }

        @Test
        @DisplayName("an issue that started exactly 2 h after the problem still explains it")
        void issueStartedExactlyTwoHoursAfter() {
            TriageOutcome outcome = outcome(aTriageInput().issue(anIssue().startedAt(T0.plus(Duration.ofHours(2)))));

            assertThat(outcome.result()).isEqualTo(TriageResult.KNOWN_INCIDENT);
            assertThat(outcome.reasons()).anySatisfy(r -> assertThat(r).contains("120 minutes after the problem started"));
        }

        @Test
        @DisplayName("an issue that started 2 h and 1 s after the problem does not explain it")
        void issueStartedJustOverTwoHoursAfter() {
            TriageOutcome outcome = outcome(aTriageInput()
                    .issue(anIssue().startedAt(T0.plus(Duration.ofHours(2)).plusSeconds(1))));

            assertThat(outcome.result()).isEqualTo(TriageResult.ESCALATE);
            assertThat(outcome.matchedIssueIds()).isEmpty();
        }

        @Test
        @DisplayName("an issue that started at the very moment of the problem explains it")
        void issueStartedWithTheProblem() {
            assertThat(outcome(aTriageInput().issue(anIssue().startedAt(T0))).result())
                    .isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @Test
        @DisplayName("an issue that started days before the problem and is still active explains it")
        void issueStartedLongBefore() {
            assertThat(outcome(aTriageInput().issue(anIssue().startedAt(T0.minus(Duration.ofDays(3))))).result())
                    .isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = HealthStatus.class,
                names = {"SERVICE_RESTORED", "POST_INCIDENT_REVIEW_PUBLISHED", "FALSE_POSITIVE", "RESOLVED", "RESOLVED_EXTERNAL"})
        @DisplayName("an issue in a status that ends it does not match")
        void endedStatusDoesNotMatch(HealthStatus ended) {
            TriageDecision decision = triage(aTriageInput().issue(anIssue().status(ended)));

            assertThat(decision.outcome().result()).isEqualTo(TriageResult.ESCALATE);
            assertThat(decision.healthCheck().activeIssueIds()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = HealthStatus.class, mode = EnumSource.Mode.EXCLUDE,
                names = {"SERVICE_RESTORED", "POST_INCIDENT_REVIEW_PUBLISHED", "FALSE_POSITIVE", "RESOLVED", "RESOLVED_EXTERNAL"})
        @DisplayName("an issue in any other status is active and matches")
        void activeStatusMatches(HealthStatus active) {
            assertThat(outcome(aTriageInput().issue(anIssue().status(active))).result())
                    .isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @Test
        @DisplayName("an issue flagged resolved does not match, whatever its status")
        void resolvedFlagDoesNotMatch() {
            TriageOutcome outcome = outcome(aTriageInput()
                    .issue(anIssue().status(HealthStatus.SERVICE_DEGRADATION).resolvedFlag(true)));

            assertThat(outcome.result()).isEqualTo(TriageResult.ESCALATE);
            assertThat(outcome.matchedIssueIds()).isEmpty();
        }

        @Test
        @DisplayName("an issue that had ended before the problem started does not match")
        void endedBeforeProblem() {
            TriageOutcome outcome = outcome(aTriageInput()
                    .issue(anIssue().startedAt(minutesBeforeT0(180)).endedAt(minutesBeforeT0(60))));

            assertThat(outcome.result()).isEqualTo(TriageResult.ESCALATE);
        }

        @Test
        @DisplayName("an advisory counts as much as an incident")
        void advisoryMatches() {
            assertThat(outcome(aTriageInput().issue(anIssue().classification(IssueClassification.ADVISORY))).result())
                    .isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @Test
        @DisplayName("an issue on another service does not match")
        void otherServiceDoesNotMatch() {
            assertThat(outcome(aTriageInput().issue(anIssue().service("Microsoft Teams"))).result())
                    .isEqualTo(TriageResult.ESCALATE);
        }

        @Test
        @DisplayName("a 'Microsoft 365 suite' issue matches an Exchange Online case")
        void suiteMatchesOffice365() {
            assertThat(outcome(aTriageInput().issue(anIssue().service("Microsoft 365 suite"))).result())
                    .isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @Test
        @DisplayName("a 'Microsoft 365 suite' issue does not match an Azure case")
        void suiteDoesNotMatchAzure() {
            TriageOutcome outcome = outcome(aTriageInput()
                    .problem(aProblem().service(Fixtures.AZURE_VMS))
                    .issue(anIssue().service("Microsoft 365 suite")));

            assertThat(outcome.result()).isEqualTo(TriageResult.ESCALATE);
            assertThat(outcome.matchedIssueIds()).isEmpty();
        }

        @Test
        @DisplayName("an issue whose Regions include the customer's region matches")
        void regionsIncludeCustomer() {
            assertThat(outcome(aTriageInput().issue(anIssue().regions(Fixtures.TEXAS, Fixtures.VIRGINIA))).result())
                    .isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @Test
        @DisplayName("an issue whose Regions do not include the customer's region does not match")
        void regionsExcludeCustomer() {
            assertThat(outcome(aTriageInput().issue(anIssue().regions(Fixtures.TEXAS, Fixtures.ARIZONA))).result())
                    .isEqualTo(TriageResult.ESCALATE);
        }

        @Test
        @DisplayName("an issue with no Regions covers every region")
        void noRegionsMeansAll() {
            assertThat(outcome(aTriageInput().issue(anIssue().regions())).result())
                    .isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @Test
        @DisplayName("an issue imported for the customer's cloud matches")
        void cloudsIncludeCustomer() {
            assertThat(outcome(aTriageInput().issue(anIssue().clouds(Cloud.GCC, Cloud.GCC_HIGH))).result())
                    .isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @Test
        @DisplayName("an issue imported for other clouds only does not match")
        void cloudsExcludeCustomer() {
            assertThat(outcome(aTriageInput().issue(anIssue().clouds(Cloud.GCC_HIGH, Cloud.DOD))).result())
                    .isEqualTo(TriageResult.ESCALATE);
        }

        @Test
        @DisplayName("documented first beats partner first: a CONFIGURATION case under an active issue is KNOWN_INCIDENT")
        void documentedBeforePartner() {
            TriageOutcome outcome = outcome(aTriageInput()
                    .problem(aProblem().classification(SymptomClassification.CONFIGURATION))
                    .issue(anIssue()));

            assertThat(outcome.result()).isEqualTo(TriageResult.KNOWN_INCIDENT);
        }

        @Test
        @DisplayName("documented first beats a cluster")
        void documentedBeforeCluster() {
            TriageOutcome outcome = outcome(withThreeCustomerCluster(aTriageInput()).issue(anIssue()));

            assertThat(outcome.result()).isEqualTo(TriageResult.KNOWN_INCIDENT);
            assertThat(outcome.clusterId()).isEmpty();
        }
    }

    @Nested
    @DisplayName("the health check")
    class HealthCheckRecord {

        @Test
        @DisplayName("records when it looked and the ids of every matching issue, in id order")
        void recordsMatchedIds() {
            TriageDecision decision = triage(aTriageInput()
                    .checkedAt(minutesAfterT0(12))
                    .issue(anIssue().id("EX200002"))
                    .issue(anIssue().id("MO100001").service("Microsoft 365 suite"))
                    .issue(anIssue().id("EX100001"))
                    .issue(anIssue().id("TM300003").service("Microsoft Teams"))
                    .issue(anIssue().id("EX400004").status(HealthStatus.SERVICE_RESTORED)));

            assertThat(decision.healthCheck().checkedAt()).isEqualTo(minutesAfterT0(12));
            assertThat(decision.healthCheck().activeIssueIds()).extracting(HealthIssueId::value)
                    .containsExactly("EX100001", "EX200002", "MO100001");
            assertThat(decision.outcome().matchedIssueIds()).isEqualTo(decision.healthCheck().activeIssueIds());
        }

        @Test
        @DisplayName("records an empty list when nothing matches")
        void emptyWhenNothingMatches() {
            TriageDecision decision = triage(aTriageInput().issue(anIssue().service("Microsoft Teams")));

            assertThat(decision.healthCheck().foundActiveIssue()).isFalse();
            assertThat(decision.outcome().reasons()).first().asString().startsWith("No active documented issue on Exchange Online");
        }
    }

    @Nested
    @DisplayName("override of rule 1")
    class Override {

        @Test
        @DisplayName("an override with a reason skips rule 1 and goes on to the classification's category")
        void overrideSkipsRuleOne() {
            String reason = "Only shared mailboxes fail; the incident is about mail flow delays";
            TriageDecision decision = triage(aTriageInput().issue(anIssue().id("EX100001")).override(reason));

            assertThat(decision.outcome().result()).isEqualTo(TriageResult.ESCALATE);
            assertThat(decision.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
            assertThat(decision.outcome().overrideReason()).contains(reason);
            assertThat(decision.outcome().overridden()).isTrue();
            assertThat(decision.outcome().reasons()).anySatisfy(r -> assertThat(r).contains("overridden", reason));
        }

        @Test
        @DisplayName("an overridden triage still records the issues it matched")
        void overrideKeepsMatchedIds() {
            TriageDecision decision = triage(aTriageInput().issue(anIssue().id("EX100001"))
                    .override("Only shared mailboxes fail; the incident is about mail flow"));

            assertThat(decision.healthCheck().activeIssueIds()).containsExactly(HealthIssueId.of("EX100001"));
            assertThat(decision.outcome().matchedIssueIds()).containsExactly(HealthIssueId.of("EX100001"));
        }

        @Test
        @DisplayName("an override of a configuration problem leads to PARTNER_RESOLVABLE")
        void overrideThenPartnerFirst() {
            TriageOutcome outcome = outcome(aTriageInput()
                    .problem(aProblem().classification(SymptomClassification.CONFIGURATION))
                    .issue(anIssue())
                    .override("The user's licence was removed yesterday, unrelated to the incident"));

            assertThat(outcome.result()).isEqualTo(TriageResult.PARTNER_RESOLVABLE);
            assertThat(outcome.overridden()).isTrue();
        }

        @ParameterizedTest(name = "''{0}''")
        @CsvSource(value = {"differs", "'   differs   '", "''"}, quoteCharacter = '\'')
        @DisplayName("a reason too short to say how the problem differs is refused on field overrideReason")
        void tooShortReason(String reason) {
            assertThatThrownBy(() -> triage(aTriageInput().issue(anIssue()).override(reason)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("overrideReason"))
                    .hasMessageContaining("at least " + TriagePolicy.MIN_OVERRIDE_REASON + " characters");
        }

        @Test
        @DisplayName("a reason of exactly the minimum length is accepted")
        void minimumLengthReason() {
            String reason = "x".repeat(TriagePolicy.MIN_OVERRIDE_REASON);

            assertThat(outcome(aTriageInput().issue(anIssue()).override(reason)).overrideReason()).contains(reason);
        }

        @Test
        @DisplayName("a reason longer than the maximum is refused on field overrideReason; the maximum is accepted")
        void tooLongReason() {
            String longest = "y".repeat(TriagePolicy.MAX_OVERRIDE_REASON);

            assertThat(outcome(aTriageInput().issue(anIssue()).override(longest)).overrideReason()).contains(longest);
            assertThatThrownBy(() -> triage(aTriageInput().issue(anIssue()).override(longest + "y")))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("overrideReason"))
                    .hasMessageContaining("at most " + TriagePolicy.MAX_OVERRIDE_REASON + " are allowed");
        }
    }

    @Nested
    @DisplayName("rule 2: partner first")
    class PartnerFirst {

        @Test
        @DisplayName("CONFIGURATION ⇒ PARTNER_RESOLVABLE, with no category")
        void configurationIsPartnerResolvable() {
            TriageOutcome outcome = outcome(aTriageInput()
                    .problem(aProblem().classification(SymptomClassification.CONFIGURATION)));

            assertThat(outcome.result()).isEqualTo(TriageResult.PARTNER_RESOLVABLE);
            assertThat(outcome.category()).isEmpty();
            assertThat(outcome.reasons()).last().asString().contains("the partner resolves it");
        }

        @Test
        @DisplayName("CONFIGURATION ⇒ PARTNER_RESOLVABLE even when a cluster would form")
        void configurationBeatsCluster() {
            TriageDecision decision = triage(withThreeCustomerCluster(aTriageInput()
                    .problem(aProblem().classification(SymptomClassification.CONFIGURATION))));

            assertThat(decision.outcome().result()).isEqualTo(TriageResult.PARTNER_RESOLVABLE);
            assertThat(decision.cluster()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 3: a cluster of customers in one region")
    class Cluster {

        @Test
        @DisplayName("3 different customers within the hour ⇒ ESCALATE as REGIONAL_MULTI_TENANT with the cluster's id")
        void threeCustomersCluster() {
            TriageDecision decision = triage(withThreeCustomerCluster(aTriageInput()));

            assertThat(decision.outcome().result()).isEqualTo(TriageResult.ESCALATE);
            assertThat(decision.outcome().category()).contains(EscalationCategory.REGIONAL_MULTI_TENANT);
            assertThat(decision.outcome().clusterId()).contains(ClusterId.foundedBy(caseId(101)));
            assertThat(decision.cluster()).hasValueSatisfying(cluster -> {
                assertThat(cluster.id()).isEqualTo(ClusterId.foundedBy(caseId(101)));
                assertThat(cluster.caseIds()).containsExactly(caseId(101), caseId(102), caseId(1));
                assertThat(cluster.customers()).containsExactlyInAnyOrder(tenant(1), tenant(2), tenant(3));
                assertThat(cluster.service()).isEqualTo("Exchange Online");
                assertThat(cluster.cloud()).isEqualTo(Cloud.GCC);
                assertThat(cluster.region()).isEqualTo(Fixtures.VIRGINIA);
            });
            assertThat(decision.outcome().reasons()).last().asString()
                    .contains("3 customers", "GCC/us-gov-virginia", "within 60 minutes");
        }

        @Test
        @DisplayName("2 different customers are not a cluster (default threshold 3)")
        void twoCustomersNoCluster() {
            TriageDecision decision = triage(aTriageInput().openCase(anOpenCase(101, 2, minutesBeforeT0(20))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
            assertThat(decision.outcome().clusterId()).isEmpty();
            assertThat(decision.cluster()).isEmpty();
        }

        @Test
        @DisplayName("one customer's 3 cases count as one customer")
        void oneCustomerCountsOnce() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(30)))
                    .openCase(anOpenCase(102, 2, minutesBeforeT0(20)))
                    .openCase(anOpenCase(103, 2, minutesBeforeT0(10))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
            assertThat(decision.cluster()).isEmpty();
        }

        @Test
        @DisplayName("the subject's own customer is not counted twice")
        void subjectsCustomerCountsOnce() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 1, minutesBeforeT0(20)))
                    .openCase(anOpenCase(102, 2, minutesBeforeT0(10))));

            assertThat(decision.cluster()).isEmpty();
        }

        @Test
        @DisplayName("cases exactly 60 minutes apart are within the window")
        void exactlySixtyMinutes() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(60)))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(30))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.REGIONAL_MULTI_TENANT);
        }

        @Test
        @DisplayName("a case 60 minutes and 1 second earlier is just outside the window")
        void justOutsideBefore() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(60).minusSeconds(1)))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(30))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        }

        @Test
        @DisplayName("a case 60 minutes and 1 second later is just outside the window")
        void justOutsideAfter() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesAfterT0(30)))
                    .openCase(anOpenCase(102, 3, minutesAfterT0(60).plusSeconds(1))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        }

        @Test
        @DisplayName("cases at both ends of the problem, 60 minutes apart in all, form a cluster")
        void spanningTheSubject() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(30)))
                    .openCase(anOpenCase(102, 3, minutesAfterT0(30))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.REGIONAL_MULTI_TENANT);
            assertThat(decision.cluster().orElseThrow().caseIds()).containsExactly(caseId(101), caseId(1), caseId(102));
        }

        @Test
        @DisplayName("the threshold is configurable: 2 customers make a cluster under ClusterRule(2, 60 min)")
        void configurableThreshold() {
            TriagePolicy lenient = new TriagePolicy(new ClusterRule(2, Duration.ofMinutes(60)));

            TriageDecision decision = lenient.triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20))).build());

            assertThat(decision.outcome().category()).contains(EscalationCategory.REGIONAL_MULTI_TENANT);
        }

        @Test
        @DisplayName("the threshold is configurable: 3 customers are not enough under ClusterRule(4, 60 min)")
        void configurableHigherThreshold() {
            TriagePolicy strict = new TriagePolicy(new ClusterRule(4, Duration.ofMinutes(60)));

            TriageDecision decision = strict.triage(withThreeCustomerCluster(aTriageInput()).build());

            assertThat(decision.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        }

        @Test
        @DisplayName("the window is configurable: 30 minutes apart is in, 31 out, under ClusterRule(3, 30 min)")
        void configurableWindow() {
            TriagePolicy narrow = new TriagePolicy(new ClusterRule(3, Duration.ofMinutes(30)));

            TriageDecision within = narrow.triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(30)))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(15))).build());
            TriageDecision outside = narrow.triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(31)))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(15))).build());

            assertThat(within.outcome().category()).contains(EscalationCategory.REGIONAL_MULTI_TENANT);
            assertThat(within.outcome().reasons()).last().asString().contains("within 30 minutes");
            assertThat(outside.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        }

        @Test
        @DisplayName("the cluster reuses the existing cluster id of a member already escalated")
        void reusesExistingClusterId() {
            // Founded by case 50, since resolved: not derivable from the members present now.
            ClusterId existing = ClusterId.foundedBy(caseId(50));
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(90, 4, minutesBeforeT0(40)).status(CaseStatus.ESCALATED).cluster(existing))
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).cluster(existing))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.outcome().clusterId()).contains(existing);
            // The formation names the cases joining: 90 and 101 carry the cluster's id already.
            assertThat(decision.cluster().orElseThrow().caseIds()).containsExactly(caseId(102), caseId(1));
            assertThat(decision.cluster().orElseThrow().customers()).containsExactlyInAnyOrder(tenant(1), tenant(2),
                    tenant(3), tenant(4));
        }

        @Test
        @DisplayName("a cluster is found again for a later case: the same id, one more member")
        void laterCaseJoins() {
            ClusterId existing = ClusterId.foundedBy(caseId(50));
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).status(CaseStatus.ESCALATED).cluster(existing))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10)).status(CaseStatus.ESCALATED).cluster(existing))
                    .openCase(anOpenCase(103, 4, minutesBeforeT0(5)).status(CaseStatus.ESCALATED).cluster(existing)));

            assertThat(decision.outcome().clusterId()).contains(existing);
            assertThat(decision.cluster().orElseThrow().customers()).hasSize(4);
        }

        @Test
        @DisplayName("with no member in a cluster yet, the cluster is named after its earliest case")
        void newClusterNamedAfterEarliestCase() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10)))
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20))));

            assertThat(decision.outcome().clusterId()).contains(ClusterId.of("CL-" + caseId(101).value()));
        }

        @Test
        @DisplayName("members of two existing clusters: the smallest cluster id is kept, whatever the order")
        void twoExistingClusters() {
            ClusterId smaller = ClusterId.foundedBy(caseId(50));
            ClusterId larger = ClusterId.foundedBy(caseId(60));
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).status(CaseStatus.ESCALATED).cluster(larger))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10)).status(CaseStatus.ESCALATED).cluster(smaller)));

            assertThat(decision.outcome().clusterId()).contains(smaller);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = CaseStatus.class, names = {"WAITING_ON_INCIDENT", "IN_PROGRESS", "RESOLVED", "CLOSED"})
        @DisplayName("cases waiting on an incident, in progress, resolved or closed do not count")
        void statusesThatDoNotCount(CaseStatus status) {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).status(status))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = CaseStatus.class, names = {"NEW", "TRIAGED", "RECHECK"})
        @DisplayName("cases awaiting triage or escalation count")
        void statusesThatCount(CaseStatus status) {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).status(status))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.REGIONAL_MULTI_TENANT);
        }

        @Test
        @DisplayName("a case escalated on its own, outside any cluster, does not count")
        void escalatedAloneDoesNotCount() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).status(CaseStatus.ESCALATED))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = SymptomClassification.class, names = {"CONFIGURATION", "BILLING_DISPUTE", "FRAUD"})
        @DisplayName("other customers' cases not classified as a service problem do not count")
        void otherClassificationsDoNotCount(SymptomClassification classification) {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).classification(classification))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.cluster()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = SymptomClassification.class,
                names = {"UNDOCUMENTED_BEHAVIOUR", "UNAVAILABLE", "DEFECT", "NETWORK_DISRUPTION"})
        @DisplayName("cases of any of the four service-problem classifications count together")
        void serviceProblemClassificationsCount(SymptomClassification classification) {
            TriageDecision decision = triage(aTriageInput()
                    .problem(aProblem().classification(classification))
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).classification(SymptomClassification.DEFECT))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.outcome().category()).contains(EscalationCategory.REGIONAL_MULTI_TENANT);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = SymptomClassification.class, names = {"BILLING_DISPUTE", "FRAUD"})
        @DisplayName("a billing or fraud case is not swept into a cluster of service problems")
        void subjectNotClusterable(SymptomClassification classification) {
            TriageDecision decision = triage(withThreeCustomerCluster(aTriageInput()
                    .problem(aProblem().classification(classification))));

            assertThat(decision.outcome().category()).isEqualTo(classification.category());
            assertThat(decision.cluster()).isEmpty();
        }

        @Test
        @DisplayName("cases in another region do not count")
        void otherRegion() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).in(Cloud.GCC, Fixtures.TEXAS))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.cluster()).isEmpty();
        }

        @Test
        @DisplayName("cases in another cloud do not count")
        void otherCloud() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).in(Cloud.GCC_HIGH, Fixtures.VIRGINIA))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.cluster()).isEmpty();
        }

        @Test
        @DisplayName("cases about another service do not count")
        void otherService() {
            TriageDecision decision = triage(aTriageInput()
                    .openCase(anOpenCase(101, 2, minutesBeforeT0(20)).service("Microsoft Teams"))
                    .openCase(anOpenCase(102, 3, minutesBeforeT0(10))));

            assertThat(decision.cluster()).isEmpty();
        }

        @Test
        @DisplayName("the case itself, listed among the open cases, is not counted twice")
        void subjectListedAmongOpenCases() {
            TriagePolicy lenient = new TriagePolicy(new ClusterRule(2, Duration.ofMinutes(60)));

            TriageDecision decision = lenient.triage(aTriageInput()
                    .openCase(anOpenCase(1, 2, minutesBeforeT0(20))).build());

            assertThat(decision.cluster()).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 4: the category of the classification")
    class Category {

        @ParameterizedTest(name = "{0} ⇒ {1}")
        @CsvSource({
                "UNDOCUMENTED_BEHAVIOUR, UNDOCUMENTED_SERVICE_PROBLEM",
                "UNAVAILABLE,            SERVICE_UNAVAILABLE",
                "DEFECT,                 SERVICE_DEFECT",
                "NETWORK_DISRUPTION,     LARGE_SCALE_NETWORK_DISRUPTION",
                "BILLING_DISPUTE,        BILLING_DISPUTE",
                "FRAUD,                  FRAUD_CONCERN"})
        @DisplayName("nothing documented and no cluster ⇒ ESCALATE with the classification's category")
        void categoryOfClassification(SymptomClassification classification, EscalationCategory category) {
            TriageOutcome outcome = outcome(aTriageInput().problem(aProblem().classification(classification)));

            assertThat(outcome.result()).isEqualTo(TriageResult.ESCALATE);
            assertThat(outcome.category()).contains(category);
            assertThat(outcome.clusterId()).isEmpty();
            assertThat(outcome.overridden()).isFalse();
            assertThat(outcome.reasons()).last().asString().contains(classification.name(), category.name());
        }
    }

    @Nested
    @DisplayName("purity")
    class Purity {

        @Test
        @DisplayName("the same inputs give the same outcome and reasons")
        void sameInputsSameDecision() {
            TriageInputBuilder input = withThreeCustomerCluster(aTriageInput()).issue(anIssue().service("Microsoft Teams"));

            assertThat(new TriagePolicy().triage(input.build())).isEqualTo(policy.triage(input.build()));
        }

        @Test
        @DisplayName("an empty override is the same as none")
        void noOverride() {
            assertThat(aTriageInput().build().overrideReason()).isEqualTo(Optional.empty());
        }
    }
}
