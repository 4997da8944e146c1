package com.partnerdesk.adapters.vendor.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.application.port.out.HealthFeed.Unavailable;
import com.partnerdesk.domain.customer.TenantId;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * App-only tokens from a customer's tenant: the OAuth 2.0 client-credentials grant on
 * {@code {login}/{tenant}/oauth2/v2.0/token} with {@code scope={resource}/.default}, as Microsoft Entra documents it.
 * The app's id and secret are read from the environment on each request (never stored); a token is kept until a minute
 * before it expires. A refusal is said in words an operator can act on (ADR 0015: why not MSAL).
 */
final class ClientCredentials {
    static final String CLIENT_ID = "PARTNERDESK_GRAPH_CLIENT_ID";
    static final String CLIENT_SECRET = "PARTNERDESK_GRAPH_CLIENT_SECRET";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EARLY = Duration.ofMinutes(1);

    private record Key(URI login, String tenant, String scope) {
    }

    private record Token(String value, Instant expiresAt) {
    }

    private final HttpClient client;
    private final Function<String, String> environment;
    private final Clock clock;
    private final Duration timeout;
    private final Map<Key, Token> tokens = new ConcurrentHashMap<>();

    ClientCredentials(HttpClient client, Function<String, String> environment, Clock clock, Duration timeout) {
        this.client = client;
        this.environment = environment;
        this.clock = clock;
        this.timeout = timeout;
    }

    String token(URI login, TenantId tenant, String scope) {
        Key key = new Key(login, tenant.value(), scope);
        Token known = tokens.get(key);
        if (known != null && clock.instant().isBefore(known.expiresAt())) {
            return known.value();
        }
        String id = environment.apply(CLIENT_ID);
        String secret = environment.apply(CLIENT_SECRET);
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            throw new Unavailable("no app credentials: set " + CLIENT_ID + " and " + CLIENT_SECRET
                    + " in the environment of partnerdesk", Optional.empty());
        }
        String form = Map.of("client_id", id.strip(), "client_secret", secret.strip(), "scope", scope,
                        "grant_type", "client_credentials").entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .sorted()
                .collect(Collectors.joining("&"));
        URI uri = URI.create(login + "/" + tenant.value() + "/oauth2/v2.0/token");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("cannot reach the sign-in service " + login.getHost() + ": " + e, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while signing in to " + login.getHost(), Optional.empty());
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() == 200 && body.path("access_token").isTextual()) {
            long seconds = body.path("expires_in").asLong(3599);
            Token token = new Token(body.path("access_token").asText(),
                    clock.instant().plusSeconds(seconds).minus(EARLY));
            tokens.put(key, token);
            return token.value();
        }
        throw new Unavailable(refusal(tenant, login, response.statusCode(), body), Optional.empty());
    }

    /** Microsoft Entra's refusal, in words: consent missing, a wrong secret, an unknown tenant, or its own text. */
    static String refusal(TenantId tenant, URI login, int status, JsonNode body) {
        String description = body.path("error_description").asText("");
        String firstLine = description.lines().findFirst().orElse("").strip();
        String error = body.path("error").asText("HTTP " + status);
        String code = firstLine.startsWith("AADSTS") ? firstLine.substring(0, firstLine.indexOf(':') > 0
                ? firstLine.indexOf(':') : firstLine.length()) : "";
        String said = " (Microsoft Entra at " + login.getHost() + " said: " + (firstLine.isEmpty() ? error : firstLine) + ")";
        return switch (code) {
            case "AADSTS650052", "AADSTS65001", "AADSTS7000229", "AADSTS700016", "AADSTS500011" ->
                    "admin consent missing in the customer's tenant " + tenant + ": an administrator of the customer"
                            + " must consent to the PartnerDesk app (ServiceHealth.Read.All)" + said;
            case "AADSTS7000215", "AADSTS7000222" ->
                    "the app's client secret was refused; check " + CLIENT_SECRET + said;
            case "AADSTS90002", "AADSTS90023" -> "the customer's tenant " + tenant + " is not known at " + login.getHost()
                    + "; check the customer's cloud" + said;
            default -> "sign-in to the customer's tenant " + tenant + " failed: " + error + said;
        };
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }
}
