package com.partnerdesk.domain.escalation;

import static com.partnerdesk.domain.escalation.ReadinessCheck.AZURE_DIRECT_RESELLER;
import static com.partnerdesk.domain.escalation.ReadinessCheck.AZURE_SUPPORT_PLAN;
import static com.partnerdesk.domain.escalation.ReadinessCheck.COUNTRY_CODE;
import static com.partnerdesk.domain.escalation.ReadinessCheck.DESCRIPTION;
import static com.partnerdesk.domain.escalation.ReadinessCheck.DYNAMICS_ADVANCED_SUPPORT;
import static com.partnerdesk.domain.escalation.ReadinessCheck.EVIDENCE_ACTUAL_BEHAVIOUR;
import static com.partnerdesk.domain.escalation.ReadinessCheck.EVIDENCE_AFFECTED_SITES;
import static com.partnerdesk.domain.escalation.ReadinessCheck.EVIDENCE_AFFECTED_USERS;
import static com.partnerdesk.domain.escalation.ReadinessCheck.EVIDENCE_EXPECTED_BEHAVIOUR;
import static com.partnerdesk.domain.escalation.ReadinessCheck.EVIDENCE_LINKED_CUSTOMERS;
import static com.partnerdesk.domain.escalation.ReadinessCheck.EVIDENCE_REPRODUCTION_STEPS;
import static com.partnerdesk.domain.escalation.ReadinessCheck.EVIDENCE_START_TIME;
import static com.partnerdesk.domain.escalation.ReadinessCheck.HEALTH_CHECK_CLEAR;
import static com.partnerdesk.domain.escalation.ReadinessCheck.HEALTH_CHECK_RECENT;
import static com.partnerdesk.domain.escalation.ReadinessCheck.NOT_MARKETPLACE;
import static com.partnerdesk.domain.escalation.ReadinessCheck.PRIMARY_CONTACT;
import static com.partnerdesk.domain.escalation.ReadinessCheck.RELATIONSHIP_ACTIVE;
import static com.partnerdesk.domain.escalation.ReadinessCheck.ROLE_PERMITS;
import static com.partnerdesk.domain.escalation.ReadinessCheck.SEVERITY;
import static com.partnerdesk.domain.escalation.ReadinessCheck.SUPPORT_RIGHTS;
import static com.partnerdesk.domain.escalation.ReadinessCheck.SUPPORT_TOPIC;
import static com.partnerdesk.domain.escalation.ReadinessCheck.TITLE;
import static com.partnerdesk.domain.escalation.ReadinessCheck.TRIAGED_TO_ESCALATE;
import static com.partnerdesk.domain.escalation.ReadinessCheck.TROUBLESHOOTING_NOTE;
import static com.partnerdesk.domain.fixtures.EscalationFixture.NOW;
import static com.partnerdesk.domain.fixtures.EscalationFixture.aReadyEscalation;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import com.partnerdesk.domain.fixtures.CaseFixtures;
import com.partnerdesk.domain.fixtures.EscalationFixture;
import com.partnerdesk.domain.fixtures.Fixtures;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("EscalationReadiness (SPEC §5)")
class EscalationReadinessTest {

