package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.UpsertResult;
import com.partnerdesk.domain.customer.AzureSubscriptionId;
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
    void theCustomersAzureSubscriptionsRoundTripAndAChangeInThemIsAnUpdate() {
        Customer plain = Samples.contoso();
        Customer withAzure = new Customer(plain.tenantId(), plain.name(), plain.domain(), plain.cloud(), plain.region(),
                plain.relationship(), plain.supportRights(), plain.supportPlan(), plain.resellerType(), plain.country(),
                plain.managedServices(), List.of(AzureSubscriptionId.of("8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d"),
                        AzureSubscriptionId.of("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9")));
        write(() -> storage.customers().upsert(plain));

        assertThat(write(() -> storage.customers().upsert(withAzure))).isEqualTo(UpsertResult.UPDATED);
        assertThat(read(() -> storage.customers().find(Samples.CONTOSO_ID))).contains(withAzure);
        assertThat(withAzure.azureSubscriptionIds()).extracting(AzureSubscriptionId::value)
                .containsExactly("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9", "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d");
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
