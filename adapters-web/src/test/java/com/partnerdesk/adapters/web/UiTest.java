package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agents' pages: sign-in and sign-out, sessions, CSRF and Origin checks, and every page rendering. */
class UiTest {
    private WebHarness web;
    private String origin;

    @BeforeEach
    void start() {
        web = new WebHarness();
        origin = web.base;
    }

    @AfterEach
    void stop() {
        web.close();
    }

    record Session(String cookie, String csrf) {
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private WebHarness.Res postForm(String path, Map<String, String> fields, String... headers) {
        return web.send("POST", path, form(fields), "application/x-www-form-urlencoded", headers);
    }

    private WebHarness.Res attemptSignIn(String email, String password) {
        var page = web.get(null, "/sign-in");
        String token = page.cookie(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow();
        return postForm("/sign-in", Map.of("_csrf", page.csrf().orElseThrow(), "email", email, "password", password),
                "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + token, "Origin", origin);
    }

    private Session signIn(Role role) {
        var r = attemptSignIn(web.emails.get(role), WebHarness.PASSWORD);
        assertThat(r.status()).as(r.toString()).isEqualTo(303);
        String cookie = r.cookie(WebServer.SESSION_COOKIE).orElseThrow();
        var page = page(cookie, "/cases");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return new Session(cookie, page.csrf().orElseThrow());
    }

    private WebHarness.Res page(String cookie, String path) {
        return web.send("GET", path, null, null, "Cookie", WebServer.SESSION_COOKIE + "=" + cookie);
    }

    private WebHarness.Res submit(Session s, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", s.csrf());
        return postForm(path, all, "Cookie", WebServer.SESSION_COOKIE + "=" + s.cookie(), "Origin", origin);
    }

    // --- signing in and out -------------------------------------------------------------------

    @Test
    void withoutASessionPagesRedirectToSignIn() {
        var r = web.get(null, "/cases");
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).contains("/sign-in");
        var signIn = web.get(null, "/sign-in");
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.body()).contains("<label for=\"email\">").contains("<h1>Sign in</h1>");
    }

