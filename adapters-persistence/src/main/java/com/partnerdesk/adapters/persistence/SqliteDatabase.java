package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.port.out.AgentIdentities;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.application.port.out.SecondFactors;
import com.partnerdesk.application.port.out.AuditTrail;
import com.partnerdesk.application.port.out.CaseRepository;
import com.partnerdesk.application.port.out.ClusterRepository;
import com.partnerdesk.application.port.out.CustomerRepository;
import com.partnerdesk.application.port.out.DataVersions;
import com.partnerdesk.application.port.out.HealthIssueRepository;
import com.partnerdesk.application.port.out.EscalationDrafts;
import com.partnerdesk.application.port.out.HealthSyncStatusRepository;
import com.partnerdesk.application.port.out.IdempotencyKeys;
import com.partnerdesk.application.port.out.PartnerSettings;
import com.partnerdesk.application.port.out.ServiceRequestRepository;
import com.partnerdesk.application.port.out.UnitOfWork;
import com.partnerdesk.application.port.out.VendorOutbox;
import com.partnerdesk.application.port.out.MailPreferences;
import com.partnerdesk.application.port.out.NotificationOutbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * The desk's SQLite database file: migrated on open, one writer connection (write transactions are
 * {@code BEGIN IMMEDIATE}, serialised by a lock) and a small pool of read connections, WAL journal,
 * {@code synchronous=FULL}, foreign keys on. Every storage port of the desk is built over it.
 *
 * <p>Work on one thread nests: a repository call inside {@link UnitOfWork#write} (or a read inside a
 * write) joins the open transaction on the writer's handle; a repository call outside any unit of work
 * runs in a transaction of its own.
 */
public final class SqliteDatabase implements AutoCloseable {
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    static final int READERS = 4;
    static final int MAX_GROUP = 64;

    private final Path file;
    private final Handle writer;
    private final List<Handle> allReaders;
    private final BlockingQueue<Handle> readers;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    private Group openGroup; // guarded by writeLock
    private volatile boolean closed;

    private final JdbiUnitOfWork unitOfWork;
    private final JdbiCaseRepository cases;
    private final JdbiCustomerRepository customers;
    private final JdbiHealthIssueRepository health;
    private final JdbiHealthSyncStatusRepository healthSync;
    private final JdbiAgentRepository agents;
    private final JdbiServiceRequestRepository requests;
    private final JdbiClusterRepository clusters;
    private final JdbiAuditTrail audit;
    private final JdbiIdempotencyKeys idempotency;
    private final JdbiEscalationDrafts drafts;
    private final JdbiVendorOutbox outbox;
    private final JdbiNotificationOutbox notifications;
    private final JdbiMailPreferences mailPreferences;
    private final JdbiPartnerSettings partner;
    private final JdbiReferenceData reference;
    private final SqliteDataVersions versions;
    private final JdbiGroupMappings groupMappings;
    private final JdbiAgentIdentities agentIdentities;
    private final JdbiSecondFactors secondFactors;

    private record Tx(Handle handle, boolean writable) {
    }

    private SqliteDatabase(Path file, Handle writer, List<Handle> readers, Connection watch) throws SQLException {
        this.file = file;
        this.versions = new SqliteDataVersions(file, watch, () -> current.get() != null);
        this.writer = writer;
        this.allReaders = List.copyOf(readers);
        this.readers = new ArrayBlockingQueue<>(readers.size(), true, readers);
        this.unitOfWork = new JdbiUnitOfWork(this);
        this.cases = new JdbiCaseRepository(this);
        this.customers = new JdbiCustomerRepository(this);
        this.health = new JdbiHealthIssueRepository(this);
        this.healthSync = new JdbiHealthSyncStatusRepository(this);
        this.agents = new JdbiAgentRepository(this);
        this.requests = new JdbiServiceRequestRepository(this);
        this.clusters = new JdbiClusterRepository(this);
        this.audit = new JdbiAuditTrail(this);
        this.idempotency = new JdbiIdempotencyKeys(this);
        this.drafts = new JdbiEscalationDrafts(this);
        this.outbox = new JdbiVendorOutbox(this);
        this.notifications = new JdbiNotificationOutbox(this);
        this.mailPreferences = new JdbiMailPreferences(this);
        this.partner = new JdbiPartnerSettings(this);
        this.reference = new JdbiReferenceData(this);
        this.groupMappings = new JdbiGroupMappings(this);
        this.agentIdentities = new JdbiAgentIdentities(this);
        this.secondFactors = new JdbiSecondFactors(this);
    }

