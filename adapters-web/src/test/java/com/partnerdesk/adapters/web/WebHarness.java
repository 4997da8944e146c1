package com.partnerdesk.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A web server over the in-memory desk with the sample customers, one agent (and API token) per role. */
final class WebHarness implements AutoCloseable {
    static final String PASSWORD = "correct horse battery";
    static final ObjectMapper JSON = new ObjectMapper();

    final Desk desk;
    final WebServer server;
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    final Map<Role, String> emails = new EnumMap<>(Role.class);
    /** Agents of each role who are not screened for restricted customers, once {@link #addUnscreenedAgents()} ran. */
    final Map<Role, String> unscreenedTokens = new EnumMap<>(Role.class);
    final Map<Role, String> unscreenedEmails = new EnumMap<>(Role.class);
    final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    WebHarness() {
        this(false);
    }

    WebHarness(boolean secureCookies) {
        this(Desk.inMemoryWithSamples(), WebSettings.defaults(secureCookies));
    }

    WebHarness(Desk desk, WebSettings settings) {
        this(desk, settings, deps(desk));
    }

    WebHarness(Desk desk, WebSettings settings, WebDependencies deps) {
        this.desk = desk;
        Caller operator = Desk.operator();
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase().replace('_', '.') + "@federalcloudpartners.example";
            desk.agents().add(operator, Email.of(email), role.label(), Set.of(role), Optional.of(PASSWORD.toCharArray()));
            desk.agents().setScreened(operator, Email.of(email), true); // the sample customers are restricted
            emails.put(role, email);
            tokens.put(role, desk.agents().issueToken(operator, Email.of(email)));
        }
        this.server = new WebServer(deps, settings);
        server.start(0);
        this.base = "http://localhost:" + server.javalin().port();
    }

    /** One agent of each role who is not screened (restricted customers' records do not exist for them). */
    void addUnscreenedAgents() {
        Caller operator = Desk.operator();
        for (Role role : Role.values()) {
            String email = "unscreened." + role.name().toLowerCase().replace('_', '.') + "@federalcloudpartners.example";
            desk.agents().add(operator, Email.of(email), "Unscreened " + role.label(), Set.of(role),
                    Optional.of(PASSWORD.toCharArray()));
            unscreenedEmails.put(role, email);
            unscreenedTokens.put(role, desk.agents().issueToken(operator, Email.of(email)));
        }
    }

    static WebDependencies deps(Desk d) {
        return deps(d, d.identitySignIn(java.util.Optional.empty(), true));
    }

    /** The desk's dependencies with its sign-in through an identity provider as given. */
    static WebDependencies deps(Desk d, com.partnerdesk.application.port.in.IdentitySignInUseCase identitySignIn) {
        return new WebDependencies(d.openCase(), d.triageCase(), d.addNote(), d.escalateCase(), d.changeCaseStatus(),
                d.findCases(), d.customers(), d.healthIssues(), d.syncHealth(), d.referenceData(), d.agents(), d.authenticate(),
                d.serviceRequests(), d.delivery(), d.audit(), d.escalationMetrics(), d.customerOverview(), d.abilities(),
                d.escalationDrafts(), d.askForEscalation(), d.showPartnerProfile(), d.updatePartnerProfile(),
                d.groupMappings(), d.secondFactor(), identitySignIn, d.changeOwner(),
                d.showCustomerClock(), d.updateCustomerClock(),
                d.notifications(), d.notifications(), d.customerUpdates(), d.clock());
    }

    MutableClock clock() {
        return desk.mutableClock();
    }

    @Override
    public void close() {
        server.stop();
    }

    // --- requests -----------------------------------------------------------------------------

    Res get(Role as, String path, String... headers) {
        return send("GET", path, null, null, auth(as, headers));
    }

    Res post(Role as, String path, Object json, String... headers) {
        return send("POST", path, json == null ? null : write(json), "application/json", auth(as, headers));
    }

    Res put(Role as, String path, Object json, String... headers) {
        return send("PUT", path, write(json), "application/json", auth(as, headers));
    }

    Res patch(Role as, String path, Object json, String... headers) {
        return send("PATCH", path, write(json), "application/json", auth(as, headers));
    }

    private String[] auth(Role as, String... headers) {
        if (as == null) {
            return headers;
        }
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + tokens.get(as);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    Res send(String method, String path, String body, String contentType, String... headers) {
        return sendBytes(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                contentType, headers);
    }

    /** A request whose body is sent exactly as given, bytes that are not UTF-8 included. */
    Res sendBytes(String method, String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (path.startsWith(ApiDescription.BASE + "/") || path.equals(ApiDescription.BASE)) {
                // every API response a test receives is held to the API's OpenAPI description
                ApiDescription.get().assertMatches(method, path, r.statusCode(),
                        r.headers().firstValue("Content-Type").orElse(null), r.body());
            }
            return new Res(r);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(Object json) {
        try {
            return json instanceof String s ? s : JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the pages, as a signed-in agent -------------------------------------------------------

    /** A signed-in agent's session cookie and the CSRF token of its forms. */
    record Session(String cookie, String csrf) {
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(),
                        java.nio.charset.StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(e.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    Session signIn(Role role) {
        Res signInPage = get(null, "/sign-in");
        String token = signInPage.cookie(WebServer.SIGN_IN_CSRF_COOKIE).orElseThrow();
        Res r = send("POST", "/sign-in", form(Map.of("_csrf", signInPage.csrf().orElseThrow(), "email", emails.get(role),
                        "password", PASSWORD)), "application/x-www-form-urlencoded",
                "Cookie", WebServer.SIGN_IN_CSRF_COOKIE + "=" + token, "Origin", base);
        String cookie = r.cookie(WebServer.SESSION_COOKIE).orElseThrow(() -> new IllegalStateException("sign-in: " + r));
        return new Session(cookie, page(new Session(cookie, ""), "/cases").csrf().orElseThrow());
    }

    Res page(Session s, String path) {
        return send("GET", path, null, null, "Cookie", WebServer.SESSION_COOKIE + "=" + s.cookie());
    }

    Res submit(Session s, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", s.csrf());
        return send("POST", path, form(all), "application/x-www-form-urlencoded",
                "Cookie", WebServer.SESSION_COOKIE + "=" + s.cookie(), "Origin", base);
    }

    // --- fixtures -----------------------------------------------------------------------------

    /** A body opening an Exchange case for Contoso that triage sends to ESCALATE (service unavailable). */
    static Map<String, Object> unavailableCase() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", "Exchange Online");
        m.put("title", "Mailboxes unreachable");
        m.put("description", "Every user gets 'cannot connect' in Outlook since 13:00 UTC.");
        m.put("startedAt", Samples.T0.minusSeconds(3600).toString());
        m.put("usersAffected", "TENANT");
        m.put("impact", "CRITICAL");
        m.put("classification", "UNAVAILABLE");
        return m;
    }

    static Map<String, Object> escalationDraft(String topic) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "Mailboxes unreachable for the whole tenant");
        m.put("description", "Since 13:00 UTC no user can connect; no health advisory covers it.");
        m.put("severity", "critical");
        m.put("supportTopicId", topic);
        m.put("countryCode", "US");
        m.put("evidence", Map.of("affectedUsers", "all 2,400 users"));
        return m;
    }

    /** Opens a case for the customer on the service, as the global admin; returns its JSON. */
    JsonNode openCase(String tenantId, String service, String classification) {
        Map<String, Object> body = unavailableCase();
        body.put("service", service);
        body.put("classification", classification);
        Res r = post(Role.GLOBAL_ADMIN, "/api/v1/customers/" + tenantId + "/cases", body);
        if (r.status() != 201) {
            throw new IllegalStateException("could not open a case: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    /** An open case of Contoso, given a contact to mail customer updates to; its id. */
    String caseOfACustomerWithAContact() {
        desk.customers().importCustomers(Desk.operator(), java.util.List.of(com.partnerdesk.application.fakes.Samples
                .contoso().withContact(Optional.of(new com.partnerdesk.domain.customer.CustomerContact("Pat Contoso",
                        Email.of("it-lead@contoso.example"))))));
        return openEscalatableCase().get("id").asText();
    }

    /** A notification whose delivery was given up (parked), written straight to the outbox; its id. */
    long parkedNotification() {
        return parkedNotification(java.util.List.of(), java.util.List.of());
    }

    /** A parked notification about the given case of the given customer; its id. */
    long parkedNotification(String caseId, String tenantId) {
        return parkedNotification(java.util.List.of(com.partnerdesk.domain.ids.CaseId.of(caseId)),
                java.util.List.of(com.partnerdesk.domain.customer.TenantId.of(tenantId)));
    }

    private long parkedNotification(java.util.List<com.partnerdesk.domain.ids.CaseId> cases,
                                    java.util.List<com.partnerdesk.domain.customer.TenantId> customers) {
        var storage = desk.storage();
        return storage.unitOfWork().write(() -> {
            var note = new com.partnerdesk.domain.notification.Notification(
                    com.partnerdesk.domain.notification.NotificationEvent.CLUSTER_FORMED, desk.clock().instant(),
                    cases, customers, Optional.empty(), Optional.empty(),
                    "3 customers' cases formed a cluster", "A candidate regional multi-tenant escalation.");
            storage.notifications().enqueue(java.util.List.of(new com.partnerdesk.application.port.out.NotificationOutbox
                    .NewMessage(com.partnerdesk.domain.notification.DeliveryChannel.WEBHOOK, "", note)),
                    desk.clock().instant());
            long id = storage.notifications().list(Optional.empty(), 0, 1).get(0).id();
            storage.notifications().park(id, 8, "the webhook answered HTTP 503");
            return id;
        });
    }

    JsonNode openEscalatableCase() {
        return openCase(Samples.CONTOSO_ID.value(), "Exchange Online", "UNAVAILABLE");
    }

    /** Escalates a case as the global admin; returns the service request JSON. */
    JsonNode escalate(JsonNode aCase, String topic) {
        Res r = post(Role.GLOBAL_ADMIN, "/api/v1/cases/" + aCase.get("id").asText() + "/escalation",
                escalationDraft(topic), "If-Match", aCase.get("version").asText());
        if (r.status() != 201) {
            throw new IllegalStateException("could not escalate: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    record Res(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + raw.body(), e);
            }
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        Optional<String> cookie(String name) {
            for (String c : headers("Set-Cookie")) {
                if (c.startsWith(name + "=")) {
                    return Optional.of(c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
                }
            }
            return Optional.empty();
        }

        Optional<String> setCookieLine(String name) {
            return headers("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }

        Optional<String> csrf() {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(raw.body());
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
