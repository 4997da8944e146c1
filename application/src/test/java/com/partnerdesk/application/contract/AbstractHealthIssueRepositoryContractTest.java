package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueAudience;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every HealthIssueRepository promises. */
public abstract class AbstractHealthIssueRepositoryContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;

    @Override
    protected abstract StoragePorts newStorage();

    @Test
    void storedIssueRoundTripsEveryFieldIncludingPosts() {
        HealthIssue incident = Samples.exchangeIncident("EX700001", T0, HealthStatus.INVESTIGATING, T0.plusSeconds(900));
        HealthIssue advisory = Samples.teamsAdvisory("TM700002", T0);

        assertThat(write(() -> storage.health().upsertAll(List.of(incident, advisory))))
                .containsExactly(UpsertResult.ADDED, UpsertResult.ADDED);
        assertThat(read(() -> storage.health().find(incident.id()))).contains(incident);
        assertThat(read(() -> storage.health().find(advisory.id()))).contains(advisory);
    }

    @Test
    void anIssueIsReplacedOnlyByANewerVersion() {
        HealthIssue first = Samples.exchangeIncident("EX700010", T0, HealthStatus.INVESTIGATING, T0.plusSeconds(600));
        HealthIssue newer = Samples.exchangeIncident("EX700010", T0, HealthStatus.SERVICE_RESTORED, T0.plusSeconds(7200));
        HealthIssue older = Samples.exchangeIncident("EX700010", T0, HealthStatus.RESTORING_SERVICE, T0.plusSeconds(3600));
        write(() -> storage.health().upsertAll(List.of(first)));

        assertThat(write(() -> storage.health().upsertAll(List.of(first)))).containsExactly(UpsertResult.UNCHANGED);
        assertThat(write(() -> storage.health().upsertAll(List.of(newer)))).containsExactly(UpsertResult.UPDATED);
        assertThat(write(() -> storage.health().upsertAll(List.of(older)))).containsExactly(UpsertResult.UNCHANGED);
        assertThat(read(() -> storage.health().find(HealthIssueId.of("EX700010")))).contains(newer);
    }

    @Test
    void twoVersionsOfOneIssueInOneListCountAsIfUpsertedOneAfterTheOther() {
        HealthIssue first = Samples.exchangeIncident("EX700015", T0, HealthStatus.INVESTIGATING, T0.plusSeconds(600));
        HealthIssue newer = Samples.exchangeIncident("EX700015", T0, HealthStatus.SERVICE_RESTORED, T0.plusSeconds(7200));
        HealthIssue other = Samples.exchangeIncident("EX700016", T0, HealthStatus.INVESTIGATING, T0.plusSeconds(600));
        HealthIssue otherOlder = Samples.exchangeIncident("EX700016", T0, HealthStatus.RESTORING_SERVICE, T0.plusSeconds(60));

        assertThat(write(() -> storage.health().upsertAll(List.of(first, other, newer, otherOlder))))
                .containsExactly(UpsertResult.ADDED, UpsertResult.ADDED, UpsertResult.UPDATED, UpsertResult.UNCHANGED);
        assertThat(read(() -> storage.health().find(HealthIssueId.of("EX700015")))).contains(newer);
        assertThat(read(() -> storage.health().find(HealthIssueId.of("EX700016")))).contains(other);
        assertThat(write(() -> storage.health().upsertAll(List.of(first, newer))))
                .containsExactly(UpsertResult.UNCHANGED, UpsertResult.UNCHANGED);
        assertThat(write(() -> storage.health().upsertAll(List.of()))).isEmpty();
    }

    @Test
    void resultsComeInInputOrder() {
        write(() -> storage.health().upsertAll(List.of(Samples.teamsAdvisory("TM700020", T0))));

        assertThat(write(() -> storage.health().upsertAll(List.of(
                Samples.exchangeIncident("EX700021", T0, HealthStatus.INVESTIGATING, T0),
                Samples.teamsAdvisory("TM700020", T0),
                Samples.exchangeIncident("EX700022", T0, HealthStatus.INVESTIGATING, T0)))))
                .containsExactly(UpsertResult.ADDED, UpsertResult.UNCHANGED, UpsertResult.ADDED);
    }

    @Test
    void forServicesFindsIssuesOnTheNamedServicesAndLeavesOutEndedOnesWhenAsked() {
        HealthIssue active = Samples.exchangeIncident("EX700030", T0, HealthStatus.SERVICE_DEGRADATION, T0);
        HealthIssue ended = Samples.exchangeIncident("EX700031", T0, HealthStatus.SERVICE_RESTORED, T0.plusSeconds(60));
        HealthIssue teams = Samples.teamsAdvisory("TM700032", T0);
        write(() -> storage.health().upsertAll(List.of(active, ended, teams)));

        assertThat(read(() -> storage.health().forServices(List.of("Exchange Online", "Microsoft 365 suite"), true)))
                .containsExactly(active);
        assertThat(read(() -> storage.health().forServices(List.of("Exchange Online", "Microsoft 365 suite"), false)))
                .containsExactlyInAnyOrder(active, ended);
        assertThat(read(() -> storage.health().forServices(List.of("Microsoft Teams"), true))).containsExactly(teams);
    }

    @Test
    void forServicesMatchesNamesWhateverTheirCaseAndGivesEachIssueItsOwnPosts() {
        HealthIssue first = Samples.exchangeIncident("EX700035", T0, HealthStatus.INVESTIGATING, T0);
        HealthIssue second = Samples.exchangeIncident("EX700036", T0.plusSeconds(60), HealthStatus.INVESTIGATING,
                T0.plusSeconds(60));
        write(() -> storage.health().upsertAll(List.of(first, second)));

        assertThat(read(() -> storage.health().forServices(List.of("EXCHANGE online"), true)))
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    void listFiltersByActiveAndServiceAndLimits() {
        write(() -> storage.health().upsertAll(List.of(
                Samples.exchangeIncident("EX700040", T0, HealthStatus.INVESTIGATING, T0),
                Samples.exchangeIncident("EX700041", T0, HealthStatus.POST_INCIDENT_REVIEW_PUBLISHED, T0.plusSeconds(60)),
                Samples.teamsAdvisory("TM700042", T0))));

        assertThat(read(() -> storage.health().list(false, Optional.empty(), 100))).hasSize(3);
        assertThat(read(() -> storage.health().list(true, Optional.empty(), 100))).extracting(i -> i.id().value())
                .containsExactlyInAnyOrder("EX700040", "TM700042");
        assertThat(read(() -> storage.health().list(false, Optional.of("Exchange Online"), 100)))
                .extracting(i -> i.id().value()).containsExactlyInAnyOrder("EX700040", "EX700041");
        assertThat(read(() -> storage.health().list(false, Optional.empty(), 2))).hasSize(2);
    }

    @Test
    void unknownIssueIsNotFound() {
        assertThat(read(() -> storage.health().find(HealthIssueId.of("EX000000")))).isEmpty();
    }

    @Test
    void aStatusThisBuildDoesNotKnowIsKeptAsTheFeedWroteIt() {
        HealthIssue base = Samples.exchangeIncident("EX700050", T0, HealthStatus.INVESTIGATING, T0);
        HealthIssue future = new HealthIssue(base.id(), base.title(), base.service(), base.feature(), base.classification(),
                HealthStatus.fromFeed("partiallyRestored"), false, base.startedAt(), base.endedAt(),
                base.lastModifiedAt(), base.impactDescription(), base.clouds(), base.regions(), base.posts(),
                "partiallyRestored");
        write(() -> storage.health().upsertAll(List.of(future)));

        HealthIssue stored = read(() -> storage.health().find(future.id())).orElseThrow();
        assertThat(stored).isEqualTo(future);
        assertThat(stored.status()).isEqualTo(HealthStatus.UNKNOWN_FUTURE_VALUE);
        assertThat(stored.statusName()).isEqualTo("partiallyRestored");
        assertThat(stored.isActive()).isTrue();
        assertThat(read(() -> storage.health().list(true, Optional.empty(), 10))).contains(future);
    }

    @Test
    void anIssueIsShownOnlyToTheCustomersWhoseFeedsShowItOrToEveryCustomerOfItsCloud() {
        Customer contoso = storeCustomer(Samples.contoso());
        Customer fabrikam = storeCustomer(Samples.fabrikam());
        Customer tailspin = storeCustomer(Samples.tailspin());
        HealthIssue contosos = Samples.exchangeIncident("EX700060", T0, HealthStatus.INVESTIGATING, T0);
        HealthIssue everyGccHigh = Samples.exchangeIncident("EX700061", T0, HealthStatus.INVESTIGATING, T0);
        HealthIssue nobodys = Samples.exchangeIncident("EX700062", T0, HealthStatus.INVESTIGATING, T0);
        HealthIssue endedContosos = Samples.exchangeIncident("EX700063", T0, HealthStatus.SERVICE_RESTORED, T0);
        HealthIssue everyones = Samples.exchangeIncident("EX700064", T0, HealthStatus.INVESTIGATING, T0);
        writeVoid(() -> {
            storage.health().upsertAll(List.of(contosos, everyGccHigh, nobodys, endedContosos, everyones));
            storage.health().show(List.of(everyones.id()), IssueAudience.everyCustomer());
            storage.health().show(List.of(contosos.id(), endedContosos.id()), IssueAudience.customer(contoso.tenantId()));
            storage.health().show(List.of(everyGccHigh.id()), IssueAudience.everyCustomerOf(Cloud.GCC_HIGH));
            storage.health().show(List.of(contosos.id()), IssueAudience.customer(contoso.tenantId())); // again: no change
        });
        List<String> services = List.of("Exchange Online", "Microsoft 365 suite");

        assertThat(read(() -> storage.health().shownTo(contoso, services, true)))
                .containsExactlyInAnyOrder(contosos, everyGccHigh, everyones);
        assertThat(read(() -> storage.health().shownTo(contoso, services, false)))
                .containsExactlyInAnyOrder(contosos, everyGccHigh, endedContosos, everyones);
        assertThat(read(() -> storage.health().shownTo(fabrikam, services, true))).containsExactlyInAnyOrder(everyGccHigh, everyones);
        assertThat(read(() -> storage.health().shownTo(tailspin, services, true))).containsExactly(everyones);
        assertThat(read(() -> storage.health().shownTo(contoso, List.of("Microsoft Teams"), true))).isEmpty();
        assertThat(read(() -> storage.health().audiences(List.of(contosos.id(), everyGccHigh.id(), nobodys.id(),
                everyones.id()))))
                .containsOnly(Map.entry(contosos.id(), Set.of(IssueAudience.customer(contoso.tenantId()))),
                        Map.entry(everyGccHigh.id(), Set.of(IssueAudience.everyCustomerOf(Cloud.GCC_HIGH))),
                        Map.entry(everyones.id(), Set.of(IssueAudience.everyCustomer())));
    }

    @Test
    void whoWasShownAnIssueOutlivesItsNewerVersions() {
        Customer contoso = storeCustomer(Samples.contoso());
        HealthIssue first = Samples.exchangeIncident("EX700070", T0, HealthStatus.INVESTIGATING, T0);
        HealthIssue newer = Samples.exchangeIncident("EX700070", T0, HealthStatus.RESTORING_SERVICE, T0.plusSeconds(60));
        writeVoid(() -> {
            storage.health().upsertAll(List.of(first));
            storage.health().show(List.of(first.id()), IssueAudience.customer(contoso.tenantId()));
        });
        write(() -> storage.health().upsertAll(List.of(newer)));

        assertThat(read(() -> storage.health().shownTo(contoso, List.of("Exchange Online"), true))).containsExactly(newer);
    }
}