    @Test
    void signInGivesANewHttpOnlySessionCookieAndSignOutEndsIt() {
        var r = web.get(null, "/sign-in");
        var signedIn = postForm("/sign-in", Map.of("_csrf", r.csrf().orElseThrow(), "email",
                        web.emails.get(Role.HELPDESK_AGENT), "password", WebHarness.PASSWORD),
                "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + r.cookie(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow()
                        + "; " + WebServer.SESSION_COOKIE + "=attacker-chosen", "Origin", origin);
        assertThat(signedIn.status()).isEqualTo(303);
        String line = signedIn.setCookieLine(WebServer.SESSION_COOKIE).orElseThrow();
        assertThat(line).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        String cookie = signedIn.cookie(WebServer.SESSION_COOKIE).orElseThrow();
        assertThat(cookie).isNotEqualTo("attacker-chosen").hasSizeGreaterThan(30);

        var queue = page(cookie, "/cases");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("Case queue").contains("Helpdesk agent");

        var api = page(cookie, "/api/v1/cases");
        assertThat(api.status()).as("the API accepts a signed-in session").isEqualTo(200);

        var out = submit(new Session(cookie, queue.csrf().orElseThrow()), "/sign-out", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(page(cookie, "/cases").status()).isEqualTo(303);
        assertThat(page(cookie, "/api/v1/cases").status()).isEqualTo(401);
    }

    @Test
    void secureCookiesWhenConfigured() {
        try (WebHarness secure = new WebHarness(true)) {
            var r = secure.get(null, "/sign-in");
            assertThat(r.setCookieLine(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow()).contains("Secure").contains("HttpOnly");
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndTooManyFailuresAre429() {
        String email = web.emails.get(Role.SALES_AGENT);
        for (int i = 0; i < 5; i++) {
            var r = attemptSignIn(email, "wrong password " + i);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).contains("Wrong e-mail or password");
        }
        assertThat(attemptSignIn(email, WebHarness.PASSWORD).status()).isEqualTo(429);
        web.clock().advance(Duration.ofMinutes(16));
        assertThat(attemptSignIn(email, WebHarness.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void signInWithoutItsCsrfTokenOrFromAnotherSiteIsRefused() {
        var page = web.get(null, "/sign-in");
        String token = page.cookie(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow();
        var noToken = postForm("/sign-in", Map.of("email", web.emails.get(Role.SALES_AGENT), "password",
                WebHarness.PASSWORD), "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + token, "Origin", origin);
        assertThat(noToken.status()).isEqualTo(403);
        var foreign = postForm("/sign-in", Map.of("_csrf", page.csrf().orElseThrow(), "email",
                        web.emails.get(Role.SALES_AGENT), "password", WebHarness.PASSWORD),
                "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + token, "Origin", "https://evil.example");
        assertThat(foreign.status()).isEqualTo(403);
    }

    @Test
    void formPostsNeedTheCsrfTokenAndTheirOwnOrigin() {
        Session s = signIn(Role.HELPDESK_AGENT);
        String id = web.openEscalatableCase().get("id").asText();
        String path = "/cases/" + id + "/notes";
        var noToken = postForm(path, Map.of("text", "hi"), "Cookie", WebServer.SESSION_COOKIE + "=" + s.cookie(),
                "Origin", origin);
        assertThat(noToken.status()).isEqualTo(403);
        var wrongToken = postForm(path, Map.of("text", "hi", "_csrf", "guess"), "Cookie",
                WebServer.SESSION_COOKIE + "=" + s.cookie(), "Origin", origin);
        assertThat(wrongToken.status()).isEqualTo(403);
        var foreign = postForm(path, Map.of("text", "hi", "_csrf", s.csrf()), "Cookie",
                WebServer.SESSION_COOKIE + "=" + s.cookie(), "Origin", "https://evil.example");
        assertThat(foreign.status()).isEqualTo(403);
        var foreignReferer = postForm(path, Map.of("text", "hi", "_csrf", s.csrf()), "Cookie",
                WebServer.SESSION_COOKIE + "=" + s.cookie(), "Referer", "https://evil.example/page");
        assertThat(foreignReferer.status()).isEqualTo(403);
        var apiForeign = web.send("POST", "/api/v1" + path, "{\"text\":\"hi\"}", "application/json",
                "Cookie", WebServer.SESSION_COOKIE + "=" + s.cookie(), "Origin", "https://evil.example");
        assertThat(apiForeign.status()).isEqualTo(403);
        assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id).json().get("notes")).isEmpty();

        var apiSameSite = web.send("POST", "/api/v1" + path, "{\"text\":\"from the page's own script\"}",
                "application/json", "Cookie", WebServer.SESSION_COOKIE + "=" + s.cookie(), "Origin", origin);
        assertThat(apiSameSite.status()).as(apiSameSite.toString()).isEqualTo(201);

        var ok = submit(s, path, Map.of("text", "Asked the customer for a message trace", "kind", "TROUBLESHOOTING"));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(303);
        assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id).json().get("notes")).hasSize(2);
    }

    @Test
    void aFormPostedAfterTheSessionDiedGoesBackToSignIn() {
        Session s = signIn(Role.HELPDESK_AGENT);
        String id = web.openEscalatableCase().get("id").asText();
        web.clock().advance(Duration.ofMinutes(45));
        var r = submit(s, "/cases/" + id + "/notes", Map.of("text", "late"));
        assertThat(r.status()).isEqualTo(303);
        assertThat(r.header("Location")).contains("/sign-in");
        assertThat(web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id).json().get("notes")).isEmpty();
    }

    @Test
    void aSessionDiesWhenIdleForThirtyMinutes() {
        Session s = signIn(Role.SALES_AGENT);
        web.clock().advance(Duration.ofMinutes(29));
        assertThat(page(s.cookie(), "/cases").status()).isEqualTo(200);
        web.clock().advance(Duration.ofMinutes(31));
        assertThat(page(s.cookie(), "/cases").status()).isEqualTo(303);
    }

    @Test
    void aSessionDiesAfterTwelveHoursEvenWhenBusy() {
        Session s = signIn(Role.SALES_AGENT);
        for (int i = 0; i < 36; i++) {
            web.clock().advance(Duration.ofMinutes(20));
            assertThat(page(s.cookie(), "/cases").status()).as("after " + (i + 1) * 20 + " min").isEqualTo(200);
        }
        web.clock().advance(Duration.ofMinutes(20));
        assertThat(page(s.cookie(), "/cases").status()).isEqualTo(303);
    }

    @Test
    void aDisabledAgentsSessionDiesAtOnce() {
        Session s = signIn(Role.SALES_AGENT);
        web.desk.agents().disable(Desk.operator(), Email.of(web.emails.get(Role.SALES_AGENT)));
        assertThat(page(s.cookie(), "/cases").status()).isEqualTo(303);
    }

    @Test
    void securityHeadersOnPages() {
        Session s = signIn(Role.SALES_AGENT);
        var r = page(s.cookie(), "/customers");
        assertThat(r.header("Content-Security-Policy").orElse("")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.header("Referrer-Policy")).contains("same-origin");
        assertThat(r.body().replace("<script src=\"/static/desk.js\" defer></script>", ""))
                .as("the one script is a file of the desk's own, never inline").doesNotContain("<script");
        assertThat(page(s.cookie(), "/static/desk.js").header("Content-Type").orElse("")).startsWith("text/javascript");
    }

    // --- the pages ----------------------------------------------------------------------------

    @Test
    void everyPageRendersForAnAgent() {
        Session s = signIn(Role.GLOBAL_ADMIN);
        JsonNode c = web.openEscalatableCase();
        JsonNode sr = web.escalate(web.openEscalatableCase(), Samples.MAIL_FLOW_TOPIC);
        String contoso = Samples.CONTOSO_ID.value();
        for (String path : List.of("/cases", "/cases?status=TRIAGED&impact=CRITICAL&attention=true&q=mail",
                "/cases?clock=at-risk&sort=clock",
                "/customers", "/customers/" + contoso, "/customers/" + contoso + "/cases/new",
                "/cases/" + c.get("id").asText(), "/service-requests", "/service-requests?status=NONE",
                "/service-requests/" + sr.get("id").asText(), "/health", "/health?show=all", "/health/sync",
                "/admin/agents", "/admin/health-issues", "/settings", "/static/desk.css")) {
            var r = page(s.cookie(), path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
            if (!path.endsWith(".css")) {
                assertThat(r.body()).as(path).contains("<h1").contains("<main");
            }
        }
        assertThat(page(s.cookie(), "/cases/not-a-case").status()).isEqualTo(404);
        assertThat(page(s.cookie(), "/nowhere").status()).isEqualTo(404);
    }

    @Test
    void theBoardShowsWhomEachIssueAffectsAndTheSyncPageEachCustomersLastReadingInWords() {
        web.desk.healthIssues().importIssues(Desk.operator(), new com.partnerdesk.application.port.in.ImportHealthCommand(
                List.of(Samples.exchangeIncident("EX880001", Samples.T0.minusSeconds(600),
                        com.partnerdesk.domain.health.HealthStatus.SERVICE_DEGRADATION, Samples.T0)),
                java.util.Optional.of(Samples.FABRIKAM_ID)), n -> { });
        web.desk.syncHealth().sync(Desk.operator(), com.partnerdesk.application.port.in.SyncHealthCommand.everyCustomer());
        Session s = signIn(Role.HELPDESK_AGENT);

        var board = page(s.cookie(), "/health");
        var sync = page(s.cookie(), "/health/sync");

        assertThat(board.body()).contains("EX880001", "Affects", "Fabrikam Aerospace");
        assertThat(sync.status()).isEqualTo(200);
        assertThat(sync.body()).contains("Contoso Defense Solutions", "no health feed is configured", "failed");
        assertThat(web.get(Role.SALES_AGENT, "/api/v1/health/sync").json().get("items").get(0).get("failure").asText())
                .isEqualTo("no health feed is configured");
        assertThat(web.get(Role.SALES_AGENT, "/api/v1/health/issues").json().get("items").get(0).get("affects").get(0)
                .asText()).isEqualTo("Fabrikam Aerospace");
    }

    @Test
    void aSalesAgentsCasePageOffersNotesButNotTheFormsOfAgentsWhoWorkCases() {
        JsonNode c = web.openEscalatableCase();
        var sales = page(signIn(Role.SALES_AGENT).cookie(), "/cases/" + c.get("id").asText());
        assertThat(sales.status()).isEqualTo(200);
        assertThat(sales.body()).contains("Add note").doesNotContain("Troubleshooting step")
                .doesNotContain("Check health and triage again").doesNotContain(">Resolve</button>");

        var helpdesk = page(signIn(Role.HELPDESK_AGENT).cookie(), "/cases/" + c.get("id").asText());
        assertThat(helpdesk.body()).contains("Troubleshooting step").contains("Check health and triage again")
                .contains(">Resolve</button>");
    }

    @Test
    void theCasePageShowsTriageAndEveryFailedReadinessCheckBeforeSubmitting() {
        Session s = signIn(Role.HELPDESK_AGENT);
        JsonNode c = web.openEscalatableCase();
        var r = submit(s, "/cases/" + c.get("id").asText() + "/escalation/readiness", Map.of("title", "",
                "countryCode", ""));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Escalate").contains("Service unavailable").contains("Readiness checklist")
                .contains("Failed:").contains("Choose a support topic").contains("Give the country code");
        assertThat(r.body()).doesNotContain("File the service request");

        var ready = submit(s, "/cases/" + c.get("id").asText() + "/escalation/readiness", Map.of("title", "Mail down",
                "description", "All users", "severity", "CRITICAL", "supportTopicId", Samples.MAIL_FLOW_TOPIC,
                "countryCode", "US"));
        assertThat(ready.body()).contains("File the service request").doesNotContain("Failed:");
    }

    @Test
    void anAgentOpensTriagesEscalatesAndResolvesThroughForms() {
        Session s = signIn(Role.ADMIN_AGENT);
        String contoso = Samples.CONTOSO_ID.value();
        var opened = submit(s, "/customers/" + contoso + "/cases", Map.of("service", "Exchange Online",
                "title", "Mail down", "description", "Nobody can connect", "startedAt", "2026-03-10T13:00",
                "usersAffected", "TENANT", "impact", "CRITICAL", "classification", "UNAVAILABLE"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(303);
        String caseUrl = opened.header("Location").orElseThrow();
        String id = caseUrl.substring("/cases/".length());
        long version = web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id).json().get("version").asLong();

        var stale = submit(s, "/cases/" + id + "/triage", Map.of("version", String.valueOf(version + 5)));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(submit(s, "/cases/" + id + "/triage", Map.of()).status()).isEqualTo(428);

        var escalated = submit(s, "/cases/" + id + "/escalation", Map.of("version", String.valueOf(version),
                "title", "Mail down", "description", "All users", "severity", "CRITICAL",
                "supportTopicId", Samples.MAIL_FLOW_TOPIC, "countryCode", "US"));
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(303);
        assertThat(escalated.header("Location").orElseThrow()).startsWith("/service-requests/");

        JsonNode now = web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id).json();
        assertThat(now.get("status").asText()).isEqualTo("ESCALATED");
        var resolved = submit(s, "/cases/" + id + "/resolve", Map.of("version", now.get("version").asText(),
                "resolution", "Vendor fixed the mailbox servers"));
        assertThat(resolved.status()).isEqualTo(303);
        JsonNode after = web.get(Role.GLOBAL_ADMIN, "/api/v1/cases/" + id).json();
        assertThat(after.get("status").asText()).isEqualTo("RESOLVED");
        var closed = submit(s, "/cases/" + id + "/close", Map.of("version", after.get("version").asText()));
        assertThat(closed.status()).isEqualTo(303);
        assertThat(page(s.cookie(), caseUrl).body()).contains("The case is closed");
    }

    @Test
    void aBadFormIsRefusedNamingTheFields() {
        Session s = signIn(Role.HELPDESK_AGENT);
        var r = submit(s, "/customers/" + Samples.CONTOSO_ID.value() + "/cases", Map.of("service", "Exchange Online"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("The case was not opened").contains("startedAt").contains("usersAffected")
                .contains("impact").contains("<form method=\"post\"");
    }

    @Test
    void theGlobalAdminChangesAnAgentsRolesAndSetsANewPassword() {
        Session admin = signIn(Role.GLOBAL_ADMIN);
        String sales = web.emails.get(Role.SALES_AGENT);
        assertThat(page(admin.cookie(), "/admin/agents").body()).contains("action=\"/admin/agents/roles\"")
                .contains("New password for");

        var promoted = submit(admin, "/admin/agents/roles", Map.of("email", sales, "roles", "HELPDESK_AGENT"));
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(303);
        assertThat(web.desk.agents().list(Desk.operator())).filteredOn(a -> a.email().value().equals(sales))
                .singleElement().satisfies(a -> assertThat(a.roles()).containsExactly(Role.HELPDESK_AGENT));

        var noRole = submit(admin, "/admin/agents/roles", Map.of("email", sales));
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.body()).contains("roles").contains("choose at least one role");

        var tooShort = submit(admin, "/admin/agents/password", Map.of("email", sales, "password", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("password").contains("at least 12");
        var reset = submit(admin, "/admin/agents/password", Map.of("email", sales, "password", "a brand new passphrase"));
        assertThat(reset.status()).isEqualTo(303);
        assertThat(attemptSignIn(sales, WebHarness.PASSWORD).status()).as("the old password no longer works")
                .isNotEqualTo(303);
        assertThat(attemptSignIn(sales, "a brand new passphrase").status()).isEqualTo(303);
    }

    @Test
    void theAgentsAdminPageAddsAndDisablesAgentsForTheGlobalAdminOnly() {
        Session admin = signIn(Role.GLOBAL_ADMIN);
        var added = submit(admin, "/admin/agents", Map.of("email", "pat.new@federalcloudpartners.example",
                "name", "Pat New", "roles", "HELPDESK_AGENT", "password", "a long enough password"));
        assertThat(added.status()).as(added.toString()).isEqualTo(303);
        assertThat(page(admin.cookie(), "/admin/agents").body()).contains("pat.new@federalcloudpartners.example");
        var disabled = submit(admin, "/admin/agents/disable", Map.of("email", "pat.new@federalcloudpartners.example"));
        assertThat(disabled.status()).isEqualTo(303);

        Session helpdesk = signIn(Role.HELPDESK_AGENT);
        assertThat(page(helpdesk.cookie(), "/admin/agents").status()).isEqualTo(403);
        assertThat(submit(helpdesk, "/admin/agents/roles", Map.of("email", web.emails.get(Role.HELPDESK_AGENT),
                "roles", "GLOBAL_ADMIN")).status()).as("no agent grants itself roles").isEqualTo(403);
        assertThat(submit(helpdesk, "/admin/agents/disable", Map.of("email", web.emails.get(Role.GLOBAL_ADMIN)))
                .status()).isEqualTo(403);
    }

    // --- settings: the partner's profile --------------------------------------------------------

    @Test
    void theGlobalAdminSavesTheProfileAndARefusalKeepsWhatWasTypedWithEachErrorBesideItsField() {
        Session admin = signIn(Role.GLOBAL_ADMIN);
        var form = page(admin.cookie(), "/settings");
        assertThat(form.body()).contains("href=\"/settings\" aria-current=\"page\"").contains("name=\"version\" value=\"1\"")
                .contains("value=\"Federal Cloud Partners LLC\"");

        var refused = submit(admin, "/settings", Map.of("version", "1", "organization", "Typed Partners LLC",
                "primaryContact.name", "Dana Whitfield", "primaryContact.email", "dana-at-partner",
                "primaryContact.phone", "+1 703 555 0100"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"Typed Partners LLC\"").contains("value=\"dana-at-partner\"")
                .contains("id=\"contact-email-error\">'dana-at-partner' is not an e-mail address")
                .contains("aria-describedby=\"contact-email-error\"").doesNotContain("contact-phone-error");
        assertThat(web.desk.showPartnerProfile().show(Desk.operator()).profile().organization())
                .isEqualTo("Federal Cloud Partners LLC");

        var saved = submit(admin, "/settings", Map.of("version", "1", "organization", "Typed Partners LLC",
                "primaryContact.name", "Dana Whitfield", "primaryContact.email", "dana@typed-partners.example",
                "primaryContact.phone", "+1 703 555 0100", "advancedSupport", "true"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        assertThat(saved.header("Location")).contains("/settings?done=saved");
        assertThat(page(admin.cookie(), "/settings?done=saved").body()).contains("was saved (version 2)")
                .contains("value=\"dana@typed-partners.example\"").contains("checked");

        var stale = submit(admin, "/settings", Map.of("version", "1", "organization", "Late Partners",
                "primaryContact.name", "", "primaryContact.email", "", "primaryContact.phone", ""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Another administrator saved the profile").contains("value=\"Late Partners\"");
    }

    @Test
    void otherAgentsSeeTheProfileWithoutAFormAndNoSettingsLink() {
        Session helpdesk = signIn(Role.HELPDESK_AGENT);
        var r = page(helpdesk.cookie(), "/settings");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Federal Cloud Partners LLC").contains("Only a global admin may change")
                .doesNotContain("action=\"/settings\"");
        assertThat(page(helpdesk.cookie(), "/cases").body()).doesNotContain("href=\"/settings\"");
    }

    @Test
    void theSignInPageSaysWhenNoAgentExistsYetAndHowToAddOne() {
        assertThat(web.get(null, "/sign-in").body()).doesNotContain("No agent exists yet");
        WebServer empty = new WebServer(WebHarness.deps(Desk.inMemory()), WebSettings.defaults(false));
        empty.start(0);
        try {
            String body = web.send("GET", "/sign-in", null, null).body();
            var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + empty.port() + "/sign-in")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(body).doesNotContain("No agent exists yet");
            assertThat(r.body()).contains("No agent exists yet")
                    .contains("./partnerdesk agents add --email you@your-partner.example --name \"Your Name\" "
                            + "--role GLOBAL_ADMIN --password-stdin");
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            empty.stop();
        }
    }
}
