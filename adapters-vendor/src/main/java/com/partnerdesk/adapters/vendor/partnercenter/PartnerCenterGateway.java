package com.partnerdesk.adapters.vendor.partnercenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.adapters.vendor.PortalVendorGateway;
import com.partnerdesk.adapters.vendor.VendorCalls;
import com.partnerdesk.adapters.vendor.VendorCalls.VendorUnavailableException;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.domain.customer.Cloud;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Partner Center read-back: what the vendor's Partner Center REST API really offers for service requests, which is
 * read and update, never create (its create call was for partner-level requests and was retired on 31 August 2020).
 * Filing stays the seed's own path through the partner dashboard ({@link PortalVendorGateway}: the agent files the
 * prefilled request and records its number). From then on this gateway reads the request
 * ({@code GET /v1/servicerequests/{id}}), lists each customer's requests
 * ({@code GET /v1/customers/{tenantId}/servicerequests?offset=&size=}) so that one filed in the portal and never
 * recorded is found, and sends the partner's notes and closings ({@code PATCH /v1/servicerequests/{id}} with
 * {@code NewNote {Text}} and {@code Status}).
 *
 * <p>Every update carries the outbox's correlation id as {@code MS-RequestId} (the header Partner Center documents for
 * idempotency: a retry after a time-out carries the same value) and {@code MS-CorrelationId}; it is the same on every
 * retry of one update, across restarts, so a note whose answer was lost is not added twice. An update never throws:
 * every outcome is a {@link Delivery}. The bearer token is read from the environment variable named in the settings
 * on every call, never stored and never part of an error text.
 */
public final class PartnerCenterGateway implements VendorGateway {
    /** Partner Center, also for the Partner Center for Microsoft Cloud for US Government. */
    public static final String DEFAULT_BASE_URL = "https://api.partnercenter.microsoft.com";
    /** How many requests one list call asks for. */
    static final int PAGE_SIZE = 100;
    /** A customer with more pages than this is read up to here (and the rest next time). */
    private static final int MAX_PAGES = 50;

