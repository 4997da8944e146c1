package com.partnerdesk.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.partnerdesk.application.error.InputFault;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.domain.catalogue.ServiceCatalogue;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.RelationshipStatus;
import com.partnerdesk.domain.customer.ResellerType;
import com.partnerdesk.domain.customer.SupportPlan;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerCsvTest {
    private final CustomerCsv reader = new CustomerCsv(ServiceCatalogue.standard().all());

    @Test
    void readsAFileWithByteOrderMarkCrlfAndQuotedCommas() throws Exception {
        List<Customer> customers = reader.read("customers-good.csv", resource("customers/customers-good.csv"));

        assertThat(customers).hasSize(3);
        Customer contoso = customers.get(0);
        assertThat(contoso.tenantId().value()).isEqualTo("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
        assertThat(contoso.name()).isEqualTo("Contoso Defense Solutions, Inc.");
        assertThat(contoso.cloud()).isEqualTo(Cloud.GCC_HIGH);
        assertThat(contoso.region().value()).isEqualTo("us-gov-virginia");
        assertThat(contoso.relationshipPermitsSupport()).isTrue();
        assertThat(contoso.managedServices()).extracting(s -> s.name())
                .containsExactly("Exchange Online", "Microsoft Teams", "SharePoint Online");
    }

    @Test
    void readsTheOptionalAzureSubscriptionsAndNamesABadOne() throws Exception {
        String header = "tenantId,name,domain,cloud,region,relationship,supportRole,supportPlan,resellerType,country,"
                + "services,azureSubscriptionIds\n";
        String row = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b,Contoso,contoso.onmicrosoft.us,GCC_HIGH,us-gov-virginia,"
                + "ACTIVE,yes,CSP,DIRECT,US,Azure Virtual Machines,";

        List<Customer> customers = reader.read("c.csv", new StringReader(header + row
                + "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d; 1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9\n"));
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read("c.csv", new StringReader(header + row + "not-a-subscription\n")));

        assertThat(customers.get(0).azureSubscriptionIds()).extracting(s -> s.value())
                .containsExactly("1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9", "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d");
        assertThat(refused.faults()).singleElement().extracting(InputFault::toString).asString()
                .startsWith("c.csv line 2: azureSubscriptionIds: ");
    }

    @Test
    void acceptsEnumValuesInAnyCaseAndResolvesServicesByCatalogueName() throws Exception {
        Customer fabrikam = reader.read("c.csv", resource("customers/customers-good.csv")).get(1);

        assertThat(fabrikam.name()).isEqualTo("Fabrikam Aerospace \"West\"");
        assertThat(fabrikam.relationship()).isEqualTo(RelationshipStatus.ACTIVE);
        assertThat(fabrikam.supportPlan()).isEqualTo(SupportPlan.CSP);
        assertThat(fabrikam.resellerType()).isEqualTo(ResellerType.DIRECT);
        assertThat(fabrikam.country().value()).isEqualTo("US");
        assertThat(fabrikam.managedServices()).extracting(s -> s.name())
                .containsExactly("Exchange Online", "Microsoft Teams");
    }

    @Test
    void readsSupportRoleNoAsNoSupportRights() throws Exception {
        Customer tailspin = reader.read("c.csv", resource("customers/customers-good.csv")).get(2);

        assertThat(tailspin.supportRights()).isFalse();
        assertThat(tailspin.relationship()).isEqualTo(RelationshipStatus.EXPIRED);
    }

    @Test
    void listsEveryFaultOfEveryRowByLineAndColumn() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read("customers.csv", resource("customers/customers-faults.csv")));

        assertThat(refused.faults()).extracting(InputFault::toString).containsExactly(
                "customers.csv line 3: tenantId: 'not-a-guid' is not a GUID",
                "customers.csv line 4: cloud: 'AZURE' is not one of COMMERCIAL, GCC, GCC_HIGH, DOD",
                "customers.csv line 4: supportRole: 'maybe' is not yes or no",
                "customers.csv line 4: country: 'USA' is not an ISO 3166 alpha-2 country code",
                "customers.csv line 4: services: 'Lotus Notes' is not a service in the catalogue",
                "customers.csv line 5: expected 11 fields, found 7",
                "customers.csv line 6: tenantId: 6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b appears again (first on line 2)");
    }

    @Test
    void refusesAHeaderWithAnUnknownOrMissingColumn() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> reader.read("c.csv",
                new StringReader("tenantId,name,domain,cloud,region,relationship,supportRole,supportPlan,reseller,country,services\n")));

        assertThat(refused.faults()).extracting(InputFault::toString).containsExactly(
                "c.csv line 1: header: unknown column 'reseller' (expected " + String.join(",", CustomerCsv.HEADER)
                        + ", and optionally restricted,azureSubscriptionIds,contactName,contactEmail)",
                "c.csv line 1: header: column 'resellerType' is missing (expected " + String.join(",", CustomerCsv.HEADER) + ")");
    }

    @Test
    void acceptsColumnsInAnyOrder() throws Exception {
        List<Customer> customers = reader.read("c.csv", new StringReader(
                "services,tenantId,name,domain,cloud,region,relationship,supportRole,supportPlan,resellerType,country\n"
                        + "Azure Virtual Machines,a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d,Northwind,northwind.onmicrosoft.us,"
                        + "GCC,us-gov-texas,PENDING,no,NONE,INDIRECT,US\n"));

        assertThat(customers).singleElement().satisfies(c -> {
            assertThat(c.cloud()).isEqualTo(Cloud.GCC);
            assertThat(c.managedServices()).extracting(s -> s.name()).containsExactly("Azure Virtual Machines");
        });
    }

    @Test
    void refusesAnEmptyFile() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read("empty.csv", new StringReader("\uFEFF")));

        assertThat(refused.faults()).singleElement().extracting(InputFault::location).isEqualTo("empty.csv line 1");
    }

    @Test
    void reportsAnUnclosedQuoteByLine() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> reader.read("c.csv",
                new StringReader(String.join(",", CustomerCsv.HEADER) + "\n\"Contoso,\n")));

        assertThat(refused.faults()).singleElement().hasToString(
                "c.csv line 2: a quoted field is not closed before the end of the file");
    }

    @Test
    void reportsABadDomainFromTheCustomerRecord() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> reader.read("c.csv",
                new StringReader(String.join(",", CustomerCsv.HEADER) + "\n"
                        + "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d,Northwind,not a domain,GCC,us-gov-texas,ACTIVE,yes,CSP,"
                        + "DIRECT,US,Exchange Online\n")));

        assertThat(refused.faults()).singleElement().hasToString(
                "c.csv line 2: domain: 'not a domain' is not a domain name such as contoso.onmicrosoft.us");
    }

    static Reader resource(String name) {
        return new InputStreamReader(CustomerCsvTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void theOptionalRestrictedColumnOverridesTheCloudsDefault() throws Exception {
        String header = String.join(",", CustomerCsv.HEADER) + ",restricted\n";
        String gccHigh = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b,Contoso,contoso.onmicrosoft.us,GCC_HIGH,us-gov-virginia,"
                + "ACTIVE,yes,CSP,DIRECT,US,Exchange Online";
        String commercial = "0b8e7d6c-5a4b-4c3d-9e2f-1a0b9c8d7e6f,Fabrikam,fabrikam.onmicrosoft.com,COMMERCIAL,eastus,"
                + "ACTIVE,yes,CSP,DIRECT,US,Exchange Online";
        String dod = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f,Tailspin,tailspin.onmicrosoft.us,DOD,us-dod-east,"
                + "ACTIVE,yes,CSP,DIRECT,US,Exchange Online";

        var read = reader.read("c.csv", new StringReader(header + gccHigh + ",no\n" + commercial + ",yes\n" + dod + ",\n"));
        var withoutColumn = reader.read("c.csv", new StringReader(String.join(",", CustomerCsv.HEADER) + "\n" + gccHigh
                + "\n" + commercial + "\n"));
        InvalidInputException bad = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read("c.csv", new StringReader(header + gccHigh + ",maybe\n")));

        assertThat(read).extracting(c -> c.restricted()).containsExactly(false, true, true);
        assertThat(withoutColumn).extracting(c -> c.restricted()).containsExactly(true, false);
        assertThat(bad.faults()).extracting(InputFault::toString)
                .containsExactly("c.csv line 2: restricted: 'maybe' is not yes or no");
    }
}
