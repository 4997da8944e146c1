package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.fakes.AgentFilingGateway;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.FakePasswordHasher;
import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase.HealthSyncStatusView;
import com.partnerdesk.application.port.in.SyncHealthCommand;
import com.partnerdesk.application.port.in.SyncHealthUseCase.CustomerSync;
import com.partnerdesk.application.port.in.SyncHealthUseCase.SyncHealthReport;
import com.partnerdesk.application.port.out.HealthFeed;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.triage.ClusterRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health sync over a feed whose answers each test sets, per customer. */
class SyncHealthServiceTest extends DeskTestSupport {
    private final Map<TenantId, List<HealthIssue>> feeds = new HashMap<>();
    private final Map<TenantId, HealthFeed.Unavailable> failures = new HashMap<>();
    private final List<String> reads = new ArrayList<>();

    @BeforeEach
    void deskWithAFeed() {
        HealthFeed feed = (Customer customer, Optional<Instant> since) -> {
            reads.add(customer.name() + since.map(s -> " since " + s).orElse(""));
            HealthFeed.Unavailable failure = failures.get(customer.tenantId());
            if (failure != null) {
                throw failure;
            }
            return feeds.getOrDefault(customer.tenantId(), List.of());
        };
        desk = new Desk(InMemoryStorage.create(), MutableClock.at(T0), new FakePasswordHasher(), ClusterRule.DEFAULT,
                new AgentFilingGateway(), Desk.NO_DOCUMENTS, feed).seedSamples();
        clock = desk.mutableClock();
    }

    private static HealthIssue exchange(String id, HealthStatus status, Instant modified) {
        return Samples.exchangeIncident(id, T0.minus(Duration.ofHours(1)), status, modified);
    }

    @Test
    void anIssueInOneCustomersFeedLinksThatCustomersCaseAtIntakeAndNoOneElses() {
        feeds.put(Samples.CONTOSO_ID, List.of(exchange("EX900001", HealthStatus.SERVICE_DEGRADATION, T0.minusSeconds(600))));

        SyncHealthReport report = desk.syncHealth().sync(Desk.operator(), SyncHealthCommand.everyCustomer());

        assertThat(report.failed()).isZero();
        assertThat(report.customers()).filteredOn(c -> c.customer().equals(Samples.CONTOSO_ID)).singleElement()
                .satisfies(c -> assertThat(c.added()).isEqualTo(1));
        CaseView contoso = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        CaseView fabrikam = openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        assertThat(contoso.triage().orElseThrow().result()).isEqualTo(TriageResult.KNOWN_INCIDENT);
        assertThat(contoso.triage().orElseThrow().matchedIssueIds()).containsExactly(HealthIssueId.of("EX900001"));
        assertThat(fabrikam.triage().orElseThrow().result()).isEqualTo(TriageResult.ESCALATE);
        assertThat(fabrikam.triage().orElseThrow().matchedIssueIds()).isEmpty();
        assertThat(desk.healthIssues().board(Desk.helpdesk(), false, Optional.empty(), 10)).singleElement()
                .satisfies(e -> assertThat(e.affects()).containsExactly(Samples.contoso().name()));
        assertThat(desk.customerOverview().overview(Desk.helpdesk(), Samples.CONTOSO_ID, 10).activeIssues()).hasSize(1);
        assertThat(desk.customerOverview().overview(Desk.helpdesk(), Samples.FABRIKAM_ID, 10).activeIssues()).isEmpty();
    }

    @Test
    void anIssueThatEndsInTheFeedSendsTheWaitingCasesToRecheckAndTheNextReadingAsksOnlyForWhatChanged() {
        feeds.put(Samples.CONTOSO_ID, List.of(exchange("EX900002", HealthStatus.SERVICE_DEGRADATION, T0.minusSeconds(600))));
        desk.syncHealth().sync(Desk.operator(), SyncHealthCommand.everyCustomer());
        CaseView waiting = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        assertThat(waiting.status()).isEqualTo(CaseStatus.WAITING_ON_INCIDENT);
        clock.advance(Duration.ofMinutes(5));
        feeds.put(Samples.CONTOSO_ID, List.of(exchange("EX900002", HealthStatus.SERVICE_RESTORED, T0.plusSeconds(200))));
        reads.clear();

        SyncHealthReport report = desk.syncHealth().sync(Desk.operator(), new SyncHealthCommand(Optional.of(Samples.CONTOSO_ID)));

        assertThat(reads).containsExactly(Samples.contoso().name() + " since " + T0.minusSeconds(600));
        assertThat(report.customers()).singleElement().satisfies(c -> {
            assertThat(c.updated()).isEqualTo(1);
            assertThat(c.casesSentToRecheck()).isEqualTo(1);
        });
        assertThat(reload(waiting).status()).isEqualTo(CaseStatus.RECHECK);
        assertThat(desk.syncHealth().statuses(Desk.helpdesk()))
                .filteredOn(s -> s.customer().equals(Samples.CONTOSO_ID)).singleElement()
                .satisfies(s -> {
                    assertThat(s.succeededAt()).contains(T0.plus(Duration.ofMinutes(5)));
                    assertThat(s.issuesBrought()).isEqualTo(1);
                    assertThat(s.failure()).isEmpty();
                });
    }

