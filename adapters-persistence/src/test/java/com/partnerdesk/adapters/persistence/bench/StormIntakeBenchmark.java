package com.partnerdesk.adapters.persistence.bench;

import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.in.OpenCaseCommand;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.EscalationCategory;
import com.partnerdesk.domain.cases.HealthCheck;
import com.partnerdesk.domain.cases.Impact;
import com.partnerdesk.domain.cases.Problem;
import com.partnerdesk.domain.cases.SymptomClassification;
import com.partnerdesk.domain.cases.TriageOutcome;
import com.partnerdesk.domain.cases.TriageResult;
import com.partnerdesk.domain.cases.UsersAffected;
import com.partnerdesk.domain.customer.Customer;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.triage.ClusterFormation;
import com.partnerdesk.domain.triage.ClusterRule;
import com.partnerdesk.application.fakes.FakePasswordHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: the intake of an outage storm through the use case on SQLite (open, health check, triage, cluster,
 * commit with synchronous=FULL), with 1,000 and with 35,000 open candidates of the same service, cloud and region in
 * the cluster window already stored, in databases of the same size. The ratio of the two rates is the flatness
 * figure of issue 16 (aim ≥ 0.8). A first run on a database of its own warms the JIT up and is not counted; then
 * the two databases take one report each in turn, so that a drift in the machine's load slows both alike.
 *
 * <pre>
 * mvn -B -o -q -pl adapters-persistence -am test-compile exec:java -Dexec.classpathScope=test -Dexec.skip=true \
 *     -Dexec.mainClass=com.partnerdesk.adapters.persistence.bench.StormIntakeBenchmark [-Dexec.args="SMALL BIG CASES"]
 * </pre>
 */
public final class StormIntakeBenchmark {
    private static final int CUSTOMERS = 500;
    private static final Instant OUTAGE = Samples.T0;

