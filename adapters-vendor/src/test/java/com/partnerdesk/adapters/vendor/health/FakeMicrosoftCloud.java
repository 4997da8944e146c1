package com.partnerdesk.adapters.vendor.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Microsoft Entra sign-in, Microsoft Graph's service announcements and Azure Resource Manager's
 * resource-health events, answering in the vendor's documented shapes (the documentation's own example bodies, kept
 * verbatim under {@code vendor-samples/}). One server plays every cloud: what differs between clouds is the scope a
 * token is asked for, which it records.
 *
 * <p>Each tenant's Graph feed is a list of pages (raw JSON). Page 1 is at the issues path; page n (n > 1) is at
 * {@code ?$skip=100*(n-1)}, the paging the documentation's example shows. A {@code $filter=lastModifiedDateTime ge X}
 * answers one page of the tenant's issues modified since X. Faults: a tenant without the app's consent (the token
 * request answers AADSTS7000229, as Entra does for an app with no service principal in the tenant), a tenant whose
 * Graph answers 403 Authorization_RequestDenied, and the next calls throttled with 429 and a Retry-After.
 */
public final class FakeMicrosoftCloud implements AutoCloseable {
    public static final String CLIENT_ID = "5b3c2a1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d";
    public static final String CLIENT_SECRET = "test-client-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call the fake answered, for assertions. */
    public record Seen(String method, String path, String query, Optional<String> tenant, Optional<String> scope) {
    }

    private final Map<String, List<String>> pages = new ConcurrentHashMap<>();
    private final Map<String, String> events = new ConcurrentHashMap<>();
    private final Set<String> withoutConsent = ConcurrentHashMap.newKeySet();
    private final Set<String> graphDenied = ConcurrentHashMap.newKeySet();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger throttles = new AtomicInteger();
    private volatile String retryAfter = "1";
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Pause> pauses = new ConcurrentHashMap<>();

    /** A page the fake holds back: {@code reached} when asked for, answered once {@code release} (or never). */
    public record Pause(int page, CountDownLatch reached, CountDownLatch release) {
    }
    private final Javalin app;

