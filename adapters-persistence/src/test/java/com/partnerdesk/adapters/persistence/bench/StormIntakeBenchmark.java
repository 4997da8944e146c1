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
 * the cluster window already stored. The ratio of the two rates is the flatness figure of issue 16 (aim ≥ 0.8).
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
        double atSmall = run(dir.resolve("small.db"), small, measured);
        double atBig = run(dir.resolve("big.db"), big, measured);
        System.out.printf(Locale.ROOT, "storm intake: %.1f cases/s at %d open candidates, %.1f cases/s at %d: %.2fx%n",
                atSmall, small, atBig, big, atBig / atSmall);
    }

    /** Cases per second of {@code measured} UNAVAILABLE reports opened one after another over {@code open} stored ones. */
    private static double run(Path file, int open, int measured) throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            StoragePorts ports = new StoragePorts(db.unitOfWork(), db.cases(), db.customers(), db.health(), db.agents(),
                    db.requests(), db.clusters(), db.audit(), db.idempotency(), db.outbox(), db.partner(),
                    db.reference(), db.versions());
            List<TenantId> tenants = customers(db);
            seed(db, tenants, open);
            MutableClock clock = MutableClock.at(OUTAGE.plus(Duration.ofHours(2)));
            Desk desk = new Desk(ports, clock, new FakePasswordHasher(), ClusterRule.DEFAULT);
            Random random = new Random(7);
            for (int i = 0; i < 30; i++) {
                report(desk, tenants, random); // warm up
            }
            long start = System.nanoTime();
            for (int i = 0; i < measured; i++) {
                report(desk, tenants, random);
            }
            double rate = measured / ((System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "%,d open candidates: %.1f cases/s over %d reports%n", open, rate, measured);
            return rate;
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

    /** {@code open} clustered reports of the outage's hour, as the storm itself would have left them. */
    private static void seed(SqliteDatabase db, List<TenantId> tenants, int open) {
        Random random = new Random(42);
        ClusterId cluster = null;
        List<CaseId> ids = new ArrayList<>();
        Set<TenantId> members = new HashSet<>();
        int batch = 2_000;
        for (int done = 0; done < open; done += batch) {
            int n = Math.min(batch, open - done);
            ClusterId[] first = {cluster};
            db.unitOfWork().writeVoid(() -> {
                for (int i = 0; i < n; i++) {
                    TenantId tenant = tenants.get(random.nextInt(tenants.size()));
                    Instant started = OUTAGE.plusSeconds(random.nextInt(3_600));
                    Problem problem = new Problem(Samples.EXCHANGE, "Mail stuck", "Outbound mail queued.", started,
                            UsersAffected.TENANT, Impact.CRITICAL, SymptomClassification.UNAVAILABLE);
                    CaseId id = CaseId.random();
                    if (first[0] == null) {
                        first[0] = ClusterId.foundedBy(id);
                    }
                    Case c = Case.open(id, tenant, problem, "helpdesk@partner.example", started.plusSeconds(60));
                    c.recordHealthCheck(new HealthCheck(started.plusSeconds(60), List.of()));
                    c.applyTriage(new TriageOutcome(TriageResult.ESCALATE,
                            Optional.of(EscalationCategory.REGIONAL_MULTI_TENANT), List.of("Cluster"), List.of(),
                            Optional.of(first[0]), Optional.empty()), "helpdesk@partner.example", started.plusSeconds(60));
                    db.cases().insert(c);
                    ids.add(id);
                    members.add(tenant);
                }
            });
            cluster = first[0];
        }
        ClusterId recorded = cluster;
        db.unitOfWork().writeVoid(() -> db.clusters().record(new ClusterFormation(recorded, "Exchange Online",
                Samples.contoso().cloud(), Samples.contoso().region(), ids, members), OUTAGE.plusSeconds(3_600)));
    }
}
