package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.RecordingSenders;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.AskForEscalationCommand;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ChangeOwnerCommand;
import com.partnerdesk.application.port.in.DeliverNotificationsUseCase.DeliveryReport;
import com.partnerdesk.application.port.in.MailSettingsUseCase.EventSetting;
import com.partnerdesk.application.port.in.NotificationList;
import com.partnerdesk.application.port.in.NotificationView;
import com.partnerdesk.application.port.in.NotificationsUseCase.NotificationQuery;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.UpdateMailSettingsCommand;
import com.partnerdesk.application.port.in.UpdateServiceRequestCommand;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.notification.Notification;
import com.partnerdesk.domain.notification.NotificationEvent;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each event raised where it happens, addressed by the rule (owners, else the admin agents; mail off honoured; never a
 * disabled agent), delivered once by mail and once by webhook; a receiver that keeps failing is retried with backoff,
 * parked, audited and shown; the scheduler raises a clock's breach once.
 */
class NotificationsServiceTest extends DeskTestSupport {
    private Agent ava;
    private Agent noah;
    private RecordingSenders senders;

    @BeforeEach
    void agents() {
        Caller admin = Desk.operator();
        ava = desk.agents().add(admin, Email.of("ava.admin@federalcloudpartners.example"), "Ava Admin",
                Set.of(Role.ADMIN_AGENT), Optional.empty());
        noah = desk.agents().add(admin, Email.of("noah.admin@federalcloudpartners.example"), "Noah Admin",
                Set.of(Role.ADMIN_AGENT, Role.GLOBAL_ADMIN), Optional.empty());
        desk.agents().add(admin, Email.of("liam.helpdesk@federalcloudpartners.example"), "Liam Helpdesk",
                Set.of(Role.HELPDESK_AGENT), Optional.empty());
        desk.agents().add(admin, Email.of("old.admin@federalcloudpartners.example"), "Old Admin",
                Set.of(Role.ADMIN_AGENT), Optional.empty());
        desk.agents().disable(admin, Email.of("old.admin@federalcloudpartners.example"));
        // the sample customers are GCC High, restricted: the agents who work their cases are screened (ADR 0014)
        ava = desk.agents().setScreened(admin, ava.email(), true);
        noah = desk.agents().setScreened(admin, noah.email(), true);
        desk.agents().setScreened(admin, Email.of("liam.helpdesk@federalcloudpartners.example"), true);
        desk.notifications().update(new UpdateMailSettingsCommand(as(noah), Set.of("case.vendor_note")));
        senders = desk.senders();
    }

    private static Caller as(Agent agent) {
        return new Caller(agent.asActor(), Channel.WEB);
    }

    private DeliveryReport deliver() {
        return desk.notifications().deliver(Desk.operator());
    }

    private List<String> mailedTo(NotificationEvent event) {
        return senders.mails().stream().filter(m -> m.notification().event() == event)
                .map(m -> m.to().value()).toList();
    }

    private List<Notification> webhookCalls(NotificationEvent event) {
        return senders.webhookCalls().stream().filter(n -> n.event() == event).toList();
    }