    /** Opens (creating the file and its directory if need be) and migrates the database at {@code file}. */
    public static SqliteDatabase open(Path file) {
        return open(file, false);
    }

    /**
     * Opens an existing database without ever writing to it (as if the file were on read-only media):
     * reads work, every write is refused with a {@link StorageException}. Migrations are not run.
     */
    public static SqliteDatabase openReadOnly(Path file) {
        return open(file, true);
    }

    private static SqliteDatabase open(Path file, boolean readOnly) {
        Path path = file.toAbsolutePath().normalize();
        String url = "jdbc:sqlite:" + path;
        if (!readOnly) {
            try {
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                OwnerOnlyFiles.createOrTighten(path);
            } catch (IOException e) {
                throw new StorageException("Cannot create the directory of the database file " + path + ": " + e, e);
            }
            migrate(path, url);
        } else if (!Files.exists(path)) {
            throw new StorageException("The database file " + path + " does not exist", null);
        }
        List<Handle> opened = new ArrayList<>();
        Connection watch = null;
        try {
            Handle writer = jdbi(() -> connection(url, false, readOnly)).open();
            opened.add(writer);
            List<Handle> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                Handle reader = jdbi(() -> connection(url, true, readOnly)).open();
                opened.add(reader);
                readers.add(reader);
            }
            watch = connection(url, true, readOnly);
            SqliteDatabase database = new SqliteDatabase(path, writer, readers, watch);
            if (!readOnly) {
                try {
                    database.audit.chainUnchainedEvents();
                } catch (RuntimeException e) {
                    database.close();
                    throw e;
                }
            }
            return database;
        } catch (RuntimeException | SQLException e) {
            opened.forEach(SqliteDatabase::closeQuietly);
            if (watch != null) {
                try {
                    watch.close();
                } catch (SQLException ignored) {
                    // closing after a failure: the failure is what matters
                }
            }
            RuntimeException failure = e instanceof SQLException sql ? new StorageSqlFailure(sql) : (RuntimeException) e;
            throw StorageErrors.translate(failure, path, "opening the database");
        }
    }

    /** Jdbi over one connection, keeping its prepared statements for reuse. */
    private static Jdbi jdbi(org.jdbi.v3.core.ConnectionFactory connections) {
        Jdbi jdbi = Jdbi.create(connections);
        jdbi.setStatementBuilderFactory(connection -> new CachingStatementBuilder());
        return jdbi;
    }

    /**
     * The newest migration shipped (the highest {@code V<n>__} under {@code db/migration}); a test keeps it
     * in step. A database already at this version opens without starting Flyway, which keeps the CLI quick.
     */
    static final int SCHEMA_VERSION = 18;
    /**
     * How many migrations are shipped: each issue's branch takes its own number, so one can land after a higher one
     * (V15 after V18); a database that has the newest but not every one is migrated (out of order), not trusted.
     */
    static final int SCHEMA_MIGRATIONS = 16;

    private static boolean schemaIsCurrent(Path path, String url) {
        if (!Files.exists(path)) {
            return false;
        }
        try (java.sql.Connection connection = new SQLiteConfig().createConnection(url);
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet newest = statement.executeQuery(
                     "SELECT max(CAST(version AS INTEGER)), min(success), count(DISTINCT version)"
                             + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
            return newest.next() && newest.getInt(1) == SCHEMA_VERSION && newest.getInt(2) == 1
                    && newest.getInt(3) == SCHEMA_MIGRATIONS;
        } catch (java.sql.SQLException noHistoryYet) {
            return false;
        }
    }

    private static void migrate(Path path, String url) {
        if (schemaIsCurrent(path, url)) {
            return;
        }
        SQLiteConfig config = baseConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    // a migration numbered below one already applied (each branch took its own number) is applied
                    // late rather than refused; a new file has nothing to reorder, so Flyway warns only on an upgrade
                    .outOfOrder(Files.exists(path))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            RuntimeException translated = StorageErrors.translate(e, path, "migrating the database");
            if (translated instanceof StorageException) {
                throw translated;
            }
            throw new StorageException("Cannot migrate the database file " + path + ": " + e.getMessage(), e);
        }
    }

    /** The writer's page cache in KiB (SQLite's default is 2,000). */
    private static final int WRITER_CACHE_KIB = 16_384;

    private static SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // sort space and the statement journal of each unit of work's savepoint in memory, not in temporary files
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }

    private static Connection connection(String url, boolean reader, boolean readOnly) throws SQLException {
        SQLiteConfig config = baseConfig();
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else if (!reader) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // Triage seeks the cluster-candidate indexes once or twice per customer of the region, on the writer: in an
            // outage of 35,000 reports those indexes outgrow SQLite's default cache of 2 MiB and each seek became a
            // read from the OS (ADR 0016). The writer's cache holds them; readers keep the default.
            config.setCacheSize(-WRITER_CACHE_KIB);
        }
        Connection connection = config.createConnection(url);
        if (reader) {
            try (var statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = ON");
            }
        }
        return connection;
    }

    // --- transactions -----------------------------------------------------------------------------

    /**
     * Runs {@code work} in a write transaction, joining the one this thread has open; durable when it returns.
     *
     * <p>Group commit: each unit of work runs on the writer under the write lock inside its own
     * {@code SAVEPOINT} (a failing unit is rolled back to it alone). When other writers are already waiting
     * for the lock, the transaction is left open and handed to the next writer, and this thread waits until
     * the writer that finally commits (the last of at most {@value #MAX_GROUP}) has committed the whole group.
     * One fsync then makes several units durable. If that commit fails, every unit of the group is told.
     */
    <T> T write(Function<Handle, T> work) {
        Tx tx = current.get();
        if (tx != null) {
            if (!tx.writable()) {
                throw new IllegalStateException("Cannot write inside a read-only unit of work");
            }
            return work.apply(tx.handle());
        }
        ensureOpen();
        writeLock.lock();
        boolean locked = true;
        try {
            ensureOpen();
            if (openGroup == null) {
                try {
                    writer.execute("BEGIN IMMEDIATE");
                } catch (RuntimeException e) {
                    throw StorageErrors.translate(e, file, "starting a write");
                }
                openGroup = new Group();
            }
            Group group = openGroup;
            T result = null;
            Throwable failed = null;
            try {
                writer.execute("SAVEPOINT unit_of_work");
                current.set(new Tx(writer, true));
                try {
                    result = work.apply(writer);
                } finally {
                    current.remove();
                }
                writer.execute("RELEASE unit_of_work");
                group.members++;
            } catch (RuntimeException | Error e) {
                failed = e;
                try {
                    writer.execute("ROLLBACK TO unit_of_work");
                    writer.execute("RELEASE unit_of_work");
                } catch (RuntimeException lost) {
                    // SQLite rolled the whole transaction back on its own (disk full, I/O error): the group is lost
                    e.addSuppressed(lost);
                    openGroup = null;
                    rollbackQuietly(writer, e);
                    RuntimeException why = StorageErrors.translate(lost, file, "writing");
                    group.finish(new StorageException(why instanceof StorageException storage ? storage.kind()
                            : StorageException.Kind.OTHER, "The database " + file + " rolled back a transaction: "
                            + lost.getMessage() + "; nothing of it was written", lost));
                    throw noted(rethrow(e, "writing"));
                }
            }
            if (writeLock.hasQueuedThreads() && group.members < MAX_GROUP) {
                // hand the open transaction to the next writer: it, or a later one, commits for this unit too
                writeLock.unlock();
                locked = false;
                if (failed != null) {
                    throw noted(rethrow(failed, "writing"));
                }
                group.awaitCommit();
                return result;
            }
            openGroup = null;
            if (group.members == 0) {
                rollbackQuietly(writer, failed);
                group.finish(null);
            } else {
                try {
                    writer.execute("COMMIT");
                    group.finish(null);
                } catch (RuntimeException e) {
                    rollbackQuietly(writer, e);
                    RuntimeException translated = noted(StorageErrors.translate(e, file, "committing a write"));
                    group.finish(translated);
                    if (failed == null) {
                        throw translated;
                    }
                }
                if (checkpointDue) {
                    checkpointAfterFullDisk();
                }
            }
            if (failed != null) {
                throw noted(rethrow(failed, "writing"));
            }
            return result;
        } finally {
            if (locked) {
                writeLock.unlock();
            }
        }
    }

    /**
     * A write refused because the disk was full leaves the WAL as large as it grew; once a write commits again
     * (space was freed), the WAL is checkpointed and truncated so that the disk gets its space back at once.
     */
    private volatile boolean checkpointDue;

    private RuntimeException noted(RuntimeException failure) {
        if (failure instanceof StorageException storage && storage.kind() == StorageException.Kind.DISK_FULL) {
            checkpointDue = true;
        }
        return failure;
    }

    private void checkpointAfterFullDisk() {
        try {
            int busy = writer.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapTo(Integer.class).first();
            checkpointDue = busy != 0;
        } catch (RuntimeException stillFull) {
            // tried again after the next commit
        }
    }

    private RuntimeException rethrow(Throwable failure, String doing) {
        if (failure instanceof Error error) {
            throw error;
        }
        return StorageErrors.translate((RuntimeException) failure, file, doing);
    }

    /** The units of work sharing one write transaction, and how its commit went. */
    private static final class Group {
        private int members;
        private boolean done;
        private RuntimeException failure;

        synchronized void finish(RuntimeException commitFailure) {
            failure = commitFailure;
            done = true;
            notifyAll();
        }

        synchronized void awaitCommit() {
            boolean interrupted = false;
            while (!done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw new StorageException(failure instanceof StorageException storage ? storage.kind()
                        : StorageException.Kind.OTHER, failure.getMessage(), failure);
            }
        }
    }

    /** Runs {@code work} in a consistent read, joining the transaction this thread has open. */
    <T> T read(Function<Handle, T> work) {
        Tx tx = current.get();
        if (tx != null) {
            return work.apply(tx.handle());
        }
        ensureOpen();
        Handle reader;
        try {
            reader = readers.poll(BUSY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for a database connection", e);
        }
        if (reader == null) {
            throw new StorageException("The database is busy: no read connection came free within "
                    + BUSY_TIMEOUT_MILLIS / 1000 + " s; try again", null);
        }
        try {
            ensureOpen();
            reader.execute("BEGIN");
            current.set(new Tx(reader, false));
            try {
                return work.apply(reader);
            } finally {
                current.remove();
                rollbackQuietly(reader, null);
            }
        } catch (RuntimeException e) {
            throw StorageErrors.translate(e, file, "reading");
        } finally {
            readers.offer(reader);
        }
    }

    boolean inWriteTransaction() {
        Tx tx = current.get();
        return tx != null && tx.writable();
    }

    private static void rollbackQuietly(Handle handle, Throwable cause) {
        try {
            handle.execute("ROLLBACK");
        } catch (RuntimeException e) {
            // no transaction left to roll back (SQLite may have rolled back on its own, e.g. when the disk is full)
            if (cause != null && e != cause) {
                cause.addSuppressed(e);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StorageException("The database " + file + " is closed", null);
        }
    }

    // --- operations ---------------------------------------------------------------------------------

    /**
     * Writes a consistent copy of the database to {@code target} while the desk keeps running (VACUUM INTO), readable
     * by its owner only. The copy is written beside the target as {@code FILE.partial} and moved into place whole; a
     * failed backup removes it again, and its message names the target.
     */
    public void backupTo(Path target) {
        ensureOpen();
        Path destination = target.toAbsolutePath().normalize();
        Path temporary = destination.resolveSibling(destination.getFileName() + ".partial");
        try {
            if (destination.getParent() != null) {
                Files.createDirectories(destination.getParent());
            }
            Files.deleteIfExists(temporary);
            OwnerOnlyFiles.createEmpty(temporary);
        } catch (IOException e) {
            throw new StorageException("Cannot write the backup " + destination + ": " + e.getMessage(), e);
        }
        try (Connection connection = baseConfig().createConnection("jdbc:sqlite:" + file);
             var statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, temporary.toString());
            statement.execute();
            Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(temporary, e);
            RuntimeException why = e instanceof SQLException sql
                    ? StorageErrors.translate(new StorageSqlFailure(sql), destination, "writing the backup") : null;
            StorageException.Kind kind = why instanceof StorageException storage ? storage.kind() : StorageException.Kind.OTHER;
            String reason = kind == StorageException.Kind.DISK_FULL ? "the disk holding it is full"
                    : e instanceof IOException io ? "cannot move it into place (" + io + ")"
                    : String.valueOf(e.getMessage());
            throw new StorageException(kind, "Cannot write the backup " + destination + ": " + reason
                    + "; nothing was left behind", e);
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** {@code PRAGMA integrity_check}: {@code "ok"}, or the problems found, one a line. */
    public String integrityCheck() {
        return read(h -> String.join("\n", h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()));
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (openGroup != null) {
                Group group = openGroup;
                openGroup = null;
                try {
                    writer.execute("COMMIT");
                    group.finish(null);
                } catch (RuntimeException e) {
                    rollbackQuietly(writer, e);
                    group.finish(StorageErrors.translate(e, file, "committing a write"));
                }
            }
            versions.close();
            for (Handle reader : allReaders) {
                closeQuietly(reader);
            }
            try {
                writer.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (RuntimeException e) {
                // a read-only file cannot be checkpointed; the WAL is replayed on the next open
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Handle handle) {
        try {
            handle.close();
        } catch (RuntimeException e) {
            // closing: nothing more to do
        }
    }

    // --- the ports ----------------------------------------------------------------------------------

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public CaseRepository cases() {
        return cases;
    }

    public CustomerRepository customers() {
        return customers;
    }

    public HealthIssueRepository health() {
        return health;
    }

    public HealthSyncStatusRepository healthSync() {
        return healthSync;
    }

    public AgentRepository agents() {
        return agents;
    }

    public ServiceRequestRepository requests() {
        return requests;
    }

    public ClusterRepository clusters() {
        return clusters;
    }

    public AuditTrail audit() {
        return audit;
    }

    public IdempotencyKeys idempotency() {
        return idempotency;
    }

    public EscalationDrafts drafts() {
        return drafts;
    }

    public VendorOutbox outbox() {
        return outbox;
    }

    public NotificationOutbox notifications() {
        return notifications;
    }

    public MailPreferences mailPreferences() {
        return mailPreferences;
    }

    public PartnerSettings partner() {
        return partner;
    }

    public JdbiReferenceData reference() {
        return reference;
    }

    public DataVersions versions() {
        return versions;
    }

    public GroupMappings groupMappings() {
        return groupMappings;
    }

    public AgentIdentities agentIdentities() {
        return agentIdentities;
    }

    public SecondFactors secondFactors() {
        return secondFactors;
    }
}
