package com.partnerdesk.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.fakes.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file and its backups on a hostile day: who may read them, a full disk, a failed backup (issue 13). */
class SqliteHardeningTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseItsWalAndItsBackupsAreReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve("partnerdesk.db");
        Path copy = dir.resolve("backups/copy.db");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.customers().upsert(Samples.contoso());

            assertThat(permissions(file)).isEqualTo("rw-------");
            assertThat(permissions(dir.resolve("partnerdesk.db-wal"))).isEqualTo("rw-------");
            db.backupTo(copy);
        }
        assertThat(permissions(copy)).isEqualTo("rw-------");
    }

    @Test
    void anExistingWorldReadableDatabaseIsTightenedWhenOpened() throws Exception {
        Path file = dir.resolve("old.db");
        SqliteDatabase.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

        SqliteDatabase.open(file).close();

        assertThat(permissions(file)).isEqualTo("rw-r-----");
    }

    @Test
    void aFailedBackupLeavesNoPartialFileAndNamesTheTarget() throws Exception {
        Path target = dir.resolve("copy.db");
        Files.createDirectories(target.resolve("in-the-way")); // a non-empty directory where the copy should go
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("partnerdesk.db"))) {
            Throwable failure = catchThrowable(() -> db.backupTo(target));

            assertThat(failure).isInstanceOf(StorageException.class)
                    .hasMessageContaining("Cannot write the backup " + target)
                    .hasMessageNotContaining("partnerdesk.db");
        }
        assertThat(dir.resolve("copy.db.partial")).doesNotExist();
    }

    @Test
    void aFullDiskIsSaidPlainlyAndTheWalIsTruncatedOnceSpaceIsFreed() throws Exception {
        Path file = dir.resolve("partnerdesk.db");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            db.customers().upsert(Samples.contoso());
            for (int i = 0; i < 150; i++) {
                db.cases().insert(TestCases.triaged(Samples.CONTOSO_ID, "Before " + i, "y".repeat(4000), Samples.T0));
            }
            int pages = db.write(h -> h.createQuery("PRAGMA page_count").mapTo(Integer.class).one());
            db.write(h -> h.createQuery("PRAGMA max_page_count = " + (pages + 3)).mapTo(Integer.class).one());

            StorageException full = null;
            for (int i = 0; i < 200 && full == null; i++) {
                try {
                    db.cases().insert(TestCases.triaged(Samples.CONTOSO_ID, "Case " + i, "x".repeat(4000), Samples.T0));
                } catch (StorageException e) {
                    full = e;
                }
            }
            assertThat(full).as("the 'disk' filled up").isNotNull();
            assertThat(full.kind()).isEqualTo(StorageException.Kind.DISK_FULL);
            assertThat(full).hasMessageContaining("is full; nothing was written");

            long walWhenFull = Files.size(dir.resolve("partnerdesk.db-wal"));
            db.write(h -> h.createQuery("PRAGMA max_page_count = 1000000").mapTo(Integer.class).one());
            db.cases().insert(TestCases.triaged(Samples.CONTOSO_ID, "After", "space was freed", Samples.T0));

            assertThat(walWhenFull).isGreaterThan(500_000);
            // without the truncation the WAL never shrinks; after it, it holds only the one insert's pages (a case row
            // and its indexes: the queue's sort indexes make that a few dozen pages)
            assertThat(Files.size(dir.resolve("partnerdesk.db-wal"))).as("WAL after space was freed")
                    .isLessThan(walWhenFull / 2);
        }
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
