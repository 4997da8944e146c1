package com.partnerdesk.adapters.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.domain.catalogue.ProductFamily;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The portal gateway: the link in the customer's context, the seed's steps with the request's values, its settings. */
class PortalVendorGatewayTest {
    private static final ServiceRequest REQUEST = Samples.request(Samples.CONTOSO_ID, List.of(CaseId.random()),
            Optional.empty(), Samples.T0);

    @Test
    void theDefaultLinkIsTheSeedsPartnerDashboardOpenedOnTheCustomer() {
        VendorGateway gateway = new PortalVendorGateway(PortalVendorGateway.DEFAULT_DASHBOARD);

        assertThat(gateway.manualFiling(REQUEST, Cloud.GCC_HIGH)).hasValueSatisfying(filing -> assertThat(filing.link()).isEqualTo(
                "https://partner.microsoft.com/dashboard/customers/" + Samples.CONTOSO_ID.value() + "/servicemanagement"));
    }

    @Test
    void theStepsFollowTheSeedWithTheRequestsOwnValuesAndThePartnersContact() {
        var filing = new PortalVendorGateway("https://dash.example/c/{tenantId}/sm").manualFiling(REQUEST, Cloud.GCC_HIGH).orElseThrow();

        assertThat(filing.link()).isEqualTo("https://dash.example/c/" + Samples.CONTOSO_ID.value() + "/sm");
        String steps = String.join("\n", filing.steps());
        assertThat(steps).contains("Service requests, then New request, then the product Office 365",
                "Support, then New service request", "Mail flow (" + Samples.MAIL_FLOW_TOPIC + ")", "severity critical",
                "country US", "Dana Whitfield <escalations@federalcloudpartners.example>", "never the customer's",
                "2 h response clock");
        assertThat(filing.portalName()).isEqualTo("the Microsoft 365 admin center for GCC High");
        assertThat(steps).contains("sends you on to the Microsoft 365 admin center for GCC High (https://portal.office365.us)",
                "In the Microsoft 365 admin center for GCC High, sign in");
    }

    @ParameterizedTest
    @CsvSource({
            "OFFICE_365,COMMERCIAL,https://admin.microsoft.com", "OFFICE_365,GCC,https://admin.microsoft.com",
            "OFFICE_365,GCC_HIGH,https://portal.office365.us", "OFFICE_365,DOD,https://portal.apps.mil",
            "AZURE,COMMERCIAL,https://portal.azure.com", "AZURE,GCC,https://portal.azure.com",
            "AZURE,GCC_HIGH,https://portal.azure.us", "AZURE,DOD,https://portal.azure.us",
            "DYNAMICS_365,GCC,https://admin.powerplatform.microsoft.com",
            "DYNAMICS_365,GCC_HIGH,https://admin.powerplatform.microsoft.us",
            "DYNAMICS_365,DOD,https://admin.appsplatform.us"})
    void theProductPortalFollowsTheProductFamilyAndTheCustomersCloud(ProductFamily family, Cloud cloud, String link) {
        assertThat(ProductPortal.of(family, cloud).link()).isEqualTo(link);
    }

    @Test
    void nothingIsSentTheRequestWaitsForTheAgent() {
        var gateway = new PortalVendorGateway("https://dash.example/c/{tenantId}/sm");

        assertThat(gateway.submit(REQUEST, "correlation")).isInstanceOfSatisfying(VendorGateway.AwaitingAgent.class,
                waiting -> assertThat(waiting.instructions()).contains("https://dash.example/c/" + Samples.CONTOSO_ID.value()));
        assertThat(gateway.fetch("2611240040001234")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://partner.microsoft.com/dashboard", "ftp://dash.example/{tenantId}",
            "dashboard/customers/{tenantId}", "https:///{tenantId}", "https://dash example/{tenantId}"})
    void aDashboardAddressThatCannotOpenTheCustomerIsRefused(String template) {
        assertThatThrownBy(() -> new PortalVendorGateway(template))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(template.strip());
    }
}