    private ServiceRequestView clusterEscalatedAndAcknowledged(List<CaseView> cases) {
        cases.add(openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30)));
        cases.add(openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20)));
        cases.add(openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10)));
        ServiceRequestView request = desk.escalateCase().escalate(escalation(Desk.helpdesk(), cases.get(2), readyDraft()));
        desk.storage().unitOfWork().writeVoid(() -> {
            ServiceRequest r = desk.storage().requests().find(request.id()).orElseThrow();
            r.submitted("2603100040009876", clock.instant());
            desk.storage().requests().update(r);
            desk.storage().outbox().delivered(request.id(), clock.instant());
        });
        return request;
    }

    @Test
    void aClusterFormsOnceAndTellsTheAdminAgentsAndTheWebhook() {
        List<CaseView> cases = new ArrayList<>();
        cases.add(openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30)));
        cases.add(openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20)));
        assertThat(deliver().delivered()).isZero();
        cases.add(openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10)));
        openExchange(Samples.WOODGROVE_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(5));

        assertThat(deliver()).isEqualTo(new DeliveryReport(3, 0, 0));
        assertThat(mailedTo(NotificationEvent.CLUSTER_FORMED)).containsExactlyInAnyOrder(ava.email().value(),
                noah.email().value());
        assertThat(webhookCalls(NotificationEvent.CLUSTER_FORMED)).singleElement().satisfies(n -> {
            assertThat(n.caseIds()).containsExactlyInAnyOrderElementsOf(cases.stream().map(CaseView::id).toList());
            assertThat(n.clusterId()).isPresent();
            assertThat(n.title()).contains("formed a cluster");
        });
        assertThat(deliver()).isEqualTo(new DeliveryReport(0, 0, 0));
    }

    @Test
    void aVendorNoteIsMailedOnceToEachAdminAgentWhoWantsItAndCallsTheWebhookOnce() {
        List<CaseView> cases = new ArrayList<>();
        ServiceRequestView request = clusterEscalatedAndAcknowledged(cases);
        deliver();
        senders = desk.senders();
        int mailsBefore = senders.mails().size();

        desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.operator(), request.id(),
                Optional.of("Please send a message trace for an affected sender."),
                Optional.of(ServiceRequestStatus.ATTENTION_NEEDED), true));
        deliver();

        assertThat(mailedTo(NotificationEvent.CASE_VENDOR_NOTE)).as("Noah turned vendor notes off; Liam is no admin"
                + " agent; the old admin is disabled").containsExactly(ava.email().value());
        assertThat(webhookCalls(NotificationEvent.CASE_VENDOR_NOTE)).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("Please send a message trace");
            assertThat(n.serviceRequestId()).contains(request.id());
            assertThat(n.caseIds()).hasSize(3);
        });
        assertThat(mailedTo(NotificationEvent.CASE_ATTENTION_NEEDED)).containsExactlyInAnyOrder(ava.email().value(),
                noah.email().value());
        assertThat(webhookCalls(NotificationEvent.CASE_ATTENTION_NEEDED)).hasSize(1);
        assertThat(senders.mails().size() - mailsBefore).isEqualTo(3);

        desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.operator(), request.id(), Optional.empty(),
                Optional.of(ServiceRequestStatus.ATTENTION_NEEDED), true));
        assertThat(deliver().delivered()).as("a case that already needs attention raises nothing again").isZero();
    }

    @Test
    void anAssignmentTellsTheNewOwnerAloneAndTheOwnerThenGetsTheCasesEvents() {
        Agent liam = desk.storage().unitOfWork().read(() -> desk.storage().agents()
                .findByEmail(Email.of("liam.helpdesk@federalcloudpartners.example"))).orElseThrow();
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));

        desk.changeOwner().changeOwner(new ChangeOwnerCommand(as(ava), c.id(), Optional.of(liam.email()),
                java.util.OptionalLong.empty()));
        desk.askForEscalation().ask(new AskForEscalationCommand(Desk.helpdesk(), c.id(), "The customer's CIO asks"));
        deliver();

        assertThat(mailedTo(NotificationEvent.CASE_ASSIGNED)).containsExactly(liam.email().value());
        assertThat(webhookCalls(NotificationEvent.CASE_ASSIGNED)).singleElement()
                .satisfies(n -> assertThat(n.caseIds()).containsExactly(c.id()));
        assertThat(mailedTo(NotificationEvent.CASE_ATTENTION_NEEDED)).as("an owned case's events go to its owner")
                .containsExactly(liam.email().value());
    }

    @Test
    void anAgentWhoTakesACaseIsNotMailedAboutIt() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));

        desk.changeOwner().changeOwner(new ChangeOwnerCommand(as(ava), c.id(), Optional.of(ava.email()),
                java.util.OptionalLong.empty()));
        deliver();

        assertThat(mailedTo(NotificationEvent.CASE_ASSIGNED)).isEmpty();
        assertThat(webhookCalls(NotificationEvent.CASE_ASSIGNED)).hasSize(1);
    }

    @Test
    void askingForEscalationTellsTheAdminAgents() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));
        desk.askForEscalation().ask(new AskForEscalationCommand(Desk.helpdesk(), c.id(), "The customer's CIO asks"));
        deliver();

        assertThat(mailedTo(NotificationEvent.CASE_ATTENTION_NEEDED)).containsExactlyInAnyOrder(ava.email().value(),
                noah.email().value());
        assertThat(webhookCalls(NotificationEvent.CASE_ATTENTION_NEEDED)).singleElement()
                .satisfies(n -> assertThat(n.caseIds()).containsExactly(c.id()));
    }

    @Test
    void casesSentToRecheckAreOneEventPerEndedIssue() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING,
                T0.minus(Duration.ofMinutes(50))));
        CaseView contoso = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        CaseView fabrikam = openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));
        clock.advance(Duration.ofHours(3));
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.SERVICE_RESTORED,
                T0.plus(Duration.ofHours(2))));
        deliver();

        assertThat(webhookCalls(NotificationEvent.CASE_RECHECK)).singleElement().satisfies(n -> {
            assertThat(n.caseIds()).containsExactlyInAnyOrder(contoso.id(), fabrikam.id());
            assertThat(n.title()).contains("EX845123");
        });
        assertThat(mailedTo(NotificationEvent.CASE_RECHECK)).hasSize(2);
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenParkedAuditedAndShown() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));
        senders.webhookDown("HTTP 503 from the receiver");
        desk.askForEscalation().ask(new AskForEscalationCommand(Desk.helpdesk(), c.id(), "Please escalate"));

        assertThat(deliver()).isEqualTo(new DeliveryReport(2, 1, 0));
        NotificationView waiting = list("PENDING").items().get(0);
        assertThat(waiting.channel()).isEqualTo("WEBHOOK");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isEqualTo("HTTP 503 from the receiver");
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
        assertThat(deliver()).as("not due again before its backoff").isEqualTo(new DeliveryReport(0, 0, 0));

        int parkedAt = 0;
        for (int round = 2; round <= DeliveryPolicy.DEFAULT.maxAttempts(); round++) {
            clock.advance(DeliveryPolicy.DEFAULT.maxDelay());
            DeliveryReport report = deliver();
            if (report.parked() == 1) {
                parkedAt = round;
            }
        }
        assertThat(parkedAt).isEqualTo(DeliveryPolicy.DEFAULT.maxAttempts());
        NotificationList parked = list("PARKED");
        assertThat(parked.parked()).isEqualTo(1);
        assertThat(parked.items()).singleElement().satisfies(n -> {
            assertThat(n.event()).isEqualTo("case.attention_needed");
            assertThat(n.caseId()).contains(c.id());
            assertThat(n.attempts()).isEqualTo(DeliveryPolicy.DEFAULT.maxAttempts());
        });
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("notification.parked")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("webhook").contains("HTTP 503"));
        assertThat(webhookCalls(NotificationEvent.CASE_ATTENTION_NEEDED)).isEmpty();

        senders.allUp();
        long id = parked.items().get(0).id();
        assertThat(desk.notifications().retry(Desk.adminAgent(), id).state()).isEqualTo("PENDING");
        assertThatThrownBy(() -> desk.notifications().retry(Desk.adminAgent(), id))
                .isInstanceOf(ConflictException.class);
        assertThat(deliver()).isEqualTo(new DeliveryReport(1, 0, 0));
        assertThat(webhookCalls(NotificationEvent.CASE_ATTENTION_NEEDED)).hasSize(1);
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("notification.retry")).hasSize(1);
    }

    private NotificationList list(String state) {
        return desk.notifications().list(Desk.adminAgent(), new NotificationQuery(Optional.of(state), 0, 50));
    }

    @Test
    void theVendorsClockBreachIsRaisedOnceWhateverTheRounds() {
        List<CaseView> cases = new ArrayList<>();
        ServiceRequestView request = clusterEscalatedAndAcknowledged(cases);
        assertThat(desk.notifications().watchClocks(Desk.operator())).isZero();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        // the vendor's breach, and each of the three CRITICAL cases' first response to its customer (1 h) missed
        assertThat(desk.notifications().watchClocks(Desk.operator())).isEqualTo(1 + 3);
        assertThat(desk.notifications().watchClocks(Desk.operator())).isZero();
        deliver();

        assertThat(webhookCalls(NotificationEvent.SERVICE_REQUEST_VENDOR_CLOCK_BREACHED)).singleElement()
                .satisfies(n -> {
                    assertThat(n.serviceRequestId()).contains(ServiceRequestId.of(request.id().value()));
                    assertThat(n.caseIds()).hasSize(3);
                });
        assertThat(mailedTo(NotificationEvent.SERVICE_REQUEST_VENDOR_CLOCK_BREACHED)).hasSize(2);
    }

    @Test
    void theCustomersClockWarnsOnceAt75PercentThenBreachesOnce() {
        // CRITICAL: the first response is due within 1 h around the clock, its warning at 45 minutes
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));
        assertThat(desk.notifications().watchClocks(Desk.operator())).isZero();

        clock.advance(Duration.ofMinutes(46));
        assertThat(desk.notifications().watchClocks(Desk.operator())).isEqualTo(1);
        assertThat(desk.notifications().watchClocks(Desk.operator())).isZero();

        clock.advance(Duration.ofMinutes(15));
        assertThat(desk.notifications().watchClocks(Desk.operator())).isEqualTo(1);
        assertThat(desk.notifications().watchClocks(Desk.operator())).isZero();
        deliver();

        assertThat(webhookCalls(NotificationEvent.CASE_CUSTOMER_CLOCK_WARNING)).singleElement().satisfies(n -> {
            assertThat(n.caseIds()).containsExactly(c.id());
            assertThat(n.title()).contains("75 %").contains("first response");
        });
        assertThat(webhookCalls(NotificationEvent.CASE_CUSTOMER_CLOCK_BREACHED)).singleElement().satisfies(n -> {
            assertThat(n.caseIds()).containsExactly(c.id());
            assertThat(n.title()).contains("missed its first response target");
        });
        // an unowned case: the admin agents who did not turn this mail off
        assertThat(mailedTo(NotificationEvent.CASE_CUSTOMER_CLOCK_WARNING))
                .containsExactlyInAnyOrder(ava.email().value(), noah.email().value());
        assertThat(mailedTo(NotificationEvent.CASE_CUSTOMER_CLOCK_BREACHED))
                .containsExactlyInAnyOrder(ava.email().value(), noah.email().value());
    }

    @Test
    void aPausedCustomerClockRaisesNothing() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));
        // answered at once (the first response is met) and waiting on the customer: the resolution clock pauses
        CaseView waiting = desk.addNote().addNote(new AddNoteCommand(Desk.helpdesk(), c.id(),
                NoteKind.CUSTOMER_UPDATE, "Please send a message trace", true));
        assertThat(waiting.customerClock().paused()).isTrue();

        // well past the 8 h resolution target of a running clock
        clock.advance(Duration.ofHours(9));
        assertThat(desk.notifications().watchClocks(Desk.operator())).isZero();
        deliver();
        assertThat(webhookCalls(NotificationEvent.CASE_CUSTOMER_CLOCK_WARNING)).isEmpty();
        assertThat(webhookCalls(NotificationEvent.CASE_CUSTOMER_CLOCK_BREACHED)).isEmpty();
    }

    @Test
    void onlyAdminsSeeTheOutboxAndTheRefusalIsAudited() {
        assertThatThrownBy(() -> desk.notifications().list(Desk.helpdesk(), new NotificationQuery(Optional.empty(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("notification.list")).singleElement()
                .satisfies(e -> assertThat(e.outcome().name()).isEqualTo("DENIED"));
        assertThatThrownBy(() -> desk.notifications().list(Desk.adminAgent(), new NotificationQuery(Optional.of("LOST"), 0, 10)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("state");
    }

    @Test
    void anAgentTurnsMailOffPerEventOnTheirOwnSettings() {
        assertThat(desk.notifications().show(as(ava)).events()).extracting(EventSetting::mail).containsOnly(true);
        assertThat(desk.notifications().show(as(ava)).events()).extracting(EventSetting::event)
                .containsExactlyElementsOf(NotificationEvent.agentEventNames()).doesNotContain("case.customer_update");

        desk.notifications().update(new UpdateMailSettingsCommand(as(ava), Set.of("cluster.formed", "case.recheck")));
        assertThat(desk.notifications().show(as(ava)).events()).filteredOn(s -> !s.mail()).extracting(EventSetting::event)
                .containsExactlyInAnyOrder("cluster.formed", "case.recheck");
        assertThat(desk.storage().unitOfWork().read(() -> desk.storage().mailPreferences().mailOff(ava.id())))
                .isEqualTo(EnumSet.of(NotificationEvent.CLUSTER_FORMED, NotificationEvent.CASE_RECHECK));

        assertThatThrownBy(() -> desk.notifications().update(new UpdateMailSettingsCommand(as(ava),
                Set.of("case.lunch")))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).faults().get(0).location()).isEqualTo("mailOff"));
        assertThatThrownBy(() -> desk.notifications().show(Desk.operator())).isInstanceOf(InvalidInputException.class);
    }
}
