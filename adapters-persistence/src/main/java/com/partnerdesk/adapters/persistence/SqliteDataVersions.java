package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.port.out.DataVersions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * {@link DataVersions} from SQLite itself, on a connection of its own that never writes: {@code PRAGMA data_version}
 * on it changes whenever any other connection, of this process or another, has committed; the {@code agent_changes}
 * counter (moved by triggers on {@code agents} and {@code agent_tokens}) is read only when it has. One call is one
 * small statement, or two after a commit.
 */
final class SqliteDataVersions implements DataVersions, AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final PreparedStatement dataVersion;
    private PreparedStatement agentChanges; // prepared on first use: a read-only file of an older schema has no such table
    private final BooleanSupplier inUnitOfWork;
    private long lastDataVersion = Long.MIN_VALUE;
    private long changes;               // how often data_version has been seen to move
    private long agentsReadAt = -1;     // the value of changes when agent_changes was last read
    private long agents;
    private long unrepeatable;          // answers inside a unit of work: negative, never the same twice
    private boolean closed;

    SqliteDataVersions(Path file, Connection connection, BooleanSupplier inUnitOfWork) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.inUnitOfWork = inUnitOfWork;
        this.dataVersion = connection.prepareStatement("PRAGMA data_version");
    }

    @Override
    public synchronized long anyChange() {
        if (inUnitOfWork.getAsBoolean()) {
            return --unrepeatable;
        }
        long now = read(dataVersion);
        if (now != lastDataVersion) {
            lastDataVersion = now;
            changes++;
        }
        return changes;
    }

    @Override
    public synchronized long agents() {
        if (inUnitOfWork.getAsBoolean()) {
            return --unrepeatable;
        }
        long seen = anyChange();
        if (agentsReadAt != seen) {
            if (agentChanges == null) {
                try {
                    agentChanges = connection.prepareStatement("SELECT version FROM agent_changes WHERE id = 1");
                } catch (SQLException e) {
                    throw StorageErrors.translate(new StorageSqlFailure(e), file, "checking for changes to agents");
                }
            }
            agents = read(agentChanges);
            agentsReadAt = seen;
        }
        return agents;
    }

    private long read(PreparedStatement statement) {
        if (closed) {
            throw new StorageException("The database " + file + " is closed", null);
        }
        try (ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new StorageException("The database " + file + " has no agent_changes row: is it migrated?", null);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw StorageErrors.translate(new StorageSqlFailure(e), file, "checking for changes");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing more to do
        }
    }
}
