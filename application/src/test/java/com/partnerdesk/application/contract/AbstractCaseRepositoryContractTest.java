package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.application.port.out.CaseSummary;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseSort;
import com.partnerdesk.domain.cases.CaseSortKey;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.ClockMarks;
import com.partnerdesk.domain.cases.ClockPause;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.PauseReason;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.triage.ClusterFormation;
import com.partnerdesk.domain.triage.OpenCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every CaseRepository (and ClusterRepository) promises, whatever keeps the cases. */
public abstract class AbstractCaseRepositoryContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;
    private static final String AGENT = "helpdesk@partner.example";

    @Override
    protected abstract StoragePorts newStorage();

    @BeforeEach
    void customers() {
        storeCustomer(Samples.contoso());
        storeCustomer(Samples.fabrikam());
        storeCustomer(Samples.tailspin());
    }

    @Test
    void insertedCaseRoundTripsEveryField() {
        writeVoid(() -> storage.health().upsertAll(List.of(
                Samples.exchangeIncident("EX512345", T0.minusSeconds(3600), HealthStatus.INVESTIGATING, T0))));
        Case c = Samples.newCase(Samples.CONTOSO_ID,
                Samples.mailFlowProblem(T0.minusSeconds(1200), SymptomClassification.UNAVAILABLE), T0);
        ClusterId cluster = ClusterId.foundedBy(c.id());
        c.recordHealthCheck(new HealthCheck(T0.plusSeconds(1), List.of(HealthIssueId.of("EX512345"))));
        c.applyTriage(new TriageOutcome(TriageResult.ESCALATE, Optional.of(EscalationCategory.REGIONAL_MULTI_TENANT),
                List.of("Documented issue EX512345 covers GCC_HIGH/us-gov-virginia", "Known incident overridden",
                        "3 customers reported Exchange Online problems"),
                List.of(HealthIssueId.of("EX512345")), Optional.of(cluster),
                Optional.of("The incident is about inbound mail; our problem is outbound to .mil")), AGENT,
                T0.plusSeconds(2));
        writeVoid(() -> storage.clusters().record(new ClusterFormation(cluster, "Exchange Online", Cloud.GCC_HIGH,
                Samples.US_GOV_VIRGINIA, List.of(c.id()), Set.of(Samples.CONTOSO_ID)), T0));
        writeVoid(() -> storage.cases().insert(c));

        Case found = read(() -> storage.cases().find(c.id())).orElseThrow();

        assertSameCase(found, c);
        assertThat(found.version()).isEqualTo(c.version());
        assertThat(found.storedVersion()).isEqualTo(found.version());
        assertThat(found.hasUnsavedChanges()).isFalse();
        assertThat(found.clusterId()).contains(cluster);
        assertThat(found.triage().orElseThrow().overrideReason()).contains(
                "The incident is about inbound mail; our problem is outbound to .mil");
        assertThat(found.history()).extracting(h -> h.to()).containsExactly(CaseStatus.TRIAGED);
    }

    @Test
    void updateStoresServiceRequestAttentionResolutionAndHistory() {
        Case stored = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(600), T0);
        ServiceRequest request = Samples.request(Samples.CONTOSO_ID, List.of(stored.id()), Optional.empty(),
                T0.plusSeconds(60));
        writeVoid(() -> storage.requests().insert(request));
        stored.escalate(request.id(), AGENT, T0.plusSeconds(60));
        stored.flagAttention(true, T0.plusSeconds(120));
        writeVoid(() -> storage.cases().update(stored));

        Case escalated = read(() -> storage.cases().find(stored.id())).orElseThrow();
        assertSameCase(escalated, stored);
        assertThat(escalated.serviceRequestId()).contains(request.id());
        assertThat(escalated.attentionNeeded()).isTrue();

        escalated.resolve("Vendor fixed the outbound connector in GCC High; mail flows again", AGENT,
                T0.plusSeconds(7200));
        writeVoid(() -> storage.cases().update(escalated));
        Case resolved = read(() -> storage.cases().find(stored.id())).orElseThrow();
        assertSameCase(resolved, escalated);
        assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(resolved.resolution()).contains("Vendor fixed the outbound connector in GCC High; mail flows again");
        assertThat(resolved.attentionNeeded()).isFalse();
        assertThat(resolved.history()).extracting(h -> h.to())
                .containsExactly(CaseStatus.TRIAGED, CaseStatus.ESCALATED, CaseStatus.RESOLVED);
    }

    @Test
    void eachUpdateAdvancesTheVersionByOne() {
        Case stored = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(600), T0);
        long before = stored.version();
        stored.resolve("Customer confirmed it works after the connector change", AGENT, T0.plusSeconds(60));
        writeVoid(() -> storage.cases().update(stored));

        assertThat(read(() -> storage.cases().find(stored.id())).orElseThrow().version()).isEqualTo(before + 1);
    }

    @Test
    void updateFromAStaleVersionIsRefusedAndKeepsTheFirstChange() {
        Case stored = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(600), T0);
        Case first = read(() -> storage.cases().find(stored.id())).orElseThrow();
        Case second = read(() -> storage.cases().find(stored.id())).orElseThrow();
        first.resolve("Fixed by re-enabling the outbound connector", "alice@partner.example", T0.plusSeconds(60));
        writeVoid(() -> storage.cases().update(first));
        second.flagAttention(true, T0.plusSeconds(90));

        assertThatThrownBy(() -> writeVoid(() -> storage.cases().update(second)))
                .isInstanceOf(StaleVersionException.class);
        Case now = read(() -> storage.cases().find(stored.id())).orElseThrow();
        assertThat(now.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(now.attentionNeeded()).isFalse();
        assertThat(now.version()).isEqualTo(first.version());
    }

    @Test
    void appendNoteKeepsTheVersionAndNotesComeBackInOrder() {
        Case stored = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(600), T0);
        writeVoid(() -> storage.cases().appendNote(stored.id(), note("Checked the outbound connector: validated", T0.plusSeconds(10))));
        writeVoid(() -> storage.cases().appendNote(stored.id(), note("Message trace shows 4.4.7 for army.mil", T0.plusSeconds(20))));

        Case found = read(() -> storage.cases().find(stored.id())).orElseThrow();
        assertThat(found.version()).isEqualTo(stored.version());
        assertThat(found.notes()).containsExactly(
                note("Checked the outbound connector: validated", T0.plusSeconds(10)),
                note("Message trace shows 4.4.7 for army.mil", T0.plusSeconds(20)));
        assertThat(found.hasTroubleshootingNote()).isTrue();
    }

    @Test
    void aNoteDoesNotMakeAConcurrentUpdateStale() {
        Case stored = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(600), T0);
        writeVoid(() -> storage.cases().appendNote(stored.id(), note("Asked the customer for a message trace", T0.plusSeconds(10))));
        stored.flagAttention(true, T0.plusSeconds(20));
        writeVoid(() -> storage.cases().update(stored));

        Case found = read(() -> storage.cases().find(stored.id())).orElseThrow();
        assertThat(found.attentionNeeded()).isTrue();
        assertThat(found.notes()).hasSize(1);
    }

    @Test
    void theOwnerAndEveryChangeOfOwnerAreStoredAndTheOwnersCasesListed() {
        Agent ava = storeAgent("ava@partner.example");
        Agent liam = storeAgent("liam@partner.example");
        Case first = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(600), T0);
        Case second = storeTriagedCase(Samples.FABRIKAM_ID, T0.minusSeconds(500), T0.plusSeconds(5));
        Case third = storeTriagedCase(Samples.TAILSPIN_ID, T0.minusSeconds(400), T0.plusSeconds(6));
        first.changeOwner(Optional.of(ava.id()), AGENT, T0.plusSeconds(10), "taken");
        writeVoid(() -> storage.cases().update(first));
        second.changeOwner(Optional.of(liam.id()), AGENT, T0.plusSeconds(11), "assigned");
        writeVoid(() -> storage.cases().update(second));
        third.changeOwner(Optional.of(ava.id()), AGENT, T0.plusSeconds(12), "assigned");
        writeVoid(() -> storage.cases().update(third));

        Case stored = read(() -> storage.cases().find(first.id())).orElseThrow();
        assertSameCase(stored, first);
        assertThat(read(() -> storage.cases().ownedBy(ava.id()))).containsExactly(first.id(), third.id());

        stored.changeOwner(Optional.of(liam.id()), AGENT, T0.plusSeconds(20), "assigned");
        stored.changeOwner(Optional.empty(), AGENT, T0.plusSeconds(21), "unassigned");
        writeVoid(() -> storage.cases().update(stored));

        Case released = read(() -> storage.cases().find(first.id())).orElseThrow();
        assertSameCase(released, stored);
        assertThat(released.owner()).isEmpty();
        assertThat(released.ownerChanges()).extracting(c -> c.to()).containsExactly(Optional.of(ava.id()),
                Optional.of(liam.id()), Optional.empty());
        assertThat(read(() -> storage.cases().ownedBy(ava.id()))).containsExactly(third.id());
        assertThat(read(() -> storage.cases().ownedBy(liam.id()))).containsExactly(second.id());
    }

    @Test
    void aNewCaseMayBeStoredWithItsOwner() {
        Agent ava = storeAgent("ava@partner.example");
        Case c = Samples.newCase(Samples.CONTOSO_ID, Samples.mailFlowProblem(T0.minusSeconds(60),
                SymptomClassification.UNAVAILABLE), T0);
        c.changeOwner(Optional.of(ava.id()), AGENT, T0, "taken");
        writeVoid(() -> storage.cases().insert(c));

        assertSameCase(read(() -> storage.cases().find(c.id())).orElseThrow(), c);
    }

    protected Agent storeAgent(String email) {
        Agent agent = new Agent(AgentId.random(), Email.of(email), email.substring(0, email.indexOf('@')),
                Set.of(Role.HELPDESK_AGENT), false);
        writeVoid(() -> storage.agents().insert(agent, Optional.empty(), T0));
        return agent;
    }

    @Test
    void unknownCaseIsNotFound() {
        assertThat(read(() -> storage.cases().find(CaseId.random()))).isEmpty();
    }

    @Test
    void openCasesNearFilterByServiceCloudRegionTimeAndOpenStatus() {
        Case inside = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case otherCustomerInside = storeTriagedCase(Samples.FABRIKAM_ID, T0.plusSeconds(1200), T0.plusSeconds(1200));
        Case tooEarly = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(4 * 3600), T0);
        Case otherCloud = storeTriagedCase(Samples.TAILSPIN_ID, T0.plusSeconds(60), T0);
        Case otherService = storeCase(Samples.FABRIKAM_ID, Samples.teamsProblem(T0.plusSeconds(60),
                SymptomClassification.UNAVAILABLE), T0);
        Case resolved = storeTriagedCase(Samples.FABRIKAM_ID, T0.plusSeconds(300), T0);
        resolved.resolve("Duplicate of another case", AGENT, T0.plusSeconds(400));
        writeVoid(() -> storage.cases().update(resolved));

        List<OpenCase> near = read(() -> storage.cases().openCasesNear("exchange online", Cloud.GCC_HIGH,
                Samples.US_GOV_VIRGINIA, T0.minusSeconds(3600), T0.plusSeconds(3600)));

        assertThat(near).extracting(OpenCase::caseId)
                .containsExactlyInAnyOrder(inside.id(), otherCustomerInside.id())
                .doesNotContain(tooEarly.id(), otherCloud.id(), otherService.id(), resolved.id());
        OpenCase first = near.stream().filter(o -> o.caseId().equals(inside.id())).findFirst().orElseThrow();
        assertThat(first.customer()).isEqualTo(Samples.CONTOSO_ID);
        assertThat(first.service()).isEqualToIgnoringCase("Exchange Online");
        assertThat(first.cloud()).isEqualTo(Cloud.GCC_HIGH);
        assertThat(first.region()).isEqualTo(Samples.US_GOV_VIRGINIA);
        assertThat(first.classification()).isEqualTo(SymptomClassification.UNAVAILABLE);
        assertThat(first.startedAt()).isEqualTo(T0);
        assertThat(first.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(first.clusterId()).isEmpty();
    }

    @Test
    void awaitingRequestListsTheClusterMembersStillTriagedWithNoRequest() {
        Case waiting = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case escalated = storeTriagedCase(Samples.FABRIKAM_ID, T0.plusSeconds(60), T0);
        Case elsewhere = storeTriagedCase(Samples.FABRIKAM_ID, T0.plusSeconds(120), T0);
        ClusterId cluster = ClusterId.foundedBy(waiting.id());
        ClusterId other = ClusterId.foundedBy(elsewhere.id());
        for (Case c : List.of(waiting, escalated, elsewhere)) {
            c.applyTriage(new TriageOutcome(TriageResult.ESCALATE, Optional.of(EscalationCategory.REGIONAL_MULTI_TENANT),
                    List.of("Cluster"), List.of(), Optional.of(c == elsewhere ? other : cluster), Optional.empty()),
                    AGENT, T0.plusSeconds(200));
        }
        ServiceRequest request = Samples.request(Samples.FABRIKAM_ID, List.of(escalated.id()), Optional.of(cluster), T0);
        writeVoid(() -> storage.requests().insert(request));
        escalated.escalate(request.id(), AGENT, T0.plusSeconds(300));
        writeVoid(() -> List.of(waiting, escalated, elsewhere).forEach(storage.cases()::update));

        assertThat(read(() -> storage.cases().awaitingRequest(cluster))).containsExactly(waiting.id());
        assertThat(read(() -> storage.cases().awaitingRequest(other))).containsExactly(elsewhere.id());
    }

    @Test
    void waitingOnFindsTheCasesLinkedToAnIssue() {
        writeVoid(() -> storage.health().upsertAll(List.of(
                Samples.exchangeIncident("EX600001", T0.minusSeconds(3600), HealthStatus.INVESTIGATING, T0),
                Samples.exchangeIncident("EX600002", T0.minusSeconds(3600), HealthStatus.INVESTIGATING, T0))));
        CaseId waiting = storeWaitingCase("EX600001");
        CaseId other = storeWaitingCase("EX600002");
        storeTriagedCase(Samples.FABRIKAM_ID, T0, T0);

        assertThat(read(() -> storage.cases().waitingOn(HealthIssueId.of("EX600001")))).containsExactly(waiting);
        assertThat(read(() -> storage.cases().waitingOn(HealthIssueId.of("EX600002")))).containsExactly(other);
    }

    @Test
    void openLinkedToFindsEveryOpenCaseTriageMatchedToAnIssueButNotTheResolvedOnes() {
        writeVoid(() -> storage.health().upsertAll(List.of(
                Samples.exchangeIncident("EX600001", T0.minusSeconds(3600), HealthStatus.INVESTIGATING, T0),
                Samples.exchangeIncident("EX600002", T0.minusSeconds(3600), HealthStatus.INVESTIGATING, T0))));
        CaseId waiting = storeWaitingCase("EX600001");
        CaseId rechecked = storeWaitingCase("EX600001");
        CaseId resolved = storeWaitingCase("EX600001");
        storeWaitingCase("EX600002");
        Case back = read(() -> storage.cases().find(rechecked)).orElseThrow();
        back.recheck(AGENT, T0.plusSeconds(60), "the issue ended");
        writeVoid(() -> storage.cases().update(back));
        Case done = read(() -> storage.cases().find(resolved)).orElseThrow();
        done.resolve("Mail flows again", AGENT, T0.plusSeconds(120));
        writeVoid(() -> storage.cases().update(done));

        assertThat(read(() -> storage.cases().openLinkedTo(HealthIssueId.of("EX600001"))))
                .containsExactly(waiting, rechecked);
        assertThat(read(() -> storage.cases().openLinkedTo(HealthIssueId.of("EX600003")))).isEmpty();
    }

    private CaseId storeWaitingCase(String issue) {
        Case c = Samples.newCase(Samples.CONTOSO_ID, Samples.mailFlowProblem(T0, SymptomClassification.UNAVAILABLE), T0);
        c.recordHealthCheck(new HealthCheck(T0, List.of(HealthIssueId.of(issue))));
        c.applyTriage(new TriageOutcome(TriageResult.KNOWN_INCIDENT, Optional.empty(),
                List.of("Documented issue " + issue), List.of(HealthIssueId.of(issue)), Optional.empty(), Optional.empty()),
                AGENT, T0);
        writeVoid(() -> storage.cases().insert(c));
        return c.id();
    }

    @Test
    void inClusterListsTheClusterCases() {
        List<Case> members = new ArrayList<>();
        CaseId founder = CaseId.random();
        ClusterId cluster = ClusterId.foundedBy(founder);
        List<CaseId> ids = new ArrayList<>();
        for (var tenant : List.of(Samples.CONTOSO_ID, Samples.FABRIKAM_ID)) {
            Case c = Samples.newCase(tenant, Samples.mailFlowProblem(T0, SymptomClassification.UNAVAILABLE), T0);
            members.add(c);
            ids.add(c.id());
        }
        writeVoid(() -> storage.clusters().record(new ClusterFormation(cluster, "Exchange Online", Cloud.GCC_HIGH,
                Samples.US_GOV_VIRGINIA, ids, Set.of(Samples.CONTOSO_ID, Samples.FABRIKAM_ID)), T0));
        for (Case c : members) {
            c.recordHealthCheck(new HealthCheck(T0, List.of()));
            c.applyTriage(new TriageOutcome(TriageResult.ESCALATE, Optional.of(EscalationCategory.REGIONAL_MULTI_TENANT),
                    List.of("cluster"), List.of(), Optional.of(cluster), Optional.empty()), AGENT, T0);
            writeVoid(() -> storage.cases().insert(c));
        }
        storeTriagedCase(Samples.CONTOSO_ID, T0, T0);

        assertThat(read(() -> storage.cases().inCluster(cluster))).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void clusterIsRecordedAndGrowsWithNewCases() {
        storeCustomer(Samples.woodgrove());
        CaseId a = storeTriagedCase(Samples.CONTOSO_ID, T0, T0).id();
        CaseId b = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0).id();
        CaseId c = storeTriagedCase(Samples.WOODGROVE_ID, T0, T0).id();
        ClusterId cluster = ClusterId.foundedBy(a);
        writeVoid(() -> storage.clusters().record(new ClusterFormation(cluster, "Exchange Online", Cloud.GCC_HIGH,
                Samples.US_GOV_VIRGINIA, List.of(a, b), Set.of(Samples.CONTOSO_ID, Samples.FABRIKAM_ID)), T0));
        writeVoid(() -> storage.clusters().record(new ClusterFormation(cluster, "Exchange Online", Cloud.GCC_HIGH,
                Samples.US_GOV_VIRGINIA, List.of(a, b, c),
                Set.of(Samples.CONTOSO_ID, Samples.FABRIKAM_ID, Samples.WOODGROVE_ID)), T0.plusSeconds(60)));

        ClusterFormation found = read(() -> storage.clusters().find(cluster)).orElseThrow();
        assertThat(found.id()).isEqualTo(cluster);
        assertThat(found.service()).isEqualTo("Exchange Online");
        assertThat(found.cloud()).isEqualTo(Cloud.GCC_HIGH);
        assertThat(found.region()).isEqualTo(Samples.US_GOV_VIRGINIA);
        assertThat(found.caseIds()).containsExactlyInAnyOrder(a, b, c);
        assertThat(found.customers()).containsExactlyInAnyOrder(Samples.CONTOSO_ID, Samples.FABRIKAM_ID,
                Samples.WOODGROVE_ID);
        assertThat(read(() -> storage.clusters().find(ClusterId.foundedBy(CaseId.random())))).isEmpty();
    }

    @Test
    void searchFiltersByStatusCustomerServiceImpactAndAttention() {
        Case mail = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case teams = storeCase(Samples.FABRIKAM_ID, Samples.teamsProblem(T0, SymptomClassification.CONFIGURATION), T0);
        Case flagged = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0);
        flagged.flagAttention(true, T0.plusSeconds(30));
        writeVoid(() -> storage.cases().update(flagged));

        assertThat(ids(query(Optional.of(CaseStatus.IN_PROGRESS), Optional.empty(), Optional.empty(), Optional.empty(), false)))
                .containsExactly(teams.id());
        assertThat(ids(query(Optional.empty(), Optional.of(Samples.FABRIKAM_ID), Optional.empty(), Optional.empty(), false)))
                .containsExactlyInAnyOrder(teams.id(), flagged.id());
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.of("Exchange Online"), Optional.empty(), false)))
                .containsExactlyInAnyOrder(mail.id(), flagged.id());
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Impact.MODERATE), false)))
                .containsExactly(teams.id());
        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true)))
                .containsExactly(flagged.id());
    }

    @Test
    void theQueuePutsCasesNeedingAttentionFirstThenTheGreatestImpactThenTheOldest() {
        Case older = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case moderate = storeCase(Samples.FABRIKAM_ID, Samples.teamsProblem(T0, SymptomClassification.CONFIGURATION),
                T0.minusSeconds(600));
        Case flagged = storeTriagedCase(Samples.FABRIKAM_ID, T0.plusSeconds(60), T0.plusSeconds(60));
        Case newest = storeTriagedCase(Samples.CONTOSO_ID, T0.plusSeconds(120), T0.plusSeconds(120));
        flagged.flagAttention(true, T0.plusSeconds(180));
        writeVoid(() -> storage.cases().update(flagged));

        assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false)))
                .containsExactly(flagged.id(), older.id(), newest.id(), moderate.id());
    }

    @Test
    void theQueueSortsByEveryColumnBothWays() {
        storeCustomer(Samples.woodgrove());
        Agent ava = storeAgent("ava@partner.example");
        Agent zed = storeAgent("zed@partner.example");
        Case a = storeTriagedCase(Samples.WOODGROVE_ID, T0.minusSeconds(300), T0);
        Case b = storeCase(Samples.CONTOSO_ID, Samples.teamsProblem(T0.minusSeconds(900), SymptomClassification.CONFIGURATION),
                T0.plusSeconds(60));
        Case c = storeTriagedCase(Samples.FABRIKAM_ID, T0.minusSeconds(600), T0.plusSeconds(120));
        c.changeOwner(Optional.of(zed.id()), AGENT, T0.plusSeconds(600), "taken");
        writeVoid(() -> storage.cases().update(c));
        a.changeOwner(Optional.of(ava.id()), AGENT, T0.plusSeconds(300), "taken");
        a.flagAttention(true, T0.plusSeconds(300));
        writeVoid(() -> storage.cases().update(a));
        b.resolve("Fixed the meeting policy", AGENT, T0.plusSeconds(200));
        writeVoid(() -> storage.cases().update(b));

        assertThat(sorted("attention")).containsExactly(b.id(), c.id(), a.id());
        assertThat(sorted("impact")).containsExactly(b.id(), a.id(), c.id());
        assertThat(sorted("age")).containsExactly(c.id(), b.id(), a.id());
        assertThat(sorted("-age")).containsExactly(a.id(), b.id(), c.id());
        assertThat(sorted("updated")).containsExactly(b.id(), a.id(), c.id());
        assertThat(sorted("started")).containsExactly(b.id(), c.id(), a.id());
        assertThat(sorted("owner")).containsExactly(b.id(), a.id(), c.id());
        assertThat(sorted("-owner")).containsExactly(c.id(), a.id(), b.id());
        assertThat(sorted("customer")).containsExactly(b.id(), c.id(), a.id());
        assertThat(sorted("service")).containsExactly(a.id(), c.id(), b.id());
        assertThat(sorted("-service")).containsExactly(b.id(), c.id(), a.id());
        assertThat(sorted("title")).containsExactly(a.id(), c.id(), b.id());
        assertThat(sorted("status")).containsExactly(b.id(), a.id(), c.id());
        assertThat(sorted("triage")).containsExactly(a.id(), c.id(), b.id());
        assertThat(sorted("-impact,owner")).containsExactly(a.id(), c.id(), b.id());
        for (CaseSortKey key : CaseSortKey.values()) {
            assertThat(sorted(key.field())).as(key.field()).hasSize(3);
        }
    }

    @Test
    void theQueueFiltersByOwnerOrTheUnowned() {
        Agent ava = storeAgent("ava@partner.example");
        Case mine = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case free = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0);
        mine.changeOwner(Optional.of(ava.id()), AGENT, T0.plusSeconds(10), "taken");
        writeVoid(() -> storage.cases().update(mine));

        CaseQuery all = CaseQuery.all(10);
        CasePage owned = read(() -> storage.cases().search(new CaseQuery(all.status(), all.tenantId(), all.service(),
                all.impact(), false, Optional.empty(), Optional.empty(), Optional.of(ava.id()), false, List.of(), 0, 10, Set.of())));
        CasePage unowned = read(() -> storage.cases().search(new CaseQuery(all.status(), all.tenantId(), all.service(),
                all.impact(), false, Optional.empty(), Optional.empty(), Optional.empty(), true, List.of(), 0, 10, Set.of())));

        assertThat(ids(owned)).containsExactly(mine.id());
        assertThat(owned.items().get(0).owner()).contains(ava.id());
        assertThat(ids(unowned)).containsExactly(free.id());
        assertThat(unowned.items().get(0).owner()).isEmpty();
    }

    @Test
    void pagesInAnyOrderTogetherHoldEveryCaseOnceWithTheTotal() {
        List<CaseId> stored = new ArrayList<>();
        List<CaseId> contosoFirst = new ArrayList<>();
        List<CaseId> fabrikam = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            CaseId id = storeTriagedCase(i % 2 == 0 ? Samples.CONTOSO_ID : Samples.FABRIKAM_ID, T0, T0).id();
            stored.add(id);
            (i % 2 == 0 ? contosoFirst : fabrikam).add(id);
        }
        contosoFirst.addAll(fabrikam);
        List<CaseId> newestFirst = new ArrayList<>(stored);
        java.util.Collections.reverse(newestFirst);
        Map<String, List<CaseId>> expected = Map.of("-attention,clock,-impact,-age", stored, "customer", contosoFirst,
                "-updated", newestFirst, "title", stored, "age", newestFirst);
        for (String order : expected.keySet()) {
            List<CaseId> seen = new ArrayList<>();
            for (int offset = 0; offset < 7; offset += 3) {
                int from = offset;
                CasePage page = read(() -> storage.cases().search(CaseQuery.all(3).sorted(CaseSort.parse(order),
                        from, 3)));
                assertThat(page.total()).isEqualTo(7);
                page.items().forEach(item -> seen.add(item.id()));
            }
            assertThat(seen).as(order).containsExactlyInAnyOrderElementsOf(stored).doesNotHaveDuplicates();
            assertThat(seen).as(order + ": ties in the order stored, in the direction of the last key")
                    .isEqualTo(expected.get(order));
        }
    }

    private List<CaseId> sorted(String order) {
        return read(() -> storage.cases().search(CaseQuery.all(10).sorted(CaseSort.parse(order), 0, 10))).items()
                .stream().map(CaseSummary::id).toList();
    }

    @Test
    void searchFiltersByServiceRequest() {
        Case linked = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case other = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0);
        ServiceRequest request = Samples.request(Samples.CONTOSO_ID, List.of(linked.id()), Optional.empty(), T0);
        writeVoid(() -> storage.requests().insert(request));
        linked.escalate(request.id(), AGENT, T0.plusSeconds(60));
        writeVoid(() -> storage.cases().update(linked));

        CasePage page = read(() -> storage.cases().search(new CaseQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.of(request.id()), 0, 50)));

        assertThat(page.items()).extracting(CaseSummary::id).containsExactly(linked.id()).doesNotContain(other.id());
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void searchFindsTextInTitleDescriptionAndNotes() {
        Case mail = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case teams = storeCase(Samples.FABRIKAM_ID, Samples.teamsProblem(T0, SymptomClassification.DEFECT), T0);
        Case noted = storeCase(Samples.FABRIKAM_ID, Samples.teamsProblem(T0, SymptomClassification.DEFECT), T0);
        writeVoid(() -> storage.cases().appendNote(noted.id(), note("Reproduced with the Quokka client build", T0.plusSeconds(5))));

        assertThat(ids(text("NDR 4.4.7"))).containsExactly(mail.id());
        assertThat(ids(text("meetings drop"))).containsExactlyInAnyOrder(teams.id(), noted.id());
        assertThat(ids(text("quokka"))).containsExactly(noted.id());
        assertThat(ids(text("nothing like this anywhere"))).isEmpty();
    }

    @Test
    void searchFollowsUpdates() {
        Case mail = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case loaded = read(() -> storage.cases().find(mail.id())).orElseThrow();
        loaded.flagAttention(true, T0.plusSeconds(5));
        writeVoid(() -> storage.cases().update(loaded));

        assertThat(ids(text("NDR 4.4.7"))).as("a change of status keeps its words").containsExactly(mail.id());

        writeVoid(() -> storage.cases().appendNote(mail.id(), note("Seen with the Wombat relay too", T0.plusSeconds(10))));
        Case again = read(() -> storage.cases().find(mail.id())).orElseThrow();
        again.flagAttention(false, T0.plusSeconds(15));
        writeVoid(() -> storage.cases().update(again));

        assertThat(ids(text("wombat"))).as("an update keeps the notes' words").containsExactly(mail.id());
        assertThat(ids(text("NDR 4.4.7"))).containsExactly(mail.id());
    }

    @Test
    void searchFindsACaseByItsIdOrTheShortIdTheQueueShowsAndByItsCustomersNameOrDomain() {
        Case mail = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case teams = storeCase(Samples.FABRIKAM_ID, Samples.teamsProblem(T0, SymptomClassification.DEFECT), T0);

        assertThat(ids(text(mail.id().value()))).containsExactly(mail.id());
        assertThat(ids(text(mail.id().shortForm().toUpperCase(java.util.Locale.ROOT)))).containsExactly(mail.id());
        assertThat(ids(text("Fabrikam Aerospace"))).containsExactly(teams.id());
        assertThat(ids(text("fabrikamaero.onmicrosoft"))).containsExactly(teams.id());
    }

    @Test
    void searchFindsWordsInTheirOtherFormsBestMatchesFirst() {
        Problem base = Samples.teamsProblem(T0, SymptomClassification.DEFECT);
        Case inNote = storeCase(Samples.FABRIKAM_ID, base, T0);
        writeVoid(() -> storage.cases().appendNote(inNote.id(), note("The quokka build reconnects", T0.plusSeconds(5))));
        Case inTitle = storeCase(Samples.FABRIKAM_ID, new Problem(base.service(), "Quokka client reconnecting",
                base.description(), base.startedAt(), base.usersAffected(), base.impact(), base.classification()), T0);
        Case mail = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);

        assertThat(ids(text("dropping"))).as("drop, dropped").containsExactlyInAnyOrder(inNote.id(), inTitle.id());
        assertThat(ids(text("reconnected quokka"))).as("the title weighs more than a note")
                .containsExactly(inTitle.id(), inNote.id());
        assertThat(ids(text("validated"))).as("validates").containsExactly(mail.id());
    }

    @Test
    void searchPagesWithOffsetLimitAndTotal() {
        Set<CaseId> all = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            all.add(storeTriagedCase(Samples.CONTOSO_ID, T0.plusSeconds(i * 60L), T0.plusSeconds(i * 60L)).id());
        }
        CasePage first = read(() -> storage.cases().search(new CaseQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), 0, 2)));
        CasePage second = read(() -> storage.cases().search(new CaseQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), 2, 2)));
        CasePage third = read(() -> storage.cases().search(new CaseQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), 4, 2)));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(2);
        assertThat(third.items()).hasSize(1);
        assertThat(third.total()).isEqualTo(5);
        Set<CaseId> seen = new HashSet<>();
        for (CasePage page : List.of(first, second, third)) {
            page.items().forEach(s -> assertThat(seen.add(s.id())).as("each case on one page only").isTrue());
        }
        assertThat(seen).isEqualTo(all);
        assertThat(List.of(first, second, third)).allMatch(CasePage::totalExact);
    }

    @Test
    void searchCountsUpToItsLimitAndPastThePage() {
        for (int i = 0; i < 6; i++) {
            storeTriagedCase(Samples.CONTOSO_ID, T0.plusSeconds(i * 60L), T0.plusSeconds(i * 60L));
        }
        CaseQuery all = new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty(), 0, 2);
        CaseQuery words = new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.of("NDR 4.4.7"), 0, 2);

        for (CaseQuery query : List.of(all, words)) {
            CasePage stopped = read(() -> storage.cases().search(query.countingUpTo(3)));
            assertThat(stopped.total()).as("counted to one past 3: more than 3").isEqualTo(4);
            assertThat(stopped.totalExact()).isFalse();
            assertThat(stopped.items()).hasSize(2);

            CasePage exact = read(() -> storage.cases().search(query.countingUpTo(6)));
            assertThat(exact.total()).isEqualTo(6);
            assertThat(exact.totalExact()).isTrue();

            CaseQuery lastPage = new CaseQuery(query.status(), query.tenantId(), query.service(), query.impact(), false,
                    query.text(), query.serviceRequest(), 4, 2).countingUpTo(3);
            CasePage last = read(() -> storage.cases().search(lastPage));
            assertThat(last.items()).hasSize(2);
            assertThat(last.total()).as("past the page asked for").isEqualTo(6);
            assertThat(last.totalExact()).isTrue();
            assertThat(read(() -> storage.cases().search(lastPage.countingUpTo(1))).total())
                    .as("the page's end counts, whatever the limit").isEqualTo(6);
        }
        assertThat(read(() -> storage.cases().search(all)).totalExact()).isTrue();
    }

    @Test
    void summaryCarriesTheQueueLine() {
        Case mail = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(600), T0);

        CaseSummary line = read(() -> storage.cases().search(CaseQuery.all(10))).items().get(0);
        assertThat(line.id()).isEqualTo(mail.id());
        assertThat(line.tenantId()).isEqualTo(Samples.CONTOSO_ID);
        assertThat(line.customerName()).isEqualTo("Contoso Defense Solutions");
        assertThat(line.service()).isEqualTo("Exchange Online");
        assertThat(line.title()).isEqualTo(mail.problem().title());
        assertThat(line.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(line.impact()).isEqualTo(Impact.CRITICAL);
        assertThat(line.outcome()).contains(TriageResult.ESCALATE);
        assertThat(line.category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        assertThat(line.clusterId()).isEmpty();
        assertThat(line.serviceRequestId()).isEmpty();
        assertThat(line.attentionNeeded()).isFalse();
        assertThat(line.startedAt()).isEqualTo(T0.minusSeconds(600));
        assertThat(line.openedAt()).isEqualTo(T0);
        assertThat(line.version()).isEqualTo(mail.version());
    }

    @Test
    void openedSinceListsCasesOpenedAtOrAfter() {
        Case old = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(86_400 * 40L), T0.minusSeconds(86_400 * 40L));
        Case atBoundary = storeTriagedCase(Samples.CONTOSO_ID, T0.minusSeconds(3600), T0);
        Case recent = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0.plusSeconds(3600));

        assertThat(read(() -> storage.cases().openedSince(T0))).extracting(CaseSummary::id)
                .containsExactlyInAnyOrder(atBoundary.id(), recent.id())
                .doesNotContain(old.id());
    }

    @Test
    void anExceptionInsideAWriteLeavesNothingWritten() {
        Case c = Samples.newCase(Samples.CONTOSO_ID, Samples.mailFlowProblem(T0, SymptomClassification.UNAVAILABLE), T0);
        c.recordHealthCheck(new HealthCheck(T0, List.of()));
        c.applyTriage(escalateOutcome(c.problem()), AGENT, T0);

        assertThatThrownBy(() -> writeVoid(() -> {
            storage.cases().insert(c);
            storage.customers().upsert(Samples.woodgrove());
            throw new IllegalStateException("the vendor gateway fell over mid-transaction");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(read(() -> storage.cases().find(c.id()))).isEmpty();
        assertThat(read(() -> storage.customers().find(Samples.WOODGROVE_ID))).isEmpty();
        assertThat(read(() -> storage.cases().search(CaseQuery.all(10))).total()).isZero();
    }

    private CasePage query(Optional<CaseStatus> status, Optional<com.partnerdesk.domain.customer.TenantId> customer,
                           Optional<String> service, Optional<Impact> impact, boolean attentionOnly) {
        return read(() -> storage.cases().search(new CaseQuery(status, customer, service, impact, attentionOnly,
                Optional.empty(), 0, 50)));
    }

    private CasePage text(String text) {
        return read(() -> storage.cases().search(new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.of(text), 0, 50)));
    }

    private static List<CaseId> ids(CasePage page) {
        assertThat(page.total()).isEqualTo(page.items().size());
        return page.items().stream().map(CaseSummary::id).toList();
    }

    /** Every field of a case, compared one by one (a case has no equals of its own). */
    protected static void assertSameCase(Case actual, Case expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.customer()).isEqualTo(expected.customer());
        assertThat(actual.problem()).isEqualTo(expected.problem());
        assertThat(actual.openedAt()).isEqualTo(expected.openedAt());
        assertThat(actual.openedBy()).isEqualTo(expected.openedBy());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.healthCheck()).isEqualTo(expected.healthCheck());
        assertThat(actual.triage()).isEqualTo(expected.triage());
        assertThat(actual.serviceRequestId()).isEqualTo(expected.serviceRequestId());
        assertThat(actual.attentionNeeded()).isEqualTo(expected.attentionNeeded());
        assertThat(actual.resolution()).isEqualTo(expected.resolution());
        assertThat(actual.updatedAt()).isEqualTo(expected.updatedAt());
        assertThat(actual.notes()).isEqualTo(expected.notes());
        assertThat(actual.history()).isEqualTo(expected.history());
        assertThat(actual.owner()).isEqualTo(expected.owner());
        assertThat(actual.ownerChanges()).isEqualTo(expected.ownerChanges());
        assertThat(actual.clockPauses()).isEqualTo(expected.clockPauses());
        assertThat(actual.waitingOnCustomer()).isEqualTo(expected.waitingOnCustomer());
        assertThat(actual.version()).isEqualTo(expected.version());
    }

    // --- the customer's clock ------------------------------------------------------------------

    @Test
    void theCustomerClocksPausesRoundTripWithTheCase() {
        Case c = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        c.waitOnCustomer(T0.plusSeconds(60));
        writeVoid(() -> storage.cases().update(c));
        Case waiting = read(() -> storage.cases().find(c.id())).orElseThrow();
        assertThat(waiting.waitingOnCustomer()).isTrue();
        waiting.addNote(new CaseNote(NoteKind.CUSTOMER_ANSWER, AGENT, "The customer sent the trace", T0.plusSeconds(120)));
        writeVoid(() -> storage.cases().appendNote(c.id(), waiting.notes().get(waiting.notes().size() - 1)));
        writeVoid(() -> storage.cases().update(waiting));

        Case found = read(() -> storage.cases().find(c.id())).orElseThrow();

        assertSameCase(found, waiting);
        assertThat(found.clockPauses()).containsExactly(new ClockPause(PauseReason.WAITING_ON_CUSTOMER,
                T0.plusSeconds(60), Optional.of(T0.plusSeconds(120))));
    }

    @Test
    void theClockMarksAreKeptForTheQueueAndSurviveUpdates() {
        Case marked = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case unmarked = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0);
        ClockMarks marks = new ClockMarks(Optional.of(T0.plusSeconds(3600)), Optional.of(T0.plusSeconds(2700)),
                Optional.of(PauseReason.WAITING_ON_VENDOR), 1);
        writeVoid(() -> storage.cases().recordClock(marked.id(), marks));
        marked.flagAttention(true, T0.plusSeconds(30));
        writeVoid(() -> storage.cases().update(marked));

        List<CaseSummary> listed = read(() -> storage.cases().search(CaseQuery.all(50))).items();

        assertThat(listed).filteredOn(s -> s.id().equals(marked.id())).extracting(CaseSummary::clock)
                .containsExactly(marks);
        assertThat(listed).filteredOn(s -> s.id().equals(unmarked.id())).extracting(CaseSummary::clock)
                .containsExactly(ClockMarks.NONE);
        assertThat(read(() -> storage.cases().openedSince(T0.minusSeconds(1)))).filteredOn(s -> s.id().equals(marked.id()))
                .extracting(CaseSummary::clock).containsExactly(marks);
    }

    @Test
    void clocksAtRiskByListsOpenCasesWhoseWarningHasComeEarliestFirst() {
        Case late = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case early = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0);
        Case notYet = storeTriagedCase(Samples.TAILSPIN_ID, T0, T0);
        Case resolved = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        resolved.resolve("Fixed the connector", AGENT, T0.plusSeconds(10));
        writeVoid(() -> storage.cases().update(resolved));
        writeVoid(() -> {
            storage.cases().recordClock(late.id(), warningAt(T0.plusSeconds(600)));
            storage.cases().recordClock(early.id(), warningAt(T0.plusSeconds(300)));
            storage.cases().recordClock(notYet.id(), warningAt(T0.plusSeconds(7200)));
            storage.cases().recordClock(resolved.id(), warningAt(T0.plusSeconds(100)));
        });

        assertThat(read(() -> storage.cases().clocksAtRiskBy(T0.plusSeconds(600), 10)))
                .containsExactly(early.id(), late.id());
        assertThat(read(() -> storage.cases().clocksAtRiskBy(T0.plusSeconds(600), 1))).containsExactly(early.id());
    }

    @Test
    void theQueueSortsByTheClosestClockWithNoRunningClockLastAndPutsItAfterAttentionByDefault() {
        Case unclocked = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case late = storeTriagedCase(Samples.FABRIKAM_ID, T0.plusSeconds(10), T0.plusSeconds(10));
        Case soon = storeTriagedCase(Samples.TAILSPIN_ID, T0.plusSeconds(20), T0.plusSeconds(20));
        Case flagged = storeTriagedCase(Samples.CONTOSO_ID, T0.plusSeconds(30), T0.plusSeconds(30));
        flagged.flagAttention(true, T0.plusSeconds(40));
        writeVoid(() -> storage.cases().update(flagged));
        writeVoid(() -> {
            storage.cases().recordClock(late.id(), warningAt(T0.plusSeconds(7200)));
            storage.cases().recordClock(soon.id(), warningAt(T0.plusSeconds(600)));
        });

        assertThat(sorted("clock")).containsExactly(soon.id(), late.id(), unclocked.id(), flagged.id());
        assertThat(sorted("-clock")).containsExactly(flagged.id(), unclocked.id(), late.id(), soon.id());
        assertThat(ids(read(() -> storage.cases().search(CaseQuery.all(10)))))
                .containsExactly(flagged.id(), soon.id(), late.id(), unclocked.id());
    }

    @Test
    void theQueueFiltersTheClocksAtRiskPastTheirWarningOrBreachedInItsOrder() {
        Case breached = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case warned = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0);
        Case notYet = storeTriagedCase(Samples.TAILSPIN_ID, T0, T0);
        Case paused = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        writeVoid(() -> {
            storage.cases().recordClock(breached.id(), warningAt(T0.minusSeconds(1800)));
            storage.cases().recordClock(warned.id(), warningAt(T0.plusSeconds(600)));
            storage.cases().recordClock(notYet.id(), warningAt(T0.plusSeconds(601)));
            storage.cases().recordClock(paused.id(), new ClockMarks(Optional.empty(), Optional.empty(),
                    Optional.of(PauseReason.WAITING_ON_CUSTOMER), 0));
        });

        CasePage atRisk = read(() -> storage.cases().search(CaseQuery.all(10).clockAtRiskAt(T0.plusSeconds(600))));

        assertThat(ids(atRisk)).containsExactly(breached.id(), warned.id());
        assertThat(atRisk.total()).isEqualTo(2);
        assertThat(ids(read(() -> storage.cases().search(CaseQuery.all(10).clockAtRiskAt(T0.minusSeconds(3600))))))
                .isEmpty();
    }

    private static ClockMarks warningAt(Instant warning) {
        return new ClockMarks(Optional.of(warning.plusSeconds(900)), Optional.of(warning), Optional.empty(), 0);
    }
}