    /** Asserts that exactly {@code expected} failed, each with a message that says what to do. */
    private static ReadinessReport assertFailsExactly(EscalationFixture fixture, ReadinessCheck... expected) {
        ReadinessReport report = fixture.evaluate();
        assertThat(report.failedChecks()).containsExactlyInAnyOrder(expected);
        assertThat(report.ready()).isFalse();
        assertThat(report.failures()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        return report;
    }

    private static String messageOf(ReadinessReport report, ReadinessCheck check) {
        return report.failures().stream().filter(f -> f.check() == check).findFirst().orElseThrow().message();
    }

    @Nested
    @DisplayName("the ready fixture")
    class Ready {

        @ParameterizedTest(name = "{0}")
        @EnumSource(EscalationCategory.class)
        @DisplayName("passes every check, whatever the category")
        void readyForEveryCategory(EscalationCategory category) {
            ReadinessReport report = aReadyEscalation().category(category).evaluate();

            assertThat(report.failures()).isEmpty();
            assertThat(report.ready()).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = ProductFamily.class, names = "MARKETPLACE", mode = EnumSource.Mode.EXCLUDE)
        @DisplayName("passes every check, for every product family the vendor supports")
        void readyForEveryFamily(ProductFamily family) {
            assertThat(aReadyEscalation().family(family).evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("reports each check that applied, passed, under its label")
        void reportsPassedChecks() {
            ReadinessReport report = aReadyEscalation().family(ProductFamily.AZURE).evaluate();

            assertThat(report.results()).extracting(CheckResult::check).contains(ROLE_PERMITS, TRIAGED_TO_ESCALATE,
                    RELATIONSHIP_ACTIVE, SUPPORT_RIGHTS, HEALTH_CHECK_RECENT, HEALTH_CHECK_CLEAR, EVIDENCE_START_TIME,
                    EVIDENCE_AFFECTED_USERS, TITLE, DESCRIPTION, SEVERITY, SUPPORT_TOPIC, COUNTRY_CODE, PRIMARY_CONTACT,
                    AZURE_SUPPORT_PLAN, AZURE_DIRECT_RESELLER);
            assertThat(report.results()).allSatisfy(r -> assertThat(r.message()).isEqualTo(r.check().label()));
        }

        @Test
        @DisplayName("a real case, triaged ESCALATE and health-checked, is ready with its own start time and users")
        void readyFromACase() {
            Case subject = CaseFixtures.checkedCase();
            subject.applyTriage(CaseFixtures.escalate(EscalationCategory.SERVICE_UNAVAILABLE), CaseFixtures.AGENT,
                    Fixtures.minutesAfterT0(10));
            EscalationFixture fixture = aReadyEscalation()
                    .evidenceStartedAt(Optional.empty()).evidenceAffectedUsers(Optional.empty());

            ReadinessReport report = new EscalationReadiness(new com.partnerdesk.domain.agent.PermissionPolicy()).evaluate(
                    Fixtures.agent(Role.HELPDESK_AGENT), fixture.customer(), EscalationSubject.of(subject, 1),
                    fixture.draft(), com.partnerdesk.domain.catalogue.SupportTopicCatalogue.standard(), fixture.partner(),
                    NOW);

            assertThat(report.failures()).isEmpty();
        }
    }

    @Nested
    @DisplayName("ROLE_PERMITS")
    class RolePermits {

        @Test
        @DisplayName("fails for a Sales agent")
        void salesAgent() {
            assertFailsExactly(aReadyEscalation().by(Fixtures.agent(Role.SALES_AGENT)), ROLE_PERMITS);
        }

        @Test
        @DisplayName("fails for a Helpdesk agent on an AZURE problem, saying why")
        void helpdeskOnAzure() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation()
                    .family(ProductFamily.AZURE).by(Fixtures.agent(Role.HELPDESK_AGENT)), ROLE_PERMITS);

            assertThat(messageOf(report, ROLE_PERMITS)).contains("Helpdesk agent", "AZURE");
        }

        @Test
        @DisplayName("passes for a Helpdesk agent on an OFFICE_365 problem")
        void helpdeskOnOffice365() {
            assertThat(aReadyEscalation().by(Fixtures.agent(Role.HELPDESK_AGENT)).evaluate().ready()).isTrue();
        }
    }

    @Nested
    @DisplayName("TRIAGED_TO_ESCALATE")
    class TriagedToEscalate {

        @Test
        @DisplayName("fails when triage said PARTNER_RESOLVABLE")
        void partnerResolvable() {
            assertFailsExactly(aReadyEscalation().status(CaseStatus.IN_PROGRESS)
                    .triage(Optional.of(CaseFixtures.partnerResolvable())), TRIAGED_TO_ESCALATE);
        }

        @Test
        @DisplayName("fails when the case was never triaged")
        void neverTriaged() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().status(CaseStatus.NEW).triage(Optional.empty()),
                    TRIAGED_TO_ESCALATE);

            assertThat(messageOf(report, TRIAGED_TO_ESCALATE)).contains("NEW", "nothing yet");
        }

