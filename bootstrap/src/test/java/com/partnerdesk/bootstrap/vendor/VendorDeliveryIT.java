package com.partnerdesk.bootstrap.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.adapters.vendor.partnercenter.FakePartnerCenter;
import com.partnerdesk.adapters.vendor.partnercenter.PartnerCenterGateway;
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
import com.partnerdesk.application.port.in.ServiceRequestView;
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
 * Partner Center read-back over a real SQLite file, against a fake Partner Center that answers in the documented
 * shapes and fails in the ways a real one does (500, 429 with Retry-After, a hang, an answer dropped after the change
 * was made). Between faults the dispatcher is "restarted": the database is closed and every service is built anew over
 * the same file, as a new {@code partnerdesk requests sync} or {@code submit} run would. What must hold: nothing is
 * ever filed through the API (Partner Center has no create call), a request filed in the portal whose number was never
 * recorded is found and offered for linking, the vendor's status and notes come back once, every partner note reaches
 * the vendor once and in order, and an update the vendor keeps refusing is parked and shown on its case.
 */
@Timeout(30)
class VendorDeliveryIT {
    private static final Duration CALL_TIMEOUT = Duration.ofMillis(1500);
    private static final DeliveryPolicy POLICY = new DeliveryPolicy(3, Duration.ofSeconds(1), Duration.ofMinutes(5));

    @TempDir
    Path dir;

    private Path file;
    private FakePartnerCenter vendor;
    private final MutableClock clock = MutableClock.at(Samples.T0);

    @BeforeEach
    void start() {
        file = dir.resolve("partnerdesk.db");
        vendor = FakePartnerCenter.start();
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
                db.reference(), db.versions(), db.drafts(), db.healthSync(), db.groupMappings(),
                db.agentIdentities(), db.secondFactors(), db.notifications(), db.mailPreferences());
        final PartnerCenterGateway gateway = new PartnerCenterGateway(new PartnerCenterGateway.Settings(
                URI.create(vendor.baseUrl()), "PARTNERDESK_VENDOR_TOKEN", CALL_TIMEOUT, CALL_TIMEOUT),
                new PortalVendorGateway(PortalVendorGateway.DEFAULT_DASHBOARD),
                Map.of("PARTNERDESK_VENDOR_TOKEN", FakePartnerCenter.TOKEN)::get, clock);
        final Desk desk;
        final DeliverServiceRequestsUseCase delivery;

        /** A run through Partner Center (the fake). */
        Run() {
            this(null);
        }

