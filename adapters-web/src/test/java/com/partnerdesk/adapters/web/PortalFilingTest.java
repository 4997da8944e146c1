package com.partnerdesk.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnerdesk.application.fakes.AgentFilingGateway;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.servicerequest.Severity;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import java.util.List;
import java.util.Optional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal path over HTTP (issue 6): an escalated request shows the prefilled request and the link to the partner
 * dashboard in the customer's context, and the agent records the vendor's number through the API or the page's form.
 */
class PortalFilingTest {
    private static final String NUMBER = "2603100040001234";
    private static final String CONTOSO_LINK = AgentFilingGateway.linkFor(Samples.CONTOSO_ID.value());

    private WebHarness web;
    private JsonNode request;
    private String path;

    @BeforeEach
    void anEscalatedRequestAwaitingItsFiling() {
        web = new WebHarness();
        request = web.escalate(web.openEscalatableCase(), Samples.MAIL_FLOW_TOPIC);
        path = "/api/v1/service-requests/" + request.get("id").asText();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static void assertProblem(WebHarness.Res r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).isNotBlank();
    }

    private JsonNode auditOf(String action) {
        JsonNode items = web.get(Role.GLOBAL_ADMIN, "/api/v1/audit?limit=500").json().get("items");
        return StreamSupport.stream(items.spliterator(), false).filter(e -> e.get("action").asText().equals(action))
                .reduce((a, b) -> b).orElse(null);
    }

    // --- the API ------------------------------------------------------------------------------

    @Test
    void theRequestCarriesThePrefilledFieldsAndTheDashboardLinkInTheCustomersContext() {
        JsonNode sr = web.get(Role.SALES_AGENT, path).json();

        assertThat(sr.get("status").asText()).isEqualTo("none");
        assertThat(sr.get("awaitingVendorNumber").asBoolean()).isTrue();
        assertThat(sr.get("filingLink").asText()).isEqualTo(CONTOSO_LINK).contains(Samples.CONTOSO_ID.value());
        assertThat(sr.get("filingSteps").size()).isPositive();
        assertThat(sr.get("productName").asText()).isEqualTo("Office 365");
        assertThat(sr.get("supportTopicId").asText()).isEqualTo(Samples.MAIL_FLOW_TOPIC);
        assertThat(sr.get("severity").asText()).isEqualTo("critical");
        assertThat(sr.get("title").asText()).isEqualTo("Mailboxes unreachable for the whole tenant");
        assertThat(sr.get("description").asText()).isNotBlank();
        assertThat(sr.get("primaryContact").get("email").asText()).isEqualTo("escalations@federalcloudpartners.example");
        assertThat(sr.get("deliveryState").asText()).isEqualTo("PENDING");
        JsonNode theCase = web.get(Role.SALES_AGENT, "/api/v1/cases/" + firstCaseId(Role.SALES_AGENT, sr)).json();
        assertThat(theCase.get("serviceRequest").get("filingLink").asText()).isEqualTo(CONTOSO_LINK);
    }

