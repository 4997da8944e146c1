package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.IdempotencyConflictException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.health.HealthIssue;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthIssuePost;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.health.IssueClassification;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenCaseServiceTest extends DeskTestSupport {

    @Test
    void anUnavailableServiceWithNothingDocumentedIsTriagedToEscalate() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThat(c.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(c.triage().orElseThrow().result()).isEqualTo(TriageResult.ESCALATE);
        assertThat(c.triage().orElseThrow().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        assertThat(c.healthCheck().orElseThrow().checkedAt()).isEqualTo(T0);
        assertThat(c.healthCheck().orElseThrow().activeIssueIds()).isEmpty();
        assertThat(c.customerName()).isEqualTo("Contoso Defense Solutions");
        assertThat(c.cloud()).isEqualTo("GCC_HIGH");
        assertThat(c.region()).isEqualTo("us-gov-virginia");
        assertThat(c.history()).extracting(h -> h.from() + "->" + h.to()).containsExactly("NEW->TRIAGED");
        assertThat(reload(c).version()).isEqualTo(c.version());
    }

    @Test
    void aProblemThatStartsInTheFutureIsRefusedButAFewMinutesOfClockSkewAreNot() {
        assertThatThrownBy(() -> openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE,
                Duration.ofMinutes(-30)))
                .isInstanceOf(com.partnerdesk.application.error.InvalidInputException.class)
                .hasMessageContaining("startedAt").hasMessageContaining("in the future");
        assertThat(desk.findCases().search(Desk.helpdesk(), CaseSearch.all(10)).total()).isZero();

        CaseView skewed = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(-4));
        assertThat(skewed.status()).isEqualTo(CaseStatus.TRIAGED);
    }

    @Test
    void aKnownIncidentSendsTheCaseToWaitOnIt() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.SERVICE_DEGRADATION,
                T0.minus(Duration.ofMinutes(30))));

        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThat(c.status()).isEqualTo(CaseStatus.WAITING_ON_INCIDENT);
        assertThat(c.triage().orElseThrow().result()).isEqualTo(TriageResult.KNOWN_INCIDENT);
        assertThat(c.triage().orElseThrow().matchedIssueIds()).containsExactly(HealthIssueId.of("EX845123"));
        assertThat(c.healthCheck().orElseThrow().activeIssueIds()).containsExactly(HealthIssueId.of("EX845123"));
        assertThat(c.triage().orElseThrow().reasons()).anyMatch(r -> r.contains("EX845123"));
    }

    @Test
    void aSuiteWideIncidentCoversExchange() {
        importHealth(new HealthIssue(HealthIssueId.of("MO845200"), "Users can't access multiple Microsoft 365 services",
                "Microsoft 365 suite", "Portal", IssueClassification.INCIDENT, HealthStatus.SERVICE_INTERRUPTION, false,
                T0.minus(Duration.ofMinutes(45)), Optional.empty(), T0.minus(Duration.ofMinutes(40)), "",
                Set.of(), Set.of(), List.of(new HealthIssuePost(T0.minus(Duration.ofMinutes(40)), "regular", "Investigating"))));

        CaseView c = openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));

        assertThat(c.status()).isEqualTo(CaseStatus.WAITING_ON_INCIDENT);
    }

    @Test
    void anIncidentInAnotherRegionDoesNotExplainTheProblem() {
        importHealth(Samples.exchangeIncident("EX845124", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING, T0));

        CaseView c = open(Desk.helpdesk(), Samples.TAILSPIN_ID, "Exchange Online", SymptomClassification.UNAVAILABLE,
                T0.minus(Duration.ofMinutes(5)));

        assertThat(c.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(c.triage().orElseThrow().result()).isEqualTo(TriageResult.ESCALATE);
    }

    @Test
    void aConfigurationProblemIsThePartnersToSolve() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofHours(2));

        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.triage().orElseThrow().result()).isEqualTo(TriageResult.PARTNER_RESOLVABLE);
        assertThat(c.triage().orElseThrow().category()).isEmpty();
    }

    @Test
    void aSalesAgentMayOpenACase() {
        CaseView c = open(Desk.salesAgent(), Samples.FABRIKAM_ID, "Microsoft Teams", SymptomClassification.DEFECT,
                T0.minus(Duration.ofMinutes(15)));

        assertThat(c.openedBy()).isEqualTo("sam.sales@federalcloudpartners.example");
        assertThat(c.triage().orElseThrow().category()).contains(EscalationCategory.SERVICE_DEFECT);
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("case.open");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.caseId()).contains(c.id());
            assertThat(e.customer()).contains(Samples.FABRIKAM_ID);
        });
    }

    @Test
    void aServiceTheCustomerDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> open(Desk.helpdesk(), Samples.FABRIKAM_ID, "Azure Virtual Machines",
                SymptomClassification.UNAVAILABLE, T0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Azure Virtual Machines")
                .hasMessageContaining("Fabrikam Aerospace");
        assertThat(desk.findCases().search(Desk.helpdesk(), CaseSearch.all(10)).total()).isZero();
    }

    @Test
    void aCaseCannotBeOpenedForAnUnknownCustomer() {
        assertThatThrownBy(() -> open(Desk.helpdesk(), TenantId.of("12345678-1234-4234-8234-123456789abc"),
                "Exchange Online", SymptomClassification.UNAVAILABLE, T0))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aReplayedIdempotencyKeyReturnsTheSameCase() {
        var command = command(Desk.helpdesk(), Samples.CONTOSO_ID, "Exchange Online", SymptomClassification.UNAVAILABLE,
                T0.minus(Duration.ofMinutes(20)), Optional.of("8c1d-intake-0042"));

        CaseView first = desk.openCase().open(command);
        clock.advance(Duration.ofSeconds(30));
        CaseView replay = desk.openCase().open(command);

        assertThat(replay.id()).isEqualTo(first.id());
        assertThat(replay.version()).isEqualTo(first.version());
        assertThat(desk.findCases().search(Desk.helpdesk(), CaseSearch.all(10)).total()).isEqualTo(1);
    }

    @Test
    void anotherRequestUnderTheSameIdempotencyKeyIsRefused() {
        desk.openCase().open(command(Desk.helpdesk(), Samples.CONTOSO_ID, "Exchange Online",
                SymptomClassification.UNAVAILABLE, T0.minus(Duration.ofMinutes(20)), Optional.of("8c1d-intake-0042")));

        assertThatThrownBy(() -> desk.openCase().open(command(Desk.helpdesk(), Samples.CONTOSO_ID, "Microsoft Teams",
                SymptomClassification.DEFECT, T0.minus(Duration.ofMinutes(20)), Optional.of("8c1d-intake-0042"))))
                .isInstanceOf(IdempotencyConflictException.class);
        assertThat(desk.findCases().search(Desk.helpdesk(), CaseSearch.all(10)).total()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyIsScopedToTheAgentWhoSentIt() {
        Caller other = Desk.caller("helpdesk.two@partner.example", com.partnerdesk.domain.audit.Channel.API,
                com.partnerdesk.domain.agent.Role.HELPDESK_AGENT);
        CaseView mine = desk.openCase().open(command(Desk.helpdesk(), Samples.CONTOSO_ID, "Exchange Online",
                SymptomClassification.UNAVAILABLE, T0.minus(Duration.ofMinutes(20)), Optional.of("shared-key-1")));

        CaseView theirs = desk.openCase().open(command(other, Samples.CONTOSO_ID, "Microsoft Teams",
                SymptomClassification.DEFECT, T0.minus(Duration.ofMinutes(20)), Optional.of("shared-key-1")));
        CaseView theirsAgain = desk.openCase().open(command(other, Samples.CONTOSO_ID, "Microsoft Teams",
                SymptomClassification.DEFECT, T0.minus(Duration.ofMinutes(20)), Optional.of("shared-key-1")));

        assertThat(theirs.id()).isNotEqualTo(mine.id());
        assertThat(theirsAgain.id()).isEqualTo(theirs.id());
        assertThat(desk.findCases().search(Desk.helpdesk(), CaseSearch.all(10)).total()).isEqualTo(2);
    }
}
