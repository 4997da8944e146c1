package com.partnerdesk.bootstrap;

import com.partnerdesk.adapters.cli.DatabaseMaintenance;
import com.partnerdesk.adapters.persistence.SqliteDatabase;
import java.nio.file.Path;

/** {@code partnerdesk db}: the database is migrated when opened; backups use VACUUM INTO. */
final class SqliteMaintenance implements DatabaseMaintenance {
    private final SqliteDatabase database;

    SqliteMaintenance(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public String migrate() {
        return "database " + database.file() + " is migrated; integrity check: " + database.integrityCheck();
    }

    @Override
    public void backup(Path target) {
        database.backupTo(target);
    }
}
