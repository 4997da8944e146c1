package com.partnerdesk.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's flood: 48 clients at once send wrong sign-ins with random e-mails to the packaged server running with
 * {@code -Xmx512m}, on loopback, for a few seconds ({@code -Dflood.seconds}, default 6). The server's resident memory
 * stays under 1 GiB, every sign-in is answered 401, 429 or 503, and an agent's API read meanwhile runs at its normal
 * speed. Prints the figures.
 */
@Timeout(180)
class SignInFloodIT {
    private static final int CLIENTS = 48;
    private static final long ONE_GIB = 1L << 30;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void fortyEightConcurrentWrongSignInsStayBoundedAndAgentsKeepWorking() throws Exception {
        DeskFixture desk = DeskFixture.prepare(dir.resolve("flood.db"), 5);
        int seconds = Integer.getInteger("flood.seconds", 6);
        try (ServerProcess server = ServerProcess.start(desk.database, Map.of(), "flood-server", List.of("-Xmx512m"))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            URI base = server.base();
            List<Long> quiet = readTimes(http, base, desk.token, 20, new AtomicBoolean(true));
            long rssBefore = rss(server.pid());

            AtomicBoolean flooding = new AtomicBoolean(true);
            Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
            AtomicLong maxRss = new AtomicLong(rssBefore);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
            List<Future<?>> attackers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                attackers.add(pool.submit(() -> {
                    while (flooding.get()) {
                        int status = wrongSignIn(http, base);
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                    return null;
                }));
            }
            Future<?> sampler = pool.submit(() -> {
                while (flooding.get()) {
                    maxRss.accumulateAndGet(rss(server.pid()), Math::max);
                    Thread.sleep(50);
                }
                return null;
            });
            Thread.sleep(500); // the flood under way
            Future<List<Long>> reader = pool.submit(() -> readTimes(http, base, desk.token, Integer.MAX_VALUE, flooding));
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            flooding.set(false);
            for (Future<?> attacker : attackers) {
                attacker.get(60, TimeUnit.SECONDS);
            }
            sampler.get(10, TimeUnit.SECONDS);
            List<Long> underFlood = reader.get(30, TimeUnit.SECONDS);
            pool.shutdown();

            long total = statuses.values().stream().mapToLong(AtomicLong::get).sum();
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.forEach((s, n) -> byStatus.put(s, n.get()));
            System.out.printf("SignInFloodIT: %d wrong sign-ins from %d clients in %d s (%s); server RSS %d MiB before, "
                            + "%d MiB at most (limit 1024, -Xmx512m); agent API read p50 %d ms, p95 %d ms, max %d ms over %d "
                            + "reads under the flood (quiet: p50 %d ms, p95 %d ms)%n",
                    total, CLIENTS, seconds, byStatus, rssBefore >> 20, maxRss.get() >> 20, pct(underFlood, 50),
                    pct(underFlood, 95), pct(underFlood, 100), underFlood.size(), pct(quiet, 50), pct(quiet, 95));

            assertThat(total).as("the flood ran").isGreaterThan(CLIENTS);
            assertThat(byStatus.keySet()).as("every sign-in answered 401, 429 or 503; server log:\n%s", server.log())
                    .isSubsetOf(401, 429, 503);
            assertThat(maxRss.get()).as("resident memory of the server").isLessThan(ONE_GIB);
            assertThat(underFlood).as("the agent's reads got through").hasSizeGreaterThan(5);
            assertThat(pct(underFlood, 50)).as("the agent's median read under the flood, ms").isLessThan(500);
            assertThat(pct(underFlood, 95)).as("the agent's 95th percentile read under the flood, ms").isLessThan(2_000);
            assertThat(server.log()).doesNotContain("OutOfMemoryError");
        }
    }

    /** One wrong sign-in as an attacker sends it: fetch the form (its CSRF cookie and field), post a random e-mail. */
    private static int wrongSignIn(HttpClient http, URI base) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("pd_signin="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("");
        String form = "_csrf=" + (csrf.find() ? csrf.group(1) : "") + "&email="
                + URLEncoder.encode(UUID.randomUUID() + "@attacker.example", StandardCharsets.UTF_8)
                + "&password=Winter2026%21";
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getAuthority()).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return answer.statusCode();
    }

    /** An agent reading the open cases at a normal pace (one read every 100 ms); the time of each read in ms. */
    private static List<Long> readTimes(HttpClient http, URI base, String token, int reads, AtomicBoolean going)
            throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < reads && going.get(); i++) {
            long started = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/cases"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            Thread.sleep(100);
        }
        return times;
    }

    private static long pct(List<Long> times, int percentile) {
        if (times.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The resident set of a process, from /proc (Linux). */
    private static long rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }
}
