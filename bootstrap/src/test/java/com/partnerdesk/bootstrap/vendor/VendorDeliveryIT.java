package com.partnerdesk.bootstrap.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.adapters.vendor.FakeVendor;
import com.partnerdesk.adapters.vendor.HttpVendorGateway;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.FakePasswordHasher;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase.DeliveryReport;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase.SyncReport;
import com.partnerdesk.application.port.in.DeliverServiceRequestsUseCase.UpdateReport;
import com.partnerdesk.application.port.in.UpdateServiceRequestCommand;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxEntry;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxState;
import com.partnerdesk.application.port.out.VendorOutbox.UpdateEntry;
import com.partnerdesk.application.service.DeliveryPolicy;
import com.partnerdesk.application.service.DeliveryService;
import com.partnerdesk.bootstrap.PartnerDeskApp;
import com.partnerdesk.adapters.vendor.PortalVendorGateway;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import com.partnerdesk.domain.triage.ClusterRule;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox dispatcher over a real SQLite file and the HTTP gateway against a fake vendor that fails in the ways a
 * real one does. Between faults the dispatcher is "restarted": the database is closed and every service is built anew
 * over the same file, as a new {@code partnerdesk requests submit} run would. What must hold: no escalation is lost,
 * none is filed twice at the vendor, the vendor's status and notes come back to the cases, and a request the vendor
 * keeps refusing is parked and shown on its case.
 */
