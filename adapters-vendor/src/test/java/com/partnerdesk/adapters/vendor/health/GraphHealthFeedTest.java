package com.partnerdesk.adapters.vendor.health;

import static com.partnerdesk.adapters.vendor.health.FakeMicrosoftCloud.issue;
import static com.partnerdesk.adapters.vendor.health.FakeMicrosoftCloud.page;
import static com.partnerdesk.adapters.vendor.health.FakeMicrosoftCloud.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.fakes.AgentFilingGateway;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.FakePasswordHasher;
import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.HealthSyncStatusUseCase.HealthSyncStatusView;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.application.port.in.SyncHealthCommand;
import com.partnerdesk.application.port.in.SyncHealthUseCase.SyncHealthReport;
import com.partnerdesk.application.port.out.HealthFeed;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.VendorService;
import com.partnerdesk.domain.customer.AzureSubscriptionId;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.CountryCode;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.Region;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import com.partnerdesk.domain.triage.ClusterRule;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The health sync against a fake Microsoft sign-in, Graph and Resource Manager serving the documentation's example
 * bodies: paged, throttled once, one tenant without consent and one whose Graph refuses; the issues land per tenant and
 * triage at intake sees only the customer's own feed.
 */
class GraphHealthFeedTest {
    private static final Instant T0 = Samples.T0;
    private static final String CONTOSO = Samples.CONTOSO_ID.value();
    private static final AzureSubscriptionId SUBSCRIPTION = AzureSubscriptionId.of("8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d");
    private static final String ACTIVE = issue("EX226800", "Exchange Online", "ServiceDegradation", false,
            T0.minus(Duration.ofHours(2)), Optional.empty(), T0.minus(Duration.ofHours(1)));

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private FakeMicrosoftCloud cloud;
    private MutableClock clock;
    private Desk desk;

