package com.partnerdesk.adapters.persistence.bench;

import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.adapters.persistence.TestCases;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.Case;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: prints durable case intake per second through the adapter (case + audit event, committed
 * with synchronous=FULL) beside raw sqlite-jdbc autocommit inserts on the same file system, and search
 * latency over 100k cases.
 *
 * <pre>
 * mvn -pl adapters-persistence -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.skip=true -Dexec.mainClass=com.partnerdesk.adapters.persistence.bench.IntakeBenchmark \
 *     [-Dexec.args="DIR CASES [search-only]"]
 * </pre>
 * ({@code -Dexec.skip=true} skips the other reactor modules: this module's pom sets {@code skip=false}.)
 * {@code search-only} re-measures search on the {@code search.db} a previous run left in DIR.
 */
public final class IntakeBenchmark {
    private static final String[] WORDS = ("mail flow outbound inbound connector teams meeting audio video drop "
            + "sign in token mfa license sharepoint site library sync onedrive intune device compliance enrol "
            + "policy defender quarantine spam phish purview retention label power bi report refresh gateway "
            + "latency timeout error crash slow freeze login password reset calendar room booking mailbox archive "
            + "litigation hold dns mx spf dkim dmarc certificate expired tls handshake vpn network firewall proxy "
            + "region gov virginia texas outage degraded partial throttled quota storage blob vm disk").split(" ");

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("partnerdesk-bench"));
        int searchCases = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int intakes = 2_000;
        boolean searchOnly = args.length > 2 && args[2].equals("search-only");
        System.out.println("PartnerDesk intake benchmark in " + dir.toAbsolutePath());
        if (searchOnly) {
            try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("search.db"))) {
                searchLatency(db, searchCases, new Random(7));
            }
            return;
        }

        double raw = rawAutocommit(dir.resolve("raw.db"), intakes);
        System.out.printf("raw sqlite-jdbc autocommit INSERT (WAL, synchronous=FULL): %8.0f rows/s%n", raw);

        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("intake.db"))) {
            db.customers().upsert(Samples.contoso());
            intake(db, 100, 1); // warm up
            double single = intake(db, intakes, 1);
            double eight = intake(db, intakes, 8);
            System.out.printf("adapter intake, 1 thread  (case + audit + commit):     %8.0f cases/s  (%.2fx raw)%n",
                    single, single / raw);
            System.out.printf("adapter intake, 8 threads (case + audit + commit):     %8.0f cases/s  (%.2fx raw)%n",
                    eight, eight / raw);
        }

        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("search.db"))) {
            db.customers().upsert(Samples.contoso());
            Random random = new Random(42);
            long start = System.nanoTime();
            int batch = 5_000;
            for (int done = 0; done < searchCases; done += batch) {
                int n = Math.min(batch, searchCases - done);
                db.unitOfWork().writeVoid(() -> {
                    for (int i = 0; i < n; i++) {
                        db.cases().insert(TestCases.triaged(Samples.CONTOSO_ID, words(random, 5), words(random, 20),
                                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(8_000_000))));
                    }
                });
            }
            System.out.printf("loaded %d cases for search in %.1f s%n", searchCases,
                    (System.nanoTime() - start) / 1e9);
            searchLatency(db, searchCases, random);
        }
    }

    private static void searchLatency(SqliteDatabase db, int searchCases, Random random) {
        for (int i = 0; i < 200; i++) {
            search(db, random); // warm up
        }
        int runs = 2_000;
        long[] micros = new long[runs];
        long totalHits = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            totalHits += search(db, random);
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("search over %d cases (1-2 words, page of 50 + total): median %.2f ms, p99 %.2f ms, "
                        + "mean hits %d%n", searchCases, micros[runs / 2] / 1000.0,
                micros[(int) (runs * 0.99)] / 1000.0, totalHits / runs);
    }

    private static long search(SqliteDatabase db, Random random) {
        String text = random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : words(random, 2);
        return db.cases().search(new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, Optional.of(text), 0, 50)).total();
    }

    private static String words(Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static double intake(SqliteDatabase db, int count, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(count);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    Instant now = Instant.now();
                    Case c = TestCases.triaged(Samples.CONTOSO_ID, "Outbound mail stuck", "NDR 4.4.7 to army.mil", now);
                    db.unitOfWork().writeVoid(() -> {
                        db.cases().insert(c);
                        db.audit().append(AuditEvent.of(new Actor.Operator("bench"), "case.open",
                                Optional.of(Samples.CONTOSO_ID), Optional.of(c.id()), Channel.API,
                                AuditOutcome.ALLOWED, "", now));
                    });
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static double rawAutocommit(Path file, int count) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("CREATE TABLE IF NOT EXISTS t (id TEXT PRIMARY KEY, payload TEXT NOT NULL)");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count + 100; i++) {
                ids.add(UUID.randomUUID().toString());
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (id, payload) VALUES (?, ?)")) {
                for (int i = 0; i < 100; i++) {
                    insert.setString(1, ids.get(count + i));
                    insert.setString(2, "warm up");
                    insert.executeUpdate();
                }
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    insert.setString(1, ids.get(i));
                    insert.setString(2, "Outbound mail stuck: NDR 4.4.7 to army.mil");
                    insert.executeUpdate();
                }
                return count / ((System.nanoTime() - start) / 1e9);
            }
        }
    }
}
