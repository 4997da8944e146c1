package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.CategoryFigures;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.EscalationMetrics;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.Period;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.PeriodFigures;
import com.partnerdesk.application.port.in.EscalationMetricsUseCase.TurnaroundBand;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.application.port.in.UpdateServiceRequestCommand;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationMetricsServiceTest extends DeskTestSupport {

    private void acknowledge(ServiceRequestId id) {
        desk.storage().unitOfWork().writeVoid(() -> {
            ServiceRequest r = desk.storage().requests().find(id).orElseThrow();
            r.submitted("26031000400" + id.value().substring(0, 5), clock.instant());
            desk.storage().requests().update(r);
        });
    }

    @Test
    void theReportCountsEscalationsDeflectionsAndTheVendorsTurnaround() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING, T0));
        openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        open(Desk.helpdesk(), Samples.TAILSPIN_ID, "Exchange Online", SymptomClassification.CONFIGURATION,
                T0.minus(Duration.ofHours(2)));
        open(Desk.helpdesk(), Samples.TAILSPIN_ID, "Microsoft Teams", SymptomClassification.DEFECT,
                T0.minus(Duration.ofHours(1)));
        CaseView teams = open(Desk.helpdesk(), Samples.FABRIKAM_ID, "Microsoft Teams", SymptomClassification.UNAVAILABLE,
                T0.minus(Duration.ofMinutes(30)));
        CaseView sharepoint = open(Desk.helpdesk(), Samples.NORTHWIND_ID, "SharePoint Online",
                SymptomClassification.UNAVAILABLE, T0.minus(Duration.ofMinutes(30)));
        ServiceRequestView answered = desk.escalateCase().escalate(escalation(Desk.helpdesk(), teams, readyDraft()));
        ServiceRequestView ignored = desk.escalateCase().escalate(escalation(Desk.helpdesk(), sharepoint, readyDraft()));
        clock.advance(Duration.ofMinutes(5));
        acknowledge(answered.id());
        acknowledge(ignored.id());
        clock.advance(Duration.ofMinutes(60));
        desk.serviceRequests().update(new UpdateServiceRequestCommand(Desk.operator(), answered.id(),
                Optional.of("Engineering is looking at the Teams media relays in us-gov-virginia."), Optional.empty(), true));
        clock.advance(Duration.ofHours(3));

        EscalationMetrics report = desk.escalationMetrics().report(Desk.salesAgent(), Optional.of(T0.minus(Duration.ofDays(1))));

        assertThat(report.casesOpened()).isEqualTo(5);
        assertThat(report.casesEscalated()).isEqualTo(2);
        assertThat(report.escalationRate()).isCloseTo(0.4, within(1e-9));
        assertThat(report.deflectedByKnownIncident()).isEqualTo(1);
        assertThat(report.partnerResolvable()).isEqualTo(1);
        assertThat(report.byCategory()).containsEntry("SERVICE_UNAVAILABLE", new CategoryFigures(2, 2, 1.0))
                .containsEntry("SERVICE_DEFECT", new CategoryFigures(1, 0, 0.0))
                .hasSize(2);
        assertThat(report.serviceRequests()).isEqualTo(2);
        assertThat(report.answeredByVendor()).isEqualTo(1);
        assertThat(report.medianVendorResponse()).contains(Duration.ofMinutes(60));
        assertThat(report.responseTargetBreaches()).isEqualTo(1);
        assertThat(report.openServiceRequestsPastTarget()).isEqualTo(1);

        assertThat(report.period()).as("a day's report is drawn day by day").isEqualTo(Period.DAY);
        assertThat(report.overTime()).containsExactly(
                new PeriodFigures(Instant.parse("2026-03-09T00:00:00Z"), 0, 0, 0, 0),
                new PeriodFigures(Instant.parse("2026-03-10T00:00:00Z"), 5, 2, 1, 1));
        assertThat(report.vendorTurnaround()).extracting(TurnaroundBand::requests).containsExactly(0, 1, 0, 0, 0, 0);
        assertThat(report.vendorTurnaround().get(1)).isEqualTo(new TurnaroundBand(Duration.ofHours(1),
                Optional.of(Duration.ofHours(2)), 1));
        assertThat(report.vendorTurnaround().get(5).to()).as("the last band is open-ended").isEmpty();
    }

    @Test
    void theTimeLineStepsByDayUpToTwoMonthsByWeekUpToTwoYearsAndByMonthBeyond() {
        openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        EscalationMetrics quarter = desk.escalationMetrics().report(Desk.helpdesk(),
                Optional.of(T0.minus(Duration.ofDays(90))));
        EscalationMetrics years = desk.escalationMetrics().report(Desk.helpdesk(),
                Optional.of(T0.minus(Duration.ofDays(3 * 365))));

        assertThat(quarter.period()).isEqualTo(Period.WEEK);
        assertThat(quarter.overTime()).allSatisfy(step -> assertThat(step.start().atZone(ZoneOffset.UTC).getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY));
        assertThat(quarter.overTime()).hasSize(14);
        assertThat(quarter.overTime().get(quarter.overTime().size() - 1).opened()).isEqualTo(1);
        assertThat(years.period()).isEqualTo(Period.MONTH);
        assertThat(years.overTime()).hasSize(37);
        assertThat(years.overTime().get(0).start()).isEqualTo(Instant.parse("2023-03-01T00:00:00Z"));
        assertThat(years.overTime()).extracting(PeriodFigures::opened).containsOnly(0, 1);
    }

    @Test
    void withoutSinceTheReportCoversTheLastThirtyDays() {
        openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        clock.advance(Duration.ofDays(31));
        openExchange(Samples.FABRIKAM_ID, SymptomClassification.CONFIGURATION, Duration.ofMinutes(20));

        EscalationMetrics report = desk.escalationMetrics().report(Desk.helpdesk(), Optional.empty());

        assertThat(report.since()).isEqualTo(clock.instant().minus(Duration.ofDays(30)));
        assertThat(report.casesOpened()).isEqualTo(1);
        assertThat(report.escalationRate()).isZero();
        assertThat(report.medianVendorResponse()).isEmpty();
    }
}
