package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.TriageCaseCommand;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.common.InvalidValueException;
import com.partnerdesk.domain.health.HealthStatus;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriageCaseServiceTest extends DeskTestSupport {
    private static final String OVERRIDE =
            "EX845123 is about inbound mail from consumer domains; our outbound mail to army.mil fails";

    @Test
    void anOverrideWithAReasonEscalatesDespiteTheKnownIncidentAndIsAudited() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING, T0));
        CaseView waiting = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        assertThat(waiting.status()).isEqualTo(CaseStatus.WAITING_ON_INCIDENT);
        clock.advance(Duration.ofMinutes(10));

        CaseView retriaged = desk.triageCase().triage(new TriageCaseCommand(Desk.helpdesk(), waiting.id(),
                waiting.version(), Optional.of(OVERRIDE), Optional.empty()));

        assertThat(retriaged.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(retriaged.triage().orElseThrow().result()).isEqualTo(TriageResult.ESCALATE);
        assertThat(retriaged.triage().orElseThrow().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        assertThat(retriaged.triage().orElseThrow().overrideReason()).contains(OVERRIDE);
        assertThat(retriaged.healthCheck().orElseThrow().checkedAt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        assertThat(retriaged.version()).isGreaterThan(waiting.version());
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.triage.override");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.detail()).contains(OVERRIDE);
        });
    }

    @Test
    void anOverrideThatSaysNothingIsRefused() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING, T0));
        CaseView waiting = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThatThrownBy(() -> desk.triageCase().triage(new TriageCaseCommand(Desk.helpdesk(), waiting.id(),
                waiting.version(), Optional.of("different"), Optional.empty())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("overrideReason");
        assertThat(reload(waiting).status()).isEqualTo(CaseStatus.WAITING_ON_INCIDENT);
    }

    @Test
    void reclassifyingAsConfigurationPutsTheCaseInProgress() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(20));

        CaseView retriaged = desk.triageCase().triage(new TriageCaseCommand(Desk.helpdesk(), c.id(), c.version(),
                Optional.empty(), Optional.of(SymptomClassification.CONFIGURATION)));

        assertThat(retriaged.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(retriaged.classification()).isEqualTo(SymptomClassification.CONFIGURATION);
        assertThat(retriaged.triage().orElseThrow().result()).isEqualTo(TriageResult.PARTNER_RESOLVABLE);
    }

    @Test
    void aStaleVersionIsRefused() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(20));
        desk.triageCase().triage(new TriageCaseCommand(Desk.adminAgent(), c.id(), c.version(), Optional.empty(),
                Optional.of(SymptomClassification.CONFIGURATION)));

        assertThatThrownBy(() -> desk.triageCase().triage(new TriageCaseCommand(Desk.helpdesk(), c.id(), c.version(),
                Optional.empty(), Optional.of(SymptomClassification.UNAVAILABLE))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(reload(c).classification()).isEqualTo(SymptomClassification.CONFIGURATION);
    }

    @Test
    void aSalesAgentMayNotTriageAndTheDenialIsAudited() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.DEFECT, Duration.ofMinutes(20));

        assertThatThrownBy(() -> desk.triageCase().triage(new TriageCaseCommand(Desk.salesAgent(), c.id(), c.version(),
                Optional.empty(), Optional.empty()))).isInstanceOf(AccessDeniedException.class);
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.triage");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
        assertThat(reload(c).version()).isEqualTo(c.version());
    }
}
