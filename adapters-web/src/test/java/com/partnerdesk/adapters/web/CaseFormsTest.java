package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Role;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case page's forms never lose the agent's work: a refusal comes back with what was typed and every fault beside
 * its field, in words; the escalation panel keeps its draft while the agent adds the step the checklist asks for and
 * files exactly what is on screen; a stale form shows what changed and keeps the text; every action is confirmed.
 */
class CaseFormsTest {
    private WebHarness web;

    @BeforeEach
    void start() {
        web = new WebHarness();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static Map<String, String> escalationForm(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("description", "Since 13:00 no user can connect");
        form.put("severity", "CRITICAL");
        form.put("supportTopicId", Samples.MAIL_FLOW_TOPIC);
        form.put("countryCode", "US");
        form.put("evidence.affectedUsers", "all 2,400 users");
        return form;
    }

    @Test
    void aRefusedNewCaseShowsEveryFaultBesideItsFieldInWordsWithWhatWasTyped() {
        WebHarness.Session s = web.signIn(Role.HELPDESK_AGENT);

        var r = web.submit(s, "/customers/" + Samples.CONTOSO_ID.value() + "/cases", Map.of("service",
                "Exchange Online", "title", "Mail stuck for the legal team", "description", "", "startedAt",
                "yesterday", "impact", "CRITICAL", "classification", "UNAVAILABLE"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("value=\"Mail stuck for the legal team\"")
                .contains("When it started: 'yesterday' is not a date and time")
                .contains("Users affected: is required")
                .contains("id=\"startedAt-error\"").contains("aria-describedby=\"startedAt-error\"")
                .contains("id=\"usersAffected-error\"").doesNotContain("Invalid input (400)");
    }

    @Test
    void theEscalationDraftSurvivesTheTroubleshootingStepAndFilingSendsWhatIsOnScreen() {
        JsonNode c = web.openEscalatableCase();
        String path = "/cases/" + c.get("id").asText();
        WebHarness.Session s = web.signIn(Role.HELPDESK_AGENT);

        var checked = web.submit(s, path + "/escalation/readiness", escalationForm("Mail down for the whole tenant"));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("value=\"Mail down for the whole tenant\"").contains("Readiness checklist");

        Map<String, String> withStep = escalationForm("Mail down, edited after the check");
        withStep.put("troubleshootingNote", "Recreated the outbound connector: no change");
        var step = web.submit(s, path + "/escalation/troubleshooting", withStep);
        assertThat(step.status()).as(step.toString()).isEqualTo(303);
        var after = web.page(s, path);
        assertThat(after.body()).contains("Troubleshooting step added; your escalation draft is kept.")
                .contains("value=\"Mail down, edited after the check\"")
                .contains("Recreated the outbound connector: no change");
        assertThat(web.page(s, path).body()).as("the confirmation is shown once")
                .doesNotContain("Troubleshooting step added;").contains("value=\"Mail down, edited after the check\"");

        Map<String, String> filed = escalationForm("Mail down, as finally written");
        filed.put("version", web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + c.get("id").asText()).json()
                .get("version").asText());
        var request = web.submit(s, path + "/escalation", filed);
        assertThat(request.status()).as(request.toString()).isEqualTo(303);
        String requestPath = request.header("Location").orElseThrow();
        assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1" + requestPath).json().get("title").asText())
                .isEqualTo("Mail down, as finally written");
        assertThat(web.page(s, requestPath).body()).contains("Service request filed");
    }

    @Test
    void aFilingTheChecklistRefusesComesBackWithTheTextAndTheFailedChecks() {
        JsonNode c = web.openEscalatableCase();
        String path = "/cases/" + c.get("id").asText();
        WebHarness.Session s = web.signIn(Role.HELPDESK_AGENT);
        Map<String, String> form = escalationForm("Mail down, topic forgotten");
        form.put("supportTopicId", "");
        form.put("evidence.startedAt", "13 o'clock");
        form.put("version", c.get("version").asText());

        var r = web.submit(s, path + "/escalation", form);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("value=\"Mail down, topic forgotten\"").contains("value=\"13 o&#39;clock\"")
                .contains("When it started: '13 o'clock' is not a date and time")
                .contains("Your draft is kept");
        form.put("evidence.startedAt", "");
        var notReady = web.submit(s, path + "/escalation", form);
        assertThat(notReady.status()).isEqualTo(422);
        assertThat(notReady.body()).contains("value=\"Mail down, topic forgotten\"").contains("Failed:")
                .contains("Choose a support topic");
    }

    @Test
    void anAgentTakesACaseFromItsPageAndAnAdminAgentAssignsIt() {
        JsonNode c = web.openEscalatableCase();
        String path = "/cases/" + c.get("id").asText();
        WebHarness.Session helpdesk = web.signIn(Role.HELPDESK_AGENT);
        String before = web.page(helpdesk, path).body();
        assertThat(before).contains("Unowned").contains("id=\"take\"").doesNotContain("id=\"assign\"");

        var taken = web.submit(helpdesk, path + "/owner", Map.of("version", c.get("version").asText(),
                "agent", web.emails.get(Role.HELPDESK_AGENT)));
        assertThat(taken.status()).isEqualTo(303);
        String after = web.page(helpdesk, path).body();
        assertThat(after).contains("The case is now owned by Helpdesk agent.").contains("id=\"release\"")
                .doesNotContain("id=\"take\"").contains("Taken: nobody → Helpdesk agent");

        WebHarness.Session admin = web.signIn(Role.ADMIN_AGENT);
        String adminPage = web.page(admin, path).body();
        assertThat(adminPage).contains("id=\"assign\"").contains(web.emails.get(Role.GLOBAL_ADMIN))
                .doesNotContain("value=\"" + web.emails.get(Role.SALES_AGENT) + "\"");
        String version = adminPage.replaceAll("(?s).*name=\"version\" value=\"([0-9]+)\".*", "$1");
        var assigned = web.submit(admin, path + "/owner", Map.of("version", version,
                "agent", web.emails.get(Role.GLOBAL_ADMIN)));
        assertThat(assigned.status()).isEqualTo(303);
        assertThat(web.page(admin, path).body()).contains("Global admin (" + web.emails.get(Role.GLOBAL_ADMIN) + ")");
    }

    @Test
    void theQueuePagesWithNextAndPreviousSortsByItsHeadingsAndShowsMyCases() {
        for (int i = 0; i < 52; i++) {
            web.openCase(Samples.CONTOSO_ID.value(), "Exchange Online", "CONFIGURATION");
        }
        String mine = web.openCase(Samples.FABRIKAM_ID.value(), "Exchange Online", "CONFIGURATION").get("id").asText();
        web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + mine + "/owner", Map.of("agent", web.emails.get(Role.HELPDESK_AGENT)));
        WebHarness.Session s = web.signIn(Role.HELPDESK_AGENT);

        String first = web.page(s, "/cases").body();
        assertThat(first).contains("1–50 of 53").contains("id=\"next-page\"").doesNotContain("id=\"previous-page\"")
                .contains("href=\"/cases?sort=customer\"").contains("aria-sort=\"descending\"")
                .contains("href=\"/cases?offset=50\"");
        String second = web.page(s, "/cases?offset=50").body();
        assertThat(second).contains("51–53 of 53").contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");

        String byCustomer = web.page(s, "/cases?sort=-customer").body();
        String rows = byCustomer.substring(byCustomer.indexOf("<tbody>"));
        assertThat(rows.indexOf("Fabrikam Aerospace")).as("Fabrikam first, Z to A").isNotNegative()
                .isLessThan(rows.indexOf("Contoso Defense Solutions"));
        assertThat(byCustomer).contains("href=\"/cases?sort=customer\"").contains("aria-sort=\"descending\"");

        String myCases = web.page(s, "/cases?owner=me").body();
        assertThat(myCases).contains("1–1 of 1").contains("/cases/" + mine).contains("aria-current=\"page\">My cases");
        assertThat(web.page(s, "/cases?owner=none").body()).contains("1–50 of 52");
        assertThat(web.page(s, "/cases?sort=colour").status()).isEqualTo(400);
    }

    @Test
    void aStaleFormShowsWhatChangedAndKeepsTheText() {
        JsonNode c = web.openCase(Samples.CONTOSO_ID.value(), "Exchange Online", "CONFIGURATION");
        String id = c.get("id").asText();
        WebHarness.Session s = web.signIn(Role.HELPDESK_AGENT);
        String seen = web.page(s, "/cases/" + id).body();
        assertThat(seen).contains("name=\"seenAt\"");
        web.clock().advance(Duration.ofMinutes(5));
        web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/resolve", Map.of("resolution", "Fixed by the customer"),
                "If-Match", c.get("version").asText());
        String seenAt = seen.replaceAll("(?s).*name=\"seenAt\" value=\"([^\"]+)\".*", "$1");

        var r = web.submit(s, "/cases/" + id + "/resolve", Map.of("version", c.get("version").asText(), "seenAt", seenAt,
                "resolution", "Recreated the connector and the mail flows"));

        assertThat(r.status()).isEqualTo(412);
        assertThat(r.body()).contains("Someone changed this case since you opened it")
                .contains("What changed since you opened the page").contains("Fixed by the customer")
                .contains("Your text, kept").contains("Recreated the connector and the mail flows");
    }

    @Test
    void aSalesAgentAsksForEscalationAndTheCaseIsFlaggedForTheAdminAgents() {
        JsonNode c = web.openEscalatableCase();
        String path = "/cases/" + c.get("id").asText();
        WebHarness.Session sales = web.signIn(Role.SALES_AGENT);
        var casePage = web.page(sales, path);
        assertThat(casePage.body()).contains("Ask for escalation").doesNotContain("File the service request")
                .doesNotContain("Check readiness");

        var asked = web.submit(sales, path + "/escalation-request", Map.of("note", "The customer's CIO called twice"));

        assertThat(asked.status()).as(asked.toString()).isEqualTo(303);
        assertThat(web.page(sales, path).body()).contains("The admin agents are asked to escalate");
        JsonNode now = web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + c.get("id").asText()).json();
        assertThat(now.get("attentionNeeded").asBoolean()).isTrue();
        assertThat(now.get("notes").toString()).contains("The customer's CIO called twice");
        assertThat(web.get(Role.ADMIN_AGENT, "/api/v1/cases?attention=true").json().toString())
                .contains(c.get("id").asText());
    }
}
