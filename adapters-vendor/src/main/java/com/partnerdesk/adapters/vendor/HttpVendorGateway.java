package com.partnerdesk.adapters.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.out.VendorGateway;
import com.partnerdesk.domain.partner.Contact;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The vendor gateway over the vendor's REST API for service requests (Partner Center style):
 * {@code POST {base}/v1/customers/{tenantId}/servicerequests/{supportTopicId}} creates,
 * {@code GET {base}/v1/servicerequests/{id}} reads status and notes, {@code PATCH} the same address adds a note or
 * sets a status.
 *
 * <p>Every create carries the dispatcher's correlation id as {@code MS-RequestId} and {@code MS-CorrelationId}; the
 * correlation id is the same on every retry, so a vendor that de-duplicates on {@code MS-RequestId} answers a retry of
 * a request whose answer was lost with the request it already has. A create never throws: every outcome is a
 * {@link Delivery}, and the dispatcher decides when to try again and when to park.
 *
 * <p>The bearer token is read from the environment variable named in {@link Settings#tokenVariable()} on every call
 * (so a rotated token is picked up); it never travels through the command line or the database, and is never part of
 * an error text.
 */
public final class HttpVendorGateway implements VendorGateway {
    private static final int MAX_ERROR_TEXT = 500;

    private final Settings settings;
    private final Function<String, String> environment;
    private final HttpClient client;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /** Where the vendor is, which environment variable holds the token, and how long to wait for it. */
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

        public static Settings of(String baseUrl, String tokenVariable) {
            return new Settings(URI.create(baseUrl), tokenVariable, Duration.ofSeconds(5), Duration.ofSeconds(30));
        }
    }

    public HttpVendorGateway(Settings settings, Function<String, String> environment, Clock clock) {
        this.settings = settings;
        this.environment = environment;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    // --- create ----------------------------------------------------------------------------------------

    @Override
    public Delivery submit(ServiceRequest request, String correlationId) {
        Optional<String> token = token();
        if (token.isEmpty()) {
            return new Retry("no vendor token: the environment variable " + settings.tokenVariable() + " is not set",
                    Optional.empty());
        }
        URI uri = uri("/v1/customers/" + segment(request.customer().value()) + "/servicerequests/"
                + segment(request.supportTopic().id().value()));
        HttpRequest http = builder(uri, token.get(), correlationId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(createBody(request), StandardCharsets.UTF_8))
                .build();
        return exchange(http, this::deliveryOf);
    }

    /** Sends a create or an update; a vendor that cannot be reached, or does not answer in time, means try again. */
    private Delivery exchange(HttpRequest http, Function<HttpResponse<String>, Delivery> answer) {
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException timeout) {
            return new Retry("the vendor did not answer within " + settings.requestTimeout() + " (" + timeout.getMessage()
                    + ")", Optional.empty());
        } catch (IOException io) {
            return new Retry("I/O error talking to the vendor: " + io.getClass().getSimpleName() + ": " + io.getMessage(),
                    Optional.empty());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Retry("interrupted while waiting for the vendor", Optional.empty());
        }
        return answer.apply(response);
    }

    private Delivery deliveryOf(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            try {
                JsonNode body = json.readTree(response.body());
                String id = body == null ? "" : body.path("id").asText("");
                if (!id.isBlank()) {
                    return new Delivered(id);
                }
                return new Retry("the vendor answered " + status + " without a request id", Optional.empty());
            } catch (IOException unreadable) {
                return new Retry("the vendor answered " + status + " with an unreadable body: " + unreadable.getMessage(),
                        Optional.empty());
            }
        }
        return refused(response);
    }

    /** A non-2xx answer: try again, no sooner than the vendor asked on 429 and 503. */
    private Retry refused(HttpResponse<String> response) {
        int status = response.statusCode();
        String error = "the vendor answered " + status + errorText(response.body());
        if (status == 429 || status == 503) {
            return new Retry(error, retryAfter(response));
        }
        return new Retry(error, Optional.empty());
    }

    private String createBody(ServiceRequest request) {
        ObjectNode body = json.createObjectNode();
        body.put("title", request.title());
        body.put("description", request.description());
        body.put("severity", request.severity().vendorName());
        Contact contact = request.primaryContact();
        String[] names = splitName(contact.name());
        ObjectNode primary = body.putObject("primaryContact");
        primary.put("firstName", names[0]);
        primary.put("lastName", names[1]);
        primary.put("email", contact.email().value());
        primary.put("phoneNumber", contact.phone());
        body.put("countryCode", request.countryCode().value());
        body.put("productName", request.productName());
        body.putObject("organization").put("name", request.organization());
        try {
            return json.writeValueAsString(body);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** "Dana Whitfield" → Dana / Whitfield; "Dana van der Berg" → Dana / van der Berg; one word fills both. */
    static String[] splitName(String name) {
        String trimmed = name.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return new String[] {trimmed, trimmed};
        }
        return new String[] {trimmed.substring(0, space), trimmed.substring(space + 1).trim()};
    }

    /** {@code Retry-After}: delta seconds or an HTTP date (RFC 1123); a date in the past means now. */
    Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> parseRetryAfter(value, clock.instant()));
    }

    /** {@code Retry-After} text: delta seconds or an HTTP date (RFC 1123); a date in the past means now. */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String text = value.trim();
        if (text.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    // --- read and update -------------------------------------------------------------------------------

    @Override
    public Optional<VendorState> fetch(String vendorRequestNumber) {
        HttpRequest http = builder(uri("/v1/servicerequests/" + segment(vendorRequestNumber)), requireToken(),
                UUID.randomUUID().toString()).GET().build();
        HttpResponse<String> response = send(http);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw new VendorUnavailableException("reading service request " + vendorRequestNumber + ": the vendor answered "
                    + response.statusCode() + errorText(response.body()));
        }
        try {
            JsonNode body = json.readTree(response.body());
            ServiceRequestStatus status = ServiceRequestStatus.parse(body.path("status").asText(""));
            List<VendorNote> notes = new ArrayList<>();
            for (JsonNode note : body.path("notes")) {
                String text = note.path("text").asText("");
                if (text.isBlank()) {
                    continue;
                }
                String author = note.path("createdByName").asText("");
                notes.add(new VendorNote(author.isBlank() ? "vendor" : author, text,
                        instant(note.path("createdDate").asText(""))));
            }
            return Optional.of(new VendorState(status, List.copyOf(notes)));
        } catch (IOException | RuntimeException unreadable) {
            throw new VendorUnavailableException("reading service request " + vendorRequestNumber
                    + ": the vendor's answer is unreadable: " + unreadable.getMessage(), unreadable);
        }
    }

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
        newNote.ifPresent(text -> body.putObject("newNote").put("text", text));
        status.ifPresent(s -> body.put("status", s.vendorName()));
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        HttpRequest http = builder(uri("/v1/servicerequests/" + segment(vendorRequestNumber)), token.get(), correlationId)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        return exchange(http, response -> response.statusCode() / 100 == 2
                ? new Delivered(vendorRequestNumber) : refused(response));
    }

    // --- plumbing --------------------------------------------------------------------------------------

    private HttpResponse<String> send(HttpRequest http) {
        try {
            return client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException timeout) {
            throw new VendorUnavailableException("the vendor did not answer within " + settings.requestTimeout(), timeout);
        } catch (IOException io) {
            throw new VendorUnavailableException("I/O error talking to the vendor: " + io.getMessage(), io);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new VendorUnavailableException("interrupted while waiting for the vendor", interrupted);
        }
    }

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

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Instant instant(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a vendor note has no createdDate");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static String errorText(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return ": " + (flat.length() > MAX_ERROR_TEXT ? flat.substring(0, MAX_ERROR_TEXT) + "…" : flat);
    }

    /** The vendor could not be read or updated now; the caller tries again later. */
    public static final class VendorUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public VendorUnavailableException(String message) {
            super(message);
        }

        public VendorUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
