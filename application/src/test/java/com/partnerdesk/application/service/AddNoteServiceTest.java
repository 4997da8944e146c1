package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.AddNoteCommand;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.ids.CaseId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AddNoteServiceTest extends DeskTestSupport {

    @Test
    void aTroubleshootingStepIsAddedWithoutChangingTheVersion() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(5));

        CaseView noted = desk.addNote().addNote(new AddNoteCommand(Desk.helpdesk(), c.id(), NoteKind.TROUBLESHOOTING,
                "Ran message trace for 3 senders: all deferred with 4.4.7 at the GCC High edge"));

        assertThat(noted.version()).isEqualTo(c.version());
        assertThat(noted.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoteKind.TROUBLESHOOTING);
            assertThat(n.author()).isEqualTo("hannah.helpdesk@federalcloudpartners.example");
            assertThat(n.at()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        });
        assertThat(reload(c).notes()).hasSize(1);
        assertThat(reload(c).version()).isEqualTo(c.version());
    }

    @Test
    void aSalesAgentMayAddAPlainNote() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(30));

        CaseView noted = desk.addNote().addNote(new AddNoteCommand(Desk.salesAgent(), c.id(), NoteKind.NOTE,
                "Customer's CISO asked for an update by 17:00 ET"));

        assertThat(noted.notes()).extracting(n -> n.kind()).containsExactly(NoteKind.NOTE);
    }

    @Test
    void aSalesAgentMayNotRecordTroubleshootingAndTheDenialIsAudited() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(30));

        assertThatThrownBy(() -> desk.addNote().addNote(new AddNoteCommand(Desk.salesAgent(), c.id(),
                NoteKind.TROUBLESHOOTING, "Reset the user's mailbox permissions")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Sales agent");

        assertThat(reload(c).notes()).isEmpty();
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.note");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.actor()).isEqualTo("sam.sales@federalcloudpartners.example");
            assertThat(e.caseId()).contains(c.id());
            assertThat(e.customer()).contains(Samples.CONTOSO_ID);
        });
    }

    @Test
    void aNoteOnAnUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> desk.addNote().addNote(new AddNoteCommand(Desk.helpdesk(), CaseId.random(),
                NoteKind.NOTE, "hello"))).isInstanceOf(NotFoundException.class);
    }
}