    @Test
    void aRequestFiledInThePortalAndNeverRecordedIsOfferedAndLinkedOnThePageAndThroughTheApi() {
        UnlinkedVendorRequest found = new UnlinkedVendorRequest(Samples.CONTOSO_ID, NUMBER, "Mailboxes unreachable",
                Severity.CRITICAL, Optional.empty(), Optional.empty(), Samples.T0);
        web.desk.storage().unitOfWork().writeVoid(() -> web.desk.storage().requests()
                .replaceUnlinked(Samples.CONTOSO_ID, List.of(found)));

        JsonNode sr = web.get(Role.SALES_AGENT, path).json();
        assertThat(sr.get("filingPortalName").asText()).isNotBlank();
        assertThat(sr.get("filingPortalLink").asText()).startsWith("https://");
        JsonNode offered = sr.get("unlinkedVendorRequests").get(0);
        assertThat(offered.get("vendorRequestNumber").asText()).isEqualTo(NUMBER);
        assertThat(offered.get("status").asText()).isEqualTo("unknown");
        assertThat(offered.get("createdDate").isNull()).isTrue();

        String page = web.get(Role.HELPDESK_AGENT, "/service-requests/" + request.get("id").asText()).body();
        assertThat(page).contains("id=\"unlinked\"", NUMBER, "This is the one: link it", "no date",
                "id=\"filing-portal\"");

        var linked = web.post(Role.HELPDESK_AGENT, path + "/vendor-number", Map.of("vendorRequestNumber", NUMBER));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().get("unlinkedVendorRequests").size()).isZero();
        assertThat(web.desk.storage().unitOfWork().read(() -> web.desk.storage().requests()
                .unlinked(Samples.CONTOSO_ID))).isEmpty();
    }

    @Test
    void recordingTheNumberOpensTheRequestAndTheSameNumberAgainChangesNothing() {
        var recorded = web.post(Role.HELPDESK_AGENT, path + "/vendor-number", Map.of("vendorRequestNumber", NUMBER));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        JsonNode sr = recorded.json();
        assertThat(sr.get("status").asText()).isEqualTo("open");
        assertThat(sr.get("vendorRequestNumber").asText()).isEqualTo(NUMBER);
        assertThat(sr.get("deliveryState").asText()).isEqualTo("DELIVERED");
        assertThat(sr.get("awaitingVendorNumber").asBoolean()).isFalse();
        assertThat(sr.get("responseDueAt").isNull()).isFalse();
        JsonNode theCase = web.get(Role.HELPDESK_AGENT, "/api/v1/cases/" + firstCaseId(Role.HELPDESK_AGENT, sr)).json();
        assertThat(theCase.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(StreamSupport.stream(theCase.get("notes").spliterator(), false).map(n -> n.get("text").asText()))
                .anySatisfy(text -> assertThat(text).contains("Filed with the vendor as service request " + NUMBER));
        assertThat(auditOf("service-request.vendor-number").get("outcome").asText()).isEqualTo("ALLOWED");

        var replay = web.post(Role.ADMIN_AGENT, path + "/vendor-number", Map.of("vendorRequestNumber", NUMBER));
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        assertThat(replay.json().get("submittedAt").asText()).isEqualTo(sr.get("submittedAt").asText());

        var other = web.post(Role.HELPDESK_AGENT, path + "/vendor-number", Map.of("vendorRequestNumber", "2603100040009999"));
        assertProblem(other, 409);
        assertThat(other.json().get("detail").asText()).contains("already filed with the vendor as " + NUMBER);
    }

    @Test
    void aBadNumberIs400NamingTheFieldAndChangesNothing() {
        var bad = web.post(Role.HELPDESK_AGENT, path + "/vendor-number", Map.of("vendorRequestNumber", "2603 1000 4000"));

        assertProblem(bad, 400);
        JsonNode fault = bad.json().get("errors").get(0);
        assertThat(fault.get("field").asText()).isEqualTo("vendorRequestNumber");
        assertThat(fault.get("message").asText()).contains("'2603 1000 4000' is not a vendor request number");
        assertProblem(web.post(Role.HELPDESK_AGENT, path + "/vendor-number", Map.of()), 400);
        assertThat(web.post(Role.HELPDESK_AGENT, path + "/vendor-number", Map.of()).json().get("errors").get(0)
                .get("field").asText()).isEqualTo("vendorRequestNumber");
        assertProblem(web.send("POST", path + "/vendor-number", NUMBER, "text/plain",
                "Authorization", "Bearer " + web.tokens.get(Role.HELPDESK_AGENT)), 415);
        assertThat(web.get(Role.HELPDESK_AGENT, path).json().get("status").asText()).isEqualTo("none");
    }

    @Test
    void aSalesAgentIsRefused403AndTheDenialIsAuditedWithTheApiChannel() {
        var denied = web.post(Role.SALES_AGENT, path + "/vendor-number", Map.of("vendorRequestNumber", NUMBER));

        assertProblem(denied, 403);
        JsonNode event = auditOf("service-request.vendor-number");
        assertThat(event.get("outcome").asText()).isEqualTo("DENIED");
        assertThat(event.get("channel").asText()).isEqualTo("API");
        assertThat(event.get("actor").asText()).isEqualTo(web.emails.get(Role.SALES_AGENT));
        assertThat(web.get(Role.HELPDESK_AGENT, path).json().get("status").asText()).isEqualTo("none");
    }

    @Test
    void anUnknownOrMalformedRequestIs404() {
        assertProblem(web.post(Role.HELPDESK_AGENT, "/api/v1/service-requests/11111111-2222-4333-8444-555555555555"
                + "/vendor-number", Map.of("vendorRequestNumber", NUMBER)), 404);
        assertProblem(web.post(Role.HELPDESK_AGENT, "/api/v1/service-requests/42/vendor-number",
                Map.of("vendorRequestNumber", NUMBER)), 404);
    }

    // --- the pages ----------------------------------------------------------------------------

    private record Session(String cookie, String csrf) {
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private Session signIn(Role role) {
        var signInPage = web.get(null, "/sign-in");
        var r = web.send("POST", "/sign-in", form(Map.of("_csrf", signInPage.csrf().orElseThrow(), "email",
                        web.emails.get(role), "password", WebHarness.PASSWORD)), "application/x-www-form-urlencoded",
                "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + signInPage.cookie(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow(),
                "Origin", web.base);
        assertThat(r.status()).as(r.toString()).isEqualTo(303);
        String cookie = r.cookie(WebServer.SESSION_COOKIE).orElseThrow();
        return new Session(cookie, page(cookie, "/cases").csrf().orElseThrow());
    }

    private WebHarness.Res page(String cookie, String pagePath) {
        return web.send("GET", pagePath, null, null, "Cookie", WebServer.SESSION_COOKIE + "=" + cookie);
    }

    private WebHarness.Res submit(Session s, String formPath, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (s.csrf() != null) {
            all.put("_csrf", s.csrf());
        }
        return web.send("POST", formPath, form(all), "application/x-www-form-urlencoded",
                "Cookie", WebServer.SESSION_COOKIE + "=" + s.cookie(), "Origin", web.base);
    }

    private String requestPage() {
        return "/service-requests/" + request.get("id").asText();
    }

    @Test
    void theRequestPageShowsThePrefilledRequestTheDashboardLinkAndTheNumberForm() {
        Session helpdesk = signIn(Role.HELPDESK_AGENT);

        var page = page(helpdesk.cookie(), requestPage());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("File it with the vendor")
                .contains("href=\"" + CONTOSO_LINK + "\"")
                .contains("rel=\"noopener noreferrer\"")
                .contains("The prefilled request")
                .contains("Mailboxes unreachable for the whole tenant")
                .contains("Since 13:00 UTC no user can connect; no health advisory covers it.")
                .contains("critical")
                .contains("Office 365")
                .contains("escalations@federalcloudpartners.example")
                .contains(Samples.CONTOSO_ID.value())
                .contains("action=\"" + requestPage() + "/vendor-number\"")
                .contains("name=\"vendorRequestNumber\"");
        var casePage = page(helpdesk.cookie(), "/cases/" + firstCaseId(Role.HELPDESK_AGENT, request));
        assertThat(casePage.body()).contains("Not yet with the vendor").contains("href=\"" + CONTOSO_LINK + "\"")
                .contains(requestPage() + "#file");
    }

    @Test
    void aBadNumberIsShownBesideTheFieldWithWhatWasTypedAndAGoodOneCompletesDelivery() {
        Session helpdesk = signIn(Role.HELPDESK_AGENT);

        var bad = submit(helpdesk, requestPage() + "/vendor-number", Map.of("vendorRequestNumber", "SR 2603-1"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"vendorRequestNumber-error\"")
                .contains("is not a vendor request number")
                .contains("value=\"SR 2603-1\"")
                .contains("aria-invalid=\"true\"");
        assertThat(web.get(Role.HELPDESK_AGENT, "/api/v1" + requestPage()).json().get("status").asText())
                .isEqualTo("none");
        var empty = submit(helpdesk, requestPage() + "/vendor-number", Map.of("vendorRequestNumber", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("is required");

        var good = submit(helpdesk, requestPage() + "/vendor-number", Map.of("vendorRequestNumber", NUMBER));

        assertThat(good.status()).as(good.toString()).isEqualTo(303);
        assertThat(good.header("Location")).contains(requestPage());
        var after = page(helpdesk.cookie(), requestPage());
        assertThat(after.body()).contains(NUMBER).doesNotContain("name=\"vendorRequestNumber\"")
                .doesNotContain("File it with the vendor");
        assertThat(page(helpdesk.cookie(), "/cases/" + firstCaseId(Role.HELPDESK_AGENT, request)).body())
                .contains("Vendor request number <strong>" + NUMBER + "</strong>")
                .contains("Filed with the vendor as service request " + NUMBER);

        var other = submit(helpdesk, requestPage() + "/vendor-number", Map.of("vendorRequestNumber", "2603100040009999"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("already filed with the vendor as " + NUMBER);
    }

    @Test
    void theFormNeedsTheCsrfTokenAndASalesAgentGetsNoFormAndIsRefusedAndAudited() {
        Session helpdesk = signIn(Role.HELPDESK_AGENT);
        var forged = submit(new Session(helpdesk.cookie(), null), requestPage() + "/vendor-number",
                Map.of("vendorRequestNumber", NUMBER));
        assertThat(forged.status()).isEqualTo(403);

        Session sales = signIn(Role.SALES_AGENT);
        var page = page(sales.cookie(), requestPage());
        assertThat(page.body()).contains("href=\"" + CONTOSO_LINK + "\"").doesNotContain("name=\"vendorRequestNumber\"")
                .contains("Your role may not update this request");

        var handMade = submit(sales, requestPage() + "/vendor-number", Map.of("vendorRequestNumber", NUMBER));

        assertThat(handMade.status()).isEqualTo(403);
        assertThat(handMade.header("Content-Type").orElse("")).startsWith("text/html");
        JsonNode event = auditOf("service-request.vendor-number");
        assertThat(event.get("outcome").asText()).isEqualTo("DENIED");
        assertThat(event.get("channel").asText()).isEqualTo("WEB");
        assertThat(web.get(Role.HELPDESK_AGENT, "/api/v1" + requestPage()).json().get("status").asText())
                .isEqualTo("none");
    }

    /** The first case of a request, read through the link its JSON gives to its cases. */
    private String firstCaseId(Role role, JsonNode request) {
        assertThat(request.get("caseCount").asInt()).isPositive();
        return web.get(role, request.get("cases").asText()).json().get("items").get(0).get("id").asText();
    }
}
