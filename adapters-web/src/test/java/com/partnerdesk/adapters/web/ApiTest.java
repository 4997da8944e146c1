package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.health.HealthStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiTest {
    private static final String CONTOSO = Samples.CONTOSO_ID.value();
    private static final String UNKNOWN_GUID = "11111111-2222-4333-8444-555555555555";

    private WebHarness web;

    @BeforeEach
    void start() {
        web = new WebHarness();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static void assertProblem(WebHarness.Res r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.has("type")).isTrue();
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        assertThat(p.get("errors").isArray()).isTrue();
    }

    // --- reads --------------------------------------------------------------------------------

    @Test
    void customersArePagedWithTotal() {
        var r = web.get(Role.HELPDESK_AGENT, "/api/v1/customers?offset=1&limit=2");
        assertThat(r.status()).isEqualTo(200);
        JsonNode page = r.json();
        assertThat(page.get("total").asInt()).isEqualTo(5);
        assertThat(page.get("offset").asInt()).isEqualTo(1);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).has("tenantId")).isTrue();
    }

    @Test
    void defaultLimitIs50AndMoreThan500IsRefused() {
        assertThat(web.get(Role.HELPDESK_AGENT, "/api/v1/customers").json().get("limit").asInt()).isEqualTo(50);
        var r = web.get(Role.HELPDESK_AGENT, "/api/v1/cases?limit=501");
        assertProblem(r, 400);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void oneCustomerWithItsManagedServices() {
        var r = web.get(Role.SALES_AGENT, "/api/v1/customers/" + CONTOSO);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("name").asText()).isEqualTo("Contoso Defense Solutions");
        assertThat(r.json().get("cloud").asText()).isEqualTo("GCC_HIGH");
        assertThat(r.json().get("managedServices")).isNotEmpty();
    }

    @Test
    void unknownAndMalformedIdsAre404() {
        assertProblem(web.get(Role.GLOBAL_ADMIN, "/api/v1/customers/" + UNKNOWN_GUID), 404);
        assertProblem(web.get(Role.GLOBAL_ADMIN, "/api/v1/customers/not-a-guid"), 404);
        assertProblem(web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + UNKNOWN_GUID), 404);
        assertProblem(web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/42"), 404);
        assertProblem(web.get(Role.GLOBAL_ADMIN, "/api/v1/service-requests/" + UNKNOWN_GUID), 404);
        assertProblem(web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + UNKNOWN_GUID + "/notes", Map.of("text", "x")), 404);
        assertProblem(web.post(Role.GLOBAL_ADMIN, "/api/v1/customers/" + UNKNOWN_GUID + "/cases",
                WebHarness.unavailableCase()), 404);
        assertProblem(web.get(Role.GLOBAL_ADMIN, "/api/v1/no-such-thing"), 404);
    }

    @Test
    void healthIssuesFilterByActiveAndService() {
        web.desk.healthIssues().importIssues(Desk.operator(), List.of(
                Samples.exchangeIncident("EX1001", Samples.T0.minusSeconds(7200), HealthStatus.SERVICE_DEGRADATION, Samples.T0),
                Samples.exchangeIncident("EX1000", Samples.T0.minusSeconds(90000), HealthStatus.SERVICE_RESTORED, Samples.T0),
                Samples.teamsAdvisory("TM2000", Samples.T0.minusSeconds(3600))), n -> { });
        var all = web.get(Role.SALES_AGENT, "/api/v1/health/issues");
        assertThat(all.json().get("total").asInt()).isEqualTo(3);
        var active = web.get(Role.SALES_AGENT, "/api/v1/health/issues?active=true&service=Exchange%20Online");
        assertThat(active.status()).isEqualTo(200);
        assertThat(ids(active.json().get("items"), "id")).containsExactly("EX1001");
        JsonNode issue = active.json().get("items").get(0);
        assertThat(issue.get("status").asText()).isEqualTo("serviceDegradation");
        assertThat(issue.get("startDateTime").asText()).endsWith("Z");
        assertThat(web.get(Role.SALES_AGENT, "/api/v1/health/issues/EX1001").json().get("id").asText()).isEqualTo("EX1001");
    }

    @Test
    void supportTopicsByProductFamily() {
        var r = web.get(Role.HELPDESK_AGENT, "/api/v1/support-topics?productFamily=AZURE");
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode t : r.json().get("items")) {
            assertThat(t.get("productFamily").asText()).isEqualTo("AZURE");
            assertThat(t.get("id").asText()).isNotBlank();
            assertThat(t.get("name").asText()).isNotBlank();
        }
        var bad = web.get(Role.HELPDESK_AGENT, "/api/v1/support-topics?productFamily=AWS");
        assertProblem(bad, 400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("productFamily");
    }

    // --- cases --------------------------------------------------------------------------------

    @Test
    void aCaseIsTakenReleasedAndAssignedThroughItsOwner() {
        JsonNode c = web.openEscalatableCase();
        String path = "/api/v1/cases/" + c.get("id").asText() + "/owner";
        assertThat(c.get("owner").isNull()).isTrue();
        String helpdesk = web.emails.get(Role.HELPDESK_AGENT);

        var taken = web.post(Role.HELPDESK_AGENT, path, Map.of("agent", helpdesk));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        assertThat(taken.json().get("owner").get("email").asText()).isEqualTo(helpdesk);
        assertThat(taken.json().get("owner").get("name").asText()).isEqualTo("Helpdesk agent");
        assertThat(taken.header("ETag")).contains("\"" + taken.json().get("version").asLong() + "\"");

        var stale = web.post(Role.ADMIN_AGENT, path, Map.of("agent", web.emails.get(Role.ADMIN_AGENT)),
                "If-Match", c.get("version").asText());
        assertProblem(stale, 412);

        java.util.Map<String, Object> nobody = new java.util.HashMap<>();
        nobody.put("agent", null);
        var released = web.post(Role.HELPDESK_AGENT, path, nobody);
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("owner").isNull()).isTrue();
        assertThat(released.json().get("ownerChanges")).extracting(o -> o.get("why").asText())
                .containsExactly("taken", "released");

        var assigned = web.post(Role.ADMIN_AGENT, path, Map.of("agent", helpdesk),
                "If-Match", released.json().get("version").asText());
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("owner").get("email").asText()).isEqualTo(helpdesk);
    }

    @Test
    void theQueuePagesWithItsTotalSortsAndFiltersByOwner() {
        List<String> opened = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(web.openCase(CONTOSO, "Exchange Online", "CONFIGURATION").get("id").asText());
        }
        web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + opened.get(3) + "/owner",
                Map.of("agent", web.emails.get(Role.HELPDESK_AGENT)));

        var first = web.get(Role.SALES_AGENT, "/api/v1/cases?sort=age&limit=2");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("total").asInt()).isEqualTo(5);
        assertThat(first.json().get("items")).extracting(c -> c.get("id").asText())
                .containsExactly(opened.get(4), opened.get(3));
        var last = web.get(Role.SALES_AGENT, "/api/v1/cases?sort=age&limit=2&offset=4");
        assertThat(last.json().get("items")).extracting(c -> c.get("id").asText()).containsExactly(opened.get(0));
        assertThat(last.json().get("total").asInt()).isEqualTo(5);

        var mine = web.get(Role.HELPDESK_AGENT, "/api/v1/cases?owner=me");
        assertThat(mine.json().get("items")).extracting(c -> c.get("id").asText()).containsExactly(opened.get(3));
        assertThat(mine.json().get("items").get(0).get("owner").get("email").asText())
                .isEqualTo(web.emails.get(Role.HELPDESK_AGENT));
        var byEmail = web.get(Role.SALES_AGENT, "/api/v1/cases?owner=" + web.emails.get(Role.HELPDESK_AGENT));
        assertThat(byEmail.json().get("total").asInt()).isEqualTo(1);
        assertThat(web.get(Role.SALES_AGENT, "/api/v1/cases?owner=none").json().get("total").asInt()).isEqualTo(4);

        var badSort = web.get(Role.SALES_AGENT, "/api/v1/cases?sort=-colour");
        assertProblem(badSort, 400);
        assertThat(badSort.json().get("errors").get(0).get("field").asText()).isEqualTo("sort");
        var badOwner = web.get(Role.SALES_AGENT, "/api/v1/cases?owner=nobody-at-all");
        assertProblem(badOwner, 400);
        assertThat(badOwner.json().get("errors").get(0).get("field").asText()).isEqualTo("owner");
        var unknownOwner = web.get(Role.SALES_AGENT, "/api/v1/cases?owner=ghost@federalcloudpartners.example");
        assertProblem(unknownOwner, 400);
    }

    @Test
    void theQueueFiltersTheCasesWhoseCustomerClockIsAtRiskAndSortsByTheClock() {
        String id = web.openCase(CONTOSO, "Exchange Online", "CONFIGURATION").get("id").asText();

        var fresh = web.get(Role.SALES_AGENT, "/api/v1/cases?clock=at-risk");
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        assertThat(fresh.json().get("total").asInt()).isZero();
        web.clock().advance(java.time.Duration.ofDays(30));
        var late = web.get(Role.SALES_AGENT, "/api/v1/cases?clock=at-risk&sort=clock");
        assertThat(late.json().get("items")).extracting(c -> c.get("id").asText()).containsExactly(id);

        var bad = web.get(Role.SALES_AGENT, "/api/v1/cases?clock=soon");
        assertProblem(bad, 400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("clock");
    }

    @Test
    void anOwnerChangeWithoutTheAgentFieldOrWithAnUnknownAgentIsRefusedNamingTheField() {
        String path = "/api/v1/cases/" + web.openEscalatableCase().get("id").asText() + "/owner";

        var missing = web.post(Role.ADMIN_AGENT, path, Map.of());
        assertProblem(missing, 400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("agent");
        var unknown = web.post(Role.ADMIN_AGENT, path, Map.of("agent", "nobody@federalcloudpartners.example"));
        assertProblem(unknown, 400);
        assertThat(unknown.json().get("errors").get(0).get("message").asText()).contains("no agent has the e-mail");
        var sales = web.post(Role.ADMIN_AGENT, path, Map.of("agent", web.emails.get(Role.SALES_AGENT)));
        assertProblem(sales, 400);
        assertThat(sales.json().get("errors").get(0).get("message").asText()).contains("may not work cases");
    }

    @Test
    void openingACaseReturns201WithLocationETagAndTheTriagedCase() {
        var r = web.post(Role.HELPDESK_AGENT, "/api/v1/customers/" + CONTOSO + "/cases", WebHarness.unavailableCase());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(r.header("Location")).contains("/api/v1/cases/" + c.get("id").asText());
        assertThat(r.header("ETag")).contains("\"" + c.get("version").asLong() + "\"");
        assertThat(c.get("tenantId").asText()).isEqualTo(CONTOSO);
        assertThat(c.get("service").asText()).isEqualTo("Exchange Online");
        assertThat(c.get("status").asText()).isEqualTo("TRIAGED");
        assertThat(c.get("impact").asText()).isEqualTo("CRITICAL");
        assertThat(c.get("usersAffected").asText()).isEqualTo("TENANT");
        assertThat(c.get("classification").asText()).isEqualTo("UNAVAILABLE");
        assertThat(c.get("startedAt").asText()).isEqualTo(Samples.T0.minusSeconds(3600).toString());
        JsonNode triage = c.get("triage");
        assertThat(triage.get("outcome").asText()).isEqualTo("ESCALATE");
        assertThat(triage.get("category").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(triage.get("reasons")).isNotEmpty();
        assertThat(triage.get("matchedIssueIds").isArray()).isTrue();
        assertThat(triage.has("clusterId")).isTrue();
        assertThat(c.get("healthCheck").get("checkedAt").asText()).isEqualTo(Samples.T0.toString());
        assertThat(c.get("healthCheck").get("activeIssueIds").isArray()).isTrue();
        assertThat(c.has("serviceRequestId")).isTrue();
        assertThat(c.get("notes").isArray()).isTrue();
        assertThat(c.get("history").isArray()).isTrue();
        assertThat(c.get("attentionNeeded").asBoolean()).isFalse();
    }

    @Test
    void aKnownIncidentSendsTheCaseToWaitWithTheMatchedIssue() {
        web.desk.healthIssues().importIssues(Desk.operator(), List.of(Samples.exchangeIncident("EX1001",
                Samples.T0.minusSeconds(7200), HealthStatus.SERVICE_DEGRADATION, Samples.T0)), n -> { });
        JsonNode c = web.openEscalatableCase();
        assertThat(c.get("status").asText()).isEqualTo("WAITING_ON_INCIDENT");
        assertThat(c.get("triage").get("outcome").asText()).isEqualTo("KNOWN_INCIDENT");
        assertThat(ids(c.get("triage").get("matchedIssueIds"), null)).containsExactly("EX1001");
        assertThat(ids(c.get("healthCheck").get("activeIssueIds"), null)).containsExactly("EX1001");
    }

    @Test
    void aMalformedCaseIsRefusedNamingEveryField() {
        var r = web.post(Role.HELPDESK_AGENT, "/api/v1/customers/" + CONTOSO + "/cases",
                Map.of("service", "Exchange Online", "startedAt", "yesterday", "impact", "HUGE"));
        assertProblem(r, 400);
        assertThat(ids(r.json().get("errors"), "field"))
                .contains("startedAt", "usersAffected", "impact", "classification");
        assertThat(r.json().get("errors").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void aServiceTheCustomerDoesNotHaveIsABadField() {
        var body = WebHarness.unavailableCase();
        body.put("service", "Dynamics 365 Sales");
        var r = web.post(Role.HELPDESK_AGENT, "/api/v1/customers/" + CONTOSO + "/cases", body);
        assertThat(r.status()).as(r.toString()).isIn(400, 409);
    }

    @Test
    void aBodyThatIsNotJsonIs415OrBadJsonIs400() {
        var r = web.send("POST", "/api/v1/customers/" + CONTOSO + "/cases", "service=Exchange", "text/plain",
                "Authorization", "Bearer " + web.tokens.get(Role.HELPDESK_AGENT));
        assertProblem(r, 415);
        var bad = web.send("POST", "/api/v1/customers/" + CONTOSO + "/cases", "{not json", "application/json",
                "Authorization", "Bearer " + web.tokens.get(Role.HELPDESK_AGENT));
        assertProblem(bad, 400);
    }

    @Test
    void aBodyWithTextAfterTheObjectOrAFieldTwiceIs400NamingWhy() {
        JsonNode c = web.openEscalatableCase();
        String notes = "/api/v1/cases/" + c.get("id").asText() + "/notes";

        var trailing = web.post(Role.HELPDESK_AGENT, notes, "{\"text\": \"first\"} {\"text\": \"second\"}");
        var twice = web.post(Role.HELPDESK_AGENT, notes, "{\"text\": \"first\", \"text\": \"second\"}");

        assertProblem(trailing, 400);
        assertThat(trailing.json().get("errors").get(0).get("message").asText()).contains("is not valid JSON")
                .contains("line 1, column");
        assertProblem(twice, 400);
        assertThat(twice.json().get("errors").get(0).get("message").asText()).contains("Duplicate field 'text'");
        assertThat(web.get(Role.HELPDESK_AGENT, "/api/v1/cases/" + c.get("id").asText()).body())
                .doesNotContain("\"first\"").doesNotContain("\"second\"");
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String big = "{\"text\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        JsonNode c = web.openEscalatableCase();
        var r = web.send("POST", "/api/v1/cases/" + c.get("id").asText() + "/notes", big, "application/json",
                "Authorization", "Bearer " + web.tokens.get(Role.HELPDESK_AGENT));
        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void anIdempotencyKeyReplayReturnsTheFirstCaseAndCreatesNothingNew() {
        var first = web.post(Role.HELPDESK_AGENT, "/api/v1/customers/" + CONTOSO + "/cases",
                WebHarness.unavailableCase(), "Idempotency-Key", "open-1");
        var again = web.post(Role.HELPDESK_AGENT, "/api/v1/customers/" + CONTOSO + "/cases",
                WebHarness.unavailableCase(), "Idempotency-Key", "open-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(web.get(Role.HELPDESK_AGENT, "/api/v1/cases").json().get("total").asInt()).isEqualTo(1);

        var other = WebHarness.unavailableCase();
        other.put("title", "Something else");
        assertProblem(web.post(Role.HELPDESK_AGENT, "/api/v1/customers/" + CONTOSO + "/cases", other,
                "Idempotency-Key", "open-1"), 422);
    }

    @Test
    void theQueueFiltersAndSearches() {
        web.openEscalatableCase();
        web.openCase(Samples.FABRIKAM_ID.value(), "Microsoft Teams", "CONFIGURATION");
        var all = web.get(Role.SALES_AGENT, "/api/v1/cases");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("total").asInt()).isEqualTo(2);
        JsonNode item = all.json().get("items").get(0);
        assertThat(item.has("id") && item.has("status") && item.has("tenantId") && item.has("version")).isTrue();
        var filtered = web.get(Role.SALES_AGENT, "/api/v1/cases?status=IN_PROGRESS&tenantId="
                + Samples.FABRIKAM_ID.value() + "&service=Microsoft%20Teams");
        assertThat(filtered.json().get("total").asInt()).isEqualTo(1);
        assertThat(web.get(Role.SALES_AGENT, "/api/v1/cases?status=ESCALATED").json().get("total").asInt()).isZero();
        assertProblem(web.get(Role.SALES_AGENT, "/api/v1/cases?status=SLEEPING"), 400);
    }

    @Test
    void getCaseCarriesTheVersionAsETag() {
        JsonNode c = web.openEscalatableCase();
        var r = web.get(Role.SALES_AGENT, "/api/v1/cases/" + c.get("id").asText());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("ETag")).contains("\"" + r.json().get("version").asLong() + "\"");
    }

    @Test
    void notesNeedNoIfMatch() {
        JsonNode c = web.openEscalatableCase();
        var r = web.post(Role.SALES_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/notes",
                Map.of("text", "Customer called again", "kind", "NOTE"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("notes").get(0).get("text").asText()).isEqualTo("Customer called again");
        assertProblem(web.post(Role.SALES_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/notes", Map.of()), 400);
    }

    @Test
    void stateChangingWritesNeedIfMatch428AndAStaleOneIs412() {
        JsonNode c = web.openEscalatableCase();
        String id = c.get("id").asText();
        long v = c.get("version").asLong();
        for (String action : List.of("triage", "escalation", "resolve", "close", "reopen")) {
            assertProblem(web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/" + action, Map.of()), 428);
        }
        var stale = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/triage", Map.of(), "If-Match", "\"" + (v + 7) + "\"");
        assertProblem(stale, 412);
        var quoted = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/triage", Map.of(), "If-Match", "\"" + v + "\"");
        assertThat(quoted.status()).as(quoted.toString()).isEqualTo(200);
        long v2 = quoted.json().get("version").asLong();
        var bare = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/triage",
                Map.of("classification", "CONFIGURATION"), "If-Match", String.valueOf(v2));
        assertThat(bare.status()).as(bare.toString()).isEqualTo(200);
        assertThat(bare.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertProblem(web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/triage", Map.of(), "If-Match", "\"" + v2 + "\""), 412);
        assertProblem(web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/triage", Map.of(), "If-Match", "banana"), 400);
    }

    @Test
    void escalationThatIsNotReadyIs422ListingEveryFailedCheck() {
        JsonNode c = web.openEscalatableCase();
        var r = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + c.get("id").asText() + "/escalation", Map.of(),
                "If-Match", c.get("version").asText());
        assertProblem(r, 422);
        assertThat(ids(r.json().get("errors"), "check")).contains("title", "description", "severity", "supportTopicId",
                "countryCode");
        for (JsonNode e : r.json().get("errors")) {
            assertThat(e.get("message").asText()).isNotBlank();
        }
    }

    @Test
    void everyFailedCheckIsListedForACustomerWhoseRelationshipHasExpired() {
        JsonNode c = web.openCase(Samples.TAILSPIN_ID.value(), "Exchange Online", "UNAVAILABLE");
        var r = web.post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + c.get("id").asText() + "/escalation",
                Map.of("severity", "critical"), "If-Match", c.get("version").asText());
        assertProblem(r, 422);
        assertThat(ids(r.json().get("errors"), "check")).contains("relationshipActive", "supportRights", "title",
                "description", "supportTopicId", "countryCode").doesNotContain("severity", "rolePermits");
    }

    @Test
    void getNeverChangesState() {
        JsonNode c = web.openCase(CONTOSO, "Exchange Online", "CONFIGURATION");
        String id = c.get("id").asText();
        for (String action : List.of("resolve", "close", "triage", "escalation", "notes")) {
            assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id + "/" + action).status()).isIn(404, 405);
        }
        JsonNode after = web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id).json();
        assertThat(after.get("version").asLong()).isEqualTo(c.get("version").asLong());
        assertThat(after.get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void readinessCanBeAskedWithoutFilingAnything() {
        JsonNode c = web.openEscalatableCase();
        var r = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/escalation/readiness",
                WebHarness.escalationDraft(Samples.MAIL_FLOW_TOPIC));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("ready").asBoolean()).isTrue();
        assertThat(web.get(Role.HELPDESK_AGENT, "/api/v1/service-requests").json().get("total").asInt()).isZero();
    }

    @Test
    void escalationFilesAServiceRequestInTheVendorsTerms() {
        JsonNode c = web.openEscalatableCase();
        var r = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/escalation",
                WebHarness.escalationDraft(Samples.MAIL_FLOW_TOPIC), "If-Match", "\"" + c.get("version").asText() + "\"",
                "Idempotency-Key", "esc-1");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode sr = r.json();
        assertThat(r.header("Location")).contains("/api/v1/service-requests/" + sr.get("id").asText());
        assertThat(sr.get("severity").asText()).isEqualTo("critical");
        assertThat(sr.get("status").asText()).isEqualTo("none");
        assertThat(sr.get("supportTopicId").asText()).isEqualTo(Samples.MAIL_FLOW_TOPIC);
        assertThat(sr.get("supportTopicName").asText()).isNotBlank();
        assertThat(sr.get("productName").asText()).isEqualTo("Office 365");
        assertThat(sr.get("countryCode").asText()).isEqualTo("US");
        assertThat(sr.get("primaryContact").get("email").asText()).isEqualTo("escalations@federalcloudpartners.example");
        assertThat(sr.get("organization").asText()).isEqualTo("Federal Cloud Partners LLC");
        assertThat(sr.get("caseCount").asInt()).isEqualTo(1);
        assertThat(sr.get("cases").asText()).isEqualTo("/api/v1/cases?serviceRequestId=" + sr.get("id").asText());
        assertThat(ids(web.get(Role.HELPDESK_AGENT, sr.get("cases").asText()).json().get("items"), "id"))
                .containsExactly(c.get("id").asText());
        for (String field : List.of("notes", "createdDate", "lastModifiedDate", "lastClosedDate", "responseDueAt",
                "responseTimeLeft", "breached")) {
            assertThat(sr.has(field)).as(field).isTrue();
        }
        var replay = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/escalation",
                WebHarness.escalationDraft(Samples.MAIL_FLOW_TOPIC), "If-Match", c.get("version").asText(),
                "Idempotency-Key", "esc-1");
        assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
        assertThat(replay.json().get("id").asText()).isEqualTo(sr.get("id").asText());

        var theCase = web.get(Role.HELPDESK_AGENT, "/api/v1/cases/" + c.get("id").asText()).json();
        assertThat(theCase.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(theCase.get("serviceRequestId").asText()).isEqualTo(sr.get("id").asText());

        var list = web.get(Role.SALES_AGENT, "/api/v1/service-requests?status=none");
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        var one = web.get(Role.SALES_AGENT, "/api/v1/service-requests/" + sr.get("id").asText());
        assertThat(one.json().get("title").asText()).isEqualTo("Mailboxes unreachable for the whole tenant");
        assertProblem(web.get(Role.SALES_AGENT, "/api/v1/service-requests?status=pending"), 400);
    }

    @Test
    void patchingAServiceRequestAddsANoteOrClosesIt() {
        JsonNode sr = web.escalate(web.openEscalatableCase(), Samples.MAIL_FLOW_TOPIC);
        String path = "/api/v1/service-requests/" + sr.get("id").asText();
        var noted = web.patch(Role.HELPDESK_AGENT, path, Map.of("newNote", "Customer confirms the outage continues"));
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        assertThat(noted.json().get("notes").get(0).get("text").asText()).isEqualTo("Customer confirms the outage continues");
        assertThat(noted.json().get("partnerUpdatesWaiting").asInt()).as("the note waits in the outbox for the vendor")
                .isEqualTo(1);
        assertProblem(web.patch(Role.HELPDESK_AGENT, path, Map.of("status", "closed")), 409);
        assertThat(web.post(Role.HELPDESK_AGENT, path + "/vendor-number", Map.of("vendorRequestNumber", "2611240042"))
                .status()).isEqualTo(200);
        var closed = web.patch(Role.HELPDESK_AGENT, path, Map.of("status", "closed"));
        assertThat(closed.json().get("status").asText()).as(closed.toString()).isEqualTo("closed");
        assertThat(closed.json().get("partnerUpdatesWaiting").asInt()).isEqualTo(2);
        assertThat(closed.json().get("partnerUpdatesParked").asInt()).isZero();
        assertProblem(web.patch(Role.HELPDESK_AGENT, path, Map.of()), 400);
        assertProblem(web.patch(Role.HELPDESK_AGENT, path, Map.of("status", "open")), 400);
    }

    @Test
    void resolveCloseAndReopen() {
        JsonNode c = web.openCase(CONTOSO, "Exchange Online", "CONFIGURATION");
        String id = c.get("id").asText();
        assertProblem(web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/resolve", Map.of(),
                "If-Match", c.get("version").asText()), 400);
        var resolved = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/resolve",
                Map.of("resolution", "Fixed the connector"), "If-Match", c.get("version").asText());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("resolution").asText()).isEqualTo("Fixed the connector");
        var reopened = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/reopen",
                Map.of("reason", "It came back"), "If-Match", resolved.json().get("version").asText());
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("status").asText()).isEqualTo("TRIAGED");
        var resolvedAgain = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/resolve",
                Map.of("resolution", "Fixed for good"), "If-Match", reopened.json().get("version").asText());
        var closed = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + id + "/close", null,
                "If-Match", resolvedAgain.json().get("version").asText());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void anIllegalTransitionIs409() {
        JsonNode c = web.openCase(CONTOSO, "Exchange Online", "CONFIGURATION");
        var r = web.post(Role.HELPDESK_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/close", Map.of(),
                "If-Match", c.get("version").asText());
        assertProblem(r, 409);
    }

    @Test
    void theAuditTrailAndTheEscalationReport() {
        web.openEscalatableCase();
        var audit = web.get(Role.ADMIN_AGENT, "/api/v1/audit?since=" + Samples.T0.minusSeconds(60));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("total").asInt()).isPositive();
        JsonNode event = audit.json().get("items").get(0);
        for (String field : List.of("at", "actor", "action", "channel", "outcome")) {
            assertThat(event.has(field)).as(field).isTrue();
        }
        assertProblem(web.get(Role.ADMIN_AGENT, "/api/v1/audit?since=last-week"), 400);
        var report = web.get(Role.ADMIN_AGENT, "/api/v1/reports/escalations");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
    }

    @Test
    void aDeniedActionIsAuditedWithTheApiChannel() {
        JsonNode c = web.openEscalatableCase();
        web.post(Role.SALES_AGENT, "/api/v1/cases/" + c.get("id").asText() + "/triage", Map.of(),
                "If-Match", c.get("version").asText());
        var audit = web.get(Role.GLOBAL_ADMIN, "/api/v1/audit?limit=500").json().get("items");
        assertThat(StreamSupport.stream(audit.spliterator(), false)
                .anyMatch(e -> e.get("outcome").asText().equals("DENIED") && e.get("channel").asText().equals("API")
                        && e.get("actor").asText().equals(web.emails.get(Role.SALES_AGENT)))).isTrue();
    }

    @Test
    void agentsCanBeListedAndAddedByTheGlobalAdmin() {
        var list = web.get(Role.GLOBAL_ADMIN, "/api/v1/agents");
        assertThat(list.json().get("total").asInt()).isEqualTo(4);
        var added = web.post(Role.GLOBAL_ADMIN, "/api/v1/agents", Map.of("email", "new.agent@federalcloudpartners.example",
                "name", "New Agent", "roles", List.of("HELPDESK_AGENT"), "password", "a long enough password"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(ids(added.json().get("roles"), null)).containsExactly("HELPDESK_AGENT");
        var bad = web.post(Role.GLOBAL_ADMIN, "/api/v1/agents", Map.of("email", "nope", "roles", List.of("KING")));
        assertProblem(bad, 400);
        assertThat(ids(bad.json().get("errors"), "field")).contains("email", "name", "roles");
    }

    // --- authentication and errors ------------------------------------------------------------

    @Test
    void withoutCredentialsTheApiIs401() {
        for (String path : List.of("/api/v1/customers", "/api/v1/cases", "/api/v1/service-requests", "/api/v1/audit",
                "/api/v1/health/issues", "/api/v1/support-topics", "/api/v1/cases/" + UNKNOWN_GUID)) {
            assertProblem(web.get(null, path), 401);
        }
        assertProblem(web.post(null, "/api/v1/customers/" + CONTOSO + "/cases", WebHarness.unavailableCase()), 401);
        assertProblem(web.send("GET", "/api/v1/cases", null, null, "Authorization", "Bearer not-a-token"), 401);
        assertProblem(web.send("GET", "/api/v1/cases", null, null, "Authorization", "Basic dXNlcjpwYXNz"), 401);
    }

    @Test
    void aDisabledAgentsTokenStopsWorking() {
        assertThat(web.get(Role.SALES_AGENT, "/api/v1/cases").status()).isEqualTo(200);
        web.desk.agents().disable(Desk.operator(), com.partnerdesk.domain.agent.Email.of(web.emails.get(Role.SALES_AGENT)));
        assertProblem(web.get(Role.SALES_AGENT, "/api/v1/cases"), 401);
    }

    @Test
    void securityHeadersAreOnEveryResponse() {
        for (WebHarness.Res r : List.of(web.get(Role.SALES_AGENT, "/api/v1/cases"), web.get(null, "/api/v1/cases"),
                web.get(Role.SALES_AGENT, "/api/v1/cases/" + UNKNOWN_GUID), web.get(null, "/sign-in"),
                web.get(null, "/nowhere"))) {
            assertThat(r.header("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.header("Referrer-Policy")).isPresent();
            assertThat(r.header("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void hstsWhenSecureCookiesAreOn() {
        try (WebHarness secure = new WebHarness(true)) {
            assertThat(secure.get(Role.SALES_AGENT, "/api/v1/cases").header("Strict-Transport-Security")).isPresent();
        }
    }

    @Test
    void anUnexpectedErrorIs500WithACorrelationIdAndNoStackTrace() {
        Desk desk = Desk.inMemoryWithSamples();
        WebDependencies real = WebHarness.deps(desk);
        var broken = new com.partnerdesk.application.port.in.CustomersUseCase() {
            @Override
            public List<com.partnerdesk.domain.customer.Customer> list(com.partnerdesk.application.port.in.Caller caller) {
                throw new IllegalStateException("database on fire at com.partnerdesk.Secret");
            }

            @Override
            public com.partnerdesk.domain.customer.Customer get(com.partnerdesk.application.port.in.Caller caller,
                                                                com.partnerdesk.domain.customer.TenantId id) {
                throw new IllegalStateException("boom");
            }
        };
        WebDependencies deps = new WebDependencies(real.openCase(), real.triageCase(), real.addNote(),
                real.escalateCase(), real.changeCaseStatus(), real.findCases(), broken, real.healthIssues(),
                real.healthSync(), real.referenceData(), real.agents(), real.authenticate(), real.serviceRequests(), real.delivery(),
                real.audit(), real.escalationMetrics(), real.customerOverview(), real.abilities(),
                real.escalationDrafts(), real.askForEscalation(), real.showPartnerProfile(), real.updatePartnerProfile(),
                real.groupMappings(), real.secondFactor(), real.identitySignIn(), real.changeOwner(),
                real.showCustomerClock(), real.updateCustomerClock(),
                real.notifications(), real.mailSettings(), real.customerUpdates(), real.clock());
        try (WebHarness w = new WebHarness(desk, WebSettings.defaults(false), deps)) {
            var r = w.get(Role.GLOBAL_ADMIN, "/api/v1/customers");
            assertProblem(r, 500);
            assertThat(r.json().get("correlationId").asText()).isNotBlank();
            assertThat(r.body()).doesNotContain("on fire").doesNotContain("at com.").doesNotContain("Exception");
        }
    }

    // --- the partner's profile -------------------------------------------------------------------

    private static Map<String, Object> profile(String organization, String email, String phone) {
        return Map.of("organization", organization, "primaryContact", Map.of("name", "Dana Whitfield", "email", email,
                "phone", phone), "advancedSupport", true);
    }

    @Test
    void everyAgentReadsThePartnersProfileWithItsVersionAsETag() {
        var r = web.get(Role.SALES_AGENT, "/api/v1/partner");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("ETag")).contains("\"1\"");
        assertThat(r.json().get("organization").asText()).isEqualTo("Federal Cloud Partners LLC");
        assertThat(r.json().at("/primaryContact/email").asText()).isEqualTo(Samples.partnerContact().email().value());
        assertThat(r.json().get("advancedSupport").asBoolean()).isFalse();
        assertThat(r.json().size()).isEqualTo(3);
    }

    @Test
    void theGlobalAdminReplacesTheProfileWithIfMatchAndTheChangeIsAudited() {
        var saved = web.put(Role.GLOBAL_ADMIN, "/api/v1/partner", profile("Contoso Federal Partners",
                "support@contoso-federal.example", "+1 703 555 0100"), "If-Match", "\"1\"");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.header("ETag")).contains("\"2\"");
        assertThat(saved.json().get("organization").asText()).isEqualTo("Contoso Federal Partners");
        assertThat(web.desk.storage().audit().since(Optional.empty(), 10_000)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("partner.update");
            assertThat(e.channel()).isEqualTo(com.partnerdesk.domain.audit.Channel.API);
            assertThat(e.detail()).contains("organization 'Federal Cloud Partners LLC' -> 'Contoso Federal Partners'");
        });
    }

    @Test
    void aPutWithoutIfMatchIs428AndWithAnOldVersion412() {
        Map<String, Object> body = profile("Contoso Federal Partners", "support@contoso-federal.example", "+1 703 555 0100");
        assertProblem(web.put(Role.GLOBAL_ADMIN, "/api/v1/partner", body), 428);
        assertProblem(web.put(Role.GLOBAL_ADMIN, "/api/v1/partner", body, "If-Match", "\"0\""), 412);
        assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1/partner").json().get("organization").asText())
                .isEqualTo("Federal Cloud Partners LLC");
    }

    @Test
    void badValuesAre400NamingEachField() {
        var r = web.put(Role.GLOBAL_ADMIN, "/api/v1/partner", Map.of("organization", 42, "primaryContact",
                Map.of("name", "Dana", "email", "dana@partner.example", "phone", "+1 703 555 0100"), "advancedSupport", "yes"),
                "If-Match", "\"1\"");

        assertProblem(r, 400);
        assertThat(ids(r.json().get("errors"), "field")).containsExactlyInAnyOrder("organization", "advancedSupport");
        var contact = web.put(Role.GLOBAL_ADMIN, "/api/v1/partner", Map.of("organization", " ", "primaryContact",
                Map.of("name", "Dana", "email", "dana-at-partner", "phone", "call me"), "advancedSupport", false),
                "If-Match", "\"1\"");
        assertProblem(contact, 400);
        assertThat(ids(contact.json().get("errors"), "field"))
                .containsExactly("organization", "primaryContact.email", "primaryContact.phone");
    }

    static List<String> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> field == null ? n.asText() : n.path(field).asText()).toList();
    }
}
