package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.ImportReport;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomersServiceTest extends DeskTestSupport {

    @Test
    void anImportSaysWhatWasAddedUpdatedAndUnchanged() {
        desk = Desk.inMemory();
        desk.customers().importCustomers(Desk.adminAgent(), List.of(Samples.contoso(), Samples.tailspin()));
        Customer renewed = new Customer(Samples.TAILSPIN_ID, Samples.tailspin().name(), Samples.tailspin().domain(),
                Samples.tailspin().cloud(), Samples.tailspin().region(), RelationshipStatus.ACTIVE, true,
                Samples.tailspin().supportPlan(), Samples.tailspin().resellerType(), Samples.tailspin().country(),
                Samples.tailspin().managedServices());

        ImportReport report = desk.customers().importCustomers(Desk.adminAgent(),
                List.of(Samples.contoso(), renewed, Samples.fabrikam()));

        assertThat(report).isEqualTo(new ImportReport(1, 1, 1));
        assertThat(desk.customers().get(Desk.salesAgent(), Samples.TAILSPIN_ID).relationship())
                .isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(desk.customers().list(Desk.helpdesk())).hasSize(3);
    }

    @Test
    void aTenantTwiceInOneImportRefusesTheWholeImport() {
        desk = Desk.inMemory();

        assertThatThrownBy(() -> desk.customers().importCustomers(Desk.operator(),
                List.of(Samples.contoso(), Samples.fabrikam(), Samples.contoso())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("record 3");
        assertThat(desk.customers().list(Desk.helpdesk())).isEmpty();
    }

    @Test
    void aHelpdeskAgentMayNotManageCustomers() {
        assertThatThrownBy(() -> desk.customers().importCustomers(Desk.helpdesk(), List.of(Samples.contoso())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditTrail()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("customer.import");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void anUnknownTenantIsNotFound() {
        assertThatThrownBy(() -> desk.customers().get(Desk.helpdesk(),
                TenantId.of("12345678-1234-4234-8234-123456789abc"))).isInstanceOf(NotFoundException.class);
    }
}
