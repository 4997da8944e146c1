package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.adapters.web.support.WebRole;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.1 description of {@code /api/v1}: served at {@code /api/v1/openapi.json}, it describes every route of
 * the server's route table and nothing else, its references resolve, and real responses match it. (Every API response
 * of every web test is also checked against it, in {@link WebHarness}; here each operation is answered successfully at
 * least once, so that no success schema goes unchecked.)
 */
class OpenApiTest {
    private static WebHarness web;

    @BeforeAll
    static void start() {
        web = new WebHarness();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theDescriptionIsServedToAnySignedInCallerAndIsOpenApi31() {
        WebHarness.Res served = web.get(Role.SALES_AGENT, "/api/v1/openapi.json");

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type").orElse("")).startsWith("application/json");
        assertThat(served.json()).isEqualTo(ApiDescription.get().document());
        assertThat(served.json().get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(served.json().at("/servers/0/url").asText()).isEqualTo("/api/v1");
        assertThat(web.get(null, "/api/v1/openapi.json").status()).as("not without a token").isEqualTo(401);
    }

    @Test
    void everyRouteOfTheServersRouteTableIsDescribedAndNothingElse() {
        Set<String> served = TenantIsolationSweepTest.apiRoutes(web.server);

        assertThat(served).as("the route table could not be read").hasSizeGreaterThan(10);
        assertThat(ApiDescription.get().operations()).as("routes the OpenAPI description leaves out")
                .containsAll(served);
        assertThat(served).as("operations the description has but the server does not")
                .containsAll(ApiDescription.get().operations());
    }

    @Test
    void aRouteAddedWithoutItsDescriptionIsCaught() {
        WebServer extended = new WebServer(WebHarness.deps(web.desk), WebSettings.defaults(false),
                routes -> routes.get("/api/v1/cases/{id}/secrets", ctx -> ctx.result("{}"), WebRole.AGENTS));

        Set<String> undescribed = new TreeSet<>(TenantIsolationSweepTest.apiRoutes(extended));
        undescribed.removeAll(ApiDescription.get().operations());

        assertThat(undescribed).containsExactly("GET /api/v1/cases/{id}/secrets");
        assertThat(ApiDescription.get().check("GET", "/api/v1/cases/x/secrets", 200, "application/json", "{}"))
                .singleElement().asString().contains("has no such operation");
    }

    @Test
    void everyReferenceOfTheDescriptionResolves() {
        assertThat(ApiDescription.get().danglingReferences()).isEmpty();
    }

    @Test
    void aResponseThatStraysFromItsSchemaIsCaught() {
        JsonNode real = web.openEscalatableCase();
        ObjectNode wrongStatus = real.deepCopy();
        wrongStatus.put("status", "OPEN");
        ObjectNode noVersion = real.deepCopy();
        noVersion.remove("version");
        ObjectNode badTime = real.deepCopy();
        badTime.put("openedAt", "yesterday");
        String path = "/api/v1/cases/" + real.get("id").asText();
        ApiDescription api = ApiDescription.get();

        assertThat(api.check("GET", path, 200, "application/json", real.toString())).isEmpty();
        assertThat(api.check("GET", path, 200, "application/json", wrongStatus.toString())).isNotEmpty();
        assertThat(api.check("GET", path, 200, "application/json", noVersion.toString()))
                .anySatisfy(f -> assertThat(f).contains("version"));
        assertThat(api.check("GET", path, 200, "application/json", badTime.toString())).isNotEmpty();
        assertThat(api.check("GET", path, 200, "text/html", real.toString())).isNotEmpty();
        assertThat(api.check("GET", path, 404, "application/problem+json", "{\"status\":404}"))
                .as("a problem without its title and detail").isNotEmpty();
    }

    /** Each operation answered with success once, its body checked against the description here (not only in the harness). */
    @Test
    void everyOperationsSuccessfulResponseMatchesItsSchema() {
        // an advisory on Teams: it does not hold back the Exchange case escalated below
        web.desk.healthIssues().importIssues(Desk.operator(), List.of(Samples.teamsAdvisory("TM7001",
                Samples.T0.minusSeconds(3600))), n -> { });
        String contoso = Samples.CONTOSO_ID.value();
        Set<String> answered = new TreeSet<>();
        Checked c = (op, r, status) -> {
            assertThat(r.status()).as(op + ": " + r).isEqualTo(status);
            ApiDescription.get().assertMatches(op.split(" ")[0], r.raw().uri().getRawPath(), r.status(),
                    r.header("Content-Type").orElse(null), r.body());
            answered.add(ApiDescription.get().operation(op.split(" ")[0], r.raw().uri().getRawPath()).orElseThrow().key());
        };

        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/me"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/customers"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/customers/" + contoso), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/health/issues"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/health/issues/TM7001"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/health/sync"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/support-topics?productFamily=OFFICE_365"), 200);
        WebHarness.Res opened = web.post(Role.GLOBAL_ADMIN, "/api/v1/customers/" + contoso + "/cases",
                WebHarness.unavailableCase(), "Idempotency-Key", "openapi-" + System.nanoTime());
        c.check("POST", opened, 201);
        String id = opened.json().get("id").asText();
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/cases?status=TRIAGED"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/cases?clock=at-risk&sort=clock"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/cases/" + id), 200);
        WebHarness.Res noted = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/notes",
                Map.of("text", "Recreated the connector", "kind", "TROUBLESHOOTING"));
        c.check("POST", noted, 201);
        WebHarness.Res triaged = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/triage", Map.of(),
                "If-Match", noted.json().get("version").asText());
        c.check("POST", triaged, 200);
        JsonNode other = web.openEscalatableCase();
        c.check("POST", web.post(Role.SALES_AGENT, "/api/v1/cases/" + other.get("id").asText()
                + "/escalation-request", Map.of("note", "The customer's CIO called twice")), 200);
        Map<String, Object> draft = WebHarness.escalationDraft(Samples.MAIL_FLOW_TOPIC);
        c.check("POST", web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/escalation/readiness", draft), 200);
        WebHarness.Res filed = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/escalation", draft,
                "If-Match", triaged.json().get("version").asText());
        c.check("POST", filed, 201);
        String request = filed.json().get("id").asText();
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/service-requests"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/service-requests/" + request), 200);
        c.check("POST", web.post(Role.GLOBAL_ADMIN, "/api/v1/service-requests/" + request + "/vendor-number",
                Map.of("vendorRequestNumber", "2603100040007001")), 200);
        c.check("PATCH", web.patch(Role.GLOBAL_ADMIN, "/api/v1/service-requests/" + request,
                Map.of("newNote", "Any news?")), 200);
        c.check("POST", web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/owner",
                Map.of("agent", web.emails.get(Role.HELPDESK_AGENT))), 200);
        JsonNode escalated = web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id).json();
        WebHarness.Res resolved = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/resolve",
                Map.of("resolution", "The vendor fixed the relay"), "If-Match", escalated.get("version").asText());
        c.check("POST", resolved, 200);
        WebHarness.Res reopened = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/reopen",
                Map.of("reason", "It came back"), "If-Match", resolved.json().get("version").asText());
        c.check("POST", reopened, 200);
        WebHarness.Res resolvedAgain = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/resolve",
                Map.of("resolution", "Fixed for good"), "If-Match", reopened.json().get("version").asText());
        c.check("POST", web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/close", Map.of(),
                "If-Match", resolvedAgain.json().get("version").asText()), 200);
        c.check("GET", web.get(Role.GLOBAL_ADMIN, "/api/v1/agents"), 200);
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("email", "openapi.agent@federalcloudpartners.example");
        agent.put("name", "Open Api");
        agent.put("roles", List.of("HELPDESK_AGENT"));
        agent.put("password", "a long and unguessable passphrase");
        c.check("POST", web.post(Role.GLOBAL_ADMIN, "/api/v1/agents", agent), 201);
        c.check("GET", web.get(Role.ADMIN_AGENT, "/api/v1/audit?outcome=ALLOWED&action=case.escalate"), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/reports/escalations?since="
                + Samples.T0.minusSeconds(86_400)), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/openapi.json"), 200);
        WebHarness.Res partner = web.get(Role.SALES_AGENT, "/api/v1/partner");
        c.check("GET", partner, 200);
        c.check("PUT", web.put(Role.GLOBAL_ADMIN, "/api/v1/partner", Map.of("organization", "Federal Cloud Partners LLC",
                "primaryContact", Map.of("name", "Dana Whitfield", "email", "dana@federalcloudpartners.example",
                        "phone", "+1 703 555 0100"), "advancedSupport", true),
                "If-Match", partner.header("ETag").orElseThrow()), 200);
        WebHarness.Res clock = web.get(Role.SALES_AGENT, "/api/v1/settings/customer-clock");
        c.check("GET", clock, 200);
        c.check("PUT", web.put(Role.GLOBAL_ADMIN, "/api/v1/settings/customer-clock", Map.of(
                "targets", Map.of("MODERATE", Map.of("firstResponse", "2h", "resolution", "PT24H")),
                "timeZone", "America/New_York", "workingDays", java.util.List.of("MONDAY", "FRIDAY"), "opens", "08:30",
                "closes", "17:30", "holidays", java.util.List.of("2026-11-26")),
                "If-Match", clock.header("ETag").orElseThrow()), 200);
        c.check("GET", web.get(Role.ADMIN_AGENT, "/api/v1/notifications?limit=5"), 200);
        c.check("POST", web.post(Role.ADMIN_AGENT, "/api/v1/notifications/" + web.parkedNotification() + "/retry",
                Map.of()), 200);
        c.check("GET", web.get(Role.SALES_AGENT, "/api/v1/me/notifications"), 200);
        c.check("POST", web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + web.caseOfACustomerWithAContact()
                + "/customer-updates", Map.of("subject", "Exchange Online: an update", "text", "Mail flows again.")), 200);
        web.desk.healthIssues().importIssues(Desk.operator(), List.of(Samples.exchangeIncident("EX7002",
                Samples.T0.minusSeconds(3600), com.partnerdesk.domain.health.HealthStatus.INVESTIGATING,
                Samples.T0.minusSeconds(3000))), n -> { });
        web.openEscalatableCase();
        c.check("POST", web.post(Role.HELPDESK_AGENT, "/api/v1/customer-updates", Map.of("healthIssueId", "EX7002",
                "subject", "Exchange Online: an update", "text", "Microsoft is restoring mail flow.")), 200);
        c.check("PUT", web.put(Role.SALES_AGENT, "/api/v1/me/notifications", Map.of("mailOff",
                List.of("cluster.formed"))), 200);

        assertThat(answered).as("operations answered successfully here").isEqualTo(ApiDescription.get().operations());
    }

    @FunctionalInterface
    private interface Checked {
        void check(String method, WebHarness.Res response, int status);
    }
}