    private StormIntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int big = args.length > 1 ? Integer.parseInt(args[1]) : 35_000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path dir = Files.createTempDirectory("partnerdesk-storm");
        try (DeskOnFile warmUp = DeskOnFile.of(dir.resolve("warm-up.db"), small, 0);
             DeskOnFile few = DeskOnFile.of(dir.resolve("small.db"), small, big - small);
             DeskOnFile many = DeskOnFile.of(dir.resolve("big.db"), big, 0)) {
            Random random = new Random(7);
            for (int i = 0; i < measured; i++) {
                warmUp.report(random); // the JIT warms up before anything is measured
            }
            for (int i = 0; i < 30; i++) {
                few.report(random); // the caches of each database
                many.report(random);
            }
            few.reset();
            many.reset();
            // One report on each database in turn: a machine whose load drifts slows both alike.
            for (int i = 0; i < measured; i++) {
                few.report(random);
                many.report(random);
            }
            double atSmall = few.rate();
            double atBig = many.rate();
            System.out.printf(Locale.ROOT, "%,d open candidates (%,d closed cases besides): %.1f cases/s over %d "
                    + "reports%n", small, big - small, atSmall, measured);
            System.out.printf(Locale.ROOT, "%,d open candidates (%,d closed cases besides): %.1f cases/s over %d "
                    + "reports%n", big, 0, atBig, measured);
            System.out.printf(Locale.ROOT, "storm intake: %.1f cases/s at %d open candidates, %.1f cases/s at %d: %.2fx "
                    + "(both databases hold %d cases; reports taken in turn)%n", atSmall, small, atBig, big,
                    atBig / atSmall, big);
        }
    }

    /**
     * A desk on SQLite with {@code open} stored reports of the outage and {@code closed} closed ones of the week before
     * (same service, region and words: the database, its indexes and its full-text index are as large with few open
     * candidates as with many); it counts the time its measured reports take.
     */
    private record DeskOnFile(SqliteDatabase db, Desk desk, List<TenantId> tenants,
                        long[] spent) implements AutoCloseable {
        static DeskOnFile of(Path file, int open, int closed) {
            SqliteDatabase db = SqliteDatabase.open(file);
            StoragePorts ports = com.partnerdesk.adapters.persistence.SqliteStorage.ports(db);
            List<TenantId> tenants = customers(db);
            seed(db, tenants, closed, OUTAGE.minus(Duration.ofDays(7)), true);
            seed(db, tenants, open, OUTAGE, false);
            MutableClock clock = MutableClock.at(OUTAGE.plus(Duration.ofHours(2)));
            return new DeskOnFile(db, new Desk(ports, clock, new FakePasswordHasher(),
                    ClusterRule.DEFAULT), tenants, new long[2]);
        }

        void report(Random random) {
            long start = System.nanoTime();
            StormIntakeBenchmark.report(desk, tenants, random);
            spent[0] += System.nanoTime() - start;
            spent[1]++;
        }

        void reset() {
            spent[0] = 0;
            spent[1] = 0;
        }

        /** Cases per second of the reports since the last {@link #reset}. */
        double rate() {
            return spent[1] / (spent[0] / 1e9);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private static void report(Desk desk, List<TenantId> tenants, Random random) {
        desk.openCase().open(new OpenCaseCommand(Desk.helpdesk(), tenants.get(random.nextInt(tenants.size())),
                "Exchange Online", "Mail stuck in the outage", "Outbound mail queued since the outage began.",
                OUTAGE.plusSeconds(random.nextInt(3_600)), UsersAffected.TENANT, Impact.CRITICAL,
                SymptomClassification.UNAVAILABLE, Optional.empty()));
    }

    private static List<TenantId> customers(SqliteDatabase db) {
        Customer template = Samples.contoso();
        List<TenantId> tenants = new ArrayList<>();
        db.unitOfWork().writeVoid(() -> {
            for (int i = 0; i < CUSTOMERS; i++) {
                TenantId id = TenantId.of(String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i));
                db.customers().upsert(new Customer(id, "Storm customer " + i, "storm" + i + ".onmicrosoft.us",
                        template.cloud(), template.region(), template.relationship(), true, template.supportPlan(),
                        template.resellerType(), template.country(), template.managedServices()));
                tenants.add(id);
            }
        });
        return tenants;
    }

    /** {@code count} clustered reports of the hour from {@code from}, as the storm itself left them; closed if asked. */
    private static void seed(SqliteDatabase db, List<TenantId> tenants, int count, Instant from, boolean closed) {
        Random random = new Random(42);
        ClusterId cluster = null;
        List<CaseId> ids = new ArrayList<>();
        Set<TenantId> members = new HashSet<>();
        int batch = 2_000;
        for (int done = 0; done < count; done += batch) {
            int n = Math.min(batch, count - done);
            ClusterId[] first = {cluster};
            db.unitOfWork().writeVoid(() -> {
                for (int i = 0; i < n; i++) {
                    TenantId tenant = tenants.get(random.nextInt(tenants.size()));
                    Instant started = from.plusSeconds(random.nextInt(3_600));
                    Problem problem = new Problem(Samples.EXCHANGE, "Mail stuck in the outage",
                            "Outbound mail queued since the outage began.", started, UsersAffected.TENANT,
                            Impact.CRITICAL, SymptomClassification.UNAVAILABLE);
                    CaseId id = CaseId.random();
                    if (first[0] == null) {
                        first[0] = ClusterId.foundedBy(id);
                    }
                    Instant at = started.plusSeconds(60);
                    Case c = Case.open(id, tenant, problem, "helpdesk@partner.example", at);
                    c.recordHealthCheck(new HealthCheck(at, List.of()));
                    c.applyTriage(new TriageOutcome(TriageResult.ESCALATE,
                            Optional.of(EscalationCategory.REGIONAL_MULTI_TENANT), List.of("Cluster"), List.of(),
                            Optional.of(first[0]), Optional.empty()), "helpdesk@partner.example", at);
                    if (closed) {
                        c.resolve("Restored with the service", "helpdesk@partner.example", at.plusSeconds(3_600));
                        c.close("helpdesk@partner.example", at.plusSeconds(7_200));
                    }
                    db.cases().insert(c);
                    ids.add(id);
                    members.add(tenant);
                }
            });
            cluster = first[0];
        }
        if (cluster != null) {
            ClusterId recorded = cluster;
            db.unitOfWork().writeVoid(() -> db.clusters().record(new ClusterFormation(recorded, "Exchange Online",
                    Samples.contoso().cloud(), Samples.contoso().region(), ids, members), from.plusSeconds(3_600)));
        }
    }
}