    private FakeMicrosoftCloud() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/{tenant}/oauth2/v2.0/token", this::token);
            config.routes.get("/v1.0/admin/serviceAnnouncement/issues", this::issues);
            config.routes.get("/subscriptions/{subscription}/providers/Microsoft.ResourceHealth/events", this::events);
        });
    }

    public static FakeMicrosoftCloud start() {
        FakeMicrosoftCloud fake = new FakeMicrosoftCloud();
        fake.app.start(0);
        return fake;
    }

    public String baseUrl() {
        return "http://localhost:" + app.port();
    }

    /** The documentation's example body, verbatim. */
    public static String sample(String name) {
        try (InputStream in = FakeMicrosoftCloud.class.getResourceAsStream("/vendor-samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no vendor sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String LIST_ISSUES = "graph-docs_v1.0_serviceannouncement-list-issues__response.json";
    public static final String ISSUE_MO226784 = "graph-docs_v1.0_servicehealthissue-get__MO226784_response.json";
    public static final String RESOURCE_HEALTH_EVENTS =
            "azure-rest-api-specs_Microsoft.ResourceHealth_2024-02-01_Events_ListBySubscriptionId.json";

    /**
     * A page of issues in the documentation's shape; {@code number} (from 1) and {@code more} give it the next page's
     * link as Graph writes it (on Graph's own host).
     */
    public static String page(int number, boolean more, String... issues) {
        return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#admin/serviceAnnouncement/issues\","
                + (more ? "\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues?$skip="
                + (100 * number) + "\"," : "")
                + "\"value\":[" + String.join(",", issues) + "]}";
    }

    /** An issue in the shape of the documentation's example (EX226792), with its own id, status and times. */
    public static String issue(String id, String service, String status, boolean resolved, Instant start,
                               Optional<Instant> end, Instant modified) {
        ObjectNode issue = (ObjectNode) tree(sample(LIST_ISSUES)).path("value").get(0).deepCopy();
        issue.put("id", id).put("service", service).put("status", status).put("isResolved", resolved)
                .put("startDateTime", start.toString()).put("lastModifiedDateTime", modified.toString());
        end.ifPresentOrElse(e -> issue.put("endDateTime", e.toString()), () -> issue.putNull("endDateTime"));
        return issue.toString();
    }

    // --- scripting ---------------------------------------------------------------------------------------

    /** The tenant's Graph feed, page by page. */
    public FakeMicrosoftCloud feed(String tenant, String... rawPages) {
        pages.put(tenant, List.of(rawPages));
        return this;
    }

    /** The subscription's resource-health events: the documentation's example with its placeholders filled in. */
    public FakeMicrosoftCloud events(String subscription, String exampleFile) {
        events.put(subscription, exampleFile);
        return this;
    }

    /** The app has no consent (no service principal) in this tenant: sign-in refuses it. */
    public FakeMicrosoftCloud withoutConsent(String tenant) {
        withoutConsent.add(tenant);
        return this;
    }

    /** Sign-in works, but Graph refuses the tenant's service health (the permission was not granted). */
    public FakeMicrosoftCloud denyGraph(String tenant) {
        graphDenied.add(tenant);
        return this;
    }

    /** The next {@code calls} Graph or ARM calls answer 429 with this Retry-After. */
    public FakeMicrosoftCloud throttleNext(int calls, String retryAfterHeader) {
        throttles.set(calls);
        retryAfter = retryAfterHeader;
        return this;
    }

    /** The tenant's page {@code page} (from 1) is held back until {@link Pause#release()} counts down. */
    public Pause pauseAt(String tenant, int page) {
        Pause pause = new Pause(page, new CountDownLatch(1), new CountDownLatch(1));
        pauses.put(tenant, pause);
        return pause;
    }

    /** The tenant's pages are answered at once again. */
    public FakeMicrosoftCloud resume(String tenant) {
        Optional.ofNullable(pauses.remove(tenant)).ifPresent(p -> p.release().countDown());
        return this;
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    // --- handlers ----------------------------------------------------------------------------------------

    private void token(Context ctx) {
        String tenant = ctx.pathParam("tenant");
        String scope = ctx.formParam("scope");
        seen.add(new Seen("POST", ctx.path(), "", Optional.of(tenant), Optional.ofNullable(scope)));
        if (!"client_credentials".equals(ctx.formParam("grant_type")) || !CLIENT_ID.equals(ctx.formParam("client_id"))) {
            entraError(ctx, 400, "unauthorized_client", "AADSTS700016: Application with identifier '"
                    + ctx.formParam("client_id") + "' was not found in the directory '" + tenant + "'.", 700016);
            return;
        }
        if (!CLIENT_SECRET.equals(ctx.formParam("client_secret"))) {
            entraError(ctx, 401, "invalid_client", "AADSTS7000215: Invalid client secret provided. Ensure the secret"
                    + " being sent in the request is the client secret value, not the client secret ID.", 7000215);
            return;
        }
        if (withoutConsent.contains(tenant)) {
            entraError(ctx, 400, "invalid_client", "AADSTS7000229: The client application " + CLIENT_ID
                    + " is missing service principal in the tenant " + tenant
                    + ". See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119", 7000229);
            return;
        }
        String token = "token-" + tokens.size() + "-" + tenant;
        tokens.put(token, tenant);
        ctx.contentType("application/json").result("{\"token_type\":\"Bearer\",\"expires_in\":3599,"
                + "\"ext_expires_in\":3599,\"access_token\":\"" + token + "\"}");
    }

    private static void entraError(Context ctx, int status, String error, String description, int code) {
        ctx.status(status).contentType("application/json").result("{\"error\":\"" + error + "\",\"error_description\":\""
                + description + "\\r\\nTrace ID: 0c2f1b7e-1d0a-4c5e-9f3b-7a8d6c5e4f30\\r\\nCorrelation ID:"
                + " 9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d\\r\\nTimestamp: 2026-11-24 13:00:00Z\",\"error_codes\":["
                + code + "],\"timestamp\":\"2026-11-24 13:00:00Z\",\"trace_id\":\"0c2f1b7e-1d0a-4c5e-9f3b-7a8d6c5e4f30\","
                + "\"correlation_id\":\"9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d\"}");
    }

    /** The tenant behind the bearer token, or empty after answering 401 as Graph does. */
    private Optional<String> authorised(Context ctx) {
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        String tenant = header.startsWith("Bearer ") ? tokens.get(header.substring(7)) : null;
        seen.add(new Seen("GET", ctx.path(), Optional.ofNullable(ctx.queryString()).orElse(""),
                Optional.ofNullable(tenant), Optional.empty()));
        if (tenant == null) {
            graphError(ctx, 401, "InvalidAuthenticationToken", "Access token is empty.");
            return Optional.empty();
        }
        if (throttles.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ctx.header("Retry-After", retryAfter);
            graphError(ctx, 429, "TooManyRequests", "Too many requests.");
            return Optional.empty();
        }
        return Optional.of(tenant);
    }

    private static void graphError(Context ctx, int status, String code, String message) {
        ctx.status(status).contentType("application/json").result("{\"error\":{\"code\":\"" + code + "\",\"message\":\""
                + message + "\",\"innerError\":{\"date\":\"2026-11-24T13:00:00\",\"request-id\":"
                + "\"2b1a0c9d-8e7f-4a6b-9c5d-4e3f2a1b0c9d\"}}}");
    }

    private void issues(Context ctx) {
        Optional<String> tenant = authorised(ctx);
        if (tenant.isEmpty()) {
            return;
        }
        if (graphDenied.contains(tenant.get())) {
            graphError(ctx, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
            return;
        }
        List<String> feed = pages.getOrDefault(tenant.get(), List.of(page(1, false)));
        String skip = ctx.queryParam("$skip");
        int index = skip == null ? 0 : Integer.parseInt(skip) / 100;
        Pause pause = pauses.get(tenant.get());
        if (pause != null && pause.page() == index + 1) {
            pause.reached().countDown();
            try {
                pause.release().await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (index >= feed.size()) {
            graphError(ctx, 400, "BadRequest", "Invalid $skip value.");
            return;
        }
        String filter = ctx.queryParam("$filter");
        if (filter == null) {
            ctx.contentType("application/json").result(feed.get(index));
            return;
        }
        // the same pages, each with only the issues modified since the filter's instant, the filter kept in the links
        Instant since = Instant.parse(filter.replace("lastModifiedDateTime ge ", "").strip());
        List<String> changed = new ArrayList<>();
        for (JsonNode issue : tree(feed.get(index)).path("value")) {
            if (!Instant.parse(issue.path("lastModifiedDateTime").asText()).isBefore(since)) {
                changed.add(issue.toString());
            }
        }
        boolean more = index + 1 < feed.size();
        String next = "https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues?$filter="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20") + "&$skip=" + (100 * (index + 1));
        ctx.contentType("application/json").result("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#"
                + "admin/serviceAnnouncement/issues\"," + (more ? "\"@odata.nextLink\":\"" + next + "\"," : "")
                + "\"value\":[" + String.join(",", changed) + "]}");
    }

    private void events(Context ctx) {
        if (authorised(ctx).isEmpty()) {
            return;
        }
        String subscription = ctx.pathParam("subscription");
        String example = events.get(subscription);
        if (ctx.queryParam("$skipToken") != null || example == null) {
            ctx.contentType("application/json").result("{\"value\":[]}");
            return;
        }
        JsonNode body = tree(sample(example)).path("responses").path("200").path("body");
        String filled = body.toString()
                .replace("{subscriptionId}", subscription)
                .replace("{originalRequestUrl}", baseUrl() + ctx.path())
                .replace("{OpaquePageNumber}", "2");
        ctx.contentType("application/json").result(filled);
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
