package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.HealthIssuesUseCase.HealthImportReport;
import com.partnerdesk.application.port.in.TriageCaseCommand;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthIssuesServiceTest extends DeskTestSupport {

    @Test
    void importingAResolvedIssueSendsItsWaitingCasesToRecheck() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING,
                T0.minus(Duration.ofMinutes(50))));
        CaseView contoso = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        CaseView fabrikam = openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));
        CaseView unrelated = open(Desk.helpdesk(), Samples.TAILSPIN_ID, "Exchange Online",
                SymptomClassification.CONFIGURATION, T0.minus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofHours(3));

        HealthImportReport report = desk.healthIssues().importIssues(Desk.operator(), List.of(
                Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.SERVICE_RESTORED,
                        T0.plus(Duration.ofHours(2)))), n -> { });

        assertThat(report).isEqualTo(new HealthImportReport(0, 1, 0, 2));
        assertThat(reload(contoso).status()).isEqualTo(CaseStatus.RECHECK);
        assertThat(reload(fabrikam).status()).isEqualTo(CaseStatus.RECHECK);
        assertThat(reload(unrelated).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(reload(contoso).history()).last().satisfies(h ->
                assertThat(h.why()).contains("EX845123").contains("submit a service request"));
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("case.recheck")).hasSize(2);
    }

    @Test
    void reimportingTheSameIssueChangesNothing() {
        var issue = Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.SERVICE_RESTORED, T0);
        List<Integer> progress = new ArrayList<>();
        desk.healthIssues().importIssues(Desk.operator(), List.of(issue), progress::add);

        HealthImportReport again = desk.healthIssues().importIssues(Desk.operator(), List.of(issue), progress::add);

        assertThat(again).isEqualTo(new HealthImportReport(0, 0, 1, 0));
        assertThat(progress).containsExactly(1, 1);
    }

    @Test
    void aRecheckCaseIsTriagedAgainAndNowEscalates() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING, T0));
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        clock.advance(Duration.ofHours(3));
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.SERVICE_RESTORED,
                T0.plus(Duration.ofHours(2))));
        CaseView recheck = reload(c);

        CaseView retriaged = desk.triageCase().triage(new TriageCaseCommand(Desk.helpdesk(), c.id(), recheck.version(),
                Optional.empty(), Optional.empty()));

        assertThat(retriaged.status()).isEqualTo(CaseStatus.TRIAGED);
        assertThat(retriaged.triage().orElseThrow().result()).isEqualTo(TriageResult.ESCALATE);
    }

    @Test
    void listsActiveIssuesAndFindsOne() {
        importHealth(Samples.exchangeIncident("EX845123", T0, HealthStatus.INVESTIGATING, T0),
                Samples.exchangeIncident("EX845100", T0.minus(Duration.ofDays(2)), HealthStatus.SERVICE_RESTORED,
                        T0.minus(Duration.ofDays(1))),
                Samples.teamsAdvisory("TM845300", T0));

        assertThat(desk.healthIssues().list(Desk.salesAgent(), true, Optional.empty(), 50))
                .extracting(i -> i.id().value()).containsExactlyInAnyOrder("EX845123", "TM845300");
        assertThat(desk.healthIssues().list(Desk.salesAgent(), false, Optional.of("Exchange Online"), 50)).hasSize(2);
        assertThat(desk.healthIssues().get(Desk.helpdesk(), HealthIssueId.of("TM845300")).service())
                .isEqualTo("Microsoft Teams");
        assertThatThrownBy(() -> desk.healthIssues().get(Desk.helpdesk(), HealthIssueId.of("EX000001")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aHelpdeskAgentMayNotRecordHealthIssues() {
        assertThatThrownBy(() -> desk.healthIssues().importIssues(Desk.helpdesk(),
                List.of(Samples.teamsAdvisory("TM845300", T0)), n -> { })).isInstanceOf(AccessDeniedException.class);

        assertThat(desk.healthIssues().list(Desk.helpdesk(), false, Optional.empty(), 50)).isEmpty();
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("health.import");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }
}
