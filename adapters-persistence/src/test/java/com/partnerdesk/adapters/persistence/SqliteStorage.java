package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.fakes.StoragePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every storage port of a fresh SQLite database file, as the contract tests take them; registered as a
 * JUnit extension, it closes and deletes its databases after each test.
 */
public final class SqliteStorage implements AfterEachCallback {
    private final List<SqliteDatabase> opened = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();

    /** A new, empty database in a directory of its own. */
    StoragePorts open() {
        try {
            Path dir = Files.createTempDirectory("partnerdesk-contract");
            directories.add(dir);
            SqliteDatabase db = SqliteDatabase.open(dir.resolve("partnerdesk.db"));
            opened.add(db);
            return ports(db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every port of one SQLite desk, as the contract tests and the benchmarks use them. */
    public static StoragePorts ports(SqliteDatabase db) {
        return new StoragePorts(db.unitOfWork(), db.cases(), db.customers(), db.health(), db.agents(), db.requests(),
                db.clusters(), db.audit(), db.idempotency(), db.outbox(), db.partner(), db.reference(), db.versions(),
                db.drafts(), db.healthSync(), db.groupMappings(), db.agentIdentities(), db.secondFactors(),
                db.notifications(), db.mailPreferences());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        opened.forEach(SqliteDatabase::close);
        opened.clear();
        for (Path dir : directories) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        directories.clear();
    }
}
