package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.UpdateCustomerClockCommand;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.cases.ClockTarget;
import com.partnerdesk.domain.cases.CustomerClock;
import com.partnerdesk.domain.cases.CustomerClockSettings;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.PauseReason;
import com.partnerdesk.domain.cases.SymptomClassification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The customer's clock through the use cases: notes move it, its settings move every case, the report counts breaches. */
class CustomerClockServiceTest extends DeskTestSupport {

    private CustomerClock clockOf(CaseView c) {
        return reload(c).customerClock();
    }

    @Test
    void aSalesAgentRecordsUpdatesAndAnswersButMayNotPauseTheClockAndTheDenialIsAudited() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(30));

        desk.addNote().addNote(new AddNoteCommand(Desk.salesAgent(), c.id(), NoteKind.CUSTOMER_UPDATE, "Called the CIO"));
        assertThatThrownBy(() -> desk.addNote().addNote(new AddNoteCommand(Desk.salesAgent(), c.id(),
                NoteKind.CUSTOMER_UPDATE, "Please send a trace", true))).isInstanceOf(AccessDeniedException.class);

        assertThat(clockOf(c).firstRespondedAt()).contains(T0);
        assertThat(clockOf(c).paused()).isFalse();
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.note");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void aWaitOnTheCustomerChangesTheVersionAndTheQueueMarksFollowInTheSameWrite() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(30));

        CaseView waiting = desk.addNote().addNote(new AddNoteCommand(Desk.helpdesk(), c.id(), NoteKind.CUSTOMER_UPDATE,
                "Please send a message trace", true));

        assertThat(waiting.version()).isEqualTo(c.version() + 1);
        assertThat(waiting.customerClock().pauseReason()).contains(PauseReason.WAITING_ON_CUSTOMER);
        var item = desk.findCases().search(Desk.helpdesk(), CaseSearch.all(50)).items().get(0);
        assertThat(item.clock().pauseReason()).contains(PauseReason.WAITING_ON_CUSTOMER);
        assertThat(item.clockState()).isEqualTo(CustomerClock.State.PAUSED);
    }

    @Test
    void newSettingsMoveEveryCasesClockAndAreAuditedFieldByField() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(30));
        var current = desk.showCustomerClock().show(Desk.globalAdmin());

        desk.updateCustomerClock().update(UpdateCustomerClockCommand.of(Desk.globalAdmin(), current.version(),
                current.settings(), Map.of("targets.CRITICAL.firstResponse", "30m"), "America/New_York",
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "09:00", "17:00", List.of()));

        assertThat(clockOf(c).firstResponseDue()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(desk.findCases().search(Desk.helpdesk(), CaseSearch.all(50)).items().get(0).clock().nextDue())
                .contains(T0.plus(Duration.ofMinutes(30)));
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("customer-clock.update");
            assertThat(e.detail()).contains("targets.CRITICAL.firstResponse PT1H -> PT30M").contains("1 cases");
        });
    }

    @Test
    void onlyTheGlobalAdminChangesTheSettingsAndBadValuesAreNamed() {
        var current = desk.showCustomerClock().show(Desk.adminAgent());
        assertThat(current.mayEdit()).isFalse();

        assertThatThrownBy(() -> desk.updateCustomerClock().update(UpdateCustomerClockCommand.of(Desk.adminAgent(), 0,
                current.settings(), Map.of(), "America/New_York", List.of("MONDAY"), "09:00", "17:00", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UpdateCustomerClockCommand.of(Desk.globalAdmin(), 0, current.settings(),
                Map.of("targets.SEVERE.firstResponse", "1h", "targets.MINIMAL.resolution", "a while"), "Nowhere/Town",
                List.of("Funday"), "9", "17:00", List.of("25-12-2026")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).faults()).extracting(f -> f.location())
                        .contains("targets.SEVERE.firstResponse", "targets.MINIMAL.resolution", "timeZone",
                                "workingDays", "opens", "holidays"));
        assertThat(desk.showCustomerClock().show(Desk.globalAdmin()).settings()).isEqualTo(CustomerClockSettings.DEFAULT);
    }

    @Test
    void theEscalationReportCountsTheCasesWhoseCustomerClockWasBreached() {
        openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(30));
        CaseView answered = openExchange(Samples.FABRIKAM_ID, SymptomClassification.DEFECT, Duration.ofMinutes(30));
        desk.addNote().addNote(new AddNoteCommand(Desk.helpdesk(), answered.id(), NoteKind.CUSTOMER_UPDATE, "On it"));

        clock.advance(Duration.ofHours(5));

        assertThat(desk.escalationMetrics().report(Desk.helpdesk(), Optional.of(T0.minusSeconds(60)))
                .customerClockBreaches()).isEqualTo(1);
        assertThat(clockOf(answered).breached()).doesNotContain(ClockTarget.FIRST_RESPONSE);
    }
}
