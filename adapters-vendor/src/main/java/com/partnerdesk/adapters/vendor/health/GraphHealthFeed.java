package com.partnerdesk.adapters.vendor.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.adapters.vendor.VendorCalls;
import com.partnerdesk.application.error.InvalidInputException;
import com.partnerdesk.application.port.out.HealthFeed;
import com.partnerdesk.domain.customer.AzureSubscriptionId;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.health.HealthIssue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A customer's service health from the vendor: a client-credentials token from the customer's tenant on its cloud's
 * sign-in host, then the tenant's {@code serviceHealthIssue}s from its cloud's Graph host ({@code GET
 * /v1.0/admin/serviceAnnouncement/issues}, only those modified since the last reading when there was one), following
 * {@code @odata.nextLink}; then, for each of its Azure subscriptions, the resource-health events
 * ({@code GET /subscriptions/{id}/providers/Microsoft.ResourceHealth/events?api-version=2024-02-01}) following
 * {@code nextLink}. A 429 or 503 is waited out for the vendor's {@code Retry-After} when that is short, else the reading
 * fails saying when to try next.
 */
public final class GraphHealthFeed implements HealthFeed {
    static final String ISSUES = "/v1.0/admin/serviceAnnouncement/issues";
    static final String RESOURCE_HEALTH_API = "2024-02-01";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PAGES = 1_000;

    /** Waits: {@link Thread#sleep} in service; a test's own to keep time under control. */
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param longestWait the longest Retry-After waited out within one reading; a longer one fails the reading
     * @param attempts    how many times one call is tried while throttled
     */
    public record Settings(VendorHosts hosts, Duration connectTimeout, Duration requestTimeout, Duration longestWait,
                           int attempts) {
        public Settings {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
            }
        }

        public static Settings of(VendorHosts hosts) {
            return new Settings(hosts, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30), 3);
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HttpClient client;
    private final ClientCredentials credentials;

    public GraphHealthFeed(Settings settings, Function<String, String> environment, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.credentials = new ClientCredentials(client, environment, clock, settings.requestTimeout());
    }

    @Override
    public List<HealthIssue> read(Customer customer, Optional<Instant> modifiedSince) {
        VendorHosts.CloudHosts hosts = settings.hosts().of(customer.cloud());
        String graphToken = credentials.token(hosts.login(), customer.tenantId(), hosts.graphScope());
        String filter = modifiedSince.map(since -> "?$filter=" + URLEncoder.encode("lastModifiedDateTime ge "
                + DateTimeFormatter.ISO_INSTANT.format(since), StandardCharsets.UTF_8).replace("+", "%20")).orElse("");
        List<HealthIssue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        URI next = URI.create(hosts.graph() + ISSUES + filter);
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            String body = get(next, graphToken, "Microsoft Graph", customer);
            GraphHealthJson.Page read;
            try {
                read = new GraphHealthJson(Set.of()).readPage(next.toString(), new ByteArrayInputStream(
                        body.getBytes(StandardCharsets.UTF_8)));
            } catch (InvalidInputException | IOException unreadable) {
                throw new Unavailable("Microsoft Graph answered " + next.getPath() + " with something that is not a page"
                        + " of service health issues: " + unreadable.getMessage(), Optional.empty());
            }
            read.issues().stream().filter(i -> seen.add(i.id().value())).forEach(issues::add);
            next = read.nextLink().map(link -> underBase(link, VendorHosts.GRAPH_HOSTS, hosts.graph())).orElse(null);
        }
        if (!customer.azureSubscriptionIds().isEmpty()) {
            String armToken = credentials.token(hosts.login(), customer.tenantId(), hosts.armScope());
            for (AzureSubscriptionId subscription : customer.azureSubscriptionIds()) {
                URI nextEvents = URI.create(hosts.arm() + "/subscriptions/" + subscription.value()
                        + "/providers/Microsoft.ResourceHealth/events?api-version=" + RESOURCE_HEALTH_API);
                for (int page = 0; nextEvents != null && page < MAX_PAGES; page++) {
                    JsonNode body = tree(get(nextEvents, armToken, "Azure Resource Manager", customer), nextEvents);
                    for (HealthIssue event : ResourceHealthEvents.issues(body, subscription)) {
                        if (seen.add(event.id().value())) {
                            issues.add(event);
                        }
                    }
                    String link = GraphHealthJson.text(body, "nextLink");
                    nextEvents = link == null ? null : underBase(link, VendorHosts.ARM_HOSTS, hosts.arm());
                }
            }
        }
        return issues;
    }

    /**
     * A next-page link on the vendor's own hosts is followed under the base in use (a test's, a proxy's); one on any
     * other host is not followed, so that the token never leaves the vendor.
     */
    static URI underBase(String link, List<URI> vendorBases, URI base) {
        String text = link.startsWith(base + "/") ? link : null;
        for (URI vendor : vendorBases) {
            if (text == null && link.startsWith(vendor + "/")) {
                text = base + link.substring(vendor.toString().length());
            }
        }
        try {
            return VendorHosts.base(URI.create(Optional.ofNullable(text).orElseThrow()));
        } catch (RuntimeException bad) {
            throw new Unavailable("the vendor's next page link is not on " + base.getHost() + " and is not followed: "
                    + link, Optional.empty());
        }
    }

    private static JsonNode tree(String body, URI from) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            throw new Unavailable(from.getHost() + " answered " + from.getPath() + " with something that is not JSON",
                    Optional.empty());
        }
    }

    /** A GET with the bearer token; throttling waited out when short, refusals said in words. */
    private String get(URI uri, String token, String api, Customer customer) {
        for (int attempt = 1; ; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .GET().build();
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new Unavailable("cannot reach " + api + " at " + uri.getHost() + ": " + e, Optional.empty());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("interrupted while reading " + api, Optional.empty());
            }
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status == 429 || status == 503) {
                Duration wait = response.headers().firstValue("Retry-After")
                        .flatMap(v -> VendorCalls.parseRetryAfter(v, clock.instant()))
                        .orElse(Duration.ofSeconds(30));
                if (attempt >= settings.attempts() || wait.compareTo(settings.longestWait()) > 0) {
                    Instant retryAt = clock.instant().plus(wait);
                    throw new Unavailable("throttled by " + api + " (" + status + "), next try at " + retryAt,
                            Optional.of(retryAt));
                }
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Unavailable("interrupted while waiting out " + api + "'s Retry-After", Optional.empty());
                }
                continue;
            }
            throw new Unavailable(refusal(api, customer, status, response.body()), Optional.empty());
        }
    }

    /** Graph's and ARM's error body ({@code {"error": {"code", "message"}}}) in words. */
    static String refusal(String api, Customer customer, int status, String body) {
        JsonNode error;
        try {
            error = JSON.readTree(body == null || body.isBlank() ? "{}" : body).path("error");
        } catch (IOException notJson) {
            error = JSON.createObjectNode();
        }
        String code = error.path("code").asText("");
        String message = error.path("message").asText("");
        String said = " (" + api + " said: " + status + (code.isEmpty() ? "" : " " + code)
                + (message.isEmpty() ? "" : ": " + message) + ")";
        if (status == 401 || status == 403) {
            return "admin consent missing in the customer's tenant " + customer.tenantId() + ": " + api
                    + " refused to show its service health; an administrator of " + customer.name()
                    + " must consent to the PartnerDesk app (" + (api.startsWith("Azure")
                    ? "Reader on the subscription" : "ServiceHealth.Read.All") + ")" + said;
        }
        return api + " failed to answer for " + customer.name() + said;
    }
}
