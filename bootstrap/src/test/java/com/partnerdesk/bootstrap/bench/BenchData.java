package com.partnerdesk.bootstrap.bench;

import com.partnerdesk.adapters.persistence.SqliteDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Not a test: the data sets of {@code bench/run}, deterministic (fixed seeds).
 *
 * <pre>
 * BenchData customers CSV LUA N        N customers as a customers CSV, and the same as a wrk Lua table for intake
 * BenchData big DB CASES OPEN ISSUES   a migrated desk database with CASES cases (OPEN of them open, over the last
 *                                      30 days), ISSUES active health issues (each expected to last 4 hours) and the
 *                                      customers of {@code customers}; prints the id of the case to triage, writes
 *                                      the search terms to DB.words
 * </pre>
 *
 * The big database is written with plain SQL in large transactions (the adapter would take minutes for a million
 * cases); its rows have the shapes the adapter writes (instants as fixed-width UTC text, {@code case_search} rowid =
 * {@code cases.seq}).
 */
public final class BenchData {
    static final String[] COMMON = ("mail flow outbound inbound connector teams meeting audio video drop "
            + "sign in token mfa license sharepoint site library sync onedrive intune device compliance enrol "
            + "policy defender quarantine spam phish purview retention label power bi report refresh gateway "
            + "latency timeout error crash slow freeze login password reset calendar room booking mailbox archive "
            + "litigation hold dns mx spf dkim dmarc certificate expired tls handshake vpn network firewall proxy "
            + "region gov virginia texas outage degraded partial throttled quota storage blob vm disk").split(" ");
    static final String[] SERVICES = {"Exchange Online", "Microsoft Teams", "SharePoint Online", "OneDrive for Business",
            "Microsoft Entra", "Microsoft Intune", "Microsoft 365 Apps", "Microsoft Defender for Office 365",
            "Microsoft Purview", "Power BI", "Planner", "Microsoft Forms"};
    static final String[][] CLOUDS = {{"GCC", "us-gov-virginia", "us-gov-texas"},
            {"GCC_HIGH", "us-gov-virginia", "us-gov-texas", "us-gov-arizona"}, {"DOD", "us-dod-east", "us-dod-central"}};
    static final String[] CLASSIFICATIONS = {"CONFIGURATION", "UNDOCUMENTED_BEHAVIOUR", "UNAVAILABLE", "DEFECT"};
    static final String[] IMPACTS = {"CRITICAL", "MODERATE", "MINIMAL"};
    static final String[] USERS = {"ONE", "SEVERAL", "TENANT"};
    static final int RARE = 5_000;
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private BenchData() {
    }

    record BenchCustomer(String tenantId, String name, String cloud, String region, List<String> services) {
    }