        @Test
        @DisplayName("fails when the case is already ESCALATED")
        void alreadyEscalated() {
            assertFailsExactly(aReadyEscalation().status(CaseStatus.ESCALATED), TRIAGED_TO_ESCALATE);
        }
    }

    @Nested
    @DisplayName("RELATIONSHIP_ACTIVE and SUPPORT_RIGHTS")
    class Relationship {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = RelationshipStatus.class, names = {"EXPIRED", "TERMINATED", "PENDING"})
        @DisplayName("RELATIONSHIP_ACTIVE fails when the relationship is not ACTIVE")
        void notActive(RelationshipStatus status) {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().customer(c -> c.relationship(status)),
                    RELATIONSHIP_ACTIVE);

            assertThat(messageOf(report, RELATIONSHIP_ACTIVE)).contains(status.name(), "Contoso Federal");
        }

        @Test
        @DisplayName("SUPPORT_RIGHTS fails when the relationship does not grant the Service support administrator role")
        void noSupportRights() {
            assertFailsExactly(aReadyEscalation().customer(c -> c.supportRights(false)), SUPPORT_RIGHTS);
        }
    }

    @Nested
    @DisplayName("HEALTH_CHECK_RECENT and HEALTH_CHECK_CLEAR")
    class Health {

        @Test
        @DisplayName("HEALTH_CHECK_RECENT fails for a check 61 minutes old")
        void sixtyOneMinutes() {
            assertFailsExactly(aReadyEscalation().healthCheckedAt(NOW.minus(Duration.ofMinutes(61))), HEALTH_CHECK_RECENT);
        }

        @Test
        @DisplayName("HEALTH_CHECK_RECENT passes for a check exactly 60 minutes old")
        void exactlySixtyMinutes() {
            assertThat(aReadyEscalation().healthCheckedAt(NOW.minus(Duration.ofMinutes(60))).evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("HEALTH_CHECK_RECENT fails for a check dated in the future")
        void futureCheck() {
            assertFailsExactly(aReadyEscalation().healthCheckedAt(NOW.plusSeconds(1)), HEALTH_CHECK_RECENT);
        }

        @Test
        @DisplayName("both health checks fail when service health was never checked")
        void neverChecked() {
            assertFailsExactly(aReadyEscalation().neverHealthChecked(), HEALTH_CHECK_RECENT, HEALTH_CHECK_CLEAR);
        }

        @Test
        @DisplayName("HEALTH_CHECK_CLEAR fails when the check found an active issue, naming it")
        void activeIssueFound() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().healthCheckFound("EX100001"), HEALTH_CHECK_CLEAR);

            assertThat(messageOf(report, HEALTH_CHECK_CLEAR)).contains("EX100001", "override");
        }

        @Test
        @DisplayName("HEALTH_CHECK_CLEAR passes when the active issue was overridden with a reason")
        void overridden() {
            ReadinessReport report = aReadyEscalation().healthCheckFound("EX100001")
                    .overriddenWith("Only shared mailboxes fail; the incident is about mail flow").evaluate();

            assertThat(report.failures()).isEmpty();
        }
    }

    @Nested
    @DisplayName("TROUBLESHOOTING_NOTE")
    class Troubleshooting {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = EscalationCategory.class, names = {"UNDOCUMENTED_SERVICE_PROBLEM", "SERVICE_DEFECT"})
        @DisplayName("fails without a troubleshooting note for the categories that need one")
        void requiredCategories(EscalationCategory category) {
            assertFailsExactly(aReadyEscalation().category(category).withoutTroubleshootingNote(), TROUBLESHOOTING_NOTE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = EscalationCategory.class, names = {"UNDOCUMENTED_SERVICE_PROBLEM", "SERVICE_DEFECT"},
                mode = EnumSource.Mode.EXCLUDE)
        @DisplayName("is not asked for the other categories")
        void otherCategories(EscalationCategory category) {
            ReadinessReport report = aReadyEscalation().category(category).withoutTroubleshootingNote().evaluate();

            assertThat(report.ready()).isTrue();
            assertThat(report.results()).extracting(CheckResult::check).doesNotContain(TROUBLESHOOTING_NOTE);
        }
    }

    @Nested
    @DisplayName("category evidence")
    class CategoryEvidence {

        @Test
        @DisplayName("SERVICE_UNAVAILABLE: EVIDENCE_START_TIME fails with no start time on the form or the case")
        void unavailableStartTime() {
            assertFailsExactly(aReadyEscalation().category(EscalationCategory.SERVICE_UNAVAILABLE)
                    .evidenceStartedAt(Optional.empty()).subjectStartedAt(Optional.empty()), EVIDENCE_START_TIME);
        }

        @Test
        @DisplayName("SERVICE_UNAVAILABLE: EVIDENCE_START_TIME fails for a start time in the future")
        void unavailableFutureStartTime() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().category(EscalationCategory.SERVICE_UNAVAILABLE)
                    .evidenceStartedAt(Optional.of(NOW.plusSeconds(60))), EVIDENCE_START_TIME);

            assertThat(messageOf(report, EVIDENCE_START_TIME)).contains("in the future");
        }

        @Test
        @DisplayName("SERVICE_UNAVAILABLE: the case's own start time counts when the form gives none")
        void unavailableCaseStartTimeCounts() {
            assertThat(aReadyEscalation().category(EscalationCategory.SERVICE_UNAVAILABLE)
                    .evidenceStartedAt(Optional.empty()).evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("SERVICE_UNAVAILABLE: EVIDENCE_AFFECTED_USERS fails with no affected users on the form or the case")
        void unavailableAffectedUsers() {
            assertFailsExactly(aReadyEscalation().category(EscalationCategory.SERVICE_UNAVAILABLE)
                    .evidenceAffectedUsers(Optional.empty()).subjectUsersAffected(Optional.empty()), EVIDENCE_AFFECTED_USERS);
        }

        @Test
        @DisplayName("SERVICE_UNAVAILABLE: the case's own users affected count when the form gives none")
        void unavailableCaseUsersCount() {
            assertThat(aReadyEscalation().category(EscalationCategory.SERVICE_UNAVAILABLE)
                    .evidenceAffectedUsers(Optional.empty()).evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("SERVICE_DEFECT: EVIDENCE_REPRODUCTION_STEPS fails without reproduction steps")
        void defectReproductionSteps() {
            assertFailsExactly(aReadyEscalation().category(EscalationCategory.SERVICE_DEFECT)
                    .reproductionSteps(Optional.empty()), EVIDENCE_REPRODUCTION_STEPS);
        }

        @Test
        @DisplayName("SERVICE_DEFECT: blank reproduction steps are no steps")
        void defectBlankReproductionSteps() {
            assertFailsExactly(aReadyEscalation().category(EscalationCategory.SERVICE_DEFECT)
                    .reproductionSteps(Optional.of("   ")), EVIDENCE_REPRODUCTION_STEPS);
        }

        @Test
        @DisplayName("LARGE_SCALE_NETWORK_DISRUPTION: EVIDENCE_AFFECTED_SITES fails without affected sites")
        void networkAffectedSites() {
            assertFailsExactly(aReadyEscalation().category(EscalationCategory.LARGE_SCALE_NETWORK_DISRUPTION)
                    .affectedSites(Optional.empty()), EVIDENCE_AFFECTED_SITES);
        }

        @Test
        @DisplayName("REGIONAL_MULTI_TENANT: EVIDENCE_LINKED_CUSTOMERS fails with only 1 linked customer")
        void regionalOneCustomer() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().category(EscalationCategory.REGIONAL_MULTI_TENANT)
                    .linkedCustomers(1), EVIDENCE_LINKED_CUSTOMERS);

            assertThat(messageOf(report, EVIDENCE_LINKED_CUSTOMERS)).contains("at least 2", "has 1");
        }

        @Test
        @DisplayName("REGIONAL_MULTI_TENANT: EVIDENCE_LINKED_CUSTOMERS passes with 2 linked customers")
        void regionalTwoCustomers() {
            assertThat(aReadyEscalation().category(EscalationCategory.REGIONAL_MULTI_TENANT)
                    .linkedCustomers(2).evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("UNDOCUMENTED_SERVICE_PROBLEM: EVIDENCE_EXPECTED_BEHAVIOUR fails without what the service description says")
        void undocumentedExpected() {
            assertFailsExactly(aReadyEscalation().category(EscalationCategory.UNDOCUMENTED_SERVICE_PROBLEM)
                    .expectedBehaviour(Optional.empty()), EVIDENCE_EXPECTED_BEHAVIOUR);
        }

        @Test
        @DisplayName("UNDOCUMENTED_SERVICE_PROBLEM: EVIDENCE_ACTUAL_BEHAVIOUR fails without what happens instead")
        void undocumentedActual() {
            assertFailsExactly(aReadyEscalation().category(EscalationCategory.UNDOCUMENTED_SERVICE_PROBLEM)
                    .actualBehaviour(Optional.empty()), EVIDENCE_ACTUAL_BEHAVIOUR);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = EscalationCategory.class, names = {"BILLING_DISPUTE", "FRAUD_CONCERN"})
        @DisplayName("billing and fraud ask for no category evidence")
        void noEvidenceForBillingOrFraud(EscalationCategory category) {
            ReadinessReport report = aReadyEscalation().category(category)
                    .evidenceStartedAt(Optional.empty()).subjectStartedAt(Optional.empty())
                    .evidenceAffectedUsers(Optional.empty()).subjectUsersAffected(Optional.empty())
                    .reproductionSteps(Optional.empty()).affectedSites(Optional.empty()).linkedCustomers(0)
                    .expectedBehaviour(Optional.empty()).actualBehaviour(Optional.empty())
                    .evaluate();

            assertThat(report.ready()).isTrue();
        }
    }

    @Nested
    @DisplayName("service request fields")
    class RequestFields {

        @Test
        @DisplayName("TITLE fails without a title")
        void noTitle() {
            assertFailsExactly(aReadyEscalation().title(Optional.empty()), TITLE);
        }

        @Test
        @DisplayName("TITLE fails for a blank title")
        void blankTitle() {
            assertFailsExactly(aReadyEscalation().title(Optional.of("  ")), TITLE);
        }

        @Test
        @DisplayName("TITLE fails for a title longer than 200 characters, and passes at 200")
        void longTitle() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().title(Optional.of("x".repeat(201))), TITLE);

            assertThat(messageOf(report, TITLE)).contains("longer than 200");
            assertThat(aReadyEscalation().title(Optional.of("x".repeat(200))).evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("DESCRIPTION fails for a description longer than the service request holds, and passes at the limit")
        void longDescription() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().description(Optional.of("x".repeat(20_001))),
                    DESCRIPTION);

            assertThat(messageOf(report, DESCRIPTION)).contains("longer than 20000");
            assertThat(aReadyEscalation().description(Optional.of("x".repeat(20_000))).evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("DESCRIPTION fails without a description")
        void noDescription() {
            assertFailsExactly(aReadyEscalation().description(Optional.empty()), DESCRIPTION);
        }

        @Test
        @DisplayName("SEVERITY fails when missing")
        void noSeverity() {
            assertFailsExactly(aReadyEscalation().severity(Optional.empty()), SEVERITY);
        }

        @Test
        @DisplayName("SEVERITY fails when UNKNOWN")
        void unknownSeverity() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().severity(Optional.of(Severity.UNKNOWN)), SEVERITY);

            assertThat(messageOf(report, SEVERITY)).contains("not unknown");
        }

        @Test
        @DisplayName("SUPPORT_TOPIC fails when missing")
        void noTopic() {
            assertFailsExactly(aReadyEscalation().supportTopic(Optional.empty()), SUPPORT_TOPIC);
        }

        @Test
        @DisplayName("SUPPORT_TOPIC fails for an id not in the catalogue, naming it")
        void unknownTopic() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().supportTopic(Optional.of("99999999")),
                    SUPPORT_TOPIC);

            assertThat(messageOf(report, SUPPORT_TOPIC)).contains("'99999999' is not in the catalogue");
        }

        @Test
        @DisplayName("SUPPORT_TOPIC fails for a malformed id without throwing")
        void malformedTopic() {
            assertFailsExactly(aReadyEscalation().supportTopic(Optional.of("mail flow!")), SUPPORT_TOPIC);
        }

        @Test
        @DisplayName("SUPPORT_TOPIC fails for a topic of another product family")
        void topicOfAnotherFamily() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().family(ProductFamily.OFFICE_365)
                    .supportTopic(Optional.of("32444681")), SUPPORT_TOPIC);

            assertThat(messageOf(report, SUPPORT_TOPIC)).contains("Virtual machine connectivity", "AZURE", "OFFICE_365");
        }

        @Test
        @DisplayName("COUNTRY_CODE fails when missing")
        void noCountry() {
            assertFailsExactly(aReadyEscalation().countryCode(Optional.empty()), COUNTRY_CODE);
        }

        @Test
        @DisplayName("COUNTRY_CODE fails for 'USA' (alpha-3, not alpha-2)")
        void alpha3Country() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().countryCode(Optional.of("USA")), COUNTRY_CODE);

            assertThat(messageOf(report, COUNTRY_CODE)).contains("'USA'");
        }

        @Test
        @DisplayName("COUNTRY_CODE fails for 'ZZ' (not an assigned code)")
        void unassignedCountry() {
            assertFailsExactly(aReadyEscalation().countryCode(Optional.of("ZZ")), COUNTRY_CODE);
        }

        @Test
        @DisplayName("COUNTRY_CODE passes for lower-case 'us'")
        void lowerCaseCountry() {
            assertThat(aReadyEscalation().countryCode(Optional.of("us")).evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("PRIMARY_CONTACT fails when the partner has no primary contact")
        void noPrimaryContact() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().withoutPrimaryContact(), PRIMARY_CONTACT);

            assertThat(messageOf(report, PRIMARY_CONTACT)).contains("never the customer");
        }
    }

    @Nested
    @DisplayName("product rules")
    class ProductRules {

        @Test
        @DisplayName("AZURE_SUPPORT_PLAN fails for an Azure customer whose support plan is not CSP")
        void azureNeedsCsp() {
            assertFailsExactly(aReadyEscalation().family(ProductFamily.AZURE).customer(c -> c.supportPlan(SupportPlan.NONE)),
                    AZURE_SUPPORT_PLAN);
        }

        @Test
        @DisplayName("AZURE_DIRECT_RESELLER fails when the partner is the customer's indirect reseller")
        void azureIndirectReseller() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().family(ProductFamily.AZURE)
                    .customer(c -> c.resellerType(ResellerType.INDIRECT)), AZURE_DIRECT_RESELLER);

            assertThat(messageOf(report, AZURE_DIRECT_RESELLER)).contains("indirect provider");
        }

        @Test
        @DisplayName("the Azure rules do not apply to OFFICE_365")
        void azureRulesOnlyForAzure() {
            assertThat(aReadyEscalation().customer(c -> c.supportPlan(SupportPlan.NONE).resellerType(ResellerType.INDIRECT))
                    .evaluate().ready()).isTrue();
        }

        @Test
        @DisplayName("DYNAMICS_ADVANCED_SUPPORT fails for Dynamics 365 without the partner's Advanced Support")
        void dynamicsNeedsAdvancedSupport() {
            assertFailsExactly(aReadyEscalation().family(ProductFamily.DYNAMICS_365).advancedSupport(false),
                    DYNAMICS_ADVANCED_SUPPORT);
        }

        @Test
        @DisplayName("NOT_MARKETPLACE fails for a Marketplace product: the publisher supports it")
        void marketplaceRefused() {
            ReadinessReport report = assertFailsExactly(aReadyEscalation().family(ProductFamily.MARKETPLACE), NOT_MARKETPLACE);

            assertThat(messageOf(report, NOT_MARKETPLACE)).contains("publisher");
        }
    }

    @Nested
    @DisplayName("every fault at once")
    class AllAtOnce {

        @Test
        @DisplayName("with everything wrong, the report lists every failed check, not only the first")
        void everyFailureListed() {
            EscalationFixture everythingWrong = aReadyEscalation()
                    .by(Fixtures.agent(Role.SALES_AGENT))
                    .family(ProductFamily.AZURE)
                    .status(CaseStatus.IN_PROGRESS)
                    .category(EscalationCategory.UNDOCUMENTED_SERVICE_PROBLEM)
                    .customer(c -> c.relationship(RelationshipStatus.EXPIRED).supportRights(false)
                            .supportPlan(SupportPlan.NONE).resellerType(ResellerType.INDIRECT))
                    .healthCheckedAt(NOW.minus(Duration.ofHours(3)))
                    .healthCheckFound("EX100001")
                    .withoutTroubleshootingNote()
                    .expectedBehaviour(Optional.empty()).actualBehaviour(Optional.empty())
                    .title(Optional.empty()).description(Optional.empty()).severity(Optional.of(Severity.UNKNOWN))
                    .supportTopic(Optional.empty()).countryCode(Optional.of("USA"))
                    .withoutPrimaryContact();

            ReadinessReport report = assertFailsExactly(everythingWrong,
                    ROLE_PERMITS, TRIAGED_TO_ESCALATE, RELATIONSHIP_ACTIVE, SUPPORT_RIGHTS, HEALTH_CHECK_RECENT,
                    HEALTH_CHECK_CLEAR, TROUBLESHOOTING_NOTE, EVIDENCE_EXPECTED_BEHAVIOUR, EVIDENCE_ACTUAL_BEHAVIOUR,
                    TITLE, DESCRIPTION, SEVERITY, SUPPORT_TOPIC, COUNTRY_CODE, PRIMARY_CONTACT, AZURE_SUPPORT_PLAN,
                    AZURE_DIRECT_RESELLER);
            assertThat(report.failures()).hasSize(17);
        }

        @Test
        @DisplayName("the refusal names every failed check by its code")
        void exceptionNamesEveryCheck() {
            ReadinessReport report = aReadyEscalation().by(Fixtures.agent(Role.SALES_AGENT))
                    .title(Optional.empty()).countryCode(Optional.of("ZZ")).evaluate();

            EscalationReadinessException refusal = new EscalationReadinessException(report);

            assertThat(refusal.report()).isSameAs(report);
            assertThat(refusal).hasMessageStartingWith("The case is not ready to escalate: ")
                    .hasMessageContaining("rolePermits (").hasMessageContaining("title (")
                    .hasMessageContaining("countryCode (");
        }

        @Test
        @DisplayName("every readiness check can fail: each one named in some refusal")
        void everyCheckCanFail() {
            Set<ReadinessCheck> seen = EnumSet.noneOf(ReadinessCheck.class);
            seen.addAll(aReadyEscalation().by(Fixtures.agent(Role.SALES_AGENT)).status(CaseStatus.ESCALATED)
                    .customer(c -> c.relationship(RelationshipStatus.PENDING).supportRights(false))
                    .neverHealthChecked().title(Optional.empty()).description(Optional.empty())
                    .severity(Optional.empty()).supportTopic(Optional.empty()).countryCode(Optional.empty())
                    .withoutPrimaryContact().evaluate().failedChecks());
            for (EscalationCategory category : EscalationCategory.values()) {
                seen.addAll(aReadyEscalation().category(category).withoutTroubleshootingNote()
                        .evidenceStartedAt(Optional.empty()).subjectStartedAt(Optional.empty())
                        .evidenceAffectedUsers(Optional.empty()).subjectUsersAffected(Optional.empty())
                        .reproductionSteps(Optional.empty()).affectedSites(Optional.empty()).linkedCustomers(1)
                        .expectedBehaviour(Optional.empty()).actualBehaviour(Optional.empty())
                        .evaluate().failedChecks());
            }
            seen.addAll(aReadyEscalation().family(ProductFamily.AZURE)
                    .customer(c -> c.supportPlan(SupportPlan.NONE).resellerType(ResellerType.INDIRECT))
                    .evaluate().failedChecks());
            seen.addAll(aReadyEscalation().family(ProductFamily.DYNAMICS_365).advancedSupport(false).evaluate().failedChecks());
            seen.addAll(aReadyEscalation().family(ProductFamily.MARKETPLACE).evaluate().failedChecks());

            assertThat(seen).containsExactlyInAnyOrder(ReadinessCheck.values());
        }
    }
}
