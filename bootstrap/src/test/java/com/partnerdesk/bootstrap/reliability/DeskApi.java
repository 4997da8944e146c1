package com.partnerdesk.bootstrap.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The desk's JSON API as an integration calls it: bearer token, JSON in and out. */
public final class DeskApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;
    private final Duration timeout;

    /** A status, the headers that matter here and the JSON body. */
    public record Answer(int status, Map<String, java.util.List<String>> headers, JsonNode body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public DeskApi(URI base, String token) {
        this(base, token, Duration.ofSeconds(30));
    }

    /** With its own limit on each answer (the bench's escalation of a cluster of thousands of cases takes longer). */
    public DeskApi(URI base, String token, Duration timeout) {
        this.base = base;
        this.token = token;
        this.timeout = timeout;
    }

    /** The id of the support topic of {@code family} named {@code name} (the family's first topic if none is). */
    public String supportTopic(String family, String name) {
        JsonNode topics = get("/api/v1/support-topics?productFamily=" + family).body().path("items");
        for (JsonNode topic : topics) {
            if (topic.path("name").asText().equalsIgnoreCase(name)) {
                return topic.path("id").asText();
            }
        }
        return topics.get(0).path("id").asText();
    }

    /**
     * Opens a case on Exchange Online that triage leaves to escalate (unavailable, nothing documented), started at
     * {@code started}; asserts the 201.
     */
    public Answer openUnavailableCase(String tenant, java.time.Instant started) {
        Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("service", DeskFixture.SERVICE);
        problem.put("title", "Outbound mail to .mil recipients queued");
        problem.put("description", "Every message to army.mil is deferred with 4.4.7; the outbound connector validates.");
        problem.put("startedAt", started.toString());
        problem.put("usersAffected", "TENANT");
        problem.put("impact", "CRITICAL");
        problem.put("classification", "UNAVAILABLE");
        Answer opened = post("/api/v1/customers/" + tenant + "/cases", problem, Map.of());
        org.assertj.core.api.Assertions.assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened;
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public Answer post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public Answer patch(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().map(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
