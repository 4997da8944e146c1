package com.partnerdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.adapters.vendor.PortalVendorGateway;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vendor gateway chosen from the environment: the portal by default, a bad dashboard address named by its setting. */
class VendorModuleTest {

    @Test
    void thePortalIsTheDefault() {
        assertThat(new VendorModule(Map.of()).gateway(Clock.systemUTC())).isInstanceOf(PortalVendorGateway.class);
    }

    @Test
    void aDashboardAddressThatCannotOpenTheCustomerIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new VendorModule(Map.of("PARTNERDESK_DASHBOARD_URL", "https://partner.microsoft.com"))
                .gateway(Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("PARTNERDESK_DASHBOARD_URL: ");
    }
}
