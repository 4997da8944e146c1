package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.domain.agent.Role;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agents page cannot hurt: disabling is confirmed first and undone by enabling; no self-harm, no lock-out. */
class AgentsPageTest {
    private WebHarness web;

    @BeforeEach
    void start() {
        web = new WebHarness();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void disablingAsksFirstAndADisabledAgentIsEnabledAgain() {
        WebHarness.Session admin = web.signIn(Role.GLOBAL_ADMIN);
        String sales = web.emails.get(Role.SALES_AGENT);

        var asked = web.page(admin, "/admin/agents?disable=" + sales);
        assertThat(asked.body()).contains("Disable Sales agent?").contains("Yes, disable Sales agent")
                .contains("No, keep them");
        assertThat(web.desk.agents().list(Desk.operator())).filteredOn(a -> a.email().value().equals(sales))
                .singleElement().satisfies(a -> assertThat(a.disabled()).isFalse());

        assertThat(web.submit(admin, "/admin/agents/disable", Map.of("email", sales)).status()).isEqualTo(303);
        var disabled = web.page(admin, "/admin/agents");
        assertThat(disabled.body()).contains("disabled: signed out, API tokens revoked").contains("Enable Sales agent");

        assertThat(web.submit(admin, "/admin/agents/enable", Map.of("email", sales)).status()).isEqualTo(303);
        assertThat(web.desk.agents().list(Desk.operator())).filteredOn(a -> a.email().value().equals(sales))
                .singleElement().satisfies(a -> assertThat(a.disabled()).isFalse());
        assertThat(web.page(admin, "/admin/agents").body()).contains("enabled: they sign in with their password");
    }

    @Test
    void nobodyDisablesThemselvesAndTheLastGlobalAdminStays() {
        WebHarness.Session admin = web.signIn(Role.GLOBAL_ADMIN);

        var self = web.submit(admin, "/admin/agents/disable", Map.of("email", web.emails.get(Role.GLOBAL_ADMIN)));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.body()).contains("You cannot disable yourself").contains("<h1>Agents</h1>");

        var strip = web.submit(admin, "/admin/agents/roles", Map.of("email", web.emails.get(Role.GLOBAL_ADMIN),
                "roles", "ADMIN_AGENT"));
        assertThat(strip.status()).isEqualTo(409);
        assertThat(strip.body()).contains("Global admin role from yourself");
    }

    @Test
    void aNewAgentNeedsAPasswordAndARefusalKeepsWhatWasTyped() {
        WebHarness.Session admin = web.signIn(Role.GLOBAL_ADMIN);

        var r = web.submit(admin, "/admin/agents", Map.of("email", "new.helper@federalcloudpartners.example",
                "name", "New Helper", "roles", "HELPDESK_AGENT"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Password: is required").contains("value=\"new.helper@federalcloudpartners.example\"")
                .contains("value=\"New Helper\"").contains("id=\"password-error\"");
    }
}
