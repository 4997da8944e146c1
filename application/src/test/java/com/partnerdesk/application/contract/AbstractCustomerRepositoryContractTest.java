package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every CustomerRepository promises. */
public abstract class AbstractCustomerRepositoryContractTest extends AbstractStorageContractTest {
    @Override
    protected abstract StoragePorts newStorage();

    @Test
    void upsertAddsANewCustomerThatRoundTripsEveryField() {
        assertThat(write(() -> storage.customers().upsert(Samples.contoso()))).isEqualTo(UpsertResult.ADDED);

        assertThat(read(() -> storage.customers().find(Samples.CONTOSO_ID))).contains(Samples.contoso());
    }

    @Test
    void theRestrictedFlagRoundTripsAndRestrictedIdsListsThoseCustomers() {
        Customer contoso = Samples.contoso();
        Customer unrestricted = new Customer(Samples.FABRIKAM_ID, "Fabrikam Aerospace", "fabrikamaero.onmicrosoft.us",
                contoso.cloud(), contoso.region(), contoso.relationship(), contoso.supportRights(),
                contoso.supportPlan(), contoso.resellerType(), contoso.country(), contoso.managedServices(), false);
        write(() -> storage.customers().upsert(contoso));
        write(() -> storage.customers().upsert(unrestricted));

        assertThat(contoso.restricted()).as("GCC High is restricted by default").isTrue();
        assertThat(read(() -> storage.customers().find(Samples.FABRIKAM_ID))).contains(unrestricted);
        assertThat(read(() -> storage.customers().restrictedIds())).containsExactly(Samples.CONTOSO_ID);
        Customer lifted = new Customer(contoso.tenantId(), contoso.name(), contoso.domain(), contoso.cloud(),
                contoso.region(), contoso.relationship(), contoso.supportRights(), contoso.supportPlan(),
                contoso.resellerType(), contoso.country(), contoso.managedServices(), false);
        assertThat(write(() -> storage.customers().upsert(lifted))).isEqualTo(UpsertResult.UPDATED);
        assertThat(read(() -> storage.customers().restrictedIds())).isEmpty();
    }

    @Test
    void upsertOfTheSameCustomerChangesNothing() {
        write(() -> storage.customers().upsert(Samples.contoso()));

        assertThat(write(() -> storage.customers().upsert(Samples.contoso()))).isEqualTo(UpsertResult.UNCHANGED);
    }

    @Test
    void upsertOfAChangedCustomerReplacesIt() {
        write(() -> storage.customers().upsert(Samples.tailspin()));
        Customer renewed = new Customer(Samples.TAILSPIN_ID, "Tailspin Army Readiness Office (renewed)",
                "tailspinaro.onmicrosoft.us", Samples.tailspin().cloud(), Samples.US_DOD_EAST,
                RelationshipStatus.ACTIVE, true, Samples.tailspin().supportPlan(), Samples.tailspin().resellerType(),
                Samples.tailspin().country(), List.of(Samples.EXCHANGE, Samples.TEAMS, Samples.SHAREPOINT));

        assertThat(write(() -> storage.customers().upsert(renewed))).isEqualTo(UpsertResult.UPDATED);
        assertThat(read(() -> storage.customers().find(Samples.TAILSPIN_ID))).contains(renewed);
    }

    @Test
    void allListsEveryCustomer() {
        write(() -> storage.customers().upsert(Samples.contoso()));
        write(() -> storage.customers().upsert(Samples.fabrikam()));
        write(() -> storage.customers().upsert(Samples.tailspin()));

        assertThat(read(() -> storage.customers().all()))
                .containsExactlyInAnyOrder(Samples.contoso(), Samples.fabrikam(), Samples.tailspin());
    }

    @Test
    void unknownTenantIsNotFound() {
        assertThat(read(() -> storage.customers().find(TenantId.of("99999999-9999-4999-8999-999999999999")))).isEmpty();
    }

    @Test
    void aFailedImportLeavesNoCustomerBehind() {
        try {
            writeVoid(() -> {
                storage.customers().upsert(Samples.contoso());
                throw new IllegalStateException("line 2 is bad");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(read(() -> storage.customers().all())).isEmpty();
    }
}