    static List<BenchCustomer> customers(int n) {
        Random random = new Random(11);
        List<BenchCustomer> customers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] cloud = CLOUDS[random.nextInt(CLOUDS.length)];
            String region = cloud[1 + random.nextInt(cloud.length - 1)];
            List<String> services = new ArrayList<>();
            int count = 3 + random.nextInt(5);
            for (String service : SERVICES) {
                if (services.size() < count && (random.nextInt(SERVICES.length) < count || service.equals("Exchange Online"))) {
                    services.add(service);
                }
            }
            customers.add(new BenchCustomer(new UUID(random.nextLong(), random.nextLong()).toString(),
                    "Bench Agency " + i, cloud[0], region, services));
        }
        return customers;
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "customers" -> writeCustomers(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "big" -> big(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("unknown data set " + args[0]);
        }
    }

    private static void writeCustomers(Path csv, Path lua, int n) throws IOException {
        List<BenchCustomer> customers = customers(n);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            out.println("tenantId,name,domain,cloud,region,relationship,supportRole,supportPlan,resellerType,country,services");
            for (int i = 0; i < customers.size(); i++) {
                BenchCustomer c = customers.get(i);
                out.printf("%s,%s,bench%d.onmicrosoft.us,%s,%s,ACTIVE,yes,CSP,DIRECT,US,%s%n", c.tenantId(), c.name(), i,
                        c.cloud(), c.region(), String.join(";", c.services()));
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(lua, StandardCharsets.UTF_8))) {
            out.println("customers = {");
            for (BenchCustomer c : customers) {
                out.printf("  {\"%s\", {%s}},%n", c.tenantId(),
                        String.join(", ", c.services().stream().map(s -> "\"" + s + "\"").toList()));
            }
            out.println("}");
        }
    }

    // --- the big database ---------------------------------------------------------------------------

    private static void big(Path file, int cases, int open, int activeIssues) throws Exception {
        Files.deleteIfExists(file);
        SqliteDatabase.open(file).close(); // migrated by the desk itself
        List<BenchCustomer> customers = customers(500);
        Random random = new Random(5);
        String[] rare = new String[RARE];
        for (int i = 0; i < RARE; i++) {
            rare[i] = switch (i % 4) {
                case 0 -> "kb" + (4_000_000 + random.nextInt(999_999));
                case 1 -> "0x" + Integer.toHexString(0x80040000 + random.nextInt(0xffff));
                case 2 -> "host" + random.nextInt(99_999);
                default -> "ndr" + (500 + random.nextInt(99));
            };
        }
        Instant now = Instant.now();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = OFF"); // a data set, not a measurement: durability does not matter here
                s.execute("PRAGMA cache_size = -200000");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO customers (tenant_id, name, domain, cloud, "
                    + "region, relationship, support_rights, support_plan, reseller_type, country, managed_services) "
                    + "VALUES (?, ?, ?, ?, ?, 'ACTIVE', 1, 'CSP', 'DIRECT', 'US', ?)")) {
                for (int i = 0; i < customers.size(); i++) {
                    BenchCustomer b = customers.get(i);
                    insert.setString(1, b.tenantId());
                    insert.setString(2, b.name());
                    insert.setString(3, "bench" + i + ".onmicrosoft.us");
                    insert.setString(4, b.cloud());
                    insert.setString(5, b.region());
                    insert.setString(6, String.join("\n", b.services().stream().map(s -> s + "|OFFICE_365").toList()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // cases: the oldest are closed, the newest OPEN are open, spread over the last 30 days
            Duration openSpan = Duration.ofDays(30);
            Duration closedSpan = Duration.ofDays(700);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO cases (seq, id, tenant_id, service, "
                    + "service_family, title, description, started_at, users_affected, impact, classification, opened_at, "
                    + "opened_by, status, health_checked_at, triage_result, triage_category, triage_override, cluster_id, "
                    + "service_request_id, attention_needed, resolution, updated_at, version) VALUES (?, ?, ?, ?, "
                    + "'OFFICE_365', ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?, ?, ?, NULL, NULL, NULL, 0, ?, ?, ?)");
                 PreparedStatement history = c.prepareStatement("INSERT INTO case_history (case_id, from_status, "
                         + "to_status, by, at, why) VALUES (?, ?, ?, 'bench', ?, ?)");
                 PreparedStatement reason = c.prepareStatement("INSERT INTO case_triage_reasons (case_id, position, "
                         + "reason) VALUES (?, 0, 'Configuration, settings, licensing or how-to: the partner resolves it')");
                 PreparedStatement search = c.prepareStatement(
                         "INSERT INTO case_search (rowid, title, description, notes) VALUES (?, ?, ?, '')")) {
                for (int seq = 1; seq <= cases; seq++) {
                    boolean isOpen = seq > cases - open;
                    BenchCustomer b = customers.get(random.nextInt(customers.size()));
                    String service = b.services().get(random.nextInt(b.services().size()));
                    Instant started = isOpen
                            ? now.minus(openSpan).plusMillis((long) ((seq - (cases - open)) * (double) openSpan.toMillis() / open))
                            : now.minus(openSpan).minus(closedSpan).plusMillis((long) (seq * (double) closedSpan.toMillis() / Math.max(1, cases - open)));
                    started = started.minusSeconds(random.nextInt(3_600));
                    Instant opened = started.plusSeconds(600 + random.nextInt(3_600));
                    String id = new UUID(random.nextLong(), random.nextLong()).toString();
                    String title = words(random, rare, 4, 1);
                    String description = words(random, rare, 14, 3);
                    String status = isOpen ? (random.nextInt(4) == 0 ? "TRIAGED" : "IN_PROGRESS")
                            : (random.nextBoolean() ? "RESOLVED" : "CLOSED");
                    insert.setLong(1, seq);
                    insert.setString(2, id);
                    insert.setString(3, b.tenantId());
                    insert.setString(4, service);
                    insert.setString(5, title);
                    insert.setString(6, description);
                    insert.setString(7, INSTANT.format(started));
                    insert.setString(8, USERS[random.nextInt(USERS.length)]);
                    insert.setString(9, IMPACTS[random.nextInt(IMPACTS.length)]);
                    insert.setString(10, status.equals("TRIAGED") ? "UNAVAILABLE" : CLASSIFICATIONS[random.nextInt(CLASSIFICATIONS.length)]);
                    insert.setString(11, INSTANT.format(opened));
                    insert.setString(12, status);
                    insert.setString(13, INSTANT.format(opened));
                    insert.setString(14, status.equals("TRIAGED") ? "ESCALATE" : "PARTNER_RESOLVABLE");
                    insert.setString(15, status.equals("TRIAGED") ? "SERVICE_UNAVAILABLE" : null);
                    insert.setString(16, status.equals("RESOLVED") || status.equals("CLOSED") ? "Fixed the tenant's settings." : null);
                    insert.setString(17, INSTANT.format(opened.plusSeconds(60)));
                    insert.setLong(18, 2);
                    insert.addBatch();
                    history.setString(1, id);
                    history.setString(2, "NEW");
                    history.setString(3, "TRIAGED");
                    history.setString(4, INSTANT.format(opened));
                    history.setString(5, "triage");
                    history.addBatch();
                    reason.setString(1, id);
                    reason.addBatch();
                    search.setLong(1, seq);
                    search.setString(2, title);
                    search.setString(3, description);
                    search.addBatch();
                    if (seq % 10_000 == 0) {
                        insert.executeBatch();
                        history.executeBatch();
                        reason.executeBatch();
                        search.executeBatch();
                    }
                    if (seq % 200_000 == 0) {
                        c.commit();
                    }
                }
                insert.executeBatch();
                history.executeBatch();
                reason.executeBatch();
                search.executeBatch();
            }
            // active health issues, on every service and region, started in the last 30 days
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO health_issues (id, title, service, feature, "
                    + "classification, status, resolved_flag, started_at, ended_at, last_modified_at, impact_description, "
                    + "clouds, regions) VALUES (?, ?, ?, 'Feature', ?, ?, 0, ?, ?, ?, 'Users may be affected.', ?, ?)");
                 PreparedStatement post = c.prepareStatement("INSERT INTO health_issue_posts (issue_id, position, "
                         + "created_at, post_type, description) VALUES (?, 0, ?, 'regular', 'We are investigating.')")) {
                for (int i = 0; i < activeIssues; i++) {
                    String[] cloud = CLOUDS[random.nextInt(CLOUDS.length)];
                    Instant started = now.minus(openSpan).plusSeconds(random.nextInt((int) openSpan.toSeconds()));
                    String id = "BN" + (100_000 + i);
                    insert.setString(1, id);
                    insert.setString(2, "Users may have trouble with " + words(random, rare, 3, 0));
                    insert.setString(3, SERVICES[random.nextInt(SERVICES.length)]);
                    insert.setString(4, random.nextInt(3) == 0 ? "ADVISORY" : "INCIDENT");
                    insert.setString(5, random.nextBoolean() ? "SERVICE_DEGRADATION" : "INVESTIGATING");
                    insert.setString(6, INSTANT.format(started));
                    insert.setString(7, INSTANT.format(started.plus(Duration.ofHours(4)))); // the expected end
                    insert.setString(8, INSTANT.format(started.plusSeconds(1_800)));
                    insert.setString(9, cloud[0]);
                    insert.setString(10, cloud[1 + random.nextInt(cloud.length - 1)]);
                    insert.addBatch();
                    post.setString(1, id);
                    post.setString(2, INSTANT.format(started.plusSeconds(300)));
                    post.addBatch();
                }
                insert.executeBatch();
                post.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        System.err.printf("big data set: %d cases (%d open), %d active issues in %.1f s%n", cases, open, activeIssues,
                (System.nanoTime() - t0) / 1e9);
        // the case to triage: open, triaged for escalation (so the cluster rule looks at the open cases near it)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT id FROM cases WHERE status = 'TRIAGED' AND service = 'Exchange Online' "
                     + "ORDER BY seq DESC LIMIT 1 OFFSET 100")) {
            rs.next();
            System.out.println(rs.getString(1));
        }
        Files.write(file.resolveSibling(file.getFileName() + ".words"), searchTerms(random, rare), StandardCharsets.UTF_8);
    }

    /** The search terms: half one common word, a quarter two common words, a quarter a rare token. */
    private static List<String> searchTerms(Random random, String[] rare) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int kind = random.nextInt(4);
            terms.add(switch (kind) {
                case 0, 1 -> COMMON[random.nextInt(COMMON.length)];
                case 2 -> COMMON[random.nextInt(COMMON.length)] + " " + COMMON[random.nextInt(COMMON.length)];
                default -> rare[random.nextInt(rare.length)];
            });
        }
        return terms;
    }

    private static String words(Random random, String[] rare, int common, int rareCount) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < common + rareCount; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(i < common ? COMMON[random.nextInt(COMMON.length)] : rare[random.nextInt(rare.length)]);
        }
        return text.toString();
    }
}
