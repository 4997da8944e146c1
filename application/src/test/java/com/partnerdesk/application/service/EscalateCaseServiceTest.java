package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.IdempotencyConflictException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.application.port.in.ReadinessQuery;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.EscalationReadinessException;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.escalation.ReadinessCheck;
import com.partnerdesk.domain.escalation.ReadinessReport;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.partner.PartnerProfile;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalateCaseServiceTest extends DeskTestSupport {

    @Test
    void aReadyEscalationFilesTheRequestQueuesItForTheVendorAndEscalatesTheCase() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        clock.advance(Duration.ofMinutes(5));

        ServiceRequestView request = desk.escalateCase().escalate(escalation(Desk.helpdesk(), c, readyDraft()));

        assertThat(request.status()).isEqualTo(ServiceRequestStatus.NONE);
        assertThat(request.caseIds()).containsExactly(c.id());
        assertThat(request.tenantId()).isEqualTo(Samples.CONTOSO_ID.value());
        assertThat(request.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(request.supportTopicName()).isEqualTo("Mail flow");
        assertThat(request.productName()).isEqualTo("Office 365");
        assertThat(request.primaryContact()).isEqualTo(Samples.partnerContact());
        assertThat(request.organization()).isEqualTo("Federal Cloud Partners LLC");
        assertThat(request.deliveryState()).contains("PENDING");
        assertThat(request.responseTarget()).isEqualTo(Duration.ofHours(2));

        VendorOutbox.OutboxEntry entry = desk.storage().unitOfWork()
                .read(() -> desk.storage().outbox().find(request.id())).orElseThrow();
        assertThat(entry.state()).isEqualTo(VendorOutbox.OutboxState.PENDING);
        assertThat(entry.createdAt()).isEqualTo(clock.instant());

        CaseView escalated = reload(c);
        assertThat(escalated.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(escalated.serviceRequestId()).contains(request.id());
        assertThat(escalated.serviceRequest().orElseThrow().id()).isEqualTo(request.id());
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.escalate");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.caseId()).contains(c.id());
        });
    }

    @Test
    void whenEveryCheckFailsEachIsNamedTheRefusalIsAuditedAndNothingIsWritten() {
        desk.savePartner(Desk.operator(),
                new PartnerProfile("Federal Cloud Partners LLC", Optional.empty(), false));
        CaseView c = open(Desk.helpdesk(), Samples.TAILSPIN_ID, "Exchange Online", SymptomClassification.DEFECT,
                T0.minus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofHours(2));
        EscalationDraft empty = new EscalationDraft(Optional.empty(), Optional.empty(), Optional.of(Severity.UNKNOWN),
                Optional.empty(), Optional.of("XX"), Evidence.NONE);

        EscalationReadinessException refused = catchThrowableOfType(
                () -> desk.escalateCase().escalate(escalation(Desk.helpdesk(), c, empty)),
                EscalationReadinessException.class);

        assertThat(refused.report().failedChecks()).containsExactlyInAnyOrder(
                ReadinessCheck.RELATIONSHIP_ACTIVE, ReadinessCheck.SUPPORT_RIGHTS, ReadinessCheck.HEALTH_CHECK_RECENT,
                ReadinessCheck.TROUBLESHOOTING_NOTE, ReadinessCheck.EVIDENCE_REPRODUCTION_STEPS, ReadinessCheck.TITLE,
                ReadinessCheck.DESCRIPTION, ReadinessCheck.SEVERITY, ReadinessCheck.SUPPORT_TOPIC,
                ReadinessCheck.COUNTRY_CODE, ReadinessCheck.PRIMARY_CONTACT);
        assertThat(refused.getMessage()).contains("relationshipActive", "supportRights", "healthCheckRecent",
                "troubleshootingNote", "evidence.reproductionSteps", "primaryContact");
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.escalate");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.caseId()).contains(c.id());
            assertThat(e.detail()).contains("relationshipActive", "primaryContact");
        });
        CaseView after = reload(c);
        assertThat(after.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(after.version()).isEqualTo(c.version());
        assertThat(desk.serviceRequests().list(Desk.helpdesk(), Optional.empty(), 0, 10)).isEmpty();
    }

    @Test
    void theReadinessChecklistShowsASalesAgentMayNotEscalate() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        ReadinessReport report = desk.escalateCase().readiness(new ReadinessQuery(Desk.salesAgent(), c.id(), readyDraft()));

        assertThat(report.ready()).isFalse();
        assertThat(report.failedChecks()).containsExactly(ReadinessCheck.ROLE_PERMITS);
        assertThat(desk.escalateCase().readiness(new ReadinessQuery(Desk.helpdesk(), c.id(), readyDraft())).ready())
                .isTrue();
    }

    @Test
    void aSalesAgentsEscalationIsDeniedAndAudited() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThatThrownBy(() -> desk.escalateCase().escalate(escalation(Desk.salesAgent(), c, readyDraft())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.escalate");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.roles()).extracting(Enum::name).containsExactly("SALES_AGENT");
        });
        assertThat(reload(c).status()).isEqualTo(CaseStatus.TRIAGED);
    }

    @Test
    void aHelpdeskAgentMayNotEscalateAzure() {
        CaseView c = open(Desk.helpdesk(), Samples.CONTOSO_ID, "Azure Virtual Machines", SymptomClassification.UNAVAILABLE,
                T0.minus(Duration.ofMinutes(15)));
        EscalationDraft draft = new EscalationDraft(Optional.of("VMs in usgovvirginia unreachable over RDP"),
                Optional.of("All D-series VMs lost connectivity at 13:45 UTC"), Optional.of(Severity.CRITICAL),
                Optional.of(Samples.VM_TOPIC), Optional.of("US"), Evidence.NONE);

        assertThatThrownBy(() -> desk.escalateCase().escalate(escalation(Desk.helpdesk(), c, draft)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Azure");
        ServiceRequestView filed = desk.escalateCase().escalate(escalation(Desk.adminAgent(), c, draft));
        assertThat(filed.productFamily()).isEqualTo("AZURE");
    }

    @Test
    void aTroubleshootingNoteAndReproductionStepsMakeADefectReady() {
        CaseView c = open(Desk.helpdesk(), Samples.FABRIKAM_ID, "Microsoft Teams", SymptomClassification.DEFECT,
                T0.minus(Duration.ofMinutes(30)));
        desk.addNote().addNote(new AddNoteCommand(Desk.helpdesk(), c.id(), NoteKind.TROUBLESHOOTING,
                "Cleared the Teams cache and reinstalled the client on 3 machines: still dropped"));
        EscalationDraft draft = new EscalationDraft(Optional.of("Teams meetings drop after 10 minutes"),
                Optional.of("GCC High meetings drop every participant after ten minutes"), Optional.of(Severity.MODERATE),
                Optional.of("32444673"), Optional.of("US"), new Evidence(Optional.empty(), Optional.empty(),
                Optional.of("Start a meeting with 3 people; wait 10 minutes"), Optional.empty(), Optional.empty(),
                Optional.empty()));

        ServiceRequestView filed = desk.escalateCase().escalate(escalation(Desk.helpdesk(), reload(c), draft));

        assertThat(filed.supportTopicName()).isEqualTo("Meetings and calling");
    }

    @Test
    void escalatingFromAStaleVersionIsRefused() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThatThrownBy(() -> desk.escalateCase().escalate(new EscalateCaseCommand(Desk.helpdesk(), c.id(),
                c.version() - 1, readyDraft(), Optional.empty()))).isInstanceOf(StaleVersionException.class);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.TRIAGED);
    }

    @Test
    void aReplayedEscalationReturnsTheSameRequestAndADifferentOneIsRefused() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        EscalateCaseCommand command = new EscalateCaseCommand(Desk.helpdesk(), c.id(), c.version(), readyDraft(),
                Optional.of("esc-7f3a"));

        ServiceRequestView first = desk.escalateCase().escalate(command);
        ServiceRequestView replay = desk.escalateCase().escalate(command);

        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(desk.serviceRequests().list(Desk.helpdesk(), Optional.empty(), 0, 10)).hasSize(1);
        EscalationDraft other = new EscalationDraft(Optional.of("Something else"), readyDraft().description(),
                readyDraft().severity(), readyDraft().supportTopicId(), readyDraft().countryCode(), readyDraft().evidence());
        assertThatThrownBy(() -> desk.escalateCase().escalate(new EscalateCaseCommand(Desk.helpdesk(), c.id(),
                c.version(), other, Optional.of("esc-7f3a")))).isInstanceOf(IdempotencyConflictException.class);
    }

    @Test
    void replayingTheKeyOfAnEscalationIsRefusedToARoleThatMayNotEscalateAndAudited() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        EscalateCaseCommand command = new EscalateCaseCommand(Desk.helpdesk(), c.id(), c.version(), readyDraft(),
                Optional.of("esc-7f3a"));
        desk.escalateCase().escalate(command);

        assertThatThrownBy(() -> desk.escalateCase().escalate(new EscalateCaseCommand(Desk.salesAgent(), c.id(),
                c.version(), readyDraft(), Optional.of("esc-7f3a")))).isInstanceOf(AccessDeniedException.class);

        assertThat(desk.storage().audit().since(Optional.empty(), 100)).last().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.action()).isEqualTo("case.escalate");
            assertThat(e.actor()).isEqualTo(Desk.salesAgent().actor().name());
            assertThat(e.caseId()).contains(c.id());
        });
    }

    @Test
    void theRequestAndItsOutboxEntryAreWrittenInOneTransaction() {
        StoragePorts real = InMemoryStorage.create();
        // Every outbox operation goes to the real one, except that writing the entry fails.
        VendorOutbox broken = (VendorOutbox) java.lang.reflect.Proxy.newProxyInstance(VendorOutbox.class.getClassLoader(),
                new Class<?>[] {VendorOutbox.class}, (proxy, method, args) -> {
                    if (method.getName().equals("enqueue")) {
                        throw new IllegalStateException("disk full");
                    }
                    try {
                        return method.invoke(real.outbox(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        StoragePorts storage = new StoragePorts(real.unitOfWork(), real.cases(), real.customers(), real.health(),
                real.agents(), real.requests(), real.clusters(), real.audit(), real.idempotency(), broken, real.partner(),
                real.reference(), real.versions(), real.drafts(), real.healthSync(), real.groupMappings(),
                real.agentIdentities(), real.secondFactors(),
                real.notifications(), real.mailPreferences());
        desk = new Desk(storage, MutableClock.at(T0)).seedSamples();
        clock = desk.mutableClock();
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThatThrownBy(() -> desk.escalateCase().escalate(escalation(Desk.helpdesk(), c, readyDraft())))
                .hasMessageContaining("disk full");

        assertThat(desk.serviceRequests().list(Desk.helpdesk(), Optional.empty(), 0, 10)).isEmpty();
        assertThat(reload(c).status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(reload(c).serviceRequestId()).isEmpty();
    }

    @Test
    void aCaseWaitingOnAKnownIncidentIsNotReadyToEscalate() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING, T0));
        CaseView waiting = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        EscalationReadinessException refused = catchThrowableOfType(
                () -> desk.escalateCase().escalate(escalation(Desk.helpdesk(), waiting, readyDraft())),
                EscalationReadinessException.class);

        assertThat(refused.report().failedChecks()).containsExactlyInAnyOrder(ReadinessCheck.TRIAGED_TO_ESCALATE,
                ReadinessCheck.HEALTH_CHECK_CLEAR);
        assertThat(reload(waiting).status()).isEqualTo(CaseStatus.WAITING_ON_INCIDENT);
    }
}
