package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.EscalateCaseCommand;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.servicerequest.Severity;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An agent's escalation draft: kept per case and agent, read back by that agent only, gone once the agent files. */
class EscalationDraftsServiceTest extends DeskTestSupport {

    private static EscalationDraft draft(String title) {
        return new EscalationDraft(Optional.of(title), Optional.of("Since 13:00 no user can connect"),
                Optional.of(Severity.CRITICAL), Optional.of(Samples.MAIL_FLOW_TOPIC), Optional.of("US"),
                new Evidence(Optional.empty(), Optional.of("all users"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()));
    }

    @Test
    void eachAgentReadsOnlyTheirOwnDraftAndFilingDiscardsTheFilersDraft() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        Caller admin = Desk.adminAgent();
        Caller helpdesk = Desk.helpdesk();
        desk.escalationDrafts().keep(admin, c.id(), draft("Admin's words"));
        desk.escalationDrafts().keep(helpdesk, c.id(), draft("Helpdesk's words"));

        assertThat(desk.escalationDrafts().find(admin, c.id())).contains(draft("Admin's words"));
        assertThat(desk.escalationDrafts().find(helpdesk, c.id())).contains(draft("Helpdesk's words"));

        desk.escalateCase().escalate(new EscalateCaseCommand(admin, c.id(), c.version(), draft("Admin's words"),
                Optional.empty()));

        assertThat(desk.escalationDrafts().find(admin, c.id())).isEmpty();
        assertThat(desk.escalationDrafts().find(helpdesk, c.id())).contains(draft("Helpdesk's words"));
    }

    @Test
    void aDiscardedDraftIsGoneAndTheOperatorKeepsNone() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        desk.escalationDrafts().keep(Desk.helpdesk(), c.id(), draft("Words"));
        desk.escalationDrafts().discard(Desk.helpdesk(), c.id());
        desk.escalationDrafts().keep(Desk.operator(), c.id(), draft("Operator"));

        assertThat(desk.escalationDrafts().find(Desk.helpdesk(), c.id())).isEmpty();
        assertThat(desk.escalationDrafts().find(Desk.operator(), c.id())).isEmpty();
    }
}
