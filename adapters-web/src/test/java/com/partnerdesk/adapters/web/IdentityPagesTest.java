package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.secondfactor.Totp;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The global admin's Entra groups page, and an agent's own second factor page with its QR code. */
class IdentityPagesTest {
    private static final String GROUP = "5f1d2c3b-0000-4000-8000-00000000a11d";
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
    void theGlobalAdminMapsAGroupToARoleAndRemovesIt() {
        WebHarness.Session admin = web.signIn(Role.GLOBAL_ADMIN);
        assertThat(web.page(admin, "/admin/groups").body()).contains("id=\"no-mappings\"");

        var mapped = web.submit(admin, "/admin/groups", Map.of("groupId", GROUP.toUpperCase(), "role", "HELPDESK_AGENT",
                "screened", "true"));
        assertThat(mapped.status()).isEqualTo(303);
        assertThat(web.desk.groupMappings().list(Desk.operator()))
                .containsExactly(new GroupMapping(GroupId.of(GROUP), Role.HELPDESK_AGENT, true));
        assertThat(web.page(admin, "/admin/groups").body()).contains(GROUP).contains("Helpdesk agent")
                .contains("from their next sign-in");

        assertThat(web.submit(admin, "/admin/groups/unmap", Map.of("groupId", GROUP)).status()).isEqualTo(303);
        assertThat(web.desk.groupMappings().list(Desk.operator())).isEmpty();
    }

    @Test
    void aGroupIdThatIsNoGuidIsRefusedBesideItsField() {
        WebHarness.Session admin = web.signIn(Role.GLOBAL_ADMIN);
        var refused = web.submit(admin, "/admin/groups", Map.of("groupId", "Helpdesk", "role", "HELPDESK_AGENT"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Group object id").contains("is not a GUID").contains("value=\"Helpdesk\"");
        assertThat(web.desk.groupMappings().list(Desk.operator())).isEmpty();
    }

    @Test
    void anAgentEnrolsASecondFactorFromTheQrCodeAndGetsRecoveryCodesOnce() {
        WebHarness.Session sales = web.signIn(Role.SALES_AGENT);
        assertThat(web.page(sales, "/account/second-factor").body()).contains("id=\"not-enrolled\"");

        var enrolling = web.submit(sales, "/account/second-factor", Map.of());
        assertThat(enrolling.status()).isEqualTo(200);
        assertThat(enrolling.header("Cache-Control")).contains("no-store");
        assertThat(enrolling.body()).contains("<svg").contains("aria-label=\"QR code").contains("<path fill=\"#000\"");
        Matcher secret = Pattern.compile("id=\"secret\">([A-Z2-7]{32})<").matcher(enrolling.body());
        assertThat(secret.find()).isTrue();
        String code = Totp.code(TotpSecret.ofBase32(secret.group(1)).bytes(), web.clock().instant());

        var wrong = web.submit(sales, "/account/second-factor/confirm", Map.of("code", "12345"));
        assertThat(wrong.status()).isEqualTo(400);
        var confirmed = web.submit(sales, "/account/second-factor/confirm", Map.of("code", code));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body()).contains("id=\"recovery-codes\"");
        assertThat(Pattern.compile("<code>[a-z2-9]{5}-[a-z2-9]{5}</code>").matcher(confirmed.body()).results().count())
                .isEqualTo(10);
        assertThat(web.page(sales, "/account/second-factor").body()).contains("id=\"enrolled\"")
                .doesNotContain("recovery-codes");
    }
}
