package com.partnerdesk.bootstrap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Not a test: the baselines of {@code bench/run}, plain sqlite-jdbc with nothing of the desk in between.
 *
 * <pre>
 * RawSqlite autocommit DIR SECONDS      one connection, WAL, synchronous=FULL, one INSERT per transaction: rows/s
 * RawSqlite batched DIR N               N issue rows and N post rows in one transaction, batches of 1000: seconds
 * RawSqlite search DB WORDS N           the full-text query of a case search (page of 50 + count): p50 p99 ms
 * RawSqlite triage DB CASE_ID N         the rows triage reads (issues of the service, open cases near in time)
 *                                       and one durable UPDATE: p50 p99 ms
 * </pre>
 */
public final class RawSqlite {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private RawSqlite() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "autocommit" -> autocommit(Path.of(args[1]), Double.parseDouble(args[2]));
            case "batched" -> batched(Path.of(args[1]), Integer.parseInt(args[2]));
            case "search" -> search(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "triage" -> triage(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("unknown baseline " + args[0]);
        }
    }

    private static Connection open(Path file) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
        }
        return c;
    }

    private static void autocommit(Path dir, double seconds) throws Exception {
        Path file = dir.resolve("raw-autocommit.db");
        Files.deleteIfExists(file);
        try (Connection c = open(file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id TEXT PRIMARY KEY, customer TEXT NOT NULL, title TEXT NOT NULL, "
                    + "description TEXT NOT NULL, opened_at TEXT NOT NULL)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?)")) {
                long deadline = System.nanoTime() + 1_000_000_000L; // a second of warm-up
                while (System.nanoTime() < deadline) {
                    insertOne(insert);
                }
                long start = System.nanoTime();
                deadline = start + (long) (seconds * 1e9);
                long rows = 0;
                while (System.nanoTime() < deadline) {
                    insertOne(insert);
                    rows++;
                }
                System.out.printf("%.0f%n", rows / ((System.nanoTime() - start) / 1e9));
            }
        }
    }

    private static void insertOne(PreparedStatement insert) throws Exception {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, "6f1c2a4e-0d3b-4c55-9a61-1b2f3c4d5e02");
        insert.setString(3, "Outbound mail stuck in the queue");
        insert.setString(4, "NDR 4.4.7 to army.mil since this morning; several users affected, started after the connector change.");
        insert.setString(5, INSTANT.format(Instant.now()));
        insert.executeUpdate();
    }

    private static void batched(Path dir, int n) throws Exception {
        Path file = dir.resolve("raw-batched.db");
        Files.deleteIfExists(file);
        try (Connection c = open(file)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE health_issues (id TEXT PRIMARY KEY, title TEXT NOT NULL, service TEXT NOT NULL, "
                        + "feature TEXT NOT NULL, classification TEXT NOT NULL, status TEXT NOT NULL, "
                        + "resolved_flag INTEGER NOT NULL, started_at TEXT NOT NULL, ended_at TEXT, "
                        + "last_modified_at TEXT NOT NULL, impact_description TEXT NOT NULL, clouds TEXT NOT NULL, "
                        + "regions TEXT NOT NULL)");
                s.execute("CREATE TABLE health_issue_posts (issue_id TEXT NOT NULL REFERENCES health_issues (id), "
                        + "position INTEGER NOT NULL, created_at TEXT NOT NULL, post_type TEXT NOT NULL, "
                        + "description TEXT NOT NULL, PRIMARY KEY (issue_id, position))");
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            Instant base = Instant.parse("2026-11-01T00:00:00Z");
            try (PreparedStatement issue = c.prepareStatement(
                    "INSERT INTO health_issues VALUES (?, ?, ?, 'Feature', 'INCIDENT', 'SERVICE_DEGRADATION', 0, ?, NULL, ?, "
                            + "'Users may be unable to use the feature.', '', ?)");
                 PreparedStatement post = c.prepareStatement(
                         "INSERT INTO health_issue_posts VALUES (?, 0, ?, 'regular', 'We''re investigating.')")) {
                for (int i = 0; i < n; i++) {
                    Instant began = base.plus(7L * i, ChronoUnit.MINUTES);
                    String id = "EX" + (100_000 + i);
                    issue.setString(1, id);
                    issue.setString(2, "Users may experience problems with feature " + (i % 97));
                    issue.setString(3, BenchData.SERVICES[i % 7]);
                    issue.setString(4, INSTANT.format(began));
                    issue.setString(5, INSTANT.format(began.plus(30, ChronoUnit.MINUTES)));
                    issue.setString(6, "us-gov-virginia");
                    issue.addBatch();
                    post.setString(1, id);
                    post.setString(2, INSTANT.format(began.plus(5, ChronoUnit.MINUTES)));
                    post.addBatch();
                    if (i % 1_000 == 999) {
                        issue.executeBatch();
                        post.executeBatch();
                    }
                }
                issue.executeBatch();
                post.executeBatch();
            }
            c.commit();
            System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private static void search(Path db, Path wordsFile, int n) throws Exception {
        List<String> words = Files.readAllLines(wordsFile);
        try (Connection c = open(db);
             PreparedStatement page = c.prepareStatement(
                     "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT 50");
             PreparedStatement count = c.prepareStatement("SELECT count(*) FROM case_search WHERE case_search MATCH ?")) {
            long[] micros = new long[n];
            for (int i = -50; i < n; i++) {
                String match = fts(words.get(Math.floorMod(i, words.size())));
                long t = System.nanoTime();
                page.setString(1, match);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                count.setString(1, match);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                }
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - t) / 1_000;
                }
            }
            printPercentiles(micros);
        }
    }

    /** The query the desk's search builds: each word a quoted FTS5 string, all of them, the last one as a prefix. */
    static String fts(String text) {
        List<String> parts = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            parts.add("\"" + word.replace("\"", "\"\"") + "\"");
        }
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "*");
        return String.join(" AND ", parts);
    }

    private static void triage(Path db, String caseId, int n) throws Exception {
        try (Connection c = open(db);
             PreparedStatement subject = c.prepareStatement("SELECT k.service, k.started_at, c.cloud, c.region "
                     + "FROM cases k JOIN customers c ON c.tenant_id = k.tenant_id WHERE k.id = ?");
             PreparedStatement issues = c.prepareStatement("SELECT * FROM health_issues WHERE service IN (?, "
                     + "'Microsoft 365 suite') AND resolved_flag = 0 AND status NOT IN ('SERVICE_RESTORED', "
                     + "'POST_INCIDENT_REVIEW_PUBLISHED', 'FALSE_POSITIVE', 'RESOLVED', 'RESOLVED_EXTERNAL')");
             PreparedStatement posts = c.prepareStatement("SELECT p.* FROM health_issue_posts p JOIN health_issues i "
                     + "ON i.id = p.issue_id WHERE i.service IN (?, 'Microsoft 365 suite') AND i.resolved_flag = 0");
             PreparedStatement near = c.prepareStatement("SELECT k.id, k.tenant_id, k.classification, k.started_at, "
                     + "k.status, k.cluster_id FROM cases k CROSS JOIN customers c ON c.tenant_id = k.tenant_id "
                     + "WHERE k.service = ? AND c.cloud = ? AND c.region = ? AND k.started_at >= ? AND k.started_at <= ? "
                     + "AND k.status IN ('NEW', 'TRIAGED', 'WAITING_ON_INCIDENT', 'IN_PROGRESS', 'ESCALATED', 'RECHECK')");
             PreparedStatement update = c.prepareStatement("UPDATE cases SET updated_at = ? WHERE id = ?")) {
            long[] micros = new long[n];
            for (int i = -5; i < n; i++) {
                long t = System.nanoTime();
                subject.setString(1, caseId);
                String service;
                Instant started;
                String cloud;
                String region;
                try (ResultSet rs = subject.executeQuery()) {
                    rs.next();
                    service = rs.getString(1);
                    started = Instant.parse(rs.getString(2));
                    cloud = rs.getString(3);
                    region = rs.getString(4);
                }
                issues.setString(1, service);
                drain(issues.executeQuery());
                posts.setString(1, service);
                drain(posts.executeQuery());
                near.setString(1, service);
                near.setString(2, cloud);
                near.setString(3, region);
                near.setString(4, INSTANT.format(started.minus(60, ChronoUnit.MINUTES)));
                near.setString(5, INSTANT.format(started.plus(60, ChronoUnit.MINUTES)));
                drain(near.executeQuery());
                update.setString(1, INSTANT.format(Instant.now()));
                update.setString(2, caseId);
                update.executeUpdate();
                if (i >= 0) {
                    micros[i] = (System.nanoTime() - t) / 1_000;
                }
            }
            printPercentiles(micros);
        }
    }

    private static void drain(ResultSet rs) throws Exception {
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
            }
        }
    }

    static void printPercentiles(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf("%.2f %.2f%n", sorted[sorted.length / 2] / 1000.0,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1000.0);
    }
}