    @Test
    void aCustomerWhoseFeedCannotBeReadIsShownInWordsAndTheOthersAreStillRead() {
        failures.put(Samples.FABRIKAM_ID, new HealthFeed.Unavailable("admin consent missing in the customer's tenant",
                Optional.empty()));
        feeds.put(Samples.CONTOSO_ID, List.of(exchange("EX900003", HealthStatus.INVESTIGATING, T0)));

        SyncHealthReport report = desk.syncHealth().sync(Desk.operator(), SyncHealthCommand.everyCustomer());

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.customers()).extracting(CustomerSync::customer).hasSize(5);
        List<HealthSyncStatusView> statuses = desk.syncHealth().statuses(Desk.helpdesk());
        assertThat(statuses).filteredOn(s -> s.customer().equals(Samples.FABRIKAM_ID)).singleElement()
                .satisfies(s -> {
                    assertThat(s.failure()).contains("admin consent missing in the customer's tenant");
                    assertThat(s.succeededAt()).isEmpty();
                    assertThat(s.attemptedAt()).contains(T0);
                });
        assertThat(statuses).filteredOn(s -> s.customer().equals(Samples.CONTOSO_ID)).singleElement()
                .satisfies(s -> assertThat(s.issuesBrought()).isEqualTo(1));
    }

    @Test
    void aThrottledCustomerIsNotAskedAgainBeforeTheVendorSaid() {
        Instant retryAt = T0.plus(Duration.ofMinutes(2));
        failures.put(Samples.CONTOSO_ID, new HealthFeed.Unavailable("throttled by Microsoft Graph, next try at " + retryAt,
                Optional.of(retryAt)));
        desk.syncHealth().sync(Desk.operator(), new SyncHealthCommand(Optional.of(Samples.CONTOSO_ID)));
        failures.clear();
        reads.clear();
        clock.advance(Duration.ofMinutes(1));

        SyncHealthReport early = desk.syncHealth().sync(Desk.operator(), new SyncHealthCommand(Optional.of(Samples.CONTOSO_ID)));
        clock.advance(Duration.ofMinutes(2));
        SyncHealthReport later = desk.syncHealth().sync(Desk.operator(), new SyncHealthCommand(Optional.of(Samples.CONTOSO_ID)));

        assertThat(early.customers().get(0).failure()).hasValueSatisfying(f -> assertThat(f).contains("not tried before " + retryAt));
        assertThat(later.failed()).isZero();
        assertThat(reads).hasSize(1);
    }

    @Test
    void aQuietRoundIsNotAuditedAndAFailureOnlyWhenItIsNew() {
        feeds.put(Samples.CONTOSO_ID, List.of(exchange("EX900004", HealthStatus.INVESTIGATING, T0)));
        failures.put(Samples.FABRIKAM_ID, new HealthFeed.Unavailable("admin consent missing", Optional.empty()));

        for (int round = 0; round < 3; round++) {
            desk.syncHealth().sync(Desk.operator(), SyncHealthCommand.everyCustomer());
            clock.advance(Duration.ofMinutes(5));
        }

        assertThat(auditTrail()).filteredOn(e -> e.action().equals("health.sync"))
                .extracting(e -> e.customer().orElseThrow())
                .containsExactlyInAnyOrder(Samples.CONTOSO_ID, Samples.FABRIKAM_ID);
    }

    @Test
    void onlyWhoMayManageHealthMaySync() {
        assertThatThrownBy(() -> desk.syncHealth().sync(Desk.helpdesk(), SyncHealthCommand.everyCustomer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reads).isEmpty();
    }
}
