package com.partnerdesk.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import com.partnerdesk.adapters.web.WebServer;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.AgentsUseCase;
import com.partnerdesk.application.port.in.AuditUseCase;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.bootstrap.PartnerDeskApp;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.ids.ServiceRequestId;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal path end to end, as {@code partnerdesk serve} runs it (the default gateway, a real SQLite file, the web
 * server from the composition root) with the ops CLI run beside it over the same file: an agent escalates through the
 * API, the request shows the prefilled fields and the partner dashboard link in the customer's context, the dispatcher
 * leaves it to the agent, the agent records the vendor's number on the request page, and the request is open, its
 * outbox entry delivered, and the case's timeline and the audit trail say so.
 */
@Timeout(60)
class PortalFilingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DASHBOARD = "https://partner.example.test/dashboard/customers/{tenantId}/servicemanagement";
    private static final String CONTOSO = Samples.CONTOSO_ID.value();
    private static final String AGENT = "hana.helpdesk@federalcloudpartners.example";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NUMBER = "2611240040001234";

    @TempDir
    Path dir;

    private DeskFile desk;
    private PartnerDeskApp app;
    private Injector injector;
    private WebServer server;
    private String base;
    private String token;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void serve() {
        desk = new DeskFile(dir.resolve("desk.db"), Map.of("PARTNERDESK_DASHBOARD_URL", DASHBOARD));
        app = desk.app();
        injector = app.injector();
        desk.seed(injector);
        AgentsUseCase agents = injector.getInstance(AgentsUseCase.class);
        agents.add(Desk.operator(), Email.of(AGENT), "Hana Helpdesk", Set.of(Role.HELPDESK_AGENT),
                Optional.of(PASSWORD.toCharArray()));
        agents.setScreened(Desk.operator(), Email.of(AGENT), true); // the sample customers are GCC High: restricted
        token = agents.issueToken(Desk.operator(), Email.of(AGENT));
        server = injector.getInstance(WebServer.class);
        server.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.javalin().port();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        app.close();
    }

    // --- HTTP ---------------------------------------------------------------------------------

    private HttpResponse<String> send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode api(String method, String path, Object body, int expected, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        try {
            HttpResponse<String> r = send(method, "/api/v1" + path, body == null ? null : JSON.writeValueAsString(body),
                    body == null ? null : "application/json", all);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String cookie(HttpResponse<String> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).orElseThrow();
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    /** Signs in through the sign-in form; returns the session cookie. */
    private String signIn() {
        HttpResponse<String> page = send("GET", "/sign-in", null, null);
        HttpResponse<String> signedIn = send("POST", "/sign-in", form(Map.of("_csrf", csrf(page), "email", AGENT,
                        "password", PASSWORD)), "application/x-www-form-urlencoded",
                "Cookie", "pd_signin=" + cookie(page, "pd_signin"), "Origin", base);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        return cookie(signedIn, "pd_session");
    }

    // --- the scenario -------------------------------------------------------------------------

    @Test
    @DisplayName("escalate, see the prefilled request and the dashboard link, record the vendor's number, and it is delivered")
    void theAgentFilesTheRequestInThePortalAndRecordsTheVendorsNumber() {
        // An Exchange outage for Contoso: triage escalates, the agent files the request through the API.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("service", "Exchange Online");
        problem.put("title", "Mailboxes unreachable");
        problem.put("description", "Every user gets 'cannot connect' in Outlook since 13:00 UTC.");
        problem.put("startedAt", Instant.now().minus(Duration.ofMinutes(30)).toString());
        problem.put("usersAffected", "TENANT");
        problem.put("impact", "CRITICAL");
        problem.put("classification", "UNAVAILABLE");
        JsonNode opened = api("POST", "/customers/" + CONTOSO + "/cases", problem, 201);
        assertThat(opened.get("status").asText()).isEqualTo("TRIAGED");
        String caseId = opened.get("id").asText();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Mailboxes unreachable for the whole tenant");
        draft.put("description", "Since 13:00 UTC no user can connect; no health advisory covers it.");
        draft.put("severity", "critical");
        draft.put("supportTopicId", Samples.MAIL_FLOW_TOPIC);
        draft.put("countryCode", "US");
        draft.put("evidence", Map.of("affectedUsers", "all 2,400 users"));
        JsonNode filed = api("POST", "/cases/" + caseId + "/escalation", draft, 201,
                "If-Match", opened.get("version").asText());
        String requestId = filed.get("id").asText();

        // The request carries the prefilled fields and the link to the partner dashboard in Contoso's context.
        String link = DASHBOARD.replace("{tenantId}", CONTOSO);
        assertThat(filed.get("status").asText()).isEqualTo("none");
        assertThat(filed.get("awaitingVendorNumber").asBoolean()).isTrue();
        assertThat(filed.get("filingLink").asText()).isEqualTo(link);
        assertThat(filed.get("productName").asText()).isEqualTo("Office 365");
        assertThat(filed.get("supportTopicName").asText()).isEqualTo("Mail flow");
        assertThat(filed.get("severity").asText()).isEqualTo("critical");
        assertThat(filed.get("primaryContact").get("name").asText()).isEqualTo("Dana Whitfield");
        assertThat(injector.getInstance(VendorGateway.class).getClass().getSimpleName()).isEqualTo("PortalVendorGateway");

        // The dispatcher (here the operator's `requests submit`, a separate run over the same file) leaves it to the agent.
        DeskFile.Run submitted = desk.run("requests", "submit");
        assertThat(submitted.exitCode()).as(submitted.err()).isZero();
        assertThat(submitted.out()).contains("awaiting an agent (portal) 1");
        assertThat(outbox(requestId).state()).isEqualTo(VendorOutbox.OutboxState.PENDING);

        // The agent opens the request page: the prefilled request, the steps, the link and the number form.
        String session = signIn();
        HttpResponse<String> page = send("GET", "/service-requests/" + requestId, null, null,
                "Cookie", "pd_session=" + session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"" + link + "\"", "The prefilled request",
                "Mailboxes unreachable for the whole tenant", "Mail flow (" + Samples.MAIL_FLOW_TOPIC + ")",
                "escalations@federalcloudpartners.example", "name=\"vendorRequestNumber\"");

        // A typo is refused beside the field; the vendor's number completes delivery.
        HttpResponse<String> typo = send("POST", "/service-requests/" + requestId + "/vendor-number",
                form(Map.of("_csrf", csrf(page), "vendorRequestNumber", "#" + NUMBER)), "application/x-www-form-urlencoded",
                "Cookie", "pd_session=" + session, "Origin", base);
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("vendorRequestNumber-error", "is not a vendor request number");
        HttpResponse<String> recorded = send("POST", "/service-requests/" + requestId + "/vendor-number",
                form(Map.of("_csrf", csrf(page), "vendorRequestNumber", NUMBER)), "application/x-www-form-urlencoded",
                "Cookie", "pd_session=" + session, "Origin", base);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);

        // The request is open under the vendor's number, the vendor clock runs, the outbox entry is delivered.
        JsonNode request = api("GET", "/service-requests/" + requestId, null, 200);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("vendorRequestNumber").asText()).isEqualTo(NUMBER);
        assertThat(request.get("deliveryState").asText()).isEqualTo("DELIVERED");
        assertThat(request.get("awaitingVendorNumber").asBoolean()).isFalse();
        assertThat(Duration.between(Instant.parse(request.get("submittedAt").asText()),
                Instant.parse(request.get("responseDueAt").asText()))).isEqualTo(Duration.ofHours(2));
        VendorOutbox.OutboxEntry entry = outbox(requestId);
        assertThat(entry.state()).isEqualTo(VendorOutbox.OutboxState.DELIVERED);
        assertThat(desk.run("requests", "submit").out()).contains("awaiting an agent (portal) 0");

        // The case stays escalated and its timeline says the request was filed; the audit trail has who, where, what.
        JsonNode theCase = api("GET", "/cases/" + caseId, null, 200);
        assertThat(theCase.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(theCase.get("serviceRequest").get("vendorRequestNumber").asText()).isEqualTo(NUMBER);
        List<String> notes = StreamSupport.stream(theCase.get("notes").spliterator(), false)
                .map(n -> n.get("text").asText()).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("Filed with the vendor as service request " + NUMBER));
        HttpResponse<String> casePage = send("GET", "/cases/" + caseId, null, null, "Cookie", "pd_session=" + session);
        assertThat(casePage.body()).contains("Timeline", "Filed with the vendor as service request " + NUMBER)
                .doesNotContain("Not yet with the vendor");
        assertThat(injector.getInstance(AuditUseCase.class).since(Desk.operator(), Optional.empty(), 10_000))
                .filteredOn(e -> e.action().equals("service-request.vendor-number")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(AGENT);
                    assertThat(e.channel()).isEqualTo(Channel.WEB);
                    assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
                    assertThat(e.caseId().map(Object::toString)).contains(caseId);
                    assertThat(e.customer().map(Object::toString)).contains(CONTOSO);
                });
    }

    private VendorOutbox.OutboxEntry outbox(String requestId) {
        VendorOutbox outbox = injector.getInstance(VendorOutbox.class);
        return injector.getInstance(UnitOfWork.class).read(() -> outbox.find(ServiceRequestId.of(requestId)))
                .orElseThrow();
    }
}