    @BeforeEach
    void start() {
        cloud = FakeMicrosoftCloud.start();
        clock = MutableClock.at(T0);
        URI base = URI.create(cloud.baseUrl());
        GraphHealthFeed feed = new GraphHealthFeed(GraphHealthFeed.Settings.of(new VendorHosts(Optional.of(base),
                Optional.of(base), Optional.of(base))), Map.of(ClientCredentials.CLIENT_ID, FakeMicrosoftCloud.CLIENT_ID,
                ClientCredentials.CLIENT_SECRET, FakeMicrosoftCloud.CLIENT_SECRET)::get, clock, waits::add);
        desk = new Desk(InMemoryStorage.create(), clock, new FakePasswordHasher(), ClusterRule.DEFAULT,
                new AgentFilingGateway(), Desk.NO_DOCUMENTS, feed).seedSamples();
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void issuesLandPerTenantAndACaseIsLinkedAtIntakeOnlyForACustomerWhoseFeedShowsTheIssue() {
        cloud.feed(CONTOSO, sample(FakeMicrosoftCloud.LIST_ISSUES), page(2, false, ACTIVE, sample(FakeMicrosoftCloud.ISSUE_MO226784)))
                .withoutConsent(Samples.FABRIKAM_ID.value())
                .denyGraph(Samples.NORTHWIND_ID.value())
                .throttleNext(1, "7");

        SyncHealthReport report = desk.syncHealth().sync(Desk.operator(), SyncHealthCommand.everyCustomer());

        assertThat(report.customers()).filteredOn(c -> c.customer().equals(Samples.CONTOSO_ID)).singleElement()
                .satisfies(c -> {
                    assertThat(c.failure()).isEmpty();
                    assertThat(c.issues()).as("the example page, then the page its nextLink names").isEqualTo(3);
                });
        assertThat(waits).as("the 429's Retry-After, waited once").containsExactly(Duration.ofSeconds(7));
        CaseView contoso = open(Samples.CONTOSO_ID, "Exchange Online");
        CaseView woodgrove = open(Samples.WOODGROVE_ID, "Exchange Online");
        assertThat(contoso.triage().orElseThrow().result()).isEqualTo(TriageResult.KNOWN_INCIDENT);
        assertThat(contoso.triage().orElseThrow().matchedIssueIds()).containsExactly(HealthIssueId.of("EX226800"));
        assertThat(woodgrove.triage().orElseThrow().result()).isEqualTo(TriageResult.ESCALATE);
        assertThat(desk.healthIssues().board(Desk.helpdesk(), false, Optional.empty(), 10))
                .extracting(e -> e.issue().id().value() + " " + e.affects())
                .containsExactlyInAnyOrder("EX226800 [Contoso Defense Solutions]",
                        "EX226792 [Contoso Defense Solutions]", "MO226784 [Contoso Defense Solutions]");
    }

    @Test
    void aTenantWithoutConsentAndOneWhoseGraphRefusesAreShownInWords() {
        cloud.withoutConsent(Samples.FABRIKAM_ID.value()).denyGraph(Samples.NORTHWIND_ID.value());

        desk.syncHealth().sync(Desk.operator(), SyncHealthCommand.everyCustomer());

        Map<TenantId, HealthSyncStatusView> statuses = new java.util.HashMap<>();
        desk.syncHealth().statuses(Desk.helpdesk()).forEach(s -> statuses.put(s.customer(), s));
        assertThat(statuses.get(Samples.FABRIKAM_ID).failure()).hasValueSatisfying(f -> assertThat(f)
                .startsWith("admin consent missing in the customer's tenant " + Samples.FABRIKAM_ID)
                .contains("AADSTS7000229"));
        assertThat(statuses.get(Samples.NORTHWIND_ID).failure()).hasValueSatisfying(f -> assertThat(f)
                .startsWith("admin consent missing in the customer's tenant " + Samples.NORTHWIND_ID)
                .contains("ServiceHealth.Read.All").contains("403 Authorization_RequestDenied"));
        assertThat(statuses.get(Samples.CONTOSO_ID).failure()).isEmpty();
        assertThat(statuses.get(Samples.CONTOSO_ID).succeededAt()).contains(T0);
    }

    @Test
    void eachCloudIsAskedForItsOwnTokenAndTheNextReadingOnlyForWhatChanged() {
        cloud.feed(CONTOSO, page(1, false, ACTIVE));
        desk.syncHealth().sync(Desk.operator(), SyncHealthCommand.everyCustomer());
        clock.advance(Duration.ofMinutes(5));

        desk.syncHealth().sync(Desk.operator(), new SyncHealthCommand(Optional.of(Samples.CONTOSO_ID)));

        assertThat(cloud.seen()).filteredOn(s -> s.tenant().equals(Optional.of(Samples.TAILSPIN_ID.value())))
                .filteredOn(s -> s.scope().isPresent()).first()
                .satisfies(s -> assertThat(s.scope()).contains("https://dod-graph.microsoft.us/.default"));
        assertThat(cloud.seen()).filteredOn(s -> s.tenant().equals(Optional.of(CONTOSO)) && s.scope().isPresent())
                .extracting(s -> s.scope().orElseThrow()).containsOnly("https://graph.microsoft.us/.default");
        assertThat(cloud.seen()).filteredOn(s -> s.method().equals("GET") && s.tenant().equals(Optional.of(CONTOSO)))
                .extracting(FakeMicrosoftCloud.Seen::query).containsExactly("",
                        "$filter=lastModifiedDateTime%20ge%20" + T0.minus(Duration.ofHours(1)).toString().replace(":", "%3A"));
    }

    @Test
    void anAzureEventCoveringTheCustomersSubscriptionServiceAndRegionIsKnownAtIntake() {
        // the documentation's example event: Virtual Machines in West US, 2018-11-07 to 2018-11-08
        clock.set(Instant.parse("2018-11-07T12:00:00Z"));
        TenantId tenant = TenantId.of("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
        VendorService vms = new VendorService("Azure Virtual Machines", ProductFamily.AZURE);
        Customer azure = new Customer(tenant, "Litware Azure Labs", "litware.onmicrosoft.com", Cloud.GCC,
                Region.of("west-us"), RelationshipStatus.ACTIVE, true, SupportPlan.CSP, ResellerType.DIRECT,
                CountryCode.of("US"), List.of(vms), List.of(SUBSCRIPTION));
        Customer elsewhere = new Customer(TenantId.of("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"), "Litware East",
                "litwareeast.onmicrosoft.com", Cloud.GCC, Region.of("east-us"), RelationshipStatus.ACTIVE, true,
                SupportPlan.CSP, ResellerType.DIRECT, CountryCode.of("US"), List.of(vms),
                List.of(AzureSubscriptionId.of("9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e")));
        desk.customers().importCustomers(Desk.operator(), List.of(azure, elsewhere));
        cloud.events(SUBSCRIPTION.value(), FakeMicrosoftCloud.RESOURCE_HEALTH_EVENTS)
                .events("9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e", FakeMicrosoftCloud.RESOURCE_HEALTH_EVENTS);

        desk.syncHealth().sync(Desk.operator(), new SyncHealthCommand(Optional.of(tenant)));
        desk.syncHealth().sync(Desk.operator(), new SyncHealthCommand(Optional.of(elsewhere.tenantId())));

        HealthIssue event = desk.healthIssues().get(Desk.helpdesk(), HealthIssueId.of("BC_1-FXZ"));
        assertThat(event.service()).isEqualTo("Azure Virtual Machines");
        assertThat(event.regions()).containsExactly(Region.of("west-us"));
        assertThat(event.classification()).isEqualTo(IssueClassification.INCIDENT);
        assertThat(event.status()).isEqualTo(HealthStatus.UNKNOWN_FUTURE_VALUE);
        assertThat(event.statusName()).isEqualTo("Active");
        assertThat(cloud.seen()).filteredOn(s -> s.tenant().equals(Optional.of(tenant.value())) && s.scope().isPresent())
                .extracting(s -> s.scope().orElseThrow())
                .containsExactly("https://graph.microsoft.com/.default", "https://management.azure.com/.default");
        assertThat(cloud.seen()).filteredOn(s -> s.path().contains("ResourceHealth")).extracting(FakeMicrosoftCloud.Seen::query)
                .as("the example's nextLink followed").contains("api-version=2024-02-01", "$skipToken=2");
        assertThat(open(tenant, "Azure Virtual Machines").triage().orElseThrow().result())
                .isEqualTo(TriageResult.KNOWN_INCIDENT);
        assertThat(open(elsewhere.tenantId(), "Azure Virtual Machines").triage().orElseThrow().result())
                .as("its subscription is not among the impacted ones, and east-us is not west-us")
                .isEqualTo(TriageResult.ESCALATE);
    }

    @Test
    void aLongRetryAfterFailsTheReadingSayingWhenToTryNext() {
        cloud.throttleNext(5, "120");
        Customer contoso = Samples.contoso();
        GraphHealthFeed feed = new GraphHealthFeed(GraphHealthFeed.Settings.of(new VendorHosts(
                Optional.of(URI.create(cloud.baseUrl())), Optional.of(URI.create(cloud.baseUrl())), Optional.empty())),
                Map.of(ClientCredentials.CLIENT_ID, FakeMicrosoftCloud.CLIENT_ID,
                        ClientCredentials.CLIENT_SECRET, FakeMicrosoftCloud.CLIENT_SECRET)::get, clock, waits::add);

        assertThatThrownBy(() -> feed.read(contoso, Optional.empty()))
                .isInstanceOfSatisfying(HealthFeed.Unavailable.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("throttled by Microsoft Graph (429), next try at "
                            + T0.plusSeconds(120));
                    assertThat(e.retryAt()).contains(T0.plusSeconds(120));
                });
        assertThat(waits).isEmpty();
    }

    @Test
    void withoutTheAppsCredentialsEveryReadingSaysWhichSettingsAreMissing() {
        GraphHealthFeed feed = new GraphHealthFeed(GraphHealthFeed.Settings.of(VendorHosts.vendors()), name -> null,
                clock, waits::add);

        assertThatThrownBy(() -> feed.read(Samples.contoso(), Optional.empty()))
                .hasMessage("no app credentials: set PARTNERDESK_GRAPH_CLIENT_ID and PARTNERDESK_GRAPH_CLIENT_SECRET"
                        + " in the environment of partnerdesk");
    }

    private CaseView open(TenantId customer, String service) {
        return desk.openCase().open(new OpenCaseCommand(Desk.helpdesk(), customer, service, "Users cannot reach the service",
                "Every user of the tenant sees errors since this morning; nothing changed on our side.",
                clock.instant().minus(Duration.ofMinutes(30)), UsersAffected.TENANT, Impact.CRITICAL,
                SymptomClassification.UNAVAILABLE, Optional.empty()));
    }
}