        /** A run through the given gateway. */
        Run(VendorGateway through) {
            VendorGateway chosen = through == null ? gateway : through;
            desk = new Desk(storage, clock, new FakePasswordHasher(), new ClusterRule(100, Duration.ofMinutes(60)), chosen);
            delivery = new DeliveryService(desk.guard(), desk.caseSupport(), storage.requests(), storage.cases(),
                    storage.customers(), storage.outbox(), chosen, desk.vendorAnswers(), POLICY, new SplittableRandom(7),
                    desk.notifier());
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

        /** The agent records the number the vendor's portal showed for the request of this case. */
        void record(CaseId id, String number) {
            delivery.recordVendorNumber(Desk.helpdesk(), caseOf(id).serviceRequestId().orElseThrow(), number);
        }

        ServiceRequestView viewOf(CaseId id) {
            return desk.serviceRequests().get(Desk.helpdesk(), caseOf(id).serviceRequestId().orElseThrow());
        }

        long audited(String action) {
            return storage.unitOfWork().read(() -> storage.audit().since(Optional.empty(), 10_000)).stream()
                    .filter(e -> e.action().equals(action)).count();
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

    private SyncReport syncInANewRun() {
        try (Run run = new Run()) {
            return run.sync();
        }
    }

    /** The agent files the request of this case in the partner dashboard; the vendor gives it a number. */
    private String fileInPortal(CaseId id) {
        try (Run run = new Run()) {
            ServiceRequest request = run.requestOf(id);
            return vendor.fileInPortal(request.customer().value(), request.title(), request.severity().vendorName());
        }
    }

    @Test
    void aRequestFiledInThePortalIsFoundLinkedAndFollowedAcrossFaultsAndRestartsAndNothingIsEverCreated() {
        List<CaseId> cases = fileEscalations(Samples.CONTOSO_ID, Samples.FABRIKAM_ID, Samples.WOODGROVE_ID);

        // Delivery waits for the agents: Partner Center has no create call, so nothing is sent.
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(0, 3, 0, 0));
        assertThat(submitInANewRun()).isEqualTo(new DeliveryReport(0, 0, 0, 0));

        // Each request is filed in the portal; only Contoso's number is recorded.
        String contoso = fileInPortal(cases.get(0));
        String fabrikam = fileInPortal(cases.get(1));
        String woodgrove = fileInPortal(cases.get(2));
        try (Run run = new Run()) {
            run.record(cases.get(0), contoso);
        }

        // The first sync meets faults on three of the five customers' lists: a 500, a 429, an answer dropped.
        vendor.failNextLists(new FakePartnerCenter.Fail(500, "{\"description\":\"backend\"}"),
                new FakePartnerCenter.Throttle(429, "30"), new FakePartnerCenter.AcceptThenDrop());
        SyncReport faulty = syncInANewRun();
        assertThat(faulty.checked()).isEqualTo(1);
        assertThat(faulty.failed()).isEqualTo(3);
        assertThat(faulty.unlinked()).isLessThanOrEqualTo(2);

        // Restarted: every list is read; the two requests whose numbers were never recorded are found.
        assertThat(syncInANewRun()).isEqualTo(new SyncReport(1, 0, 0, 2));
        try (Run run = new Run()) {
            assertThat(run.sync()).as("found again, nothing new").isEqualTo(new SyncReport(1, 0, 0, 2));
            ServiceRequestView fabrikamView = run.viewOf(cases.get(1));
            assertThat(fabrikamView.awaitingVendorNumber()).isTrue();
            assertThat(fabrikamView.unlinkedVendorRequests()).singleElement().satisfies(u -> {
                assertThat(u.vendorRequestNumber()).isEqualTo(fabrikam);
                assertThat(u.title()).isEqualTo(run.requestOf(cases.get(1)).title());
                assertThat(u.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(u.status()).contains(ServiceRequestStatus.OPEN);
                assertThat(u.createdDate()).isPresent();
            });
            assertThat(run.viewOf(cases.get(2)).unlinkedVendorRequests()).extracting(u -> u.vendorRequestNumber())
                    .containsExactly(woodgrove);
            assertThat(run.viewOf(cases.get(0)).unlinkedVendorRequests()).as("Contoso's is on record").isEmpty();
            assertThat(run.audited("service-request.unlinked-found")).as("each found once").isEqualTo(2);

            // The agent links Fabrikam's: it leaves the unlinked list at once.
            run.record(cases.get(1), fabrikam);
            assertThat(run.viewOf(cases.get(1)).unlinkedVendorRequests()).isEmpty();
            assertThat(run.requestOf(cases.get(1)).vendorRequestNumber()).contains(fabrikam);
        }
        assertThat(syncInANewRun()).isEqualTo(new SyncReport(2, 0, 0, 1));

        // The vendor asks Contoso's partner for something and answers Fabrikam's under a status the desk does not know.
        vendor.respond(contoso, "attention_needed", Optional.of("Please send the message trace of one deferred message."));
        vendor.respond(fabrikam, "waiting_on_engineering", Optional.of("We are looking into the connector logs."));
        // The first reads meet a 500 and an answer dropped: nothing changes, both failures are counted.
        vendor.failNextReads(new FakePartnerCenter.Fail(500, "boom"), new FakePartnerCenter.AcceptThenDrop());
        assertThat(syncInANewRun()).isEqualTo(new SyncReport(2, 0, 2, 1));
        // Restarted: both come back; and once more, nothing comes back twice.
        assertThat(syncInANewRun()).isEqualTo(new SyncReport(2, 2, 0, 1));
        try (Run run = new Run()) {
            assertThat(run.sync()).isEqualTo(new SyncReport(2, 0, 0, 1));
            CaseView contosoCase = run.caseOf(cases.get(0));
            assertThat(contosoCase.attentionNeeded()).isTrue();
            assertThat(vendorNotes(contosoCase)).containsExactly("Please send the message trace of one deferred message.");
            assertThat(run.requestOf(cases.get(0)).status()).isEqualTo(ServiceRequestStatus.ATTENTION_NEEDED);
            assertThat(run.requestOf(cases.get(1)).status()).as("an unknown status changes nothing")
                    .isEqualTo(ServiceRequestStatus.OPEN);
            assertThat(vendorNotes(run.caseOf(cases.get(1)))).containsExactly("We are looking into the connector logs.");
        }

        // The vendor closes Contoso's request: it is no longer read.
        vendor.respond(contoso, "closed", Optional.of("Mail flow restored after a transport rule fix on our side."));
        try (Run run = new Run()) {
            assertThat(run.sync()).isEqualTo(new SyncReport(2, 1, 0, 1));
            assertThat(run.requestOf(cases.get(0)).status()).isEqualTo(ServiceRequestStatus.CLOSED);
            assertThat(run.caseOf(cases.get(0)).attentionNeeded()).isFalse();
            assertThat(vendorNotes(run.caseOf(cases.get(0))))
                    .contains("Mail flow restored after a transport rule fix on our side.")
                    .anySatisfy(text -> assertThat(text).contains("closed service request " + contoso));
        }
        assertThat(syncInANewRun()).isEqualTo(new SyncReport(1, 0, 0, 1));

        assertThat(vendor.seen()).as("nothing but reads, lists and updates ever reaches Partner Center")
                .allSatisfy(seen -> assertThat(seen.method()).isIn("GET", "PATCH"));
        assertThat(vendor.requests()).hasSize(3);
    }

    @Test
    void thePartnersNotesAndClosingReachTheVendorOnceAndInOrderAcrossFaultsAndRestarts() {
        CaseId contoso = fileEscalations(Samples.CONTOSO_ID).get(0);
        String number = fileInPortal(contoso);
        try (Run run = new Run()) {
            run.partnerUpdate(contoso, Optional.of("Message trace of one deferred message attached."), Optional.empty());
            assertThat(run.sendUpdates()).as("the vendor's number is not recorded yet")
                    .isEqualTo(new UpdateReport(0, 0, 0, 0));
            run.record(contoso, number);
            run.partnerUpdate(contoso, Optional.empty(), Optional.of(ServiceRequestStatus.CLOSED));
        }

        // The vendor throttles the note: the closing waits behind it.
        vendor.failNextUpdates(new FakePartnerCenter.Throttle(429, "30"));
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 1, 0));
            assertThat(run.updatesOf(contoso)).extracting(UpdateEntry::nextAttemptAt, UpdateEntry::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(clock.instant().plusSeconds(30), OutboxState.PENDING),
                            org.assertj.core.groups.Tuple.tuple(clock.instant(), OutboxState.PENDING));
        }
        // Past the Retry-After the vendor adds the note but the answer is lost.
        clock.advance(Duration.ofSeconds(31));
        vendor.failNextUpdates(new FakePartnerCenter.AcceptThenDrop());
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 1, 0));
        }
        // A restart later: the note is sent again under the same MS-RequestId (the vendor keeps one), then the closing.
        clock.advance(Duration.ofMinutes(1));
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(2, 0, 0, 0));
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 0, 0));
            assertThat(run.updatesOf(contoso)).extracting(UpdateEntry::state)
                    .containsExactly(OutboxState.DELIVERED, OutboxState.DELIVERED);
            assertThat(run.audited("service-request.update-sent")).isEqualTo(2);
        }

        FakePartnerCenter.Stored atVendor = vendor.byId(number).orElseThrow();
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
    void anUpdateTheVendorKeepsRefusingIsParkedAfterMaxAttemptsAndShownOnTheCase() {
        List<CaseId> cases = fileEscalations(Samples.CONTOSO_ID);
        String number = fileInPortal(cases.get(0));
        try (Run run = new Run()) {
            run.record(cases.get(0), number);
            run.partnerUpdate(cases.get(0), Optional.of("Trace attached."), Optional.empty());
        }
        vendor.failEveryUpdate(new FakePartnerCenter.Fail(400, "{\"description\":\"the note is too long\"}"));
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 1, 0));
        }
        clock.advance(Duration.ofMinutes(1));
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 1, 0));
        }
        clock.advance(Duration.ofMinutes(1));
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).isEqualTo(new UpdateReport(0, 0, 0, 1));
        }
        clock.advance(Duration.ofHours(2));
        int calls = vendor.seen().size();
        try (Run run = new Run()) {
            assertThat(run.sendUpdates()).as("a parked update is not retried").isEqualTo(new UpdateReport(0, 0, 0, 0));
            assertThat(run.updatesOf(cases.get(0))).singleElement().satisfies(u -> {
                assertThat(u.state()).isEqualTo(OutboxState.PARKED);
                assertThat(u.lastError()).contains("400", "too long");
            });
            assertThat(run.caseOf(cases.get(0)).attentionNeeded()).isTrue();
            assertThat(run.viewOf(cases.get(0)).partnerUpdatesParked()).isEqualTo(1);
            assertThat(run.audited("service-request.update-parked")).isEqualTo(1);
        }
        assertThat(vendor.seen()).hasSize(calls);
        assertThat(vendor.byId(number).orElseThrow().notes).isEmpty();
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachNoteOnce() throws Exception {
        List<CaseId> cases = fileEscalations(Samples.CONTOSO_ID, Samples.FABRIKAM_ID, Samples.WOODGROVE_ID);
        List<String> numbers = new ArrayList<>();
        for (CaseId id : cases) {
            numbers.add(fileInPortal(id));
        }
        try (Run run = new Run()) {
            for (int i = 0; i < cases.size(); i++) {
                run.record(cases.get(i), numbers.get(i));
                run.partnerUpdate(cases.get(i), Optional.of("Customer confirms the workaround " + i), Optional.empty());
            }
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<UpdateReport>> reports = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                reports.add(pool.submit(() -> {
                    try (Run run = new Run()) {
                        together.await();
                        return run.sendUpdates();
                    }
                }));
            }
            int delivered = 0;
            for (var report : reports) {
                UpdateReport r = report.get();
                assertThat(r.retrying()).isZero();
                delivered += r.delivered();
            }
            assertThat(delivered).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(vendor.seen()).filteredOn(seen -> seen.method().equals("PATCH"))
                .as("no note was sent by both dispatchers").hasSize(3);
        assertThat(vendor.requests()).allSatisfy(stored -> assertThat(stored.notes).hasSize(1));
    }

    @Test
    void onThePortalPathThePartnersNotesAreLeftToTheAgentAndNothingIsListed() {
        CaseId contoso = fileEscalations(Samples.CONTOSO_ID).get(0);
        try (Run run = new Run(new PortalVendorGateway("https://partner.example/customers/{tenantId}"))) {
            DeliverServiceRequestsUseCase portal = run.delivery;
            assertThat(portal.submitPending(Desk.operator())).isEqualTo(new DeliveryReport(0, 1, 0, 0));
            portal.recordVendorNumber(Desk.helpdesk(), run.caseOf(contoso).serviceRequestId().orElseThrow(), "2611240001");
            run.partnerUpdate(contoso, Optional.of("Customer confirms mail flows again."), Optional.empty());

            assertThat(portal.sendUpdates(Desk.operator())).isEqualTo(new UpdateReport(0, 1, 0, 0));
            assertThat(run.updatesOf(contoso)).extracting(UpdateEntry::state).containsExactly(OutboxState.HANDED_TO_AGENT);
            assertThat(portal.sync(Desk.operator())).isEqualTo(new SyncReport(1, 0, 0, 0));
        }
        assertThat(vendor.seen()).isEmpty();
    }

    @Test
    void theCompositionRootWiresPartnerCenterFromTheEnvironmentUnderItsFormerNameToo() {
        List<CaseId> cases = fileEscalations(Samples.CONTOSO_ID);
        String number = fileInPortal(cases.get(0));
        for (String kind : List.of("partner-center", "http")) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("PARTNERDESK_VENDOR_GATEWAY", kind);
            env.put("PARTNERDESK_VENDOR_URL", vendor.baseUrl());
            env.put("PARTNERDESK_VENDOR_TOKEN", FakePartnerCenter.TOKEN);
            env.put("PARTNERDESK_VENDOR_TIMEOUT_MS", "1000");
            PartnerDeskApp app = new PartnerDeskApp(file, env);
            try {
                assertThat(app.injector().getInstance(VendorGateway.class)).isInstanceOf(PartnerCenterGateway.class);
                DeliverServiceRequestsUseCase delivery = app.injector().getInstance(DeliverServiceRequestsUseCase.class);
                assertThat(delivery.submitPending(Desk.operator()).delivered()).isZero();
                assertThat(delivery.sync(Desk.operator()).unlinked()).isEqualTo(1);
            } finally {
                app.close();
            }
        }
        assertThat(vendor.seen()).allSatisfy(seen -> {
            assertThat(seen.method()).isEqualTo("GET");
            assertThat(seen.headers()).containsEntry("Authorization", "Bearer " + FakePartnerCenter.TOKEN);
        });
        try (Run check = new Run()) {
            assertThat(check.viewOf(cases.get(0)).unlinkedVendorRequests()).extracting(u -> u.vendorRequestNumber())
                    .containsExactly(number);
        }

        Function<Map<String, String>, Object> gatewayFor = e -> {
            PartnerDeskApp other = new PartnerDeskApp(file, e);
            try {
                return other.injector().getInstance(VendorGateway.class);
            } finally {
                other.close();
            }
        };
        assertThat(gatewayFor.apply(Map.of())).isInstanceOf(PortalVendorGateway.class);
        assertThat(gatewayFor.apply(Map.of("PARTNERDESK_VENDOR_GATEWAY", "partner-center",
                "PARTNERDESK_VENDOR_TOKEN", "t"))).as("Partner Center's own address by default")
                .isInstanceOf(PartnerCenterGateway.class);
        assertThatThrownBy(() -> gatewayFor.apply(Map.of("PARTNERDESK_VENDOR_GATEWAY", "http",
                "PARTNERDESK_VENDOR_URL", vendor.baseUrl()))).hasMessageContaining("PARTNERDESK_VENDOR_TOKEN");
        assertThatThrownBy(() -> gatewayFor.apply(Map.of("PARTNERDESK_VENDOR_GATEWAY", "partner-center",
                "PARTNERDESK_VENDOR_URL", "ftp://vendor.example", "PARTNERDESK_VENDOR_TOKEN", "t")))
                .hasMessageContaining("PARTNERDESK_VENDOR_URL");
        assertThatThrownBy(() -> gatewayFor.apply(Map.of("PARTNERDESK_VENDOR_GATEWAY", "smtp")))
                .hasMessageContaining("portal, partner-center");
    }

    private static List<String> vendorNotes(CaseView c) {
        return c.notes().stream().filter(n -> n.kind() == NoteKind.VENDOR).map(CaseNote::text)
                .collect(Collectors.toList());
    }
}
