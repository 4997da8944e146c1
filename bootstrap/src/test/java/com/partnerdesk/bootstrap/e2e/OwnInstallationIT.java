package com.partnerdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.adapters.web.WebServer;
import com.partnerdesk.bootstrap.PartnerDeskApp;
import com.partnerdesk.bootstrap.reliability.DeskApi;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Your own installation", as a newcomer runs it, without {@code --demo}: an empty database, the partner's
 * profile and the agents set through the CLI, customers and health issues imported from the files the README uses
 * ({@code docs/examples}), then a case opened and escalated through the API. The service request carries the
 * partner's contact, never the customer's.
 */
class OwnInstallationIT {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final String ADATUM = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";

    @TempDir
    Path dir;

    private static DeskFile.Run ok(DeskFile.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    @DisplayName("from an empty database to a filed escalation with the product's own commands and files")
    void fromAnEmptyDatabaseToAnEscalationCarryingThePartnersContact() {
        DeskFile desk = new DeskFile(dir.resolve("partnerdesk.db"), Map.of());
        assertThat(ok(desk.run("db", "migrate")).out()).contains("integrity check: ok");
        assertThat(ok(desk.run("partner", "show")).out()).contains("(none: set it with --contact-name");

        assertThat(desk.run("partner", "set", "--contact-name", "Jordan Lee", "--contact-email", "jordan.lee",
                "--contact-phone", "+1 202 555 0147").exitCode()).as("a bad e-mail is refused").isEqualTo(2);
        ok(desk.run("partner", "set", "--organization", "Northbridge Federal Partners LLC", "--contact-name",
                "Jordan Lee", "--contact-email", "support@northbridge-federal.example", "--contact-phone",
                "+1 202 555 0147"));
        ok(desk.run("agents", "add", "--email", "ava.admin@northbridge-federal.example", "--name", "Ava Brooks",
                "--role", "GLOBAL_ADMIN"));
        ok(desk.run("agents", "add", "--email", "liam.helpdesk@northbridge-federal.example", "--name", "Liam Chen",
                "--role", "HELPDESK_AGENT"));
        // the example customers are GCC High: restricted, seen by screened agents only
        ok(desk.run("agents", "screened", "--email", "ava.admin@northbridge-federal.example", "--yes"));
        ok(desk.run("agents", "screened", "--email", "liam.helpdesk@northbridge-federal.example", "--yes"));
        String token = ok(desk.run("agents", "token", "--email", "liam.helpdesk@northbridge-federal.example")).out()
                .lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElseThrow();
        assertThat(ok(desk.run("customers", "import", EXAMPLES.resolve("customers.csv").toString())).out())
                .contains("added 2");
        assertThat(ok(desk.run("health", "import", EXAMPLES.resolve("service-health-issues.json").toString())).out())
                .contains("added 2");

        PartnerDeskApp app = desk.app();
        WebServer server = app.injector().getInstance(WebServer.class);
        server.start("127.0.0.1", 0);
        try {
            DeskApi api = new DeskApi(URI.create("http://127.0.0.1:" + server.port()), token);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("service", "Exchange Online");
            problem.put("title", "No mailbox can be reached from Outlook");
            problem.put("description", "Since 14:00 UTC every user gets 'cannot connect to server' in Outlook and OWA.");
            problem.put("startedAt", Instant.now().minus(Duration.ofMinutes(25)).toString());
            problem.put("usersAffected", "TENANT");
            problem.put("impact", "CRITICAL");
            problem.put("classification", "UNAVAILABLE");
            DeskApi.Answer opened = api.post("/api/v1/customers/" + ADATUM + "/cases", problem, Map.of());
            assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
            assertThat(opened.body().get("triage").get("outcome").asText()).isEqualTo("ESCALATE");

            Map<String, Object> draft = new LinkedHashMap<>();
            draft.put("title", "Exchange Online unreachable for the whole tenant");
            draft.put("description", "Since 14:00 UTC no user reaches a mailbox; the health board shows nothing for "
                    + "Exchange Online.");
            draft.put("severity", "critical");
            draft.put("supportTopicId", api.supportTopic("OFFICE_365", "Service availability"));
            draft.put("countryCode", "US");
            draft.put("evidence", Map.of("affectedUsers", "all 850 users"));
            DeskApi.Answer filed = api.post("/api/v1/cases/" + opened.body().get("id").asText() + "/escalation", draft,
                    Map.of("If-Match", opened.header("ETag")));

            assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
            JsonNode contact = filed.body().get("primaryContact");
            assertThat(contact.get("name").asText()).isEqualTo("Jordan Lee");
            assertThat(contact.get("email").asText()).isEqualTo("support@northbridge-federal.example");
            assertThat(contact.get("phone").asText()).isEqualTo("+1 202 555 0147");
            assertThat(filed.body().get("organization").asText()).isEqualTo("Northbridge Federal Partners LLC");
            assertThat(filed.body().get("tenantId").asText()).isEqualTo(ADATUM);
            assertThat(filed.body().toString()).as("nothing of the customer's own people or domain as the contact")
                    .doesNotContain("adatumhealth.onmicrosoft.us");
        } finally {
            server.stop();
            app.close();
        }
    }
}
