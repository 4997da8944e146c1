package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.CaseList;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.catalogue.SupportTopic;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** FindCasesService, AuditService and ReferenceDataService. */
class ReadServicesTest extends DeskTestSupport {

    @Test
    void aCaseIsReadWithItsCustomerAndTheQueueIsSearched() {
        CaseView mail = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        open(Desk.helpdesk(), Samples.FABRIKAM_ID, "Microsoft Teams", SymptomClassification.CONFIGURATION,
                T0.minus(Duration.ofHours(1)));

        CaseView read = desk.findCases().get(Desk.salesAgent(), mail.id());
        CaseList escalations = desk.findCases().search(Desk.salesAgent(), new CaseSearch(Optional.of(CaseStatus.TRIAGED),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.of("army.mil"), 0, 20));

        assertThat(read.customerName()).isEqualTo("Contoso Defense Solutions");
        assertThat(read.productFamily()).isEqualTo(ProductFamily.OFFICE_365);
        assertThat(escalations.items()).extracting(s -> s.id()).containsExactly(mail.id());
        assertThat(desk.findCases().search(Desk.helpdesk(), CaseSearch.all(50)).total()).isEqualTo(2);
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThatThrownBy(() -> desk.findCases().get(Desk.helpdesk(), CaseId.random()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void adminsReadTheAuditTrailAndHelpdeskAgentsMayNot() {
        openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        List<AuditEvent> events = desk.audit().since(Desk.adminAgent(), Optional.of(T0), 100);

        assertThat(events).extracting(AuditEvent::action).contains("case.open");
        assertThat(events).allSatisfy(e -> assertThat(e.at()).isAfterOrEqualTo(T0));
        assertThatThrownBy(() -> desk.audit().since(Desk.helpdesk(), Optional.empty(), 100))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(desk.audit().since(Desk.globalAdmin(), Optional.empty(), 1000))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("audit.read"));
    }

    @Test
    void supportTopicsAreListedPerProductFamily() {
        List<SupportTopic> azure = desk.referenceData().supportTopics(Desk.helpdesk(), Optional.of(ProductFamily.AZURE));

        assertThat(azure).extracting(SupportTopic::name).contains("Virtual machine connectivity");
        assertThat(azure).allSatisfy(t -> assertThat(t.productFamily()).isEqualTo(ProductFamily.AZURE));
        assertThat(desk.referenceData().services(Desk.helpdesk())).extracting(s -> s.name())
                .contains("Exchange Online", "Microsoft 365 suite", "Azure Virtual Machines");
    }
}
