package com.partnerdesk.bootstrap.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A regional outage as the desk sees it: many clients at once report cases about one service, each a POST to
 * {@code /api/v1/customers/{tenantId}/cases} with a bearer token and an {@code Idempotency-Key}. {@code clients} plain
 * threads share one {@link HttpClient} (so at most that many connections); each takes the next report until none is
 * left or the storm is halted. What each report got back is kept for the test's checks.
 */
final class OutageStorm {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** One report: which customer, its Idempotency-Key and its JSON body (the same body on every retry). */
    record Report(int index, String key, String tenant, String body) {
    }

    /** What one attempt at a report got: a status (0 when no answer came), the case id on 201, the time it took. */
    record Outcome(Report report, int status, Optional<String> caseId, long sentNanos, long answeredNanos,
                   Optional<String> failure) {
        boolean created() {
            return status == 201 && caseId.isPresent();
        }

        long latencyNanos() {
            return answeredNanos - sentNanos;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String token;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private volatile boolean halted;

    OutageStorm(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /**
     * {@code count} reports about {@link DeskFixture#SERVICE} from the desk's customers in turn, all unavailable, whose
     * problems started within 20 minutes of {@code outageStart}.
     */
    static List<Report> reports(DeskFixture desk, String run, int count, Instant outageStart) {
        List<Report> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String tenant = desk.tenants.get(i % desk.tenants.size());
            Instant started = outageStart.plusSeconds((i * 37L) % 1200);
            String body = "{\"service\":\"" + DeskFixture.SERVICE + "\",\"title\":\"Mail is not delivered (report " + i
                    + ")\",\"description\":\"Outlook cannot connect; messages stay in the outbox for every user.\","
                    + "\"startedAt\":\"" + started + "\",\"usersAffected\":\"TENANT\",\"impact\":\"CRITICAL\","
                    + "\"classification\":\"UNAVAILABLE\"}";
            reports.add(new Report(i, run + "-" + i, tenant, body));
        }
        return reports;
    }

    /** How many reports have been answered 201 so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    /** Clients take no new report; those in flight finish. */
    void halt() {
        halted = true;
    }

    /** Sends every report with {@code clients} concurrent clients; a report not sent (halted) has no outcome. */
    Result run(List<Report> reports, int clients) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReferenceArray<Outcome> outcomes = new AtomicReferenceArray<>(reports.size());
        List<Thread> threads = new ArrayList<>();
        long begun = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                for (int i; !halted && (i = next.getAndIncrement()) < reports.size(); ) {
                    outcomes.set(i, send(reports.get(i)));
                }
            }, "storm-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - begun;
        List<Outcome> all = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            all.add(outcomes.get(i));
        }
        return new Result(reports, all, wall);
    }

    Outcome send(Report report) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/customers/" + report.tenant() + "/cases"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", report.key())
                .POST(HttpRequest.BodyPublishers.ofString(report.body()))
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            Optional<String> caseId = response.headers().firstValue("Location")
                    .filter(l -> l.startsWith("/api/v1/cases/")).map(l -> l.substring("/api/v1/cases/".length()));
            if (response.statusCode() == 201 && caseId.isPresent()) {
                acknowledged.incrementAndGet();
                return new Outcome(report, 201, caseId, sent, answered, Optional.empty());
            }
            return new Outcome(report, response.statusCode(), Optional.empty(), sent, answered,
                    Optional.of(response.statusCode() + " " + abbreviate(response.body())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(report, 0, Optional.empty(), sent, System.nanoTime(), Optional.of("interrupted"));
        } catch (Exception e) {
            return new Outcome(report, 0, Optional.empty(), sent, System.nanoTime(), Optional.of(e.toString()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** The outcomes of one run, and its figures. */
    record Result(List<Report> reports, List<Outcome> outcomes, long wallNanos) {
        List<Outcome> created() {
            return outcomes.stream().filter(Objects::nonNull).filter(Outcome::created).toList();
        }

        /** Reports answered with anything but 201, or not answered at all (sent or not). */
        List<Report> notAcknowledged() {
            List<Report> missing = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                Outcome outcome = outcomes.get(i);
                if (outcome == null || !outcome.created()) {
                    missing.add(reports.get(i));
                }
            }
            return missing;
        }

        List<String> errors() {
            return outcomes.stream().filter(o -> o == null || !o.created())
                    .map(o -> o == null ? "not sent" : "report " + o.report().index() + ": " + o.failure().orElse("?"))
                    .toList();
        }

        double seconds() {
            return wallNanos / 1e9;
        }

        double throughput() {
            return created().size() / seconds();
        }

        double percentileMillis(double p) {
            long[] latencies = created().stream().mapToLong(Outcome::latencyNanos).sorted().toArray();
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(rank, latencies.length - 1))] / 1e6;
        }

        String summary(int clients) {
            long[] latencies = created().stream().mapToLong(Outcome::latencyNanos).toArray();
            return String.format("%d reports, %d clients: %d created in %.1f s = %.0f cases/s; latency p50 %.0f ms, "
                            + "p99 %.0f ms, max %.0f ms; %d not acknowledged", reports.size(), clients, created().size(),
                    seconds(), throughput(), percentileMillis(50), percentileMillis(99),
                    Arrays.stream(latencies).max().orElse(0) / 1e6, notAcknowledged().size());
        }
    }
}
