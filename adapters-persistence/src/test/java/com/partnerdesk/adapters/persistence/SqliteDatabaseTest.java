package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.port.out.CasePage;
import com.partnerdesk.application.port.out.CaseQuery;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseNote;
import com.partnerdesk.domain.cases.NoteKind;
import com.partnerdesk.domain.partner.PartnerProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseTest {
    private static final Instant T0 = Samples.T0;

    @TempDir
    Path dir;
    private Path file;
    private SqliteDatabase db;

    @BeforeEach
    void open() {
        file = dir.resolve("data/partnerdesk.db");
        db = SqliteDatabase.open(file);
        db.customers().upsert(Samples.contoso());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void migrationsFromAnEmptyFileValidateAndTheFileIsIntact() throws SQLException {
        assertThat(Files.exists(file)).isTrue();
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").load()
                .validate();
        assertThat(db.integrityCheck()).isEqualTo("ok");
        try (Connection c = raw()) {
            assertThat(scalar(c, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void reopeningAMigratedFileKeepsTheData() {
        Case c = TestCases.triaged(Samples.CONTOSO_ID, "Outbound mail stuck", "NDR 4.4.7 to army.mil", T0);
        db.cases().insert(c);
        db.close();
        db = SqliteDatabase.open(file);
        assertThat(db.cases().find(c.id())).isPresent();
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void casesStoredBeforeTheSearchPrefixesAreFoundAfterwardsByTitleAndNoteAndPrefix() {
        Case c = TestCases.triaged(Samples.CONTOSO_ID, "Outbound mail stuck", "NDR 4.4.7 to army.mil", T0);
        db.cases().insert(c);
        db.cases().appendNote(c.id(), new CaseNote(NoteKind.NOTE, "hannah", "Mailbox quarantine released", T0));
        db.close();
        Path older = dir.resolve("v4.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + older, null, null).locations("classpath:db/migration")
                .target("4").load().migrate();
        try (Connection v4 = DriverManager.getConnection("jdbc:sqlite:" + older); Statement s = v4.createStatement();
             var count = s.executeQuery("SELECT count(*) FROM cases")) {
            assertThat(count.getInt(1)).as("a version 4 file without cases yet").isZero();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // the same data in a version 4 file: copy the rows over, then open (and so migrate) it
        try (Connection c3 = DriverManager.getConnection("jdbc:sqlite:" + older); Statement s = c3.createStatement()) {
            s.execute("ATTACH DATABASE '" + file + "' AS v");
            // customers gained a column later (V8): a version 4 file takes the columns it had
            s.execute("INSERT INTO main.customers SELECT tenant_id, name, domain, cloud, region, relationship,"
                    + " support_rights, support_plan, reseller_type, country, managed_services FROM v.customers");
            // tables gained columns at their end later (cases: V13): a version 4 file takes as many as it had
            for (String table : List.of("cases", "case_issue_links", "case_triage_reasons", "case_notes",
                    "case_history")) {
                int had = columns(s, table, "main").size();
                String list = String.join(", ", columns(s, table, "v").subList(0, had));
                s.execute("INSERT INTO main." + table + " SELECT " + list + " FROM v." + table);
            }
            // an index without the note: only a rebuild from case_notes finds it
            s.execute("INSERT INTO case_search (rowid, title, description, notes) SELECT seq, title, description, '' "
                    + "FROM cases");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        db = SqliteDatabase.open(older);

        assertThat(ids(search("army"))).containsExactly(c.id().value());
        assertThat(ids(search("quarantine"))).containsExactly(c.id().value());
        assertThat(ids(search("outbound ma"))).containsExactly(c.id().value());
        assertThat(ids(search("m"))).containsExactly(c.id().value());
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }

    private static List<String> columns(Statement s, String table, String schema) throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (var rs = s.executeQuery("SELECT name FROM pragma_table_info('" + table + "', '" + schema + "')")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    @Test
    void theAuditTrailRefusesUpdateAndDelete() throws SQLException {
        db.audit().append(AuditEvent.of(new Actor.Operator("ops@host"), "customer.import", Optional.empty(),
                Optional.empty(), Channel.CLI, AuditOutcome.ALLOWED, "3 customers", T0));
        try (Connection c = raw(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_events SET actor = 'mallory'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_events"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(db.audit().since(Optional.empty(), 10)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("ops@host"));
    }

    @Test
    void searchTakesHostileTextAsPlainWords() {
        Case quoted = TestCases.triaged(Samples.CONTOSO_ID, "Connector \"Outbound-GCC\" fails",
                "Error text: AND OR ( * NEAR title:x ^ - ' ; DROP TABLE cases; --", T0);
        db.cases().insert(quoted);
        db.cases().insert(TestCases.triaged(Samples.CONTOSO_ID, "Teams meetings drop", "audio lost", T0));

        for (String hostile : List.of("\"", "AND OR (", "*", "\"\"\"", "(", ")", "NEAR(", "title:x", "^", "-", "'",
                "'; DROP TABLE cases; --", "a\"b", "NOT", "\"Outbound", "OR", "{title}: x", "\u0000", "a\u0000b", "x\u0000\"*", "🙂 *")) {
            Throwable thrown = catchThrowable(() -> search(hostile));
            assertThat(thrown).as("searching for %s", hostile).isNull();
        }
        assertThat(ids(search("\"Outbound-GCC\""))).containsExactly(quoted.id().value());
        assertThat(ids(search("drop table"))).containsExactly(quoted.id().value());
        assertThat(ids(search("connector fail"))).containsExactly(quoted.id().value());
        assertThat(ids(search("*"))).isEmpty();
        assertThat(db.cases().search(CaseQuery.all(10)).total()).isEqualTo(2);
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void twoUpdatesFromTheSameVersionGiveOneStaleVersionException() throws Exception {
        Case stored = TestCases.triaged(Samples.CONTOSO_ID, "Outbound mail stuck", "NDR", T0);
        db.cases().insert(stored);
        Case first = db.cases().find(stored.id()).orElseThrow();
        Case second = db.cases().find(stored.id()).orElseThrow();
        first.flagAttention(true, T0.plusSeconds(1));
        second.resolve("fixed by the vendor", "bob@partner.example", T0.plusSeconds(2));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> results = new ArrayList<>();
        for (Case c : List.of(first, second)) {
            results.add(pool.submit(() -> {
                start.await();
                return catchThrowable(() -> db.unitOfWork().writeVoid(() -> db.cases().update(c)));
            }));
        }
        start.countDown();
        List<Throwable> failures = new ArrayList<>();
        for (Future<Throwable> result : results) {
            Throwable t = result.get(30, TimeUnit.SECONDS);
            if (t != null) {
                failures.add(t);
            }
        }
        pool.shutdown();

        assertThat(failures).singleElement().isInstanceOf(StaleVersionException.class);
        assertThat(((StaleVersionException) failures.get(0)).currentVersion()).isEqualTo(stored.version() + 1);
        assertThat(db.cases().find(stored.id()).orElseThrow().version()).isEqualTo(stored.version() + 1);
    }

    @Test
    void eightThreadsOpeningCasesAndAppendingNotesNeverSeeBusyAndLoseNothing() throws Exception {
        Case shared = TestCases.triaged(Samples.CONTOSO_ID, "Shared case", "everyone writes here", T0);
        db.cases().insert(shared);
        int threads = 8;
        int perThread = 40;
        ConcurrentLinkedQueue<String> opened = new ConcurrentLinkedQueue<>();
        List<Throwable> failures = inParallel(threads, thread -> {
            for (int i = 0; i < perThread; i++) {
                Case c = TestCases.triaged(Samples.CONTOSO_ID, "Case " + thread + "-" + i, "load", T0);
                db.unitOfWork().writeVoid(() -> {
                    db.cases().insert(c);
                    db.audit().append(AuditEvent.of(new Actor.Operator("t" + thread), "case.open",
                            Optional.of(Samples.CONTOSO_ID), Optional.of(c.id()), Channel.API,
                            AuditOutcome.ALLOWED, "", T0));
                });
                opened.add(c.id().value());
                db.cases().appendNote(shared.id(), new CaseNote(NoteKind.NOTE, "t" + thread,
                        "note " + thread + "-" + i, T0.plusSeconds(i)));
                db.cases().find(shared.id()).orElseThrow();
            }
        });

        assertThat(failures).isEmpty();
        assertThat(opened).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(db.cases().search(CaseQuery.all(1)).total()).isEqualTo(threads * perThread + 1);
        assertThat(db.cases().find(shared.id()).orElseThrow().notes()).hasSize(threads * perThread);
        assertThat(db.audit().since(Optional.empty(), 10_000)).hasSize(threads * perThread);
        assertThat(ids(search("note"))).containsExactly(shared.id().value());
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void aFailingUnitOfWorkInAGroupCommitRollsBackAloneAndTheOthersAreStored() throws Exception {
        int threads = 8;
        int perThread = 30;
        ConcurrentLinkedQueue<String> stored = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
        List<Throwable> unexpected = inParallel(threads, thread -> {
            for (int i = 0; i < perThread; i++) {
                Case c = TestCases.triaged(Samples.CONTOSO_ID, "Group " + thread + "-" + i, "group", T0);
                boolean fail = (thread + i) % 3 == 0;
                try {
                    db.unitOfWork().writeVoid(() -> {
                        db.cases().insert(c);
                        if (fail) {
                            throw new IllegalStateException("refused " + c.id());
                        }
                    });
                    stored.add(c.id().value());
                } catch (IllegalStateException e) {
                    refused.add(c.id().value());
                }
            }
        });

        assertThat(unexpected).isEmpty();
        assertThat(stored.size() + refused.size()).isEqualTo(threads * perThread);
        assertThat(refused).isNotEmpty();
        assertThat(db.cases().search(CaseQuery.all(1)).total()).isEqualTo(stored.size());
        assertThat(refused).allSatisfy(id -> assertThat(db.cases().find(com.partnerdesk.domain.ids.CaseId.of(id))).isEmpty());
        assertThat(stored).allSatisfy(id -> assertThat(db.cases().find(com.partnerdesk.domain.ids.CaseId.of(id))).isPresent());
        assertThat(search("group").total()).isEqualTo(stored.size());
    }

    @Test
    void aReadOnlyDatabaseRefusesWritesWithAClearMessageAndStaysIntact() {
        Case kept = TestCases.triaged(Samples.CONTOSO_ID, "Kept case", "before the disk went read-only", T0);
        db.cases().insert(kept);
        db.close();

        try (SqliteDatabase readOnly = SqliteDatabase.openReadOnly(file)) {
            assertThat(readOnly.cases().find(kept.id())).isPresent();
            Case refused = TestCases.triaged(Samples.CONTOSO_ID, "Refused", "cannot be written", T0);
            assertThatThrownBy(() -> readOnly.unitOfWork().writeVoid(() -> readOnly.cases().insert(refused)))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("read-only")
                    .hasMessageContaining(file.getFileName().toString());
            assertThatThrownBy(() -> readOnly.partner().save(new PartnerProfile("Other", Optional.empty(), true), 0))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("read-only");
        }

        db = SqliteDatabase.open(file);
        assertThat(db.integrityCheck()).isEqualTo("ok");
        assertThat(db.cases().find(kept.id())).isPresent();
        assertThat(db.cases().search(CaseQuery.all(10)).total()).isEqualTo(1);
    }

    @Test
    void aFileWithoutWritePermissionIsReportedAsReadOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root ignores file permissions");
        db.close();
        file.toFile().setWritable(false);
        try {
            Throwable thrown = catchThrowable(() -> {
                try (SqliteDatabase reopened = SqliteDatabase.open(file)) {
                    reopened.partner().save(new PartnerProfile("Other", Optional.empty(), true), 0);
                }
            });
            assertThat(thrown).isInstanceOf(StorageException.class).hasMessageContaining("read-only");
        } finally {
            file.toFile().setWritable(true);
            db = SqliteDatabase.open(file);
        }
        assertThat(db.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void anExceptionInsideAWriteRollsBackEverythingIncludingNestedReads() {
        Case c = TestCases.triaged(Samples.CONTOSO_ID, "Rolled back", "never stored", T0);
        Throwable thrown = catchThrowable(() -> db.unitOfWork().writeVoid(() -> {
            db.cases().insert(c);
            assertThat(db.unitOfWork().read(() -> db.cases().find(c.id()))).as("read joins the write").isPresent();
            db.idempotency().remember("case.open", "key-1", "fp", c.id().value());
            throw new IllegalStateException("boom");
        }));
        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(db.cases().find(c.id())).isEmpty();
        assertThat(db.idempotency().find("case.open", "key-1")).isEmpty();
        assertThat(search("rolled")).extracting(CasePage::total).isEqualTo(0L);
    }

    @Test
    void referenceDataMergesTheShippedCatalogueWithStoredRows() {
        int shipped = db.reference().services().all().size();
        db.reference().addService(new com.partnerdesk.domain.catalogue.VendorService("Contoso Widgets",
                com.partnerdesk.domain.catalogue.ProductFamily.MARKETPLACE));
        assertThat(db.reference().services().all()).hasSize(shipped + 1);
        assertThat(db.reference().services().find("contoso widgets")).isPresent();
        assertThat(db.reference().supportTopics().find(com.partnerdesk.domain.catalogue.SupportTopicId.of("32444671")))
                .isPresent();
    }

    @Test
    void backupIsAConsistentCopy() {
        Case c = TestCases.triaged(Samples.CONTOSO_ID, "Backed up", "in the copy", T0);
        db.cases().insert(c);
        Path copy = dir.resolve("backup/copy.db");
        db.backupTo(copy);
        try (SqliteDatabase restored = SqliteDatabase.open(copy)) {
            assertThat(restored.integrityCheck()).isEqualTo("ok");
            assertThat(restored.cases().find(c.id())).isPresent();
            assertThat(ids(restored.cases().search(query("backed")))).containsExactly(c.id().value());
        }
    }

    private CasePage search(String text) {
        return db.cases().search(query(text));
    }

    private static CaseQuery query(String text) {
        return new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.of(text), 0, 50);
    }

    private static List<String> ids(CasePage page) {
        return page.items().stream().map(s -> s.id().value()).toList();
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
    /** What one thread of a concurrency test does; {@code thread} is its number. */
    private interface ThreadWork {
        void run(int thread) throws Exception;
    }

    /** Starts {@code threads} threads at the same instant, waits for all, and returns what they threw. */
    private static List<Throwable> inParallel(int threads, ThreadWork work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                try {
                    start.await();
                    work.run(thread);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        return List.copyOf(failures);
    }
}
