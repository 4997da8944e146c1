package com.partnerdesk.adapters.persistence.bench;

import com.partnerdesk.adapters.persistence.SqliteDatabase;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.fakes.FakePasswordHasher;
import com.partnerdesk.application.fakes.MutableClock;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.in.Caller;
import com.partnerdesk.application.port.in.CaseList;
import com.partnerdesk.application.port.in.CaseSearch;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseSort;
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
import com.partnerdesk.domain.triage.ClusterRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Not a test: one page of the case queue (50 lines and the total) through the use case on SQLite, at 100 and at
 * 10,000 cases (issue 12: "a 10,000-case queue stays as quick as a 100-case one"). Each page the queue offers is read
 * on both databases in turn (so a drift in the machine's load slows both alike): the default order, its last page,
 * "my cases", the unowned, and a sort by each column. It prints the median and the 99th percentile of each, and the
 * ratio of the medians.
 *
 * <pre>
 * mvn -B -o -q -pl adapters-persistence -am test-compile exec:java -Dexec.classpathScope=test -Dexec.skip=true \
 *     -Dexec.mainClass=com.partnerdesk.adapters.persistence.bench.QueueBenchmark [-Dexec.args="SMALL BIG READS"]
 * </pre>
 */
public final class QueueBenchmark {
    private static final Instant NOW = Samples.T0;
    private static final int CUSTOMERS = 200;
    private static final int AGENTS = 12;
    private static final int PAGE = 50;

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int big = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int reads = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path dir = Files.createTempDirectory("partnerdesk-queue");
        try (Queue few = Queue.of(dir.resolve("small.db"), small); Queue many = Queue.of(dir.resolve("big.db"), big)) {
            Map<String, java.util.function.Function<Queue, CaseSearch>> pages = new LinkedHashMap<>();
            pages.put("default order, first page", q -> q.search(Optional.empty(), List.of(), 0));
            pages.put("default order, last page", q -> q.search(Optional.empty(), List.of(), q.lastPage()));
            pages.put("my cases", q -> q.search(Optional.of(new CaseSearch.Owner.Me()), List.of(), 0));
            pages.put("unowned", q -> q.search(Optional.of(new CaseSearch.Owner.Nobody()), List.of(), 0));
            for (var key : com.partnerdesk.domain.cases.CaseSortKey.values()) {
                pages.put("sort=-" + key.field(), q -> q.search(Optional.empty(), List.of(CaseSort.desc(key)), 0));
            }
            for (int i = 0; i < 20; i++) { // the JIT and the caches of each database
                for (var page : pages.values()) {
                    few.read(page.apply(few));
                    many.read(page.apply(many));
                }
            }
            double worst = 0;
            System.out.printf(Locale.ROOT, "%-28s %22s %22s %7s%n", "queue page (50 lines + total)",
                    String.format(Locale.ROOT, "%,d cases p50 / p99", small),
                    String.format(Locale.ROOT, "%,d cases p50 / p99", big), "ratio");
            for (var page : pages.entrySet()) {
                long[] a = new long[reads];
                long[] b = new long[reads];
                for (int i = 0; i < reads; i++) { // in turn: a drift in the load slows both alike
                    a[i] = few.read(page.getValue().apply(few));
                    b[i] = many.read(page.getValue().apply(many));
                }
                double ratio = median(b) / median(a);
                worst = Math.max(worst, ratio);
                System.out.printf(Locale.ROOT, "%-28s %12.2f / %6.2f ms %12.2f / %6.2f ms %6.1fx%n", page.getKey(),
                        median(a), p99(a), median(b), p99(b), ratio);
            }
            System.out.printf(Locale.ROOT, "queue: %,d vs %,d cases, worst ratio of medians %.1fx%n", small, big, worst);
        }
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double p99(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6;
    }

    /** A desk on SQLite holding {@code size} cases of many customers, impacts, owners, statuses and ages. */
    private record Queue(SqliteDatabase db, Desk desk, Caller agent, int size) implements AutoCloseable {
        static Queue of(Path file, int size) {
            SqliteDatabase db = SqliteDatabase.open(file);
            StoragePorts ports = com.partnerdesk.adapters.persistence.SqliteStorage.ports(db);
            List<TenantId> tenants = customers(db);
            List<Agent> agents = agents(db);
            seed(db, tenants, agents, size);
            Desk desk = new Desk(ports, MutableClock.at(NOW), new FakePasswordHasher(), ClusterRule.DEFAULT);
            return new Queue(db, desk, new Caller(agents.get(0).asActor(), Channel.WEB), size);
        }

        CaseSearch search(Optional<CaseSearch.Owner> owner, List<CaseSort> sort, int offset) {
            return new CaseSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), owner, sort, offset, PAGE);
        }

        int lastPage() {
            return Math.max(0, (size - 1) / PAGE * PAGE);
        }

        long read(CaseSearch search) {
            long start = System.nanoTime();
            CaseList page = desk.findCases().search(agent, search);
            long spent = System.nanoTime() - start;
            if (page.items().isEmpty() && page.total() > 0) {
                throw new IllegalStateException("an empty page of a queue of " + page.total());
            }
            return spent;
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private static List<TenantId> customers(SqliteDatabase db) {
        Customer template = Samples.contoso();
        List<TenantId> tenants = new ArrayList<>();
        db.unitOfWork().writeVoid(() -> {
            for (int i = 0; i < CUSTOMERS; i++) {
                TenantId id = TenantId.of(String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i));
                db.customers().upsert(new Customer(id, "Queue customer " + i, "queue" + i + ".onmicrosoft.us",
                        template.cloud(), template.region(), template.relationship(), true, template.supportPlan(),
                        template.resellerType(), template.country(), template.managedServices()));
                tenants.add(id);
            }
        });
        return tenants;
    }

    private static List<Agent> agents(SqliteDatabase db) {
        List<Agent> agents = new ArrayList<>();
        db.unitOfWork().writeVoid(() -> {
            for (int i = 0; i < AGENTS; i++) {
                Agent agent = new Agent(AgentId.random(), Email.of("agent" + i + "@partner.example"), "Agent " + i,
                        Set.of(Role.HELPDESK_AGENT), false);
                db.agents().insert(agent, Optional.empty(), NOW);
                agents.add(agent);
            }
        });
        return agents;
    }

    /** Cases opened over the last 30 days; a third unowned; one in 20 needs attention; a quarter resolved. */
    private static void seed(SqliteDatabase db, List<TenantId> tenants, List<Agent> agents, int count) {
        Random random = new Random(42);
        Impact[] impacts = Impact.values();
        String[] services = {"Exchange Online", "Microsoft Teams", "SharePoint Online"};
        int batch = 2_000;
        for (int done = 0; done < count; done += batch) {
            int n = Math.min(batch, count - done);
            db.unitOfWork().writeVoid(() -> {
                for (int i = 0; i < n; i++) {
                    Instant opened = NOW.minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
                    Problem problem = new Problem(Samples.SERVICES.require("service", services[random.nextInt(3)]),
                            "Case " + random.nextInt(1_000_000) + " of the queue", "A problem the queue lists.",
                            opened.minusSeconds(600), UsersAffected.SEVERAL, impacts[random.nextInt(impacts.length)],
                            SymptomClassification.CONFIGURATION);
                    Case c = Case.open(CaseId.random(), tenants.get(random.nextInt(tenants.size())), problem,
                            "helpdesk@partner.example", opened);
                    c.recordHealthCheck(new HealthCheck(opened, List.of()));
                    c.applyTriage(new TriageOutcome(TriageResult.PARTNER_RESOLVABLE, Optional.empty(),
                            List.of("Configuration"), List.of(), Optional.empty(), Optional.empty()),
                            "helpdesk@partner.example", opened);
                    if (random.nextInt(3) > 0) {
                        c.changeOwner(Optional.of(agents.get(random.nextInt(agents.size())).id()),
                                "helpdesk@partner.example", opened.plusSeconds(60), "assigned");
                    }
                    c.flagAttention(random.nextInt(20) == 0, opened.plusSeconds(120));
                    if (random.nextInt(4) == 0) {
                        c.resolve("Fixed", "helpdesk@partner.example", opened.plusSeconds(3_600));
                    }
                    db.cases().insert(c);
                }
            });
        }
    }
}
