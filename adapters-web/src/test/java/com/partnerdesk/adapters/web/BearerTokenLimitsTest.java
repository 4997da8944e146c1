package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Wrong bearer tokens are limited per address and audited aggregated; expired and revoked tokens stop (issue 13). */
class BearerTokenLimitsTest {
    private final WebHarness web = new WebHarness();

    @AfterEach
    void stop() {
        web.close();
    }

    private WebHarness.Res withToken(String token) {
        return web.send("GET", "/api/v1/cases", null, null, "Authorization", "Bearer " + token);
    }

    private List<AuditEvent> refusals() {
        return web.desk.audit().since(Desk.operator(), Optional.empty(), 10_000).stream()
                .filter(e -> e.action().equals("agent.token-refused")).toList();
    }

    @Test
    void wrongTokensFromOneAddressAreLimitedAndAuditedAsOneEvent() {
        for (int i = 0; i < TokenFailures.ALLOWED; i++) {
            assertThat(withToken("pd_guess" + i).status()).isEqualTo(401);
        }

        WebHarness.Res limited = withToken("pd_guess-more");
        WebHarness.Res evenAGoodToken = web.get(Role.HELPDESK_AGENT, "/api/v1/cases");
        web.server.flushTokenFailures();

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isPresent();
        assertThat(evenAGoodToken.status()).isEqualTo(429);
        assertThat(refusals()).singleElement().satisfies(e -> {
            assertThat(e.actor()).startsWith("bearer token from ");
            assertThat(e.detail()).startsWith((TokenFailures.ALLOWED + 2) + " request(s)");
        });

        web.clock().advance(TokenFailures.WINDOW);
        assertThat(web.get(Role.HELPDESK_AGENT, "/api/v1/cases").status()).isEqualTo(200);
        web.server.flushTokenFailures();
        assertThat(refusals()).hasSize(1);
    }

    @Test
    void anExpiredOrRevokedTokenIsRefusedAndTheAgentsOtherTokenKeepsWorking() {
        Email email = Email.of(web.emails.get(Role.HELPDESK_AGENT));
        String shortLived = web.desk.agents().issueToken(Desk.operator(), email, Optional.of("short"),
                Optional.of(Duration.ofDays(1)));
        String revoked = web.desk.agents().issueToken(Desk.operator(), email, Optional.of("laptop"), Optional.empty());
        assertThat(withToken(shortLived).status()).isEqualTo(200);
        assertThat(withToken(revoked).status()).isEqualTo(200);

        web.desk.agents().revokeToken(Desk.operator(), email, "laptop");
        web.clock().advance(Duration.ofDays(1));

        assertThat(withToken(shortLived).status()).isEqualTo(401);
        assertThat(withToken(revoked).status()).isEqualTo(401);
        assertThat(web.get(Role.HELPDESK_AGENT, "/api/v1/cases").status()).isEqualTo(200);
    }
}
