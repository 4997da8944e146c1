package com.partnerdesk.bootstrap.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Not a test: one client, one request at a time, latencies as {@code p50 p99} in ms (after a warm-up).
 *
 * <pre>
 * HttpProbe search BASE_URL TOKEN WORDS N     GET /api/v1/cases?q=... (a page of 50 and the total)
 * HttpProbe triage BASE_URL TOKEN CASE_ID N   POST /api/v1/cases/{id}/triage with If-Match, again and again
 * </pre>
 * Any answer but the expected status stops the probe with exit code 1.
 */
public final class HttpProbe {
    private HttpProbe() {
    }

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = args[1];
        String auth = "Bearer " + args[2];
        int n = Integer.parseInt(args[4]);
        long[] micros = new long[n];
        switch (args[0]) {
            case "search" -> {
                List<String> words = Files.readAllLines(Path.of(args[3]));
                for (int i = -50; i < n; i++) {
                    String q = URLEncoder.encode(words.get(Math.floorMod(i, words.size())), StandardCharsets.UTF_8);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cases?limit=50&q=" + q))
                            .header("Authorization", auth).GET().build();
                    long t = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = (System.nanoTime() - t) / 1_000;
                    expect(response, 200);
                    if (i >= 0) {
                        micros[i] = took;
                    }
                }
            }
            case "triage" -> {
                String caseUrl = base + "/api/v1/cases/" + args[3];
                HttpResponse<String> current = client.send(HttpRequest.newBuilder(URI.create(caseUrl))
                        .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
                expect(current, 200);
                String etag = current.headers().firstValue("ETag").orElseThrow();
                for (int i = -5; i < n; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(caseUrl + "/triage"))
                            .header("Authorization", auth).header("If-Match", etag)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                    long t = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = (System.nanoTime() - t) / 1_000;
                    expect(response, 200);
                    etag = response.headers().firstValue("ETag").orElseThrow();
                    if (i >= 0) {
                        micros[i] = took;
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
        RawSqlite.printPercentiles(micros);
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            System.err.println("HttpProbe: " + response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
            System.exit(1);
        }
    }
}
