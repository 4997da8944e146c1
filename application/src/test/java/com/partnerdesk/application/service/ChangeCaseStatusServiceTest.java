package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.CloseCaseCommand;
import com.partnerdesk.application.port.in.ReopenCaseCommand;
import com.partnerdesk.application.port.in.ResolveCaseCommand;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.IllegalTransitionException;
import com.partnerdesk.domain.cases.SymptomClassification;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChangeCaseStatusServiceTest extends DeskTestSupport {

    @Test
    void aCaseIsResolvedClosedAndItsHistoryKept() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofHours(1));

        CaseView resolved = desk.changeCaseStatus().resolve(new ResolveCaseCommand(Desk.helpdesk(), c.id(), c.version(),
                "Re-created the outbound connector with the .mil smart host; mail flows"));
        CaseView closed = desk.changeCaseStatus().close(new CloseCaseCommand(Desk.helpdesk(), c.id(), resolved.version()));

        assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(resolved.resolution()).contains("Re-created the outbound connector with the .mil smart host; mail flows");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(reload(c).history()).extracting(h -> h.to())
                .containsExactly(CaseStatus.TRIAGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED);
    }

    @Test
    void aResolvedCaseCanBeReopened() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofHours(1));
        CaseView resolved = desk.changeCaseStatus().resolve(new ResolveCaseCommand(Desk.helpdesk(), c.id(), c.version(),
                "Fixed the transport rule"));

        CaseView reopened = desk.changeCaseStatus().reopen(new ReopenCaseCommand(Desk.helpdesk(), c.id(),
                resolved.version(), "Mail to navy.mil still queues"));

        assertThat(reopened.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(reopened.resolution()).isEmpty();
    }

    @Test
    void aTransitionNotInTheStateMachineIsRefused() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofHours(1));

        assertThatThrownBy(() -> desk.changeCaseStatus().close(new CloseCaseCommand(Desk.helpdesk(), c.id(), c.version())))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void resolvingFromAStaleVersionIsRefused() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofHours(1));
        desk.changeCaseStatus().resolve(new ResolveCaseCommand(Desk.adminAgent(), c.id(), c.version(), "Fixed"));

        assertThatThrownBy(() -> desk.changeCaseStatus().resolve(new ResolveCaseCommand(Desk.helpdesk(), c.id(),
                c.version(), "Fixed too"))).isInstanceOf(StaleVersionException.class);
        assertThat(reload(c).resolution()).contains("Fixed");
    }

    @Test
    void aSalesAgentMayNotResolve() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofHours(1));

        assertThatThrownBy(() -> desk.changeCaseStatus().resolve(new ResolveCaseCommand(Desk.salesAgent(), c.id(),
                c.version(), "Fixed"))).isInstanceOf(AccessDeniedException.class);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }
}