@Timeout(30)
class VendorDeliveryIT {
    private static final Duration CALL_TIMEOUT = Duration.ofMillis(1500);
    private static final DeliveryPolicy POLICY = new DeliveryPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(5));

    @TempDir
    Path dir;

    private Path file;
    private FakeVendor vendor;
    private final MutableClock clock = MutableClock.at(Samples.T0);

    @BeforeEach
    void start() {
        file = dir.resolve("partnerdesk.db");
        vendor = FakeVendor.start();
    }

    @AfterEach
    void stop() {
        vendor.close();
    }

    /** One run of the dispatcher: the database opened, every service built over it. */
    private final class Run implements AutoCloseable {
        final SqliteDatabase db = SqliteDatabase.open(file);
        final StoragePorts storage = new StoragePorts(db.unitOfWork(), db.cases(), db.customers(), db.health(),
                db.agents(), db.requests(), db.clusters(), db.audit(), db.idempotency(), db.outbox(), db.partner(),
                db.reference(), db.versions(), db.drafts(), db.healthSync(), db.notifications(), db.mailPreferences());
        final HttpVendorGateway gateway = new HttpVendorGateway(new HttpVendorGateway.Settings(URI.create(vendor.baseUrl()),
                "PARTNERDESK_VENDOR_TOKEN", CALL_TIMEOUT, CALL_TIMEOUT),
                Map.of("PARTNERDESK_VENDOR_TOKEN", FakeVendor.TOKEN)::get, clock);
        final Desk desk;
        final DeliverServiceRequestsUseCase delivery;

        /** A run through the vendor's API (the fake vendor). */
        Run() {
            this(null);
        }

        /** A run through the given gateway. */
        Run(VendorGateway through) {
            VendorGateway chosen = through == null ? gateway : through;
            desk = new Desk(storage, clock, new FakePasswordHasher(), new ClusterRule(100, Duration.ofMinutes(60)), chosen);
            delivery = new DeliveryService(desk.guard(), desk.caseSupport(), storage.requests(), storage.cases(),
                    storage.outbox(), chosen, desk.vendorAnswers(), POLICY, new SplittableRandom(7), desk.notifier());
        }

        UpdateReport sendUpdates() {
            return delivery.sendUpdates(Desk.operator());
        }

        /** The agent adds a note for the vendor, or closes the request, on the request of this case. */
        void partnerUpdate(CaseId id, Optional<String> note, Optional<ServiceRequestStatus> status) {
            desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.helpdesk(),
                    caseOf(id).serviceRequestId().orElseThrow(), note, status, false));
        }

        List<UpdateEntry> updatesOf(CaseId id) {
            return storage.unitOfWork().read(() -> storage.outbox().updates(caseOf(id).serviceRequestId().orElseThrow()));
        }

        DeliveryReport submit() {
            return delivery.submitPending(Desk.operator());
        }

        SyncReport sync() {
            return delivery.sync(Desk.operator());
        }

        CaseView caseOf(CaseId id) {
            return desk.findCases().get(Desk.helpdesk(), id);
        }

        ServiceRequest requestOf(CaseId id) {
            CaseView c = caseOf(id);
            return storage.unitOfWork().read(() -> storage.requests().find(c.serviceRequestId().orElseThrow()))
                    .orElseThrow();
        }

        OutboxEntry outboxOf(CaseId id) {
            CaseView c = caseOf(id);
            return storage.unitOfWork().read(() -> storage.outbox().find(c.serviceRequestId().orElseThrow())).orElseThrow();
        }

        List<OutboxEntry> parked() {
            return storage.unitOfWork().read(() -> storage.outbox().parked());
        }

        /** Opens an Exchange case that triage escalates, and escalates it with a ready draft. */
        CaseId escalate(TenantId customer) {
            CaseView opened = desk.openCase().open(new OpenCaseCommand(Desk.helpdesk(), customer, "Exchange Online",
                    "Outbound mail to .mil recipients queued",
                    "Users see NDR 4.4.7 for every message to army.mil; the outbound connector validates.",
                    clock.instant().minus(Duration.ofMinutes(20)), UsersAffected.TENANT, Impact.CRITICAL,
                    SymptomClassification.UNAVAILABLE, Optional.empty()));
            EscalationDraft draft = new EscalationDraft(Optional.of("Outbound mail to .mil queued for the whole tenant"),
                    Optional.of("Since 13:40 UTC every message to army.mil is deferred with 4.4.7; no health advisory."),
                    Optional.of(Severity.CRITICAL), Optional.of(Samples.MAIL_FLOW_TOPIC), Optional.of("US"),
                    new Evidence(Optional.empty(), Optional.of("All 1,200 mailboxes"), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty()));
            desk.escalateCase().escalate(new EscalateCaseCommand(Desk.helpdesk(), opened.id(), opened.version(), draft,
                    Optional.empty()));
            return opened.id();
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private List<CaseId> fileEscalations(TenantId... customers) {
        try (Run setup = new Run()) {
            setup.desk.seedSamples();
            List<CaseId> cases = new ArrayList<>();
            for (TenantId customer : customers) {
                cases.add(setup.escalate(customer));
            }
            return cases;
        }
    }

    private DeliveryReport submitInANewRun() {
        try (Run run = new Run()) {
            return run.submit();
        }
    }

    @Test
    void noEscalationIsLostOrFiledTwiceAcrossFaultsAndRestarts() {
        List<CaseId> cases = fileEscalations(Samples.CONTOSO_ID, Samples.FABRIKAM_ID, Samples.WOODGROVE_ID);

        // Run 1: the first create is stored but its answer is lost, the second meets a 500, the third is throttled.
        vendor.failNextCreates(new FakeVendor.AcceptThenDrop(), new FakeVendor.Fail(500, "{\"error\":\"backend\"}"),
                new FakeVendor.Throttle(429, "120"));
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(0, 0, 3, 0));
        assertThat(vendor.requestCount()).as("the dropped create was stored by the vendor").isEqualTo(1);
        try (Run check = new Run()) {
            List<OutboxEntry> entries = cases.stream().map(check::outboxOf).toList();
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.state()).isEqualTo(OutboxState.PENDING);
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.lastError()).isNotBlank();
            });
            assertThat(entries).extracting(OutboxEntry::nextAttemptAt).contains(clock.instant().plusSeconds(120));
            assertThat(entries).extracting(OutboxEntry::lastError)
                    .anySatisfy(error -> assertThat(error).contains("I/O error"))
                    .anySatisfy(error -> assertThat(error).contains("500", "backend"))
                    .anySatisfy(error -> assertThat(error).contains("429"));
        }

        // Restarted at once: nothing is due yet, so nothing is sent.
        int callsBefore = vendor.createCalls();
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(0, 0, 0, 0));
        assertThat(vendor.createCalls()).isEqualTo(callsBefore);

        // Run 2, a few seconds later: the two unthrottled entries are due; the vendor hangs on one of them.
        clock.advance(Duration.ofSeconds(5));
        vendor.failNextCreates(new FakeVendor.Hang());
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(1, 0, 1, 0));

        // Run 3, past the vendor's Retry-After: everything left is delivered.
        clock.advance(Duration.ofMinutes(3));
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(2, 0, 0, 0));
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(0, 0, 0, 0));

        assertThat(vendor.requestCount()).as("one vendor request per escalation, retries included").isEqualTo(3);
        assertThat(vendor.requests()).extracting(s -> s.tenantId).containsExactlyInAnyOrder(
                Samples.CONTOSO_ID.value(), Samples.FABRIKAM_ID.value(), Samples.WOODGROVE_ID.value());
        try (Run check = new Run()) {
            for (CaseId id : cases) {
                OutboxEntry entry = check.outboxOf(id);
                ServiceRequest request = check.requestOf(id);
                FakeVendor.Stored atVendor = vendor.byRequestId(entry.correlationId()).orElseThrow();
                assertThat(entry.state()).isEqualTo(OutboxState.DELIVERED);
                assertThat(request.vendorRequestNumber()).contains(atVendor.id);
                assertThat(request.status()).isEqualTo(ServiceRequestStatus.OPEN);
                assertThat(atVendor.tenantId).isEqualTo(request.customer().value());
                assertThat(check.caseOf(id).status()).isEqualTo(CaseStatus.ESCALATED);
            }
            assertThat(check.parked()).isEmpty();
        }

        // Follow-up: the vendor needs something from the partner on Contoso's request and writes to Fabrikam's.
        String contoso = vendorNumber(cases.get(0));
        String fabrikam = vendorNumber(cases.get(1));
        String woodgrove = vendorNumber(cases.get(2));
        vendor.respond(contoso, "attention_needed", Optional.of("Please send the message trace of one deferred message."));
        vendor.respond(fabrikam, "open", Optional.of("We are looking into the connector logs."));
        // The first sync meets a vendor that hangs: nothing changes, the failure is counted.
        vendor.failNextReads(new FakeVendor.Hang());
        SyncReport partial;
        try (Run run = new Run()) {
            partial = run.sync();
            assertThat(partial.checked()).isEqualTo(3);
            assertThat(partial.failed()).isEqualTo(1);
        }
        // The next sync brings what the failed read missed.
        try (Run run = new Run()) {
            assertThat(run.sync()).isEqualTo(new SyncReport(3, 2 - partial.changed(), 0));
        }
        // A restart and another sync: the same notes do not come back twice.
        try (Run run = new Run()) {
            assertThat(run.sync()).isEqualTo(new SyncReport(3, 0, 0));
            CaseView contosoCase = run.caseOf(cases.get(0));
            assertThat(contosoCase.attentionNeeded()).isTrue();
            assertThat(vendorNotes(contosoCase)).containsExactly("Please send the message trace of one deferred message.");
            assertThat(run.requestOf(cases.get(0)).status()).isEqualTo(ServiceRequestStatus.ATTENTION_NEEDED);
            CaseView fabrikamCase = run.caseOf(cases.get(1));
            assertThat(fabrikamCase.attentionNeeded()).isFalse();
            assertThat(vendorNotes(fabrikamCase)).containsExactly("We are looking into the connector logs.");
            assertThat(vendorNotes(run.caseOf(cases.get(2)))).isEmpty();
        }

        // The partner answered; the vendor reopens Contoso's request and closes Woodgrove's.
        vendor.respond(contoso, "open", Optional.empty());
        vendor.respond(woodgrove, "closed", Optional.of("Mail flow restored after a transport rule fix on our side."));
        try (Run run = new Run()) {
            assertThat(run.sync()).isEqualTo(new SyncReport(3, 2, 0));
            assertThat(run.caseOf(cases.get(0)).attentionNeeded()).isFalse();
            assertThat(run.requestOf(cases.get(2)).status()).isEqualTo(ServiceRequestStatus.CLOSED);
            assertThat(vendorNotes(run.caseOf(cases.get(2))))
                    .contains("Mail flow restored after a transport rule fix on our side.")
                    .anySatisfy(text -> assertThat(text).contains("closed service request " + woodgrove));
        }
        try (Run run = new Run()) {
            assertThat(run.sync()).isEqualTo(new SyncReport(2, 0, 0));
        }
        assertThat(vendor.requestCount()).isEqualTo(3);
    }

    @Test
    void aRequestTheVendorKeepsRefusingIsParkedAfterMaxAttemptsAndShownOnTheCase() {
        List<CaseId> cases = fileEscalations(Samples.CONTOSO_ID, Samples.FABRIKAM_ID);
        vendor.failEveryCreateFor(Samples.CONTOSO_ID.value(),
                new FakeVendor.Fail(400, "{\"error\":\"supportTopicId 32444671 is not available for this tenant\"}"));

        DeliveryReport first = submitInANewRun();
        try (Run check = new Run()) {
            assertThat(first).as("errors: %s, %s", check.outboxOf(cases.get(0)).lastError(),
                    check.outboxOf(cases.get(1)).lastError()).isEqualTo(new DeliveryReport(1, 0, 1, 0));
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(0, 0, 1, 0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(0, 0, 0, 1));
        clock.advance(Duration.ofHours(2));
        int calls = vendor.createCalls();
        assertThat(submitInANewRun()).as("a parked entry is not retried").isEqualTo(new DeliveryReport(0, 0, 0, 0));
        assertThat(vendor.createCalls()).isEqualTo(calls);

        try (Run check = new Run()) {
            OutboxEntry entry = check.outboxOf(cases.get(0));
            assertThat(entry.state()).isEqualTo(OutboxState.PARKED);
            assertThat(entry.attempts()).isEqualTo(POLICY.maxAttempts());
            assertThat(entry.lastError()).contains("400", "not available for this tenant");
            assertThat(check.parked()).extracting(OutboxEntry::requestId)
                    .containsExactly(check.caseOf(cases.get(0)).serviceRequestId().orElseThrow());
            CaseView parkedCase = check.caseOf(cases.get(0));
            assertThat(parkedCase.attentionNeeded()).isTrue();
            assertThat(parkedCase.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(check.requestOf(cases.get(0)).vendorRequestNumber()).isEmpty();
            assertThat(check.storage.unitOfWork().read(() -> check.storage.audit().since(Optional.empty(), 10_000)))
                    .anySatisfy(e -> {
                        assertThat(e.action()).isEqualTo("service-request.parked");
                        assertThat(e.detail()).contains("not available for this tenant");
                    });
            assertThat(check.outboxOf(cases.get(1)).state()).isEqualTo(OutboxState.DELIVERED);
            assertThat(check.caseOf(cases.get(1)).attentionNeeded()).isFalse();
        }
        assertThat(vendor.requestCount()).isEqualTo(1);
    }

    @Test
    void thePartnersNotesAndClosingReachTheVendorOnceAndInOrderAcrossFaultsAndRestarts() {
        CaseId contoso = fileEscalations(Samples.CONTOSO_ID).get(0);
        try (Run run = new Run()) {
            run.partnerUpdate(contoso, Optional.of("Message trace of one deferred message attached."), Optional.empty());
            assertThat(run.sendUpdates()).as("the vendor does not know the request yet")
                    .isEqualTo(new UpdateReport(0, 0, 0, 0));
            assertThat(run.submit().delivered()).isEqualTo(1);
            run.partnerUpdate(contoso, Optional.empty(), Optional.of(ServiceRequestStatus.CLOSED));
        }
        String number = vendorNumber(contoso);

        // The vendor throttles the note: the closing waits behind it.
        vendor.failNextUpdates(new FakeVendor.Throttle(429, "30"));
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 1, 0));
            assertThat(run.updatesOf(contoso)).extracting(UpdateEntry::nextAttemptAt, UpdateEntry::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(clock.instant().plusSeconds(30), OutboxState.PENDING),
                            org.assertj.core.groups.Tuple.tuple(clock.instant(), OutboxState.PENDING));
        }
        // Past the Retry-After the vendor stores the note but the answer is lost.
        clock.advance(Duration.ofSeconds(31));
        vendor.failNextUpdates(new FakeVendor.AcceptThenDrop());
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 1, 0));
        }
        // A restart later: the note is sent again under the same id (the vendor keeps one), then the closing.
        clock.advance(Duration.ofMinutes(1));
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(2, 0, 0, 0));
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 0, 0));
            assertThat(run.updatesOf(contoso)).extracting(UpdateEntry::state)
                    .containsExactly(OutboxState.DELIVERED, OutboxState.DELIVERED);
            assertThat(run.storage.unitOfWork().read(() -> run.storage.audit().since(Optional.empty(), 10_000)))
                    .filteredOn(e -> e.action().equals("service-request.update-sent")).hasSize(2);
        }

        FakeVendor.Stored atVendor = vendor.byId(number).orElseThrow();
        assertThat(atVendor.notes).extracting(n -> n.path("text").asText())
                .containsExactly("Message trace of one deferred message attached.");
        assertThat(atVendor.status).isEqualTo("closed");
        List<String> patches = vendor.seen().stream().filter(seen -> seen.method().equals("PATCH"))
                .map(seen -> seen.headers().get("MS-RequestId")).toList();
        assertThat(patches).hasSize(4);
        assertThat(patches.subList(0, 3)).as("one note, tried three times under one id").containsOnly(patches.get(0));
        assertThat(patches.get(3)).isNotEqualTo(patches.get(0));
    }

    @Test
    void twoDispatchersRunningAtOnceFileEachRequestOnce() throws Exception {
        List<CaseId> cases = fileEscalations(Samples.CONTOSO_ID, Samples.FABRIKAM_ID, Samples.WOODGROVE_ID);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<DeliveryReport>> reports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                reports.add(pool.submit(() -> {
                    try (Run run = new Run()) {
                        together.await();
                        return run.submit();
                    }
                }));
            }
            int delivered = 0;
            for (var report : reports) {
                DeliveryReport r = report.get();
                assertThat(r.retrying()).isZero();
                delivered += r.delivered();
            }
            assertThat(delivered).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(vendor.createCalls()).as("no request was sent by both dispatchers").isEqualTo(3);
        try (Run check = new Run()) {
            assertThat(cases).allSatisfy(id -> assertThat(check.outboxOf(id).state()).isEqualTo(OutboxState.DELIVERED));
        }
    }

    @Test
    void onThePortalPathThePartnersNotesAreLeftToTheAgent() {
        CaseId contoso = fileEscalations(Samples.CONTOSO_ID).get(0);
        try (Run run = new Run(new PortalVendorGateway("https://partner.example/customers/{tenantId}"))) {
            DeliverServiceRequestsUseCase portal = run.delivery;
            assertThat(portal.submitPending(Desk.operator())).isEqualTo(new DeliveryReport(0, 1, 0, 0));
            portal.recordVendorNumber(Desk.helpdesk(), run.caseOf(contoso).serviceRequestId().orElseThrow(), "2611240001");
            run.partnerUpdate(contoso, Optional.of("Customer confirms mail flows again."), Optional.empty());

            assertThat(portal.sendUpdates(Desk.operator())).isEqualTo(new UpdateReport(0, 1, 0, 0));
            assertThat(run.updatesOf(contoso)).extracting(UpdateEntry::state).containsExactly(OutboxState.HANDED_TO_AGENT);
        }
        assertThat(vendor.seen()).isEmpty();
    }

    @Test
    void theCompositionRootWiresTheHttpGatewayFromTheEnvironment() {
        List<CaseId> cases = fileEscalations(Samples.CONTOSO_ID);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PARTNERDESK_VENDOR_GATEWAY", "http");
        env.put("PARTNERDESK_VENDOR_URL", vendor.baseUrl());
        env.put("PARTNERDESK_VENDOR_TOKEN", FakeVendor.TOKEN);
        env.put("PARTNERDESK_VENDOR_TIMEOUT_MS", "1000");

        PartnerDeskApp app = new PartnerDeskApp(file, env);
        try {
            assertThat(app.injector().getInstance(VendorGateway.class)).isInstanceOf(HttpVendorGateway.class);
            DeliveryReport report = app.injector().getInstance(DeliverServiceRequestsUseCase.class)
                    .submitPending(Desk.operator());
            assertThat(report.delivered()).isEqualTo(1);
        } finally {
            app.close();
        }
        assertThat(vendor.requestCount()).isEqualTo(1);
        assertThat(vendor.seen()).allSatisfy(seen -> assertThat(seen.headers())
                .containsEntry("Authorization", "Bearer " + FakeVendor.TOKEN));
        try (Run check = new Run()) {
            assertThat(check.requestOf(cases.get(0)).vendorRequestNumber()).contains(vendor.requests().get(0).id);
        }

        Function<Map<String, String>, Object> gatewayFor = e -> {
            PartnerDeskApp other = new PartnerDeskApp(file, e);
            try {
                return other.injector().getInstance(VendorGateway.class);
            } finally {
                other.close();
            }
        };
        assertThat(gatewayFor.apply(Map.of())).isNotInstanceOf(HttpVendorGateway.class);
        assertThatThrownBy(() -> gatewayFor.apply(Map.of("PARTNERDESK_VENDOR_GATEWAY", "http")))
                .hasMessageContaining("PARTNERDESK_VENDOR_URL");
        assertThatThrownBy(() -> gatewayFor.apply(Map.of("PARTNERDESK_VENDOR_GATEWAY", "http",
                "PARTNERDESK_VENDOR_URL", vendor.baseUrl()))).hasMessageContaining("PARTNERDESK_VENDOR_TOKEN");
        assertThatThrownBy(() -> gatewayFor.apply(Map.of("PARTNERDESK_VENDOR_GATEWAY", "http",
                "PARTNERDESK_VENDOR_URL", "ftp://vendor.example", "PARTNERDESK_VENDOR_TOKEN", "t")))
                .hasMessageContaining("PARTNERDESK_VENDOR_URL");
        assertThatThrownBy(() -> gatewayFor.apply(Map.of("PARTNERDESK_VENDOR_GATEWAY", "smtp")))
                .hasMessageContaining("portal, http");
    }

    private String vendorNumber(CaseId id) {
        try (Run run = new Run()) {
            return run.requestOf(id).vendorRequestNumber().orElseThrow();
        }
    }

    private static List<String> vendorNotes(CaseView c) {
        return c.notes().stream().filter(n -> n.kind() == NoteKind.VENDOR).map(CaseNote::text)
                .collect(Collectors.toList());
    }
}
