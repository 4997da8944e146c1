package com.partnerdesk.bootstrap.reliability;

import com.partnerdesk.bootstrap.reliability.DeskApi.Answer;
import com.partnerdesk.bootstrap.reliability.OutageStorm.Outcome;
import com.partnerdesk.bootstrap.reliability.OutageStorm.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Not a test: {@link OutageStormIT}'s storm at any size for {@code bench/run} — {@code REPORTS} reports from 500
 * customers through {@code CLIENTS} clients against the packaged server, the cluster escalated halfway unless
 * {@code false} is given — and its figures: wall time, cases per second, latency p50 and p99, and the rate of each
 * successive thousand cases acknowledged, so that a rate which falls as the outage grows shows in one run.
 *
 * <pre>
 * java -Dpartnerdesk.jar=bootstrap/target/partnerdesk.jar -cp JAR:bootstrap/target/test-classes \
 *     com.partnerdesk.bootstrap.reliability.StormBench DIR REPORTS [CLIENTS] [ESCALATE]
 * </pre>
 * The last line it prints is {@code storm reports=… seconds=… rate=… p50=… p99=… errors=… perThousand=r1,r2,…}.
 */
public final class StormBench {
    private StormBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : OutageStormIT.CLIENTS_DEFAULT;
        boolean escalate = args.length <= 3 || Boolean.parseBoolean(args[3]);
        DeskFixture desk = DeskFixture.prepare(dir.resolve("storm.db"), OutageStormIT.CUSTOMERS_DEFAULT);
        Instant outageStart = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        List<OutageStorm.Report> reports = OutageStorm.reports(desk, "bench", count, outageStart);
        int half = escalate ? count / 2 : count;
        List<Outcome> outcomes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long begun;
        try (ServerProcess server = ServerProcess.start(desk.database, OutageStormIT.CLUSTER_SETTINGS, "bench-server")) {
            begun = System.nanoTime();
            Result first = new OutageStorm(server.base(), desk.token).run(reports.subList(0, half), clients);
            System.out.println("storm, " + (escalate ? "before the escalation: " : "") + first.summary(clients));
            outcomes.addAll(first.created());
            errors.addAll(first.errors());
            if (escalate && !first.created().isEmpty()) {
                long escalating = System.nanoTime();
                Answer escalated = OutageStormIT.escalate(new DeskApi(server.base(), desk.token,
                                Duration.ofMinutes(10)), first.created().get(0).caseId().orElseThrow());
                System.out.println("storm: escalation answered " + escalated.status() + " for a cluster of "
                        + escalated.body().path("caseCount").asInt() + " cases in "
                        + (System.nanoTime() - escalating) / 1_000_000 + " ms");
                Result second = new OutageStorm(server.base(), desk.token).run(reports.subList(half, count), clients);
                System.out.println("storm, after the escalation: " + second.summary(clients));
                outcomes.addAll(second.created());
                errors.addAll(second.errors());
            }
        }
        double seconds = (System.nanoTime() - begun) / 1e9;
        long[] latencies = outcomes.stream().mapToLong(Outcome::latencyNanos).sorted().toArray();
        List<Long> answered = outcomes.stream().map(Outcome::answeredNanos).sorted(Comparator.naturalOrder()).toList();
        List<String> perThousand = new ArrayList<>();
        for (int end = 1_000; end <= answered.size(); end += 1_000) {
            long from = end == 1_000 ? begun : answered.get(end - 1_001);
            perThousand.add(String.format(Locale.ROOT, "%.0f", 1_000 / ((answered.get(end - 1) - from) / 1e9)));
        }
        errors.stream().limit(5).forEach(e -> System.out.println("storm error: " + e));
        System.out.printf(Locale.ROOT, "storm reports=%d seconds=%.1f rate=%.1f p50=%.0f p99=%.0f errors=%d perThousand=%s%n",
                count, seconds, outcomes.size() / seconds, percentile(latencies, 50), percentile(latencies, 99),
                errors.size(), perThousand.isEmpty() ? "-" : perThousand.stream().collect(Collectors.joining(",")));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
    }
}
