package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.AgentFilingGateway;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.FakePasswordHasher;
import com.partnerdesk.application.fakes.InMemoryStorage;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxState;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import com.partnerdesk.domain.triage.ClusterRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The portal path (SPEC §3 step 4, issue 6): the agent files the prefilled request and records the vendor's number. */
class RecordVendorNumberTest extends DeskTestSupport {
    private static final String NUMBER = "2603100040001234";

    private ServiceRequestView escalatedExchangeCase() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        return desk.escalateCase().escalate(escalation(Desk.helpdesk(), c, readyDraft()));
    }

    private List<CaseNote> notesOf(ServiceRequestView request, int index) {
        return desk.findCases().get(Desk.helpdesk(), request.caseIds().get(index)).notes();
    }

    private long auditCount(String action) {
        return auditTrail().stream().filter(e -> e.action().equals(action)).count();
    }

    @Test
    void aFiledRequestShowsTheLinkInTheCustomersContextAndAwaitsTheVendorsNumber() {
        ServiceRequestView request = escalatedExchangeCase();

        assertThat(request.status()).isEqualTo(ServiceRequestStatus.NONE);
        assertThat(request.filingLink()).contains(AgentFilingGateway.linkFor(Samples.CONTOSO_ID.value()));
        assertThat(request.filingSteps()).isNotEmpty();
        assertThat(request.awaitingVendorNumber()).isTrue();
        assertThat(request.deliveryState()).contains("PENDING");
        assertThat(desk.delivery().submitPending(Desk.operator()).awaitingAgent()).isEqualTo(1);
    }

    @Test
    void recordingTheNumberOpensTheRequestDeliversItsEntryAndNotesEveryCaseInOneGo() {
        List<CaseView> cases = new ArrayList<>();
        cases.add(openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30)));
        cases.add(openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20)));
        cases.add(openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10)));
        ServiceRequestView filed = desk.escalateCase().escalate(escalation(Desk.helpdesk(), reload(cases.get(2)),
                readyDraft()));
        assertThat(filed.caseIds()).hasSize(3);
        clock.advance(Duration.ofMinutes(12));

        ServiceRequestView recorded = desk.delivery().recordVendorNumber(Desk.helpdesk(), filed.id(), " " + NUMBER + " ");

        assertThat(recorded.status()).isEqualTo(ServiceRequestStatus.OPEN);
        assertThat(recorded.vendorRequestNumber()).contains(NUMBER);
        assertThat(recorded.submittedAt()).contains(clock.instant());
        assertThat(recorded.responseDueAt()).contains(clock.instant().plus(Duration.ofHours(2)));
        assertThat(recorded.deliveryState()).contains(OutboxState.DELIVERED.name());
        assertThat(recorded.awaitingVendorNumber()).isFalse();
        for (int i = 0; i < 3; i++) {
            assertThat(notesOf(recorded, i)).as("case %d", i).anySatisfy(n -> {
                assertThat(n.kind()).isEqualTo(NoteKind.NOTE);
                assertThat(n.text()).contains("Filed with the vendor as service request " + NUMBER, "2 h");
            });
            assertThat(desk.findCases().get(Desk.helpdesk(), recorded.caseIds().get(i)).status())
                    .isEqualTo(CaseStatus.ESCALATED);
        }
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("service-request.vendor-number")).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
                    assertThat(e.detail()).contains(NUMBER);
                    assertThat(e.caseId()).isPresent();
                    assertThat(e.customer()).isPresent();
                });
        assertThat(desk.delivery().submitPending(Desk.operator()).awaitingAgent()).isZero();
    }

    @Test
    void theSameNumberAgainChangesNothingAndAnotherNumberIsAConflict() {
        ServiceRequestView filed = escalatedExchangeCase();
        desk.delivery().recordVendorNumber(Desk.helpdesk(), filed.id(), NUMBER);
        clock.advance(Duration.ofMinutes(5));

        ServiceRequestView again = desk.delivery().recordVendorNumber(Desk.adminAgent(), filed.id(), NUMBER);

        assertThat(again.submittedAt()).contains(clock.instant().minus(Duration.ofMinutes(5)));
        assertThat(auditCount("service-request.vendor-number")).isEqualTo(1);
        assertThat(notesOf(again, 0)).filteredOn(n -> n.text().contains(NUMBER)).hasSize(1);
        assertThatThrownBy(() -> desk.delivery().recordVendorNumber(Desk.helpdesk(), filed.id(), "2603100040009999"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already filed with the vendor as " + NUMBER);
        assertThat(desk.serviceRequests().get(Desk.helpdesk(), filed.id()).vendorRequestNumber()).contains(NUMBER);
    }

    @Test
    void aNumberThatCannotBeTheVendorsIsRefusedNamingTheFieldAndNothingIsWritten() {
        ServiceRequestView filed = escalatedExchangeCase();

        assertThatThrownBy(() -> desk.delivery().recordVendorNumber(Desk.helpdesk(), filed.id(), "2603 1000 4000"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("vendorRequestNumber"))
                .hasMessageContaining("'2603 1000 4000' is not a vendor request number");

        ServiceRequestView after = desk.serviceRequests().get(Desk.helpdesk(), filed.id());
        assertThat(after.status()).isEqualTo(ServiceRequestStatus.NONE);
        assertThat(after.deliveryState()).contains("PENDING");
        assertThat(notesOf(after, 0)).noneMatch(n -> n.text().contains("Filed with the vendor"));
    }

    @Test
    void aSalesAgentMayNotRecordTheNumberAndTheDenialIsAudited() {
        ServiceRequestView filed = escalatedExchangeCase();

        assertThatThrownBy(() -> desk.delivery().recordVendorNumber(Desk.salesAgent(), filed.id(), NUMBER))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(auditTrail()).filteredOn(e -> e.action().equals("service-request.vendor-number")).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
                    assertThat(e.roles()).extracting(Enum::name).containsExactly("SALES_AGENT");
                });
        assertThat(desk.serviceRequests().get(Desk.helpdesk(), filed.id()).status()).isEqualTo(ServiceRequestStatus.NONE);
    }

    @Test
    void aHelpdeskAgentMayNotRecordTheNumberOfAnAzureRequest() {
        CaseView c = open(Desk.helpdesk(), Samples.CONTOSO_ID, "Azure Virtual Machines", SymptomClassification.UNAVAILABLE,
                T0.minus(Duration.ofMinutes(15)));
        EscalationDraft draft = new EscalationDraft(Optional.of("VMs in usgovvirginia unreachable over RDP"),
                Optional.of("All D-series VMs lost connectivity at 13:45 UTC"), Optional.of(Severity.CRITICAL),
                Optional.of(Samples.VM_TOPIC), Optional.of("US"), Evidence.NONE);
        ServiceRequestView filed = desk.escalateCase().escalate(escalation(Desk.adminAgent(), c, draft));

        assertThatThrownBy(() -> desk.delivery().recordVendorNumber(Desk.helpdesk(), filed.id(), NUMBER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Azure");
        assertThat(desk.delivery().recordVendorNumber(Desk.adminAgent(), filed.id(), NUMBER).status())
                .isEqualTo(ServiceRequestStatus.OPEN);
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThatThrownBy(() -> desk.delivery().recordVendorNumber(Desk.helpdesk(), ServiceRequestId.random(), NUMBER))
                .isInstanceOf(NotFoundException.class);
    }

    /** A gateway that delivers requests itself (as the vendor's API does), and here keeps failing. */
    private static final class FailingApiGateway implements VendorGateway {
        @Override
        public Delivery submit(ServiceRequest request, String correlationId) {
            return new Retry("503 Service Unavailable", Optional.empty());
        }

        @Override
        public Optional<VendorState> fetch(String vendorRequestNumber) {
            return Optional.empty();
        }

        @Override
        public Delivery update(String vendorRequestNumber, Optional<String> newNote, Optional<ServiceRequestStatus> status,
                               String correlationId) {
            return new Retry("503 Service Unavailable", Optional.empty());
        }
    }

    @Test
    void withAGatewayThatDeliversItselfANumberIsRecordedByHandOnlyOnceDeliveryIsParked() {
        desk = new Desk(InMemoryStorage.create(), MutableClock.at(T0), new FakePasswordHasher(), ClusterRule.DEFAULT,
                new FailingApiGateway()).seedSamples();
        clock = desk.mutableClock();
        ServiceRequestView filed = escalatedExchangeCase();
        assertThat(filed.filingLink()).isEmpty();
        assertThat(filed.awaitingVendorNumber()).isFalse();

        assertThatThrownBy(() -> desk.delivery().recordVendorNumber(Desk.helpdesk(), filed.id(), NUMBER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("being delivered through the vendor's API");

        for (int attempt = 0; attempt < DeliveryPolicy.DEFAULT.maxAttempts(); attempt++) {
            clock.advance(Duration.ofHours(2));
            desk.delivery().submitPending(Desk.operator());
        }
        ServiceRequestView parked = desk.serviceRequests().get(Desk.helpdesk(), filed.id());
        assertThat(parked.deliveryState()).contains(OutboxState.PARKED.name());
        assertThat(parked.awaitingVendorNumber()).isTrue();
        assertThat(desk.findCases().get(Desk.helpdesk(), filed.caseIds().get(0)).attentionNeeded()).isTrue();

        ServiceRequestView recorded = desk.delivery().recordVendorNumber(Desk.helpdesk(), filed.id(), NUMBER);

        assertThat(recorded.status()).isEqualTo(ServiceRequestStatus.OPEN);
        assertThat(recorded.deliveryState()).contains(OutboxState.DELIVERED.name());
        assertThat(desk.findCases().get(Desk.helpdesk(), filed.caseIds().get(0)).attentionNeeded()).isFalse();
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("service-request.vendor-number"))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("parked"));
    }
}
