package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.ServiceRequestView;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.triage.ClusterFormation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC §4 rule 3: three customers, one service, one region, one hour, nothing documented. */
class RegionalClusterTest extends DeskTestSupport {

    @Test
    void twoCustomersAreNotYetACluster() {
        openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));
        CaseView second = openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThat(second.triage().orElseThrow().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
        assertThat(second.clusterId()).isEmpty();
    }

    @Test
    void aThirdCustomerMakesAClusterOfAllThreeCases() {
        CaseView contoso = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));
        CaseView fabrikam = openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        CaseView northwind = openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));

        ClusterId cluster = northwind.clusterId().orElseThrow();
        for (CaseView c : List.of(reload(contoso), reload(fabrikam), northwind)) {
            assertThat(c.status()).isEqualTo(CaseStatus.TRIAGED);
            assertThat(c.triage().orElseThrow().result()).isEqualTo(TriageResult.ESCALATE);
            assertThat(c.triage().orElseThrow().category()).contains(EscalationCategory.REGIONAL_MULTI_TENANT);
            assertThat(c.clusterId()).contains(cluster);
        }
        ClusterFormation formation = desk.storage().unitOfWork()
                .read(() -> desk.storage().clusters().find(cluster)).orElseThrow();
        assertThat(formation.customers()).containsExactlyInAnyOrder(Samples.CONTOSO_ID, Samples.FABRIKAM_ID,
                Samples.NORTHWIND_ID);
        assertThat(formation.caseIds()).containsExactlyInAnyOrder(contoso.id(), fabrikam.id(), northwind.id());
    }

    @Test
    void casesMoreThanAnHourApartDoNotCluster() {
        openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(150));
        openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(80));
        CaseView third = openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(5));

        assertThat(third.clusterId()).isEmpty();
    }

    @Test
    void escalatingOneCaseFilesOneRequestForTheWholeClusterAndALaterCaseFollowsIt() {
        CaseView contoso = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));
        CaseView fabrikam = openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        CaseView northwind = openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(5));

        ServiceRequestView request = desk.escalateCase().escalate(escalation(Desk.helpdesk(), northwind, readyDraft()));

        assertThat(request.clusterId()).isEqualTo(northwind.clusterId());
        assertThat(request.caseIds()).containsExactlyInAnyOrder(contoso.id(), fabrikam.id(), northwind.id());
        assertThat(desk.serviceRequests().list(Desk.helpdesk(), Optional.empty(), 0, 10)).hasSize(1);
        for (CaseView c : List.of(contoso, fabrikam, northwind)) {
            CaseView now = reload(c);
            assertThat(now.status()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(now.serviceRequestId()).contains(request.id());
        }

        clock.advance(Duration.ofMinutes(10));
        CaseView woodgrove = openExchange(Samples.WOODGROVE_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThat(woodgrove.clusterId()).isEqualTo(northwind.clusterId());
        assertThat(woodgrove.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(woodgrove.serviceRequestId()).contains(request.id());
        assertThat(desk.serviceRequests().get(Desk.helpdesk(), request.id()).caseIds())
                .containsExactlyInAnyOrder(contoso.id(), fabrikam.id(), northwind.id(), woodgrove.id());
        // The case's view carries its request counted, not listed: a cluster's request holds thousands.
        ServiceRequestView inCase = woodgrove.serviceRequest().orElseThrow();
        assertThat(inCase.caseCount()).isEqualTo(4);
        assertThat(inCase.caseIds()).isEmpty();
        assertThat(inCase.version()).isEqualTo(desk.serviceRequests().get(Desk.helpdesk(), request.id()).version());
        assertThat(desk.serviceRequests().list(Desk.helpdesk(), Optional.empty(), 0, 10)).hasSize(1);
    }

    @Test
    void aFourthCustomerBeforeEscalationJoinsTheClusterAndIsEscalatedWithIt() {
        CaseView contoso = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(30));
        openExchange(Samples.FABRIKAM_ID, SymptomClassification.DEFECT, Duration.ofMinutes(20));
        openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));
        CaseView woodgrove = openExchange(Samples.WOODGROVE_ID, SymptomClassification.NETWORK_DISRUPTION,
                Duration.ofMinutes(5));

        assertThat(woodgrove.clusterId()).isEqualTo(reload(contoso).clusterId()).isPresent();
        ServiceRequestView request = desk.escalateCase().escalate(escalation(Desk.helpdesk(), reload(contoso),
                readyDraft()));

        assertThat(request.caseIds()).hasSize(4);
        assertThat(reload(woodgrove).status()).isEqualTo(CaseStatus.ESCALATED);
    }

    @Test
    void configurationProblemsNeverCluster() {
        openExchange(Samples.CONTOSO_ID, SymptomClassification.CONFIGURATION, Duration.ofMinutes(30));
        openExchange(Samples.FABRIKAM_ID, SymptomClassification.BILLING_DISPUTE, Duration.ofMinutes(20));
        CaseView third = openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));

        assertThat(third.clusterId()).isEmpty();
        assertThat(third.triage().orElseThrow().category()).contains(EscalationCategory.SERVICE_UNAVAILABLE);
    }
}