    private final Settings settings;
    private final PortalVendorGateway portal;
    private final Function<String, String> environment;
    private final HttpClient client;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /** Where Partner Center is, which environment variable holds the token, and how long to wait for it. */
    public record Settings(URI baseUrl, String tokenVariable, Duration connectTimeout, Duration requestTimeout) {
        public Settings {
            if (baseUrl == null || baseUrl.getScheme() == null
                    || !(baseUrl.getScheme().equals("https") || baseUrl.getScheme().equals("http"))
                    || baseUrl.getHost() == null) {
                throw new IllegalArgumentException("the vendor's base URL must be an absolute http(s) URL, was " + baseUrl);
            }
            if (tokenVariable == null || tokenVariable.isBlank()) {
                throw new IllegalArgumentException("the name of the token's environment variable is missing");
            }
            if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                    || requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
                throw new IllegalArgumentException("the vendor's timeouts must be positive");
            }
            String text = baseUrl.toString();
            baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        }
    }

    public PartnerCenterGateway(Settings settings, PortalVendorGateway portal, Function<String, String> environment,
                                Clock clock) {
        this.settings = settings;
        this.portal = portal;
        this.environment = environment;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    // --- filing: the partner dashboard, by the agent ----------------------------------------------------------

    /** Nothing is sent: Partner Center has no create call. The agent files it in the dashboard and records its number. */
    @Override
    public Delivery submit(ServiceRequest request, String correlationId) {
        return portal.submit(request, correlationId);
    }

    @Override
    public Optional<ManualFiling> manualFiling(ServiceRequest request, Cloud cloud) {
        return portal.manualFiling(request, cloud);
    }

    // --- read ---------------------------------------------------------------------------------------------------

    @Override
    public Optional<VendorState> fetch(String vendorRequestNumber) {
        HttpResponse<String> response = read(uri("/v1/servicerequests/" + VendorCalls.segment(vendorRequestNumber)),
                "reading service request " + vendorRequestNumber);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(PartnerCenterJson.state(body(response, "reading service request " + vendorRequestNumber)));
    }

    /**
     * Every page of the customer's requests: {@code offset} counts items, {@code size} is {@value #PAGE_SIZE}; it stops
     * at an empty page, at the {@code totalCount} the vendor gave, or at a page that brings nothing new (a vendor that
     * ignores the offset). A customer the vendor does not know (404) has none.
     */
    @Override
    public List<VendorListing> listForCustomer(TenantId customer) {
        Map<String, VendorListing> found = new LinkedHashMap<>();
        String what = "listing the service requests of customer " + customer.value();
        for (int page = 0, offset = 0; page < MAX_PAGES; page++) {
            HttpResponse<String> response = read(uri("/v1/customers/" + VendorCalls.segment(customer.value())
                    + "/servicerequests?offset=" + offset + "&size=" + PAGE_SIZE), what);
            if (response.statusCode() == 404) {
                return List.of();
            }
            JsonNode body = body(response, what);
            JsonNode items = PartnerCenterJson.field(body, "items");
            int before = found.size();
            for (JsonNode item : items) {
                PartnerCenterJson.listing(item).ifPresent(l -> found.putIfAbsent(l.vendorRequestNumber(), l));
            }
            JsonNode total = PartnerCenterJson.field(body, "totalCount");
            if (items.size() == 0 || found.size() == before
                    || (total.isIntegralNumber() && found.size() >= total.asInt())) {
                break;
            }
            offset += items.size();
        }
        return List.copyOf(found.values());
    }

    private HttpResponse<String> read(URI uri, String what) {
        HttpRequest http = builder(uri, requireToken(), UUID.randomUUID().toString()).GET().build();
        HttpResponse<String> response;
        try {
            response = VendorCalls.send(client, http, settings.requestTimeout());
        } catch (VendorUnavailableException unreachable) {
            throw new VendorUnavailableException(what + ": " + unreachable.getMessage(), unreachable);
        }
        if (response.statusCode() != 404 && response.statusCode() / 100 != 2) {
            throw new VendorUnavailableException(what + ": the vendor answered " + response.statusCode()
                    + VendorCalls.errorText(response.body()));
        }
        return response;
    }

    private JsonNode body(HttpResponse<String> response, String what) {
        try {
            JsonNode body = json.readTree(response.body());
            if (body == null || !body.isObject()) {
                throw new IOException("not a JSON object");
            }
            return body;
        } catch (IOException unreadable) {
            throw new VendorUnavailableException(what + ": the vendor's answer is unreadable: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    // --- update -------------------------------------------------------------------------------------------------

    /** {@code PATCH} with only what changes: {@code NewNote {Text}} and {@code Status}, as the vendor's SDK sends it. */
    @Override
    public Delivery update(String vendorRequestNumber, Optional<String> newNote, Optional<ServiceRequestStatus> status,
                           String correlationId) {
        if (newNote.isEmpty() && status.isEmpty()) {
            return new Delivered(vendorRequestNumber);
        }
        Optional<String> token = token();
        if (token.isEmpty()) {
            return new Retry("no vendor token: the environment variable " + settings.tokenVariable() + " is not set",
                    Optional.empty());
        }
        ObjectNode body = json.createObjectNode();
        newNote.ifPresent(text -> body.putObject("NewNote").put("Text", text));
        status.ifPresent(s -> body.put("Status", s.vendorName()));
        HttpRequest http = builder(uri("/v1/servicerequests/" + VendorCalls.segment(vendorRequestNumber)), token.get(),
                correlationId)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = VendorCalls.send(client, http, settings.requestTimeout());
        } catch (VendorUnavailableException unreachable) {
            return new Retry(unreachable.getMessage(), Optional.empty());
        }
        return response.statusCode() / 100 == 2 ? new Delivered(vendorRequestNumber)
                : VendorCalls.refused(response, clock.instant());
    }

    // --- plumbing -----------------------------------------------------------------------------------------------

    private HttpRequest.Builder builder(URI uri, String token, String correlationId) {
        return HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("MS-RequestId", correlationId)
                .header("MS-CorrelationId", correlationId);
    }

    private Optional<String> token() {
        return Optional.ofNullable(environment.apply(settings.tokenVariable())).map(String::trim).filter(t -> !t.isEmpty());
    }

    private String requireToken() {
        return token().orElseThrow(() -> new VendorUnavailableException(
                "no vendor token: the environment variable " + settings.tokenVariable() + " is not set"));
    }

    private URI uri(String path) {
        return URI.create(settings.baseUrl() + path);
    }
}
