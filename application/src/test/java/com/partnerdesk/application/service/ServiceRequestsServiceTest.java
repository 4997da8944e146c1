package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.UpdateServiceRequestCommand;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceRequestsServiceTest extends DeskTestSupport {

    /** Three clustered cases escalated under one request, which the vendor has acknowledged. */
    private ServiceRequestView clusterRequestAcknowledged(List<CaseView> cases) {
        cases.add(openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30)));
        cases.add(openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20)));
        cases.add(openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10)));
        ServiceRequestView request = desk.escalateCase().escalate(escalation(Desk.helpdesk(), cases.get(2), readyDraft()));
        acknowledge(request.id(), "2603100040009876");
        return desk.serviceRequests().get(Desk.helpdesk(), request.id());
    }

    private void acknowledge(ServiceRequestId id, String number) {
        desk.storage().unitOfWork().writeVoid(() -> {
            ServiceRequest r = desk.storage().requests().find(id).orElseThrow();
            r.submitted(number, clock.instant());
            desk.storage().requests().update(r);
            desk.storage().outbox().delivered(id, clock.instant());
        });
    }

    @Test
    void attentionNeededFromTheVendorFlagsEveryCaseAndItsNotesAppearOnEach() {
        List<CaseView> cases = new java.util.ArrayList<>();
        ServiceRequestView request = clusterRequestAcknowledged(cases);
        clock.advance(Duration.ofMinutes(45));

        ServiceRequestView updated = desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.operator(),
                request.id(), Optional.of("Please send a message trace for an affected sender in the last hour."),
                Optional.of(ServiceRequestStatus.ATTENTION_NEEDED), true));

        assertThat(updated.status()).isEqualTo(ServiceRequestStatus.ATTENTION_NEEDED);
        assertThat(updated.notes()).singleElement().satisfies(n -> assertThat(n.fromVendor()).isTrue());
        for (CaseView c : cases) {
            CaseView now = reload(c);
            assertThat(now.attentionNeeded()).as("attention on " + now.customerName()).isTrue();
            assertThat(now.notes()).filteredOn(n -> n.kind() == NoteKind.VENDOR)
                    .extracting(n -> n.text())
                    .contains("Please send a message trace for an affected sender in the last hour.");
        }
        assertThat(desk.findCases().search(Desk.helpdesk(), new CaseSearch(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, Optional.empty(), 0, 10)).total()).isEqualTo(3);
    }

    @Test
    void theVendorsAnswerClearsAttentionAndClosingTellsTheAgentToResolve() {
        List<CaseView> cases = new java.util.ArrayList<>();
        ServiceRequestView request = clusterRequestAcknowledged(cases);
        desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.operator(), request.id(), Optional.empty(),
                Optional.of(ServiceRequestStatus.ATTENTION_NEEDED), true));
        desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.operator(), request.id(), Optional.empty(),
                Optional.of(ServiceRequestStatus.OPEN), true));
        assertThat(reload(cases.get(0)).attentionNeeded()).isFalse();

        desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.operator(), request.id(),
                Optional.of("A configuration change on the GCC High transport tier was rolled back."),
                Optional.of(ServiceRequestStatus.CLOSED), true));

        assertThat(desk.serviceRequests().get(Desk.helpdesk(), request.id()).lastClosedDate()).isPresent();
        assertThat(reload(cases.get(1)).notes()).anySatisfy(n -> assertThat(n.text()).contains("resolve the case"));
    }

    @Test
    void anAgentMayAddANoteAndCloseButNotSetTheVendorsStatuses() {
        List<CaseView> cases = new java.util.ArrayList<>();
        ServiceRequestView request = clusterRequestAcknowledged(cases);

        assertThatThrownBy(() -> desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.helpdesk(),
                request.id(), Optional.empty(), Optional.of(ServiceRequestStatus.ATTENTION_NEEDED), false)))
                .isInstanceOf(InvalidInputException.class);

        ServiceRequestView noted = desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.helpdesk(),
                request.id(), Optional.of("Trace attached: 2026-03-10T14:05Z army.mil deferrals"), Optional.empty(), false));
        assertThat(noted.notes()).singleElement().satisfies(n -> {
            assertThat(n.fromVendor()).isFalse();
            assertThat(n.author()).isEqualTo("hannah.helpdesk@federalcloudpartners.example");
        });
        ServiceRequestView closed = desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.helpdesk(),
                request.id(), Optional.empty(), Optional.of(ServiceRequestStatus.CLOSED), false));
        assertThat(closed.status()).isEqualTo(ServiceRequestStatus.CLOSED);
    }

    @Test
    void aSalesAgentMayReadButNotUpdateARequest() {
        List<CaseView> cases = new java.util.ArrayList<>();
        ServiceRequestView request = clusterRequestAcknowledged(cases);

        assertThat(desk.serviceRequests().get(Desk.salesAgent(), request.id()).vendorRequestNumber())
                .contains("2603100040009876");
        assertThatThrownBy(() -> desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.salesAgent(),
                request.id(), Optional.of("ping"), Optional.empty(), false))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theVendorClockRunsFromSubmission() {
        List<CaseView> cases = new java.util.ArrayList<>();
        ServiceRequestView request = clusterRequestAcknowledged(cases);
        clock.advance(Duration.ofHours(3));

        ServiceRequestView late = desk.serviceRequests().get(Desk.helpdesk(), request.id());

        assertThat(late.responseDueAt()).contains(request.submittedAt().orElseThrow().plus(Duration.ofHours(2)));
        assertThat(late.responseTargetBreached()).isTrue();
        assertThat(late.deliveryState()).contains("DELIVERED");
        assertThat(desk.serviceRequests().list(Desk.helpdesk(), Optional.of(ServiceRequestStatus.OPEN), 0, 10))
                .extracting(ServiceRequestView::id).containsExactly(request.id());
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThatThrownBy(() -> desk.serviceRequests().get(Desk.helpdesk(), ServiceRequestId.random()))
                .isInstanceOf(NotFoundException.class);
    }
}
