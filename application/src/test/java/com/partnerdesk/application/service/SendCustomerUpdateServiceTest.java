package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.ConflictException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.RecordingSenders;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.CaseView;
import com.partnerdesk.application.port.in.SendCustomerUpdateCommand;
import com.partnerdesk.application.port.in.SendCustomerUpdateUseCase.CustomerUpdateReport;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.CustomerContact;
import com.partnerdesk.domain.health.HealthIssueId;
import com.partnerdesk.domain.health.HealthStatus;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customer updates: mailed once to one case's customer's contact and recorded on the case; for an outage, one message
 * per customer whose open case is linked to the issue, recorded on each of its cases; no contact, no mail.
 */
class SendCustomerUpdateServiceTest extends DeskTestSupport {
    @BeforeEach
    void contacts() {
        desk.customers().importCustomers(Desk.operator(), List.of(
                withContact(Samples.contoso(), "Pat Contoso", "it-lead@contoso.example"),
                withContact(Samples.fabrikam(), "Sam Fabrikam", "ops@fabrikam.example")));
    }

    private static Customer withContact(Customer c, String name, String email) {
        return c.withContact(Optional.of(new CustomerContact(name, Email.of(email))));
    }

    private SendCustomerUpdateCommand update(SendCustomerUpdateCommand.Audience audience) {
        return new SendCustomerUpdateCommand(Desk.helpdesk(), audience, "Exchange Online: update from your partner",
                "Microsoft is restoring mail flow; we write again by 16:00 UTC.");
    }

    private List<RecordingSenders.Mail> customerMails() {
        desk.notifications().deliver(Desk.operator());
        return desk.senders().mails().stream()
                .filter(m -> m.notification().event() == NotificationEvent.CUSTOMER_UPDATE).toList();
    }

    @Test
    void anUpdateToOneCaseIsMailedToItsContactAndRecordedOnTheCase() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        CustomerUpdateReport report = desk.customerUpdates().send(update(new SendCustomerUpdateCommand.OneCase(c.id())));

        assertThat(report.mailed()).isEqualTo(1);
        assertThat(customerMails()).singleElement().satisfies(m -> {
            assertThat(m.to().value()).isEqualTo("it-lead@contoso.example");
            assertThat(m.notification().title()).isEqualTo("Exchange Online: update from your partner");
            assertThat(m.notification().text()).contains("restoring mail flow");
        });
        assertThat(desk.senders().webhookCalls()).noneMatch(n -> n.event() == NotificationEvent.CUSTOMER_UPDATE);
        assertThat(reload(c).notes()).filteredOn(n -> n.kind() == NoteKind.CUSTOMER_UPDATE).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("restoring mail flow"));
        assertThat(auditTrail()).filteredOn(e -> e.action().equals("case.customer-update")).hasSize(1);
    }

    @Test
    void anOutageUpdateIsOneMessagePerCustomerRecordedOnEachOfItsCases() {
        importHealth(Samples.exchangeIncident("EX845123", T0.minus(Duration.ofHours(1)), HealthStatus.INVESTIGATING,
                T0.minus(Duration.ofMinutes(50))));
        CaseView first = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));
        CaseView second = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(15));
        CaseView fabrikam = openExchange(Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));
        CaseView northwind = openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(5));

        CustomerUpdateReport report = desk.customerUpdates().send(update(
                new SendCustomerUpdateCommand.HealthIssue(HealthIssueId.of("EX845123"))));

        assertThat(report.customers()).hasSize(3);
        assertThat(report.mailed()).as("Northwind has no contact on file").isEqualTo(2);
        assertThat(customerMails()).extracting(m -> m.to().value())
                .containsExactlyInAnyOrder("it-lead@contoso.example", "ops@fabrikam.example");
        for (CaseView c : List.of(first, second, fabrikam, northwind)) {
            assertThat(reload(c).notes()).filteredOn(n -> n.kind() == NoteKind.CUSTOMER_UPDATE).hasSize(1);
        }
    }

    @Test
    void aCustomerWithoutAContactCannotBeMailedAndNothingIsRecorded() {
        CaseView c = openExchange(Samples.NORTHWIND_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThatThrownBy(() -> desk.customerUpdates().send(update(new SendCustomerUpdateCommand.OneCase(c.id()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("contactEmail");
        assertThat(reload(c).notes()).noneMatch(n -> n.kind() == NoteKind.CUSTOMER_UPDATE);
        assertThat(customerMails()).isEmpty();
    }

    @Test
    void aSalesAgentMayNotTellTheCustomer() {
        CaseView c = openExchange(Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE, Duration.ofMinutes(20));

        assertThatThrownBy(() -> desk.customerUpdates().send(new SendCustomerUpdateCommand(Desk.salesAgent(),
                new SendCustomerUpdateCommand.OneCase(c.id()), "Update", "Text")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(customerMails()).isEmpty();
    }
}
